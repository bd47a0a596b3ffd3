// The reading controller on its own, in a minimal host element (as lit's own controller tests
// do): no control bar, no localization, a scripted engine and a highlight that records.
import { expect } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import sinon from 'sinon';
import type { ReadableArticle } from '../../src/dom/article.js';
import { indexArticle } from '../helpers/index-article.js';
import { ReadingController } from '../../src/reading/reading-controller.js';
import type { ReaderErrorCode, ReaderState } from '../../src/reading/state.js';
import type { Span } from '../../src/text/index.js';
import { ScriptedEngine, arabicVoice } from '../helpers/scripted-engine.js';

class ReadingHost extends ReactiveElement {
  engine = new ScriptedEngine();
  article: ReadableArticle | null = null;
  rate = 1;
  voice = arabicVoice;
  /** The voice list has been read (a play need not wait for it). */
  voicesKnown = true;
  shown: (Span | null)[] = [];
  /** How many utterances had been asked for when each sentence was highlighted. */
  spokenWhenShown: number[] = [];
  told: string[] = [];
  readonly reading = new ReadingController(this, {
    engine: () => this.engine,
    article: () => this.article,
    readable: async () => {},
    selectedSentence: () => -1,
    lang: () => 'ar',
    rate: () => this.rate,
    voices: {
      load: async () => this.voice,
      settled: () => (this.voicesKnown ? this.voice : null),
      current: arabicVoice,
      voiceFor: () => null,
    },
    highlight: {
      showSentence: (span) => {
        this.shown.push(span);
        this.spokenWhenShown.push(this.engine.spoken.length);
      },
      showWord: () => {},
      clear: () => this.shown.push(null),
    },
    onStateChange: (state: ReaderState) => this.told.push(`state ${state}`),
    onSentence: (index: number) => this.told.push(`sentence ${index}`),
    onError: (code: ReaderErrorCode) => this.told.push(`error ${code}`),
  });
}
customElements.define('reading-host', ReadingHost);

async function host(text = 'جملة أولى هنا. جملة ثانية هناك. وجملة ثالثة أخيرة.'): Promise<ReadingHost> {
  const element = document.createElement('reading-host') as ReadingHost;
  element.textContent = text;
  document.body.append(element);
  element.article = indexArticle(element);
  await element.updateComplete;
  return element;
}

describe('ReadingController in a minimal host', () => {
  let element: ReadingHost;
  afterEach(() => element?.remove());

  it('reads sentence after sentence, telling each change after it is made', async () => {
    element = await host();
    await element.reading.play();
    expect(element.told).to.deep.equal(['state playing', 'sentence 0']);
    expect(element.engine.speaking!.text).to.equal('جملة أولى هنا.');
    element.engine.finish();
    element.engine.finish();
    element.engine.finish();
    expect(element.told).to.deep.equal(['state playing', 'sentence 0', 'sentence 1', 'sentence 2', 'state ended']);
    expect(element.shown.at(-1), 'highlight cleared at the end').to.equal(null);
  });

  it('asks the host for the rate each time it speaks, and takes a new one at once', async () => {
    element = await host();
    await element.reading.play();
    element.rate = 1.5;
    element.reading.respeak();
    expect(element.engine.speaking!.options.rate).to.equal(1.5);
    expect(element.engine.speaking!.text).to.equal('جملة أولى هنا.');
  });

  it('says no-voice, and stays idle, when no voice speaks the language', async () => {
    element = await host();
    (element as { voice: unknown }).voice = null;
    await element.reading.play();
    expect(element.told).to.deep.equal(['error no-voice']);
    expect(element.reading.state).to.equal('idle');
    expect(element.engine.spoken).to.have.length(0);
  });

  it('with a voice at hand, speaks before play() returns (still inside the gesture)', async () => {
    element = await host();
    void element.reading.play();
    expect(element.engine.speaking?.text).to.equal('جملة أولى هنا.');
    expect(element.told).to.deep.equal(['state playing', 'sentence 0']);
  });

  it('asks for each sentence to be said before it highlights it (the highlight may lay out the page)', async () => {
    element = await host();
    void element.reading.play();
    expect(element.spokenWhenShown, 'first sentence').to.deep.equal([1]);
    element.engine.finish();
    expect(element.spokenWhenShown, 'the next one').to.deep.equal([1, 2]);
    element.reading.goTo(0);
    expect(element.spokenWhenShown, 'a move while reading').to.deep.equal([1, 2, 3]);
    element.reading.pause();
    element.reading.goTo(2);
    expect(element.spokenWhenShown, 'a move while paused says nothing').to.deep.equal([1, 2, 3, 3]);
  });

  it('a play superseded while it waits for voices speaks nothing', async () => {
    element = await host();
    element.voicesKnown = false;
    const playing = element.reading.play();
    element.reading.pause();
    await playing;
    expect(element.reading.state).to.equal('idle');
    expect(element.engine.spoken).to.have.length(0);
  });

  it('ignores callbacks of an utterance it has moved on from', async () => {
    element = await host();
    await element.reading.play();
    const first = element.engine.speaking!;
    element.reading.goTo(2);
    first.callbacks.end?.();
    first.callbacks.error?.('synthesis-failed');
    expect(element.reading.sentenceIndex).to.equal(2);
    expect(element.reading.state).to.equal('playing');
    expect(element.reading.error).to.equal(null);
  });

  it('retries a wedged utterance once, then reports synthesis-failed', async () => {
    element = await host();
    await element.reading.play();
    element.engine.fail('timeout');
    expect(element.reading.state).to.equal('playing');
    expect(element.engine.speaking!.text).to.equal('جملة أولى هنا.');
    element.engine.fail('timeout');
    expect(element.reading.state).to.equal('paused');
    expect(element.told.slice(-2)).to.deep.equal(['state paused', 'error synthesis-failed']);
  });

  it('says an utterance cut from outside (a screen reader) again after a moment, then holds its place', async () => {
    element = await host();
    await element.reading.play();
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      for (const wait of [500, 1000, 2000, 4000]) {
        element.engine.fail('interrupted');
        expect(element.reading.state, 'still reading').to.equal('playing');
        expect(element.engine.speaking, 'quiet while the other voice speaks').to.equal(null);
        clock.tick(wait - 1);
        expect(element.engine.speaking).to.equal(null);
        clock.tick(1);
        expect(element.engine.speaking!.text, 'the same sentence again').to.equal('جملة أولى هنا.');
      }
      element.engine.fail('interrupted');
      expect(element.reading.state, 'cut after every wait: hold the place').to.equal('paused');
      expect(element.reading.sentenceIndex).to.equal(0);
      expect(element.reading.error, 'no error for the listener: press play to go on').to.equal(null);
    } finally {
      clock.restore();
    }
  });

  it('forgets a pending retry when the listener pauses', async () => {
    element = await host();
    await element.reading.play();
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      element.engine.fail('interrupted');
      element.reading.pause();
      clock.tick(10_000);
      expect(element.engine.speaking, 'nothing is spoken after pause').to.equal(null);
      expect(element.reading.state).to.equal('paused');
    } finally {
      clock.restore();
    }
  });

  it('falls silent when its host leaves the page', async () => {
    element = await host();
    await element.reading.play();
    element.remove();
    expect(element.engine.speaking).to.equal(null);
    expect(element.reading.state).to.equal('paused');
  });
});
