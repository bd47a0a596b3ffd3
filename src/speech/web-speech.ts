import type { SpeakOptions, SpeechEngine, SpeechErrorCode, UtteranceCallbacks, Voice } from './engine.js';
import { VoicePaces } from './pace.js';

export interface WebSpeechOptions {
  /** How long to wait for a voice list that arrives late (Linux: 2–3 s; Safari may never say). */
  voiceWaitMs?: number;
  /** An utterance that has not started by then is reported as `timeout`. */
  startTimeoutMs?: number;
  /** Extra time allowed beyond a generous estimate of an utterance's length before `timeout`. */
  endGraceMs?: number;
  /** Extra time allowed beyond a voice's own measured pace, once it has one, before `timeout`. */
  measuredGraceMs?: number;
  /** The platform objects, replaceable for tests; by default the page's own (null: none). */
  synthesis?: SpeechSynthesis | null;
  createUtterance?: (text: string) => SpeechSynthesisUtterance;
  /**
   * The platform drops every `speak()` until one was made inside a user gesture. By default:
   * iOS and iPadOS (WebKit sets that restriction on them only; `-webkit-touch-callout` is theirs).
   */
  needsUnlock?: boolean;
}

const KNOWN_ERRORS: ReadonlySet<string> = new Set<SpeechErrorCode>([
  'not-allowed',
  'synthesis-failed',
  'synthesis-unavailable',
  'language-unavailable',
  'voice-unavailable',
  'audio-busy',
  'audio-hardware',
  'network',
  'text-too-long',
  'invalid-argument',
  'interrupted',
  'canceled',
]);

// The platforms on which a page has spoken inside a gesture (the permission is the page's).
const primed = new WeakSet<object>();

// Slow speech is roughly 8 UTF-16 units a second at rate 1; anything far beyond is a wedge.
const SLOWEST_UNITS_PER_SECOND = 8;
// An utterance may run this much slower than its voice's measured pace before it counts as wedged.
const PACE_MARGIN = 1.5;
// A failure with no reason before the utterance started is tried once more after this long.
const RETRY_MS = 1000;

/**
 * `speechSynthesis` behind the {@link SpeechEngine} seam, absorbing browser quirks:
 * - every utterance is kept strongly referenced until it ends (Safari drops `end` otherwise);
 * - a generation number makes events of cancelled utterances harmless: the `end` Firefox gives
 *   the utterance our own cancel cut short is not a finished sentence, and the
 *   `interrupted`/`canceled` errors Chromium and WebKit give it are not reported;
 * - watchdogs turn an utterance that never starts, or never ends, into a `timeout` error (one
 *   that does not start after a cut from outside is still waiting behind the other speaker, and is
 *   reported as `interrupted`); the end
 *   bound comes from the voice's own measured pace once it has one (WebKit often drops the `end`
 *   of a second or third utterance: the listener should not wait long in silence); that pace is
 *   published by {@link paceOf}, for the reader's word estimates and time left;
 * - the voice list is read again on every `voiceschanged` (Firefox lists voices in batches);
 * - `speechSynthesis.pause()` is never used (broken on Android and Linux): callers pause by
 *   cancelling and speaking again from their place.
 */
export class WebSpeechEngine implements SpeechEngine {
  private cutFromOutside = false;
  private generation = 0;
  private readonly live = new Set<SpeechSynthesisUtterance>();
  private readonly needsUnlock: boolean;
  private watchdog: ReturnType<typeof setTimeout> | undefined;
  private retry: ReturnType<typeof setTimeout> | undefined;
  /** Judges the live utterance again once the page is visible (undefined: nothing live). */
  private onVisible: (() => void) | undefined;
  private readonly voiceWaitMs: number;
  private readonly startTimeoutMs: number;
  private readonly endGraceMs: number;
  private readonly measuredGraceMs: number;
  private readonly paces = new VoicePaces();
  private readonly synth: SpeechSynthesis | undefined;
  private readonly createUtterance: ((text: string) => SpeechSynthesisUtterance) | undefined;

