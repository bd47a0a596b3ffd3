import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { WebSpeechEngine } from '../../src/speech/web-speech.js';
import { FakeSynthesis, asSynthesis, listen } from './fake-synthesis.js';

const arabic = { name: 'Test Arabic', lang: 'ar', voiceURI: 'test-ar', localService: true, default: false };

// Plain objects: a real SpeechSynthesisUtterance refuses a voice that is not the browser's own.
const plainUtterance = (text: string) => ({ text }) as SpeechSynthesisUtterance;

function engineOn(fake: FakeSynthesis, options = {}) {
  return new WebSpeechEngine({
    synthesis: asSynthesis(fake),
    createUtterance: plainUtterance,
    voiceWaitMs: 1000,
    ...options,
  });
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('WebSpeechEngine', () => {
  it('waits for a voice list announced late with voiceschanged', async () => {
    const fake = new FakeSynthesis();
    const voices = engineOn(fake).voices();
    setTimeout(() => fake.announceVoices([arabic]), 50);
    expect((await voices).map((v) => v.name)).to.deep.equal(['Test Arabic']);
  });

  it('polls for voices where voiceschanged never fires (Safari)', async () => {
    const fake = new FakeSynthesis();
    const voices = engineOn(fake).voices();
    setTimeout(() => (fake.voiceList = [arabic as SpeechSynthesisVoice]), 50);
    expect(await voices).to.have.length(1);
  });

  it('gives up on voices after its bound instead of hanging', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    try {
      const fake = new FakeSynthesis();
      let settled: SpeechSynthesisVoice[] | undefined;
      void engineOn(fake, { voiceWaitMs: 5000 })
        .voices()
        .then((voices) => (settled = voices));
      await clock.tickAsync(4999);
      expect(settled, 'still waiting inside its bound').to.equal(undefined);
      await clock.tickAsync(1);
      expect(settled, 'an empty list at the bound').to.deep.equal([]);
    } finally {
      clock.restore();
    }
  });

  it('sets the voice, its own language and the rate on the utterance', () => {
    const fake = new FakeSynthesis();
    fake.voiceList = [arabic as SpeechSynthesisVoice];
    engineOn(fake).speak('نص قصير.', { lang: 'ar-EG', rate: 1.5, voice: arabic }, {});
    const utterance = fake.current!;
    expect(utterance.text).to.equal('نص قصير.');
    expect(utterance.lang, "the voice's own language (Android picks the voice by lang)").to.equal('ar');
    expect(utterance.rate).to.equal(1.5);
    expect(utterance.voice).to.equal(fake.voiceList[0]);
  });

  it('reports start, words and end of the utterance being spoken', () => {
    const fake = new FakeSynthesis();
    const { log, callbacks } = listen();
    engineOn(fake).speak('كلمة أخرى', { lang: 'ar', rate: 1 }, callbacks);
    const utterance = fake.current!;
    fake.emit(utterance, 'start');
    fake.emit(utterance, 'boundary', { name: 'word', charIndex: 5 });
    fake.emit(utterance, 'boundary', { name: 'sentence', charIndex: 0 });
    fake.emit(utterance, 'end');
    expect(log).to.deep.equal(['start', 'word 5', 'end']);
  });

  it('treats the interruption its own cancel causes as normal, and drops stale events', () => {
    const fake = new FakeSynthesis();
    const engine = engineOn(fake);
    const first = listen();
    engine.speak('الأولى', { lang: 'ar', rate: 1 }, first.callbacks);
    const old = fake.current!;
    fake.emit(old, 'start');
    const second = listen();
    engine.speak('الثانية', { lang: 'ar', rate: 1 }, second.callbacks);
    // Late events of the cancelled utterance (Chromium sends `interrupted`, some send `end`).
    fake.emit(old, 'end');
    fake.emit(old, 'boundary', { name: 'word', charIndex: 3 });
    expect(first.log).to.deep.equal(['start']);
    expect(second.log).to.deep.equal([]);
  });

  it('reports an interruption it did not cause (another script cancelled, or WebKit failing)', () => {
    const fake = new FakeSynthesis();
    const { log, callbacks } = listen();
    engineOn(fake).speak('نص', { lang: 'ar', rate: 1 }, callbacks);
    fake.emit(fake.current!, 'start');
    fake.emit(fake.current!, 'error', { error: 'canceled' });
    expect(log).to.deep.equal(['start', 'error canceled']);
  });

  it('maps not-allowed through, and unknown errors to synthesis-failed', () => {
    const fake = new FakeSynthesis();
    const engine = engineOn(fake);
    const a = listen();
    engine.speak('نص', { lang: 'ar', rate: 1 }, a.callbacks);
    fake.emit(fake.current!, 'error', { error: 'not-allowed' });
    const b = listen();
    engine.speak('نص', { lang: 'ar', rate: 1 }, b.callbacks);
    fake.emit(fake.current!, 'start');
    fake.emit(fake.current!, 'error', { error: 'something-new' });
    expect(a.log).to.deep.equal(['error not-allowed']);
    expect(b.log).to.deep.equal(['start', 'error synthesis-failed']);
  });

  // Firefox's error events carry no `error`; on Linux it fails the first utterance so, before it
  // starts, while speech-dispatcher is still bringing up its voice (seen here on a busy machine:
  // `speak` then `error` 100 ms later, no `start`; the second try spoke).
  it('says an utterance that failed with no reason before it started once more, after a second', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const fake = new FakeSynthesis();
      const engine = engineOn(fake);
      const { log, callbacks } = listen();
      engine.speak('نص', { lang: 'ar', rate: 1 }, callbacks);
      fake.emit(fake.current!, 'error');
      expect(log, 'nothing reported yet').to.deep.equal([]);
      expect(fake.spoken).to.have.length(1);
      await clock.tickAsync(1000);
      expect(fake.spoken, 'said again').to.have.length(2);
      expect(fake.current!.text).to.equal('نص');
      fake.emit(fake.current!, 'start');
      fake.emit(fake.current!, 'end');
      expect(log).to.deep.equal(['start', 'end']);

      // Failing the same way twice is reported, once.
      const twice = listen();
      engine.speak('نص', { lang: 'ar', rate: 1 }, twice.callbacks);
      fake.emit(fake.current!, 'error');
      await clock.tickAsync(1000);
      fake.emit(fake.current!, 'error');
      await clock.tickAsync(5000);
      expect(twice.log).to.deep.equal(['error synthesis-failed']);
      expect(fake.spoken).to.have.length(4);

      // Cancelled (paused, stopped) while it waits: nothing is said again, nothing reported.
      const cancelled = listen();
      engine.speak('نص', { lang: 'ar', rate: 1 }, cancelled.callbacks);
      fake.emit(fake.current!, 'error');
      engine.cancel();
      await clock.tickAsync(5000);
      expect(fake.spoken).to.have.length(5);
      expect(cancelled.log).to.deep.equal([]);
    } finally {
      clock.restore();
    }
  });

  it('reports an utterance that never starts', async () => {
    const fake = new FakeSynthesis();
    const { log, callbacks } = listen();
    engineOn(fake, { startTimeoutMs: 50 }).speak('نص', { lang: 'ar', rate: 1 }, callbacks);
    await wait(120);
    expect(log).to.deep.equal(['error timeout']);
    expect(fake.cancelCalls, 'the wedged utterance is cancelled').to.be.greaterThan(0);
  });

  it('reports an utterance that starts and never ends', async () => {
    const fake = new FakeSynthesis();
    const { log, callbacks } = listen();
    engineOn(fake, { endGraceMs: 50 }).speak('نص', { lang: 'ar', rate: 2 }, callbacks);
    fake.emit(fake.current!, 'start');
    await wait(400);
    expect(log).to.deep.equal(['start', 'error timeout']);
  });

  it('never calls speechSynthesis.pause()', () => {
    const fake = new FakeSynthesis();
    const engine = engineOn(fake);
    engine.speak('نص', { lang: 'ar', rate: 1 }, {});
    engine.cancel();
    expect(fake.pauseCalls).to.equal(0);
    expect(fake.speaking).to.equal(false);
  });

  it('is unsupported where the browser has no speech synthesis', async () => {
    const none = new WebSpeechEngine({ synthesis: null });
    expect(none.supported).to.equal(false);
    expect(await none.voices()).to.deep.equal([]);
    expect(new WebSpeechEngine().supported, "this Chromium's own").to.equal(true);
  });
});
