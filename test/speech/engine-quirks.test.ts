import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { WebSpeechEngine, type WebSpeechOptions } from '../../src/speech/web-speech.js';
import { type EngineProfile, FakeSynthesis, asSynthesis, listen } from './fake-synthesis.js';

// Each engine's measured Web Speech quirks (docs/browsers.md), played by the fake
// synthesis, against the adapter. These run in every engine; the browser's own synthesis is not used.

const english = { name: 'kal', lang: 'en-US', voiceURI: '', localService: true, default: false };
// Plain objects: a real SpeechSynthesisUtterance refuses a voice that is not the browser's own.
const plainUtterance = (text: string) => ({ text }) as SpeechSynthesisUtterance;
// 42 UTF-16 units; WebKit's flite reads about 14 a second at rate 1.
const SENTENCE = 'The reader keeps its place in the article.';

function engineOn(fake: FakeSynthesis, options: WebSpeechOptions = {}) {
  return new WebSpeechEngine({
    synthesis: asSynthesis(fake),
    createUtterance: plainUtterance,
    voiceWaitMs: 1000,
    ...options,
  });
}

describe('speech adapter: what each engine does on our own cancel', () => {
  for (const profile of ['chromium', 'firefox', 'webkit'] as EngineProfile[]) {
    it(`${profile}: the utterance cancel cut short is neither finished nor failed`, () => {
      const fake = new FakeSynthesis(profile);
      const engine = engineOn(fake);
      const { log, callbacks } = listen();
      engine.speak(SENTENCE, { lang: 'en-US', rate: 1 }, callbacks);
      fake.emit(fake.current!, 'start');
      engine.cancel();
      expect(fake.cancelCalls).to.equal(1);
      expect(log, 'Firefox says `end`; that is not "the sentence was read"').to.deep.equal(['start']);
    });

    it(`${profile}: speaking again cancels the old utterance without a word from it`, () => {
      const fake = new FakeSynthesis(profile);
      const engine = engineOn(fake);
      const first = listen();
      engine.speak(SENTENCE, { lang: 'en-US', rate: 1 }, first.callbacks);
      fake.emit(fake.current!, 'start');
      const second = listen();
      engine.speak(SENTENCE, { lang: 'en-US', rate: 2 }, second.callbacks);
      fake.emit(fake.current!, 'start');
      fake.emit(fake.current!, 'end');
      expect(first.log).to.deep.equal(['start']);
      expect(second.log).to.deep.equal(['start', 'end']);
    });
  }
});

describe('speech adapter: an utterance that starts and never ends (WebKit)', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => clock.restore());

  /** One utterance read through in `ms`, so that the adapter learns the voice's pace. */
  function readOnce(fake: FakeSynthesis, engine: WebSpeechEngine, ms: number): void {
    engine.speak(SENTENCE, { lang: 'en-US', rate: 1, voice: english }, {});
    fake.emit(fake.current!, 'start');
    clock.tick(ms);
    fake.emit(fake.current!, 'end');
  }

  it("is reported within the voice's measured pace plus a short grace, not after a long silence", () => {
    const fake = new FakeSynthesis('webkit');
    fake.voiceList = [english as SpeechSynthesisVoice];
    const engine = engineOn(fake);
    readOnce(fake, engine, 3000); // 14 units a second
    const { log, callbacks } = listen();
    engine.speak(SENTENCE, { lang: 'en-US', rate: 1, voice: english }, callbacks);
    fake.emit(fake.current!, 'start'); // ...and never `end`
    clock.tick(4400);
    expect(log, 'not before the voice could have finished, with a margin').to.deep.equal(['start']);
    // 3 s at the measured pace, times 1.5, plus 2 s: 6.5 s (the length-only bound would be 15 s).
    clock.tick(2200);
    expect(log).to.deep.equal(['start', 'error timeout']);
    expect(fake.cancelCalls, 'the wedged utterance is cancelled').to.be.greaterThan(0);
  });

  it('scales the bound with the rate', () => {
    const fake = new FakeSynthesis('webkit');
    fake.voiceList = [english as SpeechSynthesisVoice];
    const engine = engineOn(fake);
    readOnce(fake, engine, 3000);
    const { log, callbacks } = listen();
    engine.speak(SENTENCE, { lang: 'en-US', rate: 0.5, voice: english }, callbacks);
    fake.emit(fake.current!, 'start');
    clock.tick(10_000); // 6 s at half speed, times 1.5: 9 s, plus 2 s
    expect(log).to.deep.equal(['start']);
    clock.tick(1100);
    expect(log).to.deep.equal(['start', 'error timeout']);
  });

  it('before any utterance has ended, waits the generous length-based bound', () => {
    const fake = new FakeSynthesis('webkit');
    const { log, callbacks } = listen();
    engineOn(fake).speak(SENTENCE, { lang: 'en-US', rate: 1, voice: english }, callbacks);
    fake.emit(fake.current!, 'start');
    clock.tick(15_000); // 42 units at 8 a second, plus 10 s: 15.25 s
    expect(log).to.deep.equal(['start']);
    clock.tick(500);
    expect(log).to.deep.equal(['start', 'error timeout']);
  });
});

