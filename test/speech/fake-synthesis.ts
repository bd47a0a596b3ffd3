/**
 * How each engine's `cancel()` treats the utterance being spoken (measured; see
 * docs/browsers.md): Chromium gives it `error` "interrupted", Firefox an `end`
 * (as if it had been read through), WebKit `error` "canceled" (in some runs an `end`, too).
 */
export type EngineProfile = 'chromium' | 'firefox' | 'webkit';

/**
 * A stand-in for `window.speechSynthesis` that lets a test play the browser's part, including
 * its quirks (late voice lists, stale events, utterances that never end), as one engine would.
 */
export class FakeSynthesis extends EventTarget {
  voiceList: SpeechSynthesisVoice[] = [];
  readonly spoken: SpeechSynthesisUtterance[] = [];
  speaking = false;
  pending = false;
  paused = false;
  cancelCalls = 0;
  pauseCalls = 0;
  onvoiceschanged = null;

  constructor(readonly profile: EngineProfile = 'chromium') {
    super();
  }

  getVoices(): SpeechSynthesisVoice[] {
    return this.voiceList;
  }

  speak(utterance: SpeechSynthesisUtterance): void {
    this.spoken.push(utterance);
    this.speaking = true;
  }

  cancel(): void {
    this.cancelCalls++;
    const current = this.current;
    const wasSpeaking = this.speaking;
    this.speaking = false;
    if (!current || !wasSpeaking) return;
    if (this.profile === 'firefox') this.emit(current, 'end');
    else this.emit(current, 'error', { error: this.profile === 'webkit' ? 'canceled' : 'interrupted' });
  }

  pause(): void {
    this.pauseCalls++;
  }

  resume(): void {}

  get current(): SpeechSynthesisUtterance | undefined {
    return this.spoken[this.spoken.length - 1];
  }

  /** Voices arrive late, announced with `voiceschanged`. */
  announceVoices(voices: Partial<SpeechSynthesisVoice>[]): void {
    this.voiceList = voices as SpeechSynthesisVoice[];
    this.dispatchEvent(new Event('voiceschanged'));
  }

  /** More voices are listed without a word (Firefox: batches; `voiceschanged` only at the end). */
  addVoicesSilently(voices: Partial<SpeechSynthesisVoice>[]): void {
    this.voiceList = [...this.voiceList, ...(voices as SpeechSynthesisVoice[])];
  }

  emit(utterance: SpeechSynthesisUtterance, type: 'start' | 'end' | 'error' | 'boundary', extra = {}): void {
    const event = { type, utterance, charIndex: 0, charLength: 0, name: '', ...extra };
    if (type === 'end' || type === 'error') this.speaking = false;
    const handler = utterance[`on${type}` as 'onstart'] as ((event: unknown) => void) | null;
    handler?.call(utterance, event);
  }
}

/** Callbacks for one utterance that write what happened into `log`. */
export function listen() {
  const log: string[] = [];
  return {
    log,
    callbacks: {
      start: () => log.push('start'),
      word: (charIndex: number) => log.push(`word ${charIndex}`),
      end: () => log.push('end'),
      error: (code: string) => log.push(`error ${code}`),
    },
  };
}

export function asSynthesis(fake: FakeSynthesis): SpeechSynthesis {
  return fake as unknown as SpeechSynthesis;
}
