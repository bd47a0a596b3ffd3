/**
 * Safari on macOS, as documented by projects that speak there and by WebKit's source.
 */
import { PlatformSynthesis, type FakeVoice } from './platform-synthesis.js';

// Apple's Arabic voices are `ar-001` (HadrienGardeur/web-speech-recommended-voices, json/ar.json).
export const MACOS_VOICES: FakeVoice[] = [
  {
    name: 'Samantha',
    lang: 'en-US',
    voiceURI: 'com.apple.voice.compact.en-US.Samantha',
    localService: true,
    default: true,
  },
  {
    name: 'Majed',
    lang: 'ar-001',
    voiceURI: 'com.apple.voice.compact.ar-001.Maged',
    localService: true,
    default: false,
  },
];

// UTF-16 units a second of an Apple voice at Apple's default rate (an order of magnitude).
const UNITS_PER_SECOND = 14;
// Apple's rate scale is not linear in speed: at 0.68 its voices speak twice as fast as at the
// default 0.5 (IhorShevchuk/piper-app#30); modelled as doubling every 0.18 above the default.
const DOUBLING = 0.18;

/**
 * Apple voices send word boundaries, but some carry a `charIndex` far from the word being said,
 * ahead of it or behind it (readium/speech#64): tests send such indexes with `boundary()`.
 */
export class MacosSafari extends PlatformSynthesis {
  constructor(voices: readonly FakeVoice[] = MACOS_VOICES) {
    // WebKit: cancel() gives the utterance `error` "canceled" (see ../speech/fake-synthesis.ts).
    super('webkit', voices);
  }

  /**
   * How long Apple's voice takes to say `text` at the web `rate`. WebKit maps rates below 1 onto
   * Apple's 0–0.5 linearly and rates above 1 onto 0.5–1 (WebKit
   * `platform/cocoa/PlatformSpeechSynthesizerCocoa.mm` `mapSpeechRateToPlatformRate`), and
   * Apple's speed grows faster than its rate above 0.5: at web rate 2 speech is far more than
   * twice as fast as at 1, so the pace a voice keeps at one rate says little about another.
   */
  millisecondsFor(text: string, rate: number): number {
    const apple = rate < 1 ? rate * 0.5 : 0.5 + (rate - 1) * 0.5;
    const speed = apple <= 0.5 ? apple / 0.5 : 2 ** ((apple - 0.5) / DOUBLING);
    return (text.length / (UNITS_PER_SECOND * speed)) * 1000;
  }
}