  constructor(options: WebSpeechOptions = {}) {
    this.voiceWaitMs = options.voiceWaitMs ?? 5000;
    this.startTimeoutMs = options.startTimeoutMs ?? 10000;
    this.endGraceMs = options.endGraceMs ?? 10000;
    this.measuredGraceMs = options.measuredGraceMs ?? 2000;
    this.synth = ('synthesis' in options ? options.synthesis : globalThis.speechSynthesis) ?? undefined;
    this.needsUnlock = options.needsUnlock ?? globalThis.CSS?.supports('-webkit-touch-callout', 'none') === true;
    this.createUtterance =
      options.createUtterance ??
      (typeof SpeechSynthesisUtterance === 'undefined' ? undefined : (text) => new SpeechSynthesisUtterance(text));
    // A watchdog never cuts speech because the page was hidden (timers of a hidden page fire late,
    // or in a burst on return): hidden, the watchdogs stop; back, the live utterance is judged.
    if (this.synth) {
      document.addEventListener('visibilitychange', () => {
        if (document.hidden) this.clearWatchdog();
        else this.onVisible?.();
      });
    }
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

  onVoicesChanged(listener: () => void): () => void {
    const synth = this.synth;
    if (!synth) return () => {};
    const handler = () => listener();
    synth.addEventListener('voiceschanged', handler);
    return () => synth.removeEventListener('voiceschanged', handler);
  }

  speak(text: string, options: SpeakOptions, callbacks: UtteranceCallbacks): void {
    this.say(text, options, callbacks, false);
  }

  private say(text: string, options: SpeakOptions, callbacks: UtteranceCallbacks, retried: boolean): void {
    this.cancel();
    const synth = this.synth!;
    // Chromium on Linux speaks nothing more after a cut from outside the page (a screen reader on
    // the same speech service) until the page cancels, though it says nothing is speaking.
    const afterCut = this.cutFromOutside;
    if (afterCut) synth.cancel();
    this.cutFromOutside = false;
    const generation = this.generation;
    const utterance = this.createUtterance!(text);
    const voice = options.voice ? this.platformVoice(options.voice) : null;
    // Chrome on Android speaks with the voice that `lang` names and ignores `voice`
    // (mdn/web-speech-api#44, HadrienGardeur/web-speech-recommended-voices#37): the language is
    // the chosen voice's own, as readium/speech does.
    utterance.lang = voice?.lang || options.lang;
    utterance.rate = options.rate;
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

    let startedAt: number | undefined;
    // Back from a locked screen or a background tab: speech that is still live keeps going with
    // fresh watchdogs; speech the platform stopped or never started is reported as `timeout`,
    // which the reader takes up again from its word (internetarchive/bookreader#1076).
    this.onVisible = () => {
      if (!current()) return;
      if (startedAt !== undefined && synth.speaking) {
        this.arm(this.endBoundMs(text.length, options), () => fail('timeout'));
      } else fail('timeout');
    };

    utterance.onstart = () => {
      if (!current()) return;
      startedAt = performance.now();
      this.arm(this.endBoundMs(text.length, options), () => fail('timeout'));
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
      if (startedAt !== undefined) this.paces.measure(options, text.length, performance.now() - startedAt);
      callbacks.end?.();
    };
    utterance.onerror = (event) => {
      if (!current()) return;
      const code = event.error;
      settle();
      if (code === 'interrupted' || code === 'canceled') this.cutFromOutside = true;
      const known = KNOWN_ERRORS.has(code);
      // Firefox gives no reason (its error event has no `error`), and on Linux fails an utterance
      // so, before it starts, while speech-dispatcher is still bringing up its voice (the first
      // utterance after the service started, on a busy machine): say it once more after a moment.
      if (!known && startedAt === undefined && !retried) {
        this.retry = setTimeout(() => this.say(text, options, callbacks, true), RETRY_MS);
        return;
      }
      callbacks.error?.(known ? (code as SpeechErrorCode) : 'synthesis-failed');
    };

    this.live.add(utterance);
    // Said after a cut from outside, the utterance waits behind the other client's speech
    // (speech-dispatcher speaks a screen reader's messages before a page's text, and on a busy
    // machine one short message can take 7 s): not starting in time means the service is still
    // held, an interruption the reader waits out, not a wedge.
    this.arm(this.startTimeoutMs, () => {
      if (!afterCut) return fail('timeout');
      this.cutFromOutside = true;
      fail('interrupted');
    });
    synth.speak(utterance);
  }

  /**
   * iOS drops, without a word, every `speak()` of a page until one was made inside a user gesture
   * (WebKit `Modules/speech/SpeechSynthesis.cpp` `speak()`, under `PLATFORM(IOS_FAMILY)`;
   * jankapunkt/easy-speech#366, #51): called synchronously in the gesture that asked to play, this
   * speaks an empty utterance once, so the page may speak later, after the voice list or the
   * article is ready. The permission comes with the `speak()` call, so the utterance is cancelled
   * at once: WebKit never ends an empty one (bug 310602). Elsewhere nothing is spoken: an empty
   * utterance wedges Chromium's speech on Linux, and a blank one crashes WebKitGTK with flite.
   */
  prime(): void {
    const synth = this.synth;
    if (!this.needsUnlock || !synth || !this.createUtterance || primed.has(synth)) return;
    // Outside a gesture it would not count: leave it to the next one. Speech already under way
    // means the page may speak.
    if (navigator.userActivation?.isActive === false || synth.speaking || synth.pending) return;
    primed.add(synth);
    const utterance = this.createUtterance('');
    utterance.volume = 0;
    synth.speak(utterance);
    synth.cancel();
  }

  cancel(): void {
    clearTimeout(this.retry);
    this.retry = undefined;
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

  paceOf(options: SpeakOptions): number | undefined {
    return this.paces.of(options);
  }

  /** How long an utterance that started may take before it counts as wedged. */
  private endBoundMs(units: number, options: SpeakOptions): number {
    const perSecond = this.paces.of(options);
    if (perSecond) return (units / perSecond) * 1000 * PACE_MARGIN + this.measuredGraceMs;
    return (units / SLOWEST_UNITS_PER_SECOND / options.rate) * 1000 + this.endGraceMs;
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
