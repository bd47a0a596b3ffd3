import type { SpeakOptions, SpeechEngine, SpeechErrorCode, UtteranceCallbacks, Voice } from './engine.js';

export interface WebSpeechOptions {
  /** How long to wait for a voice list that arrives late (Linux: 2–3 s; Safari may never say). */
  voiceWaitMs?: number;
  /** An utterance that has not started by then is reported as `timeout`. */
  startTimeoutMs?: number;
  /** Extra time allowed beyond a generous estimate of an utterance's length before `timeout`. */
  endGraceMs?: number;
  /** The platform objects, replaceable for tests; by default the page's own (null: none). */
  synthesis?: SpeechSynthesis | null;
  createUtterance?: (text: string) => SpeechSynthesisUtterance;
}

const KNOWN_ERRORS: ReadonlySet<string> = new Set<SpeechErrorCode>([
  'not-allowed', 'synthesis-failed', 'synthesis-unavailable', 'language-unavailable',
  'voice-unavailable', 'audio-busy', 'audio-hardware', 'network', 'text-too-long',
  'invalid-argument', 'interrupted',
]);

// Slow speech is roughly 8 UTF-16 units a second at rate 1; anything far beyond is a wedge.
const SLOWEST_UNITS_PER_SECOND = 8;

/**
 * `speechSynthesis` behind the {@link SpeechEngine} seam, absorbing browser quirks:
 * - every utterance is kept strongly referenced until it ends (Safari drops `end` otherwise);
 * - a generation number makes events of cancelled utterances harmless, and the
 *   `interrupted`/`canceled` errors our own cancel causes are not reported;
 * - watchdogs turn an utterance that never starts, or never ends, into a `timeout` error;
 * - `speechSynthesis.pause()` is never used (broken on Android and Linux): callers pause by
 *   cancelling and speaking again from their place.
 */
export class WebSpeechEngine implements SpeechEngine {
  private generation = 0;
  private readonly live = new Set<SpeechSynthesisUtterance>();
  private watchdog: ReturnType<typeof setTimeout> | undefined;
  private readonly voiceWaitMs: number;
  private readonly startTimeoutMs: number;
  private readonly endGraceMs: number;
  private readonly synth: SpeechSynthesis | undefined;
  private readonly createUtterance: ((text: string) => SpeechSynthesisUtterance) | undefined;

  constructor(options: WebSpeechOptions = {}) {
    this.voiceWaitMs = options.voiceWaitMs ?? 5000;
    this.startTimeoutMs = options.startTimeoutMs ?? 10000;
    this.endGraceMs = options.endGraceMs ?? 10000;
    this.synth = ('synthesis' in options ? options.synthesis : globalThis.speechSynthesis) ?? undefined;
    this.createUtterance =
      options.createUtterance ??
      (typeof SpeechSynthesisUtterance === 'undefined' ? undefined : (text) => new SpeechSynthesisUtterance(text));
  }

  get supported(): boolean {
    return this.synth !== undefined && this.createUtterance !== undefined;
  }

  voices(): Promise<readonly Voice[]> {
    const synth = this.synth;
    if (!synth) return Promise.resolve([]);
    const now = synth.getVoices();
    if (now.length > 0) return Promise.resolve(now);
    // Chromium on Linux lists voices 2–3 s after start; Safari may never fire `voiceschanged`,
    // so poll as well, and give up after a bound rather than hang.
    return new Promise((resolve) => {
      const finish = () => {
        clearInterval(poll);
        clearTimeout(limit);
        synth.removeEventListener('voiceschanged', check);
        resolve(synth.getVoices());
      };
      const check = () => {
        if (synth.getVoices().length > 0) finish();
      };
      const poll = setInterval(check, 250);
      const limit = setTimeout(finish, this.voiceWaitMs);
      synth.addEventListener('voiceschanged', check);
    });
  }

  speak(text: string, options: SpeakOptions, callbacks: UtteranceCallbacks): void {
    this.cancel();
    const synth = this.synth!;
    const generation = this.generation;
    const utterance = this.createUtterance!(text);
    utterance.lang = options.lang;
    utterance.rate = options.rate;
    const voice = options.voice ? this.platformVoice(options.voice) : null;
    if (voice) utterance.voice = voice;

    const current = () => generation === this.generation;
    const settle = () => {
      this.live.delete(utterance);
      this.clearWatchdog();
      // Settled: later events of this utterance must do nothing.
      this.generation++;
    };
    const fail = (code: SpeechErrorCode) => {
      settle();
      synth.cancel();
      callbacks.error?.(code);
    };

    utterance.onstart = () => {
      if (!current()) return;
      const allowedMs = (text.length / SLOWEST_UNITS_PER_SECOND / options.rate) * 1000;
      this.arm(allowedMs + this.endGraceMs, () => fail('timeout'));
      callbacks.start?.();
    };
    utterance.onboundary = (event) => {
      if (current() && event.name === 'word') {
        callbacks.word?.(event.charIndex, event.charLength || undefined);
      }
    };
    utterance.onend = () => {
      if (!current()) return;
      settle();
      callbacks.end?.();
    };
    utterance.onerror = (event) => {
      if (!current()) return;
      const code = event.error === 'canceled' ? 'interrupted' : event.error;
      settle();
      callbacks.error?.(KNOWN_ERRORS.has(code) ? (code as SpeechErrorCode) : 'synthesis-failed');
    };

    this.live.add(utterance);
    this.arm(this.startTimeoutMs, () => fail('timeout'));
    synth.speak(utterance);
  }

  cancel(): void {
    this.generation++;
    this.clearWatchdog();
    this.live.clear();
    if (this.synth && (this.synth.speaking || this.synth.pending)) this.synth.cancel();
  }

  private platformVoice(wanted: Voice): SpeechSynthesisVoice | null {
    if (typeof SpeechSynthesisVoice !== 'undefined' && wanted instanceof SpeechSynthesisVoice) {
      return wanted;
    }
    return this.synth!.getVoices().find((v) => v.voiceURI === wanted.voiceURI && v.name === wanted.name) ?? null;
  }

  private arm(ms: number, onTimeout: () => void): void {
    this.clearWatchdog();
    this.watchdog = setTimeout(onTimeout, ms);
  }

  private clearWatchdog(): void {
    if (this.watchdog !== undefined) clearTimeout(this.watchdog);
    this.watchdog = undefined;
  }
}
