/**
 * A stand-in for `window.speechSynthesis` that lets a test play the browser's part, including
 * its quirks (late voice lists, stale events, utterances that never end).
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
    this.speaking = false;
    // Like Chromium: the utterance being spoken reports `interrupted`.
    if (current) this.emit(current, 'error', { error: 'interrupted' });
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

  emit(utterance: SpeechSynthesisUtterance, type: 'start' | 'end' | 'error' | 'boundary', extra = {}): void {
    const event = { type, utterance, charIndex: 0, charLength: 0, name: '', ...extra };
    if (type === 'end' || type === 'error') this.speaking = false;
    const handler = utterance[`on${type}` as 'onstart'] as ((event: unknown) => void) | null;
    handler?.call(utterance, event);
  }
}

export function asSynthesis(fake: FakeSynthesis): SpeechSynthesis {
  return fake as unknown as SpeechSynthesis;
}