describe('speech adapter: a voice list that grows (Firefox)', () => {
  it('tells of every voiceschanged, and stops when asked', () => {
    const fake = new FakeSynthesis('firefox');
    const engine = engineOn(fake);
    let changes = 0;
    const stop = engine.onVoicesChanged(() => changes++);
    fake.announceVoices([english]);
    fake.announceVoices([english, { ...english, name: 'slt' }]);
    stop();
    fake.announceVoices([english]);
    expect(changes).to.equal(2);
  });

  it('finds a voice with an empty voiceURI (WebKit) by its name', () => {
    const fake = new FakeSynthesis('webkit');
    const slt = { ...english, name: 'slt' };
    fake.voiceList = [english, slt] as SpeechSynthesisVoice[];
    engineOn(fake).speak(SENTENCE, { lang: 'en-US', rate: 1, voice: { ...slt } }, {});
    expect(fake.current!.voice).to.equal(fake.voiceList[1]);
  });
});

describe('speech adapter: a cut from outside the page (a screen reader on the same speech service)', () => {
  it('chromium: cancels before speaking again, since Chromium speaks nothing more until the page cancels', () => {
    const fake = new FakeSynthesis('chromium');
    const engine = engineOn(fake);
    const first = listen();
    engine.speak(SENTENCE, { lang: 'en-US', rate: 1 }, first.callbacks);
    fake.emit(fake.current!, 'start');
    fake.emit(fake.current!, 'error', { error: 'interrupted' }); // Orca spoke over it
    expect(first.log).to.deep.equal(['start', 'error interrupted']);
    expect(fake.speaking, 'the browser says nothing is speaking').to.equal(false);
    const cancelsBefore = fake.cancelCalls;
    engine.speak(SENTENCE, { lang: 'en-US', rate: 1 }, listen().callbacks);
    expect(fake.cancelCalls, 'the stuck queue is cleared first').to.equal(cancelsBefore + 1);
    fake.emit(fake.current!, 'start');
    fake.emit(fake.current!, 'end');
    engine.speak(SENTENCE, { lang: 'en-US', rate: 1 }, listen().callbacks);
    expect(fake.cancelCalls, 'no cancel once speech flows again').to.equal(cancelsBefore + 1);
  });

  // Measured with Orca under load (test/screen-reader/orca.test.mjs, speech-dispatcher's log at
  // level 5): the page's sentence is queued at priority "text", behind Orca's messages at priority
  // "message", which speech-dispatcher speaks first (its manual, "Message Priority Model"); one
  // two-word message took 7 s on a busy machine. The sentence starts when Orca is done.
  it('chromium: a sentence that waits behind the other speaker is interrupted, not wedged', () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      const fake = new FakeSynthesis('chromium');
      const engine = engineOn(fake, { startTimeoutMs: 10_000 });
      const quiet = listen();
      engine.speak(SENTENCE, { lang: 'en-US', rate: 1 }, quiet.callbacks);
      clock.tick(10_000);
      expect(quiet.log, 'no start on a quiet service: a wedge').to.deep.equal(['error timeout']);

      engine.speak(SENTENCE, { lang: 'en-US', rate: 1 }, listen().callbacks);
      fake.emit(fake.current!, 'error', { error: 'interrupted' }); // Orca spoke over it
      const waiting = listen();
      engine.speak(SENTENCE, { lang: 'en-US', rate: 1 }, waiting.callbacks);
      clock.tick(10_000);
      expect(waiting.log, 'still behind Orca').to.deep.equal(['error interrupted']);
      const cancelsBefore = fake.cancelCalls;
      const next = listen();
      engine.speak(SENTENCE, { lang: 'en-US', rate: 1 }, next.callbacks);
      expect(fake.cancelCalls, 'the queue is cleared before speaking again').to.be.greaterThan(cancelsBefore);
      fake.emit(fake.current!, 'start');
      fake.emit(fake.current!, 'end');
      expect(next.log).to.deep.equal(['start', 'end']);
    } finally {
      clock.restore();
    }
  });
});

