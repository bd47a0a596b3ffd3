/**
 * The one seam between the reader and a speech synthesiser. The Web Speech adapter implements it
 * over `speechSynthesis`; tests implement it with a scripted engine whose events they control; a
 * server-voice engine (audio plus word timings) could implement it too.
 */

/** What the reader needs to know of a voice (a structural subset of `SpeechSynthesisVoice`). */
export interface Voice {
  readonly name: string;
  readonly lang: string;
  readonly voiceURI: string;
  readonly localService: boolean;
  readonly default: boolean;
}

export interface SpeakOptions {
  lang: string;
  rate: number;
  voice?: Voice | null;
}

/** Error codes an engine may report for one utterance. */
export type SpeechErrorCode =
  | 'not-allowed'
  | 'synthesis-failed'
  | 'synthesis-unavailable'
  | 'language-unavailable'
  | 'voice-unavailable'
  | 'audio-busy'
  | 'audio-hardware'
  | 'network'
  | 'text-too-long'
  | 'invalid-argument'
  /** Cancelled by something other than this engine (another page script, another tab). */
  | 'interrupted'
  /**
   * WebKit's `canceled` when this engine did not cancel: a cut from outside, or the platform
   * failing (WebKit reports its failures so).
   */
  | 'canceled'
  /** Started but never ended, or never started (a wedged engine). */
  | 'timeout';

/**
 * Callbacks for one utterance. The engine calls at most one of `end` / `error`, once, and calls
 * nothing at all after the reader cancelled (cancel-caused `interrupted`/`canceled` are absorbed).
 */
export interface UtteranceCallbacks {
  start?(): void;
  /** A word boundary: `charIndex`/`charLength` are UTF-16 offsets in the spoken text. */
  word?(charIndex: number, charLength?: number): void;
  end?(): void;
  error?(code: SpeechErrorCode): void;
}

export interface SpeechEngine {
  /** False when the platform has no speech synthesis at all. */
  readonly supported: boolean;
  /** All voices, once the platform has listed them (waits for late lists, bounded). */
  voices(): Promise<readonly Voice[]>;
  /**
   * Calls `listener` whenever the platform's voice list changes (it may grow in batches);
   * returns the way to stop. Optional: an engine whose voices never change need not have it.
   */
  onVoicesChanged?(listener: () => void): () => void;
  /**
   * Called synchronously inside the user gesture that asked to play, before anything is awaited:
   * an engine whose platform allows speech only after a gesture (iOS) unlocks it here, without
   * a sound. Optional.
   */
  prime?(): void;
  /**
   * How fast this voice speaks at this rate, in UTF-16 units of spoken text a second, as this
   * engine measured it on utterances that ended; undefined before it knows. The engine is the one
   * owner of that fact: the reader's word estimates and time left read it here. Optional.
   */
  paceOf?(options: SpeakOptions): number | undefined;
  /** Queue nothing: speaking replaces whatever this engine was saying. */
  speak(text: string, options: SpeakOptions, callbacks: UtteranceCallbacks): void;
  /** Silence at once. No callback of a cancelled utterance fires afterwards. */
  cancel(): void;
}
