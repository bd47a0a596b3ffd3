/**
 * Edge on Windows, with Microsoft's online "Natural" voices, as documented by projects that speak
 * there.
 */
import { PlatformSynthesis, fakeVoice, type FakeVoice } from './platform-synthesis.js';

const microsoft = (name: string, lang: string, localService = true) =>
  fakeVoice(`Microsoft ${name}`, lang, localService);

// The names Edge lists (MicrosoftEdge/WebView2Feedback#2660); a name with "Online (Natural)" is
// a voice synthesised by Microsoft's servers (rany2/edge-tts#99), listed with localService false.
// Windows' own Arabic voices, Hoda and Naayf, are local.
export const EDGE_VOICES: FakeVoice[] = [
  { ...microsoft('David - English (United States)', 'en-US'), default: true },
  microsoft('Hoda - Arabic (Egypt)', 'ar-EG'),
  microsoft('Naayf - Arabic (Saudi Arabia)', 'ar-SA'),
  microsoft('Salma Online (Natural) - Arabic (Egypt)', 'ar-EG', false),
  microsoft('Shakir Online (Natural) - Arabic (Egypt)', 'ar-EG', false),
  microsoft('Zariyah Online (Natural) - Arabic (Saudi Arabia)', 'ar-SA', false),
];

export class EdgeOnline extends PlatformSynthesis {
  /**
   * An online voice needs the network: offline, or when the connection drops, its utterance ends
   * in an error instead of speech (rany2/edge-tts#249, readest/readest#180, #5205): `network`
   * (the Web Speech API's code for it), `synthesis-failed` in some versions.
   */
  protected override offlineError: string | null = 'network';

  constructor(voices: readonly FakeVoice[] = EDGE_VOICES, offlineError: 'network' | 'synthesis-failed' = 'network') {
    super('chromium', voices);
    this.offlineError = offlineError;
  }

  /**
   * Some Microsoft voices stop reading at `<` or `>`, or skip what they enclose
   * (ken107/read-aloud#221, #344; HadrienGardeur/read-aloud-best-practices#8): nothing after the
   * first one is heard. Online voices send word boundaries (gexgd0419/NaturalVoiceSAPIAdapter#16):
   * tests send them with `boundary()`.
   */
  protected override saidText(text: string): string {
    return text.split(/[<>]/)[0]!;
  }
}
