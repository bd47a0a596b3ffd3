import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadPreferences, savePreferences } from '../reading/preferences.js';
import type { SpeechEngine, Voice } from './engine.js';
import { chooseVoice, voicesFor } from './voices.js';

export interface VoiceOptions {
  engine(): SpeechEngine;
  /** The speech language (BCP 47). */
  lang(): string;
  /** The voice the site owner named (`voice` attribute: a name or voiceURI), if any. */
  requested(): string | null;
  /** The voice in use changed (the listener picked another): speech must follow. */
  onChange(): void;
}

/**
 * The one owner of the voice: the platform's list (which may arrive late), the site owner's
 * request, the listener's own choice from the picker (kept across pages, and winning over the
 * request), and the voice that results.
 */
export class VoiceController implements ReactiveController {
  /** Voices that speak the speech language, best first (for the picker). */
  voices: readonly Voice[] = [];
  /** The voice in use, or null until the list has one for the language. */
  current: Voice | null = null;
  private all: readonly Voice[] = [];
  private chosen: string | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: VoiceOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.chosen = loadPreferences().voice ?? null;
    void this.load();
  }

  /** Wait for the platform's voice list (bounded by the engine) and settle on a voice. */
  async load(): Promise<Voice | null> {
    const engine = this.options.engine();
    this.all = engine.supported ? await engine.voices() : [];
    this.resolve();
    return this.current;
  }

  /** Settle on a voice again from what is known (the language or the request changed). */
  resolve(): void {
    const lang = this.options.lang();
    const before = this.current;
    this.voices = voicesFor(this.all, lang);
    this.current = chooseVoice(this.all, lang, this.chosen ?? this.options.requested());
    this.host.requestUpdate();
    if (before && this.current !== before) this.options.onChange();
  }

  /** The listener picked a voice (by voiceURI or name): use it and remember it. */
  select(voiceURI: string): void {
    if (!this.voices.some((voice) => voice.voiceURI === voiceURI || voice.name === voiceURI)) return;
    this.chosen = voiceURI;
    savePreferences({ voice: voiceURI });
    this.resolve();
  }

  /** The best voice for text marked with another language, or null. */
  voiceFor(lang: string): Voice | null {
    return chooseVoice(this.all, lang);
  }
}
