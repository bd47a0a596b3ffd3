// Real-speech smoke test: proves the plumbing (Chromium --enable-speech-dispatcher, or Firefox,
// -> speech-dispatcher -> espeak-ng -> PulseAudio null sink) works on this machine.
// Runs in the `real-speech` group only (see web-test-runner.config.mjs); the services come from
// scripts/speech-services.mjs.
import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';

const SENTENCE = 'مرحبا بكم في القارئ.';

const hasArabic = (voices: SpeechSynthesisVoice[]) => voices.some((v) => v.lang.toLowerCase().startsWith('ar'));

/**
 * Voices arrive through `voiceschanged` a few seconds after the page starts; Firefox lists them in
 * batches before that (a partial list, often without Arabic), so wait for an Arabic one.
 */
function waitForVoices(timeoutMs = 10_000): Promise<SpeechSynthesisVoice[]> {
  return new Promise((resolve) => {
    if (hasArabic(speechSynthesis.getVoices())) {
      resolve(speechSynthesis.getVoices());
      return;
    }
    const done = () => {
      clearTimeout(timer);
      clearInterval(poll);
      speechSynthesis.removeEventListener('voiceschanged', check);
      resolve(speechSynthesis.getVoices());
    };
    const check = () => {
      if (hasArabic(speechSynthesis.getVoices())) done();
    };
    const timer = setTimeout(done, timeoutMs);
    const poll = setInterval(check, 250);
    speechSynthesis.addEventListener('voiceschanged', check);
  });
}

/** Click the element through the test runner (a real input event, so it counts as a user gesture). */
async function realClick(el: HTMLElement): Promise<void> {
  const r = el.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
}

describe('real speech (speech-dispatcher + espeak-ng)', function () {
  this.timeout(60_000);

  afterEach(() => speechSynthesis.cancel());

  it('has Arabic voices', async () => {
    const voices = await waitForVoices();
    expect(voices.length, 'no voices at all: is SPEECHD_ADDRESS set and speech-dispatcher running?').to.be.greaterThan(
      0,
    );
    const arabic = voices.filter((v) => v.lang.toLowerCase().startsWith('ar'));
    expect(arabic.length, 'no Arabic voice (lang starting with "ar")').to.be.greaterThan(0);
  });

  it('speaks an Arabic sentence after a click: start, then end', async () => {
    const voices = await waitForVoices();
    const voice = voices.find((v) => v.lang.toLowerCase().startsWith('ar'));
    expect(voice, 'no Arabic voice').to.exist;

    const events: string[] = [];
    const utterance = new SpeechSynthesisUtterance(SENTENCE);
    utterance.lang = 'ar';
    utterance.voice = voice!;
    const finished = new Promise<void>((resolve) => {
      utterance.addEventListener('start', () => events.push('start'));
      utterance.addEventListener('end', () => {
        events.push('end');
        resolve();
      });
      utterance.addEventListener('error', (e) => {
        events.push(`error:${(e as SpeechSynthesisErrorEvent).error}`);
        resolve();
      });
    });

    // Chromium refuses speak() without a user gesture (error "not-allowed"), so speak from the
    // click handler of a button clicked through the runner, as a page would.
    const button = document.createElement('button');
    button.textContent = 'اقرأ';
    button.style.cssText = 'position:fixed;left:10px;top:10px;width:120px;height:40px';
    button.addEventListener('click', () => speechSynthesis.speak(utterance), { once: true });
    document.body.append(button);
    try {
      await realClick(button);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(() => {
          events.push('timeout');
          resolve();
        }, 20_000);
      });
      await Promise.race([finished, timeout]);
      clearTimeout(timer);
    } finally {
      button.remove();
    }
    expect(events).to.deep.equal(['start', 'end']);
  });
});