describe('speech adapter: the pace it publishes (one owner: word estimates and time left read it)', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => clock.restore());

  function read(engine: WebSpeechEngine, fake: FakeSynthesis, rate: number, ms: number): void {
    engine.speak(SENTENCE, { lang: 'en-US', rate, voice: english }, {});
    fake.emit(fake.current!, 'start');
    clock.tick(ms);
    fake.emit(fake.current!, 'end');
  }

  it('knows no pace before a voice was heard to the end, then that voice’s only', () => {
    const fake = new FakeSynthesis('chromium');
    fake.voiceList = [english as SpeechSynthesisVoice];
    const engine = engineOn(fake);
    expect(engine.paceOf({ lang: 'en-US', rate: 1, voice: english })).to.equal(undefined);
    read(engine, fake, 1, 3000); // 42 units in 3 s
    expect(engine.paceOf({ lang: 'en-US', rate: 1, voice: english })).to.be.closeTo(14, 0.01);
    expect(engine.paceOf({ lang: 'en-US', rate: 0.5, voice: english }), 'scaled to a slower rate').to.be.closeTo(
      7,
      0.01,
    );
    expect(engine.paceOf({ lang: 'en-US', rate: 1, voice: { ...english, name: 'other' } })).to.equal(undefined);
  });

  it('keeps a pace heard above rate 1 to that rate (WebKit’s fast rates are not linear)', () => {
    const fake = new FakeSynthesis('webkit');
    fake.voiceList = [english as SpeechSynthesisVoice];
    const engine = engineOn(fake);
    read(engine, fake, 2, 1000);
    expect(engine.paceOf({ lang: 'en-US', rate: 2, voice: english })).to.be.closeTo(42, 0.01);
    expect(engine.paceOf({ lang: 'en-US', rate: 1, voice: english })).to.equal(undefined);
    read(engine, fake, 0.5, 6000);
    expect(engine.paceOf({ lang: 'en-US', rate: 1, voice: english }), 'learnt at rate 1 from half speed').to.be.closeTo(
      14,
      0.01,
    );
  });

  it('learns nothing from an utterance too short to tell its pace from its latency', () => {
    const fake = new FakeSynthesis('firefox');
    fake.voiceList = [english as SpeechSynthesisVoice];
    const engine = engineOn(fake);
    read(engine, fake, 1, 500);
    expect(engine.paceOf({ lang: 'en-US', rate: 1, voice: english })).to.equal(undefined);
  });
});
