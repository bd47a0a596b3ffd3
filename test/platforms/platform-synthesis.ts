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

/** A voice as a platform lists it (voiceURI: its name, as Chromium gives it). */
export const fakeVoice = (name: string, lang: string, localService = true): FakeVoice => ({
  name,
  lang,
  voiceURI: name,
  localService,
  default: false,
});

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
  /** The platform drops speech until a `speak()` was made in a gesture (iOS). */
  readonly needsUnlock: boolean = false;
  /** The network is reachable (online voices need it). */
  online = true;
  /** What an online voice (localService false) gives without the network; null: it needs none. */
  protected offlineError: string | null = null;

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
    if (!this.online && this.needsNetwork(utterance)) setTimeout(() => this.failOffline(utterance), 0);
  }

  /** The connection drops: what an online voice was saying fails, and so will what it is given. */
  goOffline(): void {
    this.online = false;
    if (this.speaking && this.current && this.needsNetwork(this.current)) this.failOffline(this.current);
  }

  /** A word boundary at `charIndex` of the current utterance. */
  boundary(charIndex: number): void {
    this.emit(this.current!, 'boundary', { name: 'word', charIndex });
  }

  private needsNetwork(utterance: SpeechSynthesisUtterance): boolean {
    return this.offlineError !== null && this.voiceUsed(utterance)?.localService === false;
  }

  private failOffline(utterance: SpeechSynthesisUtterance): void {
    if (this.current === utterance) this.emit(utterance, 'error', { error: this.offlineError });
  }

  /** The last utterance with something to say (not an unlock of nothing). */
  get said(): Heard | undefined {
    return this.heard.filter((h) => h.utterance.text !== '').at(-1);
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
