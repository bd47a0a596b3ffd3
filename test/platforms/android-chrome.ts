/**
 * Chrome on Android, as documented by projects that speak there.
 */
import { normalizeLang } from '../../src/text/lang.js';
import { PlatformSynthesis, type FakeVoice } from './platform-synthesis.js';

const voice = (name: string, lang: string): FakeVoice => ({
  name,
  lang,
  voiceURI: name,
  localService: true,
  default: false,
});

// Tags with `_`, no voice marked `default` (HadrienGardeur/web-speech-recommended-voices#14, #16),
// a voice listed twice (same project's README), and a pack listed though not installed
// (read-aloud-best-practices#6): the API cannot tell it apart, so no test can.
export const ANDROID_VOICES: FakeVoice[] = [
  voice('English United States', 'en_US'),
  voice('العربية العالم', 'ar'),
  voice('العربية مصر', 'ar_EG'),
  voice('العربية مصر', 'ar_EG'),
  voice('العربية السعودية', 'ar_SA'),
];

/** The phone's own language: the voice Android falls back to. */
const SYSTEM_LANG = 'en_US';

export class AndroidChrome extends PlatformSynthesis {
  constructor(voices: readonly FakeVoice[] = ANDROID_VOICES) {
    super('chromium', voices);
  }

  /**
   * Android speaks with the voice that `utterance.lang` names and ignores `utterance.voice`; a
   * `lang` that no voice has exactly gets the phone's default voice (mdn/web-speech-api#44,
   * HadrienGardeur/web-speech-recommended-voices#37, asterics/Asterics-AAC#856).
   */
  protected override voiceUsed(utterance: SpeechSynthesisUtterance): FakeVoice | undefined {
    const wanted = normalizeLang(utterance.lang || SYSTEM_LANG);
    return (
      this.voiceList.find((v) => normalizeLang(v.lang) === wanted) ??
      this.voiceList.find((v) => normalizeLang(v.lang) === normalizeLang(SYSTEM_LANG))
    );
  }

  /**
   * `pause()` acts as `cancel()` (mdn/browser-compat-data#4500; read-aloud-best-practices#5):
   * the reader must never rely on it.
   */
  override pause(): void {
    super.pause();
    this.cancel();
  }
}

// Firefox on Android lists the same voices with three-letter language codes (ken107/read-aloud#405,
// HadrienGardeur/web-speech-recommended-voices#17).
export const FIREFOX_ANDROID_VOICES: FakeVoice[] = [voice('eng-US-f000', 'eng-US'), voice('ara-EG-f000', 'ara-EG')];
