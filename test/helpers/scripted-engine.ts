import type {
  SpeakOptions,
  SpeechEngine,
  SpeechErrorCode,
  UtteranceCallbacks,
  Voice,
} from '../../src/speech/engine.js';

export interface SpokenUtterance {
  text: string;
  options: SpeakOptions;
  callbacks: UtteranceCallbacks;
  cancelled: boolean;
  /** Ended or failed (the engine said so). */
  settled: boolean;
}

export const arabicVoice: Voice = {
  name: 'Scripted Arabic',
  lang: 'ar-SA',
  voiceURI: 'scripted-ar',
  localService: true,
  default: false,
};
export const englishVoice: Voice = {
  name: 'Scripted English',
  lang: 'en-US',
  voiceURI: 'scripted-en',
  localService: true,
  default: true,
};

/**
 * A speech engine whose events happen only when the test says so, through the same interface
 * the Web Speech adapter implements: deterministic timelines for the reader's behaviour.
 */
export class ScriptedEngine implements SpeechEngine {
  supported = true;
  voiceList: Voice[] = [englishVoice, arabicVoice];
  readonly spoken: SpokenUtterance[] = [];
  cancelCount = 0;
  /** The pace it says it measured, in UTF-16 units a second at any rate (undefined: none yet). */
  pace: number | undefined;
  private current: SpokenUtterance | null = null;
  private releaseVoices: (() => void) | null = null;
  private voicesReady: Promise<void> = Promise.resolve();

  /** Make `voices()` wait until {@link listVoices} is called (a late voice list). */
  holdVoices(): void {
    this.voicesReady = new Promise((resolve) => (this.releaseVoices = resolve));
  }

  listVoices(voices: Voice[] = this.voiceList): void {
    this.voiceList = voices;
    this.releaseVoices?.();
  }

  async voices(): Promise<readonly Voice[]> {
    await this.voicesReady;
    return this.voiceList;
  }

  speak(text: string, options: SpeakOptions, callbacks: UtteranceCallbacks): void {
    this.cancel();
    this.current = { text, options, callbacks, cancelled: false, settled: false };
    this.spoken.push(this.current);
  }

  cancel(): void {
    if (this.current) {
      this.current.cancelled = true;
      this.current = null;
      this.cancelCount++;
    }
  }

  paceOf(): number | undefined {
    return this.pace;
  }

  /** The utterance being spoken, if any. */
  get speaking(): SpokenUtterance | null {
    return this.current;
  }

  get lastSpoken(): SpokenUtterance | undefined {
    return this.spoken[this.spoken.length - 1];
  }

  start(): void {
    this.require().callbacks.start?.();
  }

  word(charIndex: number, charLength?: number): void {
    this.require().callbacks.word?.(charIndex, charLength);
  }

  /** The voice finishes the current utterance. */
  finish(): void {
    const utterance = this.require();
    this.current = null;
    utterance.settled = true;
    utterance.callbacks.end?.();
  }

  fail(code: SpeechErrorCode): void {
    const utterance = this.require();
    this.current = null;
    utterance.settled = true;
    utterance.callbacks.error?.(code);
  }

  private require(): SpokenUtterance {
    if (!this.current) throw new Error('ScriptedEngine: nothing is being spoken');
    return this.current;
  }
}
