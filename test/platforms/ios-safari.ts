/**
 * Safari on iOS (every iOS browser is WebKit), as documented by projects that speak there.
 */
import { PlatformSynthesis, type FakeVoice } from './platform-synthesis.js';

// Apple's Arabic voices, all `ar-001` (HadrienGardeur/web-speech-recommended-voices, json/ar.json);
// iOS lists some voices twice (same README, "duplicates").
const maged = { name: 'Majed', lang: 'ar-001', voiceURI: 'com.apple.voice.compact.ar-001.Maged' };
export const IOS_VOICES: FakeVoice[] = [
  {
    name: 'Samantha',
    lang: 'en-US',
    voiceURI: 'com.apple.voice.compact.en-US.Samantha',
    localService: true,
    default: true,
  },
  { ...maged, localService: true, default: true },
  { ...maged, localService: true, default: true },
  {
    name: 'Laila',
    lang: 'ar-001',
    voiceURI: 'com.apple.voice.compact.ar-001.Laila',
    localService: true,
    default: true,
  },
];

// Events that carry a user gesture (activation-triggering input events).
const GESTURES = ['keydown', 'mousedown', 'pointerdown', 'pointerup', 'mouseup', 'click', 'touchend'];

export class IosSafari extends PlatformSynthesis {
  override readonly needsUnlock = true;
  /** A `speak()` has been made inside a gesture: the page may speak from now on. */
  unlocked = false;
  private inGesture = false;
  private readonly onGesture = (event: Event) => {
    if (!event.isTrusted) return;
    this.inGesture = true;
    // WebKit's gesture token lives for the event's dispatch (its microtasks included); a timer it
    // starts carries it for up to 1 s (DOMTimer), which this profile does not model (stricter).
    setTimeout(() => (this.inGesture = false), 0);
  };

  constructor(voices: readonly FakeVoice[] = IOS_VOICES) {
    // WebKit: cancel() gives the utterance `error` "canceled" (see ../speech/fake-synthesis.ts).
    super('webkit', voices);
    for (const type of GESTURES) window.addEventListener(type, this.onGesture, true);
  }

  dispose(): void {
    for (const type of GESTURES) window.removeEventListener(type, this.onGesture, true);
  }

  /**
   * Until one `speak()` was made during a user gesture, every `speak()` is dropped: no `start`,
   * no `error` (WebKit `Modules/speech/SpeechSynthesis.cpp` `speak()`, the
   * RequireUserGestureForSpeechStartRestriction; leaonline/easy-speech#366, #51;
   * MikeyParton/react-speech-kit#3; nesquena/hermes-webui#7191).
   */
  protected override drops(): boolean {
    if (this.unlocked) return false;
    const active = navigator.userActivation?.isActive ?? true;
    if (this.inGesture && active) this.unlocked = true;
    return !this.unlocked;
  }

  /**
   * Locking the screen stops the voice, with no event (internetarchive/bookreader#1076,
   * readest/readest#5146): what was being said is cut, and nothing more is said while hidden.
   */
  lockScreen(): void {
    this.speaking = false;
  }

  /**
   * WebKit reports every platform failure as `canceled` (WebKit `SpeechSynthesis.cpp`
   * `handleSpeakingCompleted`): the voice failed on its own.
   */
  failCanceled(): void {
    this.emit(this.current!, 'error', { error: 'canceled' });
  }
}
