import { expect } from '@open-wc/testing';
import { forgetPreferences, part, settle } from '../helpers/fixtures.js';
import { AndroidChrome } from './android-chrome.js';
import { readerOn } from './platform-reader.js';

// Chrome on Android: the voice heard is the one `utterance.lang` names.

describe('Android Chrome: the voice is chosen by the utterance language', () => {
  afterEach(forgetPreferences);

  it('the voice the listener picks is the voice heard', async () => {
    const android = new AndroidChrome();
    const reader = await readerOn(android);
    await reader.play();
    expect(android.said?.voice, 'the best voice of the page language').to.equal('العربية العالم');
    const picker = part(reader, 'voice') as HTMLSelectElement;
    const egypt = [...picker.options].findIndex((o) => o.textContent!.includes('مصر'));
    picker.selectedIndex = egypt;
    picker.dispatchEvent(new Event('change'));
    await settle(reader);
    expect(android.said?.voice, 'the Egyptian voice, not the first Arabic one').to.equal('العربية مصر');
    expect(android.said?.utterance.lang).to.equal('ar_EG');
  });

  it('pause and resume never call pause() (it cancels on Android); reading goes on from its word', async () => {
    const android = new AndroidChrome();
    const reader = await readerOn(android);
    await reader.play();
    android.start();
    reader.pause();
    expect(reader.state).to.equal('paused');
    await reader.play();
    expect(android.pauseCalls).to.equal(0);
    expect(android.said?.text).to.contain('القراءة في الصباح');
    expect(reader.sentenceIndex).to.equal(0);
  });

  it('a new speed is said at once at that speed, in the chosen voice', async () => {
    const android = new AndroidChrome();
    const reader = await readerOn(android);
    await reader.play();
    android.start();
    reader.rate = 1.5;
    await settle(reader);
    expect(android.said?.utterance.rate).to.equal(1.5);
    expect(android.said?.voice).to.equal('العربية العالم');
  });
});
