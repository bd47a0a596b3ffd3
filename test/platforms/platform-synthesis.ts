/**
 * The base of the platform profiles: a fake `speechSynthesis` (see ../speech/fake-synthesis.ts)
 * that also knows which utterances the platform really said, with which voice, and the page
 * state a phone cares about (hidden, offline). Each profile (android-chrome.ts, ios-safari.ts,
 * macos-safari.ts, edge-online.ts, chrome-desktop.ts) overrides the rules its platform is
 * documented to follow, with the public source beside each rule.
 */
import { FakeSynthesis, type EngineProfile } from '../speech/fake-synthesis.js';
import { normalizeLang, primarySubtag } from '../../src/text/lang.js';

export type FakeVoice = Pick<SpeechSynthesisVoice, 'name' | 'lang' | 'voiceURI' | 'localService' | 'default'>;

/** What the platform did with one utterance the page handed it. */
export interface Heard {
  utterance: SpeechSynthesisUtterance;
  /** The text the listener hears (a platform may stop early). */
  text: string;
  /** The name of the voice the platform used. */
  voice: string;
}

export class PlatformSynthesis extends FakeSynthesis {
  /** Utterances the platform took (not dropped), in order, silent ones included. */
  readonly heard: Heard[] = [];
  /** Utterances the platform dropped without an event. */
  readonly dropped: SpeechSynthesisUtterance[] = [];
  /** The network is reachable (online voices need it). */
  online = true;

  constructor(profile: EngineProfile, voices: readonly FakeVoice[]) {
    super(profile);
    this.voiceList = voices as SpeechSynthesisVoice[];
  }

  override speak(utterance: SpeechSynthesisUtterance): void {
    if (this.drops(utterance)) {
      this.dropped.push(utterance);
      return;
    }
    super.speak(utterance);
    this.heard.push({ utterance, text: this.saidText(utterance.text), voice: this.voiceUsed(utterance)?.name ?? '' });
  }

  /** The last utterance with something to say (not an unlock of nothing). */
  get said(): Heard | undefined {
    return this.heard.filter((h) => h.utterance.text.trim() !== '').at(-1);
  }

  /** The voice starts the current utterance. */
  start(): SpeechSynthesisUtterance {
    const utterance = this.current!;
    this.emit(utterance, 'start');
    return utterance;
  }

  /** The voice says the current utterance through. */
  finish(): void {
    const utterance = this.current!;
    this.emit(utterance, 'start');
    this.emit(utterance, 'end');
  }

  /** Whether the platform drops this `speak()` silently (iOS outside a gesture). */
  protected drops(_utterance: SpeechSynthesisUtterance): boolean {
    return false;
  }

  /** What is heard of a text (Microsoft voices stop at `<`). */
  protected saidText(text: string): string {
    return text;
  }

  /** The voice the platform speaks with: by default the utterance's own voice. */
  protected voiceUsed(utterance: SpeechSynthesisUtterance): FakeVoice | undefined {
    return utterance.voice ?? this.voiceForLang(utterance.lang);
  }

  /** The first voice of exactly this language, else of the same language, else the default one. */
  protected voiceForLang(lang: string): FakeVoice | undefined {
    const wanted = normalizeLang(lang || 'en-US');
    return (
      this.voiceList.find((v) => normalizeLang(v.lang) === wanted) ??
      this.voiceList.find((v) => primarySubtag(v.lang) === primarySubtag(wanted)) ??
      this.voiceList.find((v) => v.default) ??
      this.voiceList[0]
    );
  }
}

let hidden = false;

/**
 * The screen is locked (or the tab sent to the background) and unlocked again: `document.hidden`
 * and `visibilityState` follow, and `visibilitychange` fires, as the page sees it.
 */
export function setPageHidden(value: boolean): void {
  hidden = value;
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  Object.defineProperty(document, 'visibilityState', {
    configurable: true,
    get: () => (hidden ? 'hidden' : 'visible'),
  });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** The page's own `document.hidden` again. */
export function restorePageVisibility(): void {
  hidden = false;
  Reflect.deleteProperty(document, 'hidden');
  Reflect.deleteProperty(document, 'visibilityState');
}

/** Plain objects: a real SpeechSynthesisUtterance refuses a voice that is not the browser's own. */
export const plainUtterance = (text: string) => ({ text, volume: 1 }) as SpeechSynthesisUtterance;
