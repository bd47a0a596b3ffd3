import { expect } from '@open-wc/testing';
import { forgetPreferences, highlightedSentence, settle } from '../helpers/fixtures.js';
import { AndroidChrome } from './android-chrome.js';
import { IosSafari } from './ios-safari.js';
import { restorePageVisibility, setPageHidden } from './platform-synthesis.js';
import { readerOn } from './platform-reader.js';

/** A Screen Wake Lock API that says what it was asked (navigator.wakeLock, shadowed). */
class FakeWakeLock {
  held: { released: boolean; onrelease: (() => void) | null; release(): Promise<void> }[] = [];
  requests = 0;
  request(type: string) {
    this.requests++;
    const lock = {
      type,
      released: false,
      onrelease: null as (() => void) | null,
      release: () => {
        lock.released = true;
        lock.onrelease?.();
        return Promise.resolve();
      },
    };
    this.held.push(lock);
    return Promise.resolve(lock);
  }
  get active(): number {
    return this.held.filter((lock) => !lock.released).length;
  }
}

function useWakeLock(): FakeWakeLock {
  const api = new FakeWakeLock();
  Object.defineProperty(navigator, 'wakeLock', { configurable: true, value: api });
  return api;
}

describe('the screen locked and unlocked, the page hidden and back', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'wakeLock');
    restorePageVisibility();
    forgetPreferences();
  });

  it('holds a screen wake lock while reading; lets it go on pause, stop and removal', async () => {
    const wakeLock = useWakeLock();
    const reader = await readerOn(new AndroidChrome());
    await reader.play();
    await settle(reader);
    expect(wakeLock.active, 'held while reading').to.equal(1);
    reader.pause();
    await settle(reader);
    expect(wakeLock.active, 'released on pause').to.equal(0);
    await reader.play();
    await settle(reader);
    expect(wakeLock.active).to.equal(1);
    reader.stop();
    await settle(reader);
    expect(wakeLock.active, 'released on stop').to.equal(0);
    await reader.play();
    await settle(reader);
    expect(wakeLock.active).to.equal(1);
    reader.remove();
    await settle();
    expect(wakeLock.active, 'released on removal').to.equal(0);
  });

  it('asks for the wake lock again on return (the platform drops it when the page is hidden)', async () => {
    const wakeLock = useWakeLock();
    const reader = await readerOn(new AndroidChrome());
    await reader.play();
    await settle(reader);
    setPageHidden(true);
    for (const lock of wakeLock.held) void lock.release(); // what the platform does
    setPageHidden(false);
    await settle(reader);
    expect(wakeLock.active, 'held again').to.equal(1);
    expect(wakeLock.requests).to.equal(2);
  });

  it('Android: the next sentence asked for while the screen is locked never starts; on unlock it is said', async () => {
    const android = new AndroidChrome();
    const reader = await readerOn(android);
    await reader.play();
    setPageHidden(true);
    android.finish(); // the first sentence ends; the second is asked for while hidden
    await settle(reader);
    const stalled = android.current!;
    expect(reader.sentenceIndex).to.equal(1);
    setPageHidden(false);
    await settle(reader);
    expect(android.current, 'said again on return').to.not.equal(stalled);
    expect(android.said?.text).to.contain('النافذة');
    expect(reader.state).to.equal('playing');
  });

  it('iOS: locking the screen cuts the voice; on unlock reading resumes from its word', async () => {
    const ios = new IosSafari();
    ios.unlocked = true; // as after a first tap on play
    const reader = await readerOn(ios);
    await reader.play();
    const utterance = ios.start();
    ios.emit(utterance, 'boundary', { name: 'word', charIndex: utterance.text.indexOf('القراءة') });
    setPageHidden(true);
    ios.lockScreen();
    setPageHidden(false);
    await settle(reader);
    expect(ios.said?.utterance, 'said again').to.not.equal(utterance);
    expect(ios.said?.text.startsWith('القراءة'), ios.said?.text).to.equal(true);
    expect(reader.state).to.equal('playing');
    ios.dispose();
  });

  it('a watchdog that fires while the page is hidden does not cut live speech', async () => {
    const android = new AndroidChrome();
    const reader = await readerOn(android, undefined, { startTimeoutMs: 20 });
    await reader.play();
    setPageHidden(true);
    await new Promise((resolve) => setTimeout(resolve, 60)); // the start watchdog's time passes
    const utterance = android.start();
    setPageHidden(false);
    await settle(reader);
    expect(android.current, 'the live utterance goes on').to.equal(utterance);
    expect(reader.state).to.equal('playing');
  });
});

describe('the back/forward cache', () => {
  afterEach(forgetPreferences);

  it('WebKit: a page put in the cache cancels speech; a persisted pageshow finds the reader at its place, paused', async () => {
    const ios = new IosSafari();
    ios.unlocked = true;
    const reader = await readerOn(ios);
    await reader.play();
    ios.finish();
    await settle(reader);
    expect(reader.sentenceIndex).to.equal(1);
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    ios.cancel(); // WebKit cancels speech when the page is cached (WebKit PR #65834)
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await settle(reader);
    expect(reader.state).to.equal('paused');
    expect(reader.sentenceIndex).to.equal(1);
    expect(highlightedSentence()).to.contain('النافذة');
    await reader.play();
    expect(ios.said?.text, 'play goes on from there').to.contain('النافذة');
    ios.dispose();
  });
});
