/**
 * Chrome on a desktop (here Windows), with Google's network voices, as documented by projects that
 * speak there.
 */
import { PlatformSynthesis, fakeVoice as voice, type FakeVoice } from './platform-synthesis.js';

// Windows' local voices (guest271314/SpeechSynthesisRecorder#20) and Google's, which are
// synthesised by Google's servers and listed with localService false (google/WebFundamentals#3193,
// WebAudio/web-speech-api#82). Google has no Arabic voice here: its voices matter for text in
// English, French...
export const CHROME_VOICES: FakeVoice[] = [
  { ...voice('Microsoft David - English (United States)', 'en-US'), default: true },
  voice('Microsoft Zira - English (United States)', 'en-US'),
  voice('Microsoft Hoda - Arabic (Egypt)', 'ar-EG'),
  voice('Google US English', 'en-US', false),
  voice('Google UK English Female', 'en-GB', false),
];

export class ChromeDesktop extends PlatformSynthesis {
  /**
   * A Google voice needs the network: offline its utterance fails (ken107/read-aloud#161,
   * google/WebFundamentals#3193), with `synthesis-failed`, the Web Speech API's code for a
   * failure it cannot name. Google voices send no word boundaries
   * (HadrienGardeur/read-aloud-best-practices#4): tests send none.
   */
  protected override offlineError: string | null = 'synthesis-failed';

  constructor(voices: readonly FakeVoice[] = CHROME_VOICES) {
    super('chromium', voices);
  }
}
