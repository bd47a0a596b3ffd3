import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadPreferences, savePreferences } from '../preferences.js';
import type { SpeechEngine, Voice } from '../speech/engine.js';
import {
  chooseVoice,
  isNamed,
  rankVoices,
  shortList,
  uniqueVoices,
  voiceId,
  type RankedVoices,
} from '../speech/voices.js';

// A list that has voices but none for the language may still be growing (Firefox delivers its
// voices in batches over ~4 s): wait this long for more before saying there is no voice.
const LATE_VOICES_MS = 5000;

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
  /** The picker's choices: voices that speak the speech language, best first. */
  choices: readonly Voice[] = [];
  /** The voice in use, or null until the list has one for the language. */
  current: Voice | null = null;
  /** The picker shows every voice, not only its short list. */
  showAll = false;
  /** An online voice (localService false) failed, so only local voices are used until the listener picks one. */
  replaced: Voice | null = null;
  /** The platform's list as last read: a new list is ranked again, the same one is not. */
  private read: readonly Voice[] = [];
  private all: readonly Voice[] = [];
  /** Rankings by language, until the list changes. */
  private readonly rankings = new Map<string, RankedVoices>();
  /** The voices the picker offers: its short list, or all of them (made anew only when one of those changes). */
  offered: readonly Voice[] = [];
  private chosen: string | null = null;
  private unsubscribe: (() => void) | undefined;
  /** The one wait for late voices (later loads share it, and do not wait again once it is over). */
  private lateVoices: Promise<void> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: VoiceOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.chosen = loadPreferences().voice ?? null;
    this.listen();
    // In a task of its own: the list may be long, and the page is busy inserting the reader.
    setTimeout(() => void this.load());
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** Follow the engine's voice list: read it again on every change (the engine may be replaced). */
  listen(): void {
    this.unsubscribe?.();
    const engine = this.options.engine();
    this.unsubscribe = engine.supported ? engine.onVoicesChanged?.(() => void this.reload(engine)) : undefined;
  }

  /** Wait for the platform's voice list (bounded by the engine) and settle on a voice. */
  async load(): Promise<Voice | null> {
    const engine = this.options.engine();
    this.take(engine.supported ? await engine.voices() : []);
    this.resolve();
    if (!this.current && this.all.length > 0 && engine.onVoicesChanged) {
      await (this.lateVoices ??= this.nextChange(engine));
    }
    return this.current;
  }

  /**
   * The voice for the speech language as things stand, without waiting. Null until the list has
   * been read, when it has no voice for the language (`load()` then waits for late voices), and
   * with an engine that does not tell of a new list (`load()` reads it again).
   */
  settled(): Voice | null {
    if (this.read.length === 0 || !this.options.engine().onVoicesChanged) return null;
    this.resolve();
    return this.current;
  }

  private async reload(engine: SpeechEngine): Promise<void> {
    if (engine !== this.options.engine()) return;
    this.take(await engine.voices());
    this.resolve();
  }

  /** The platform's list: other voices (whatever the engine) drop every ranking made of the old. */
  private take(list: readonly Voice[]): void {
    if (list.length === this.read.length && list.every((v, i) => v === this.read[i])) return;
    this.read = list;
    this.all = uniqueVoices(list);
    this.rankings.clear();
  }

  /**
   * The ranking for `lang` (by default the speech language's), made once per list. Of the local
   * voices only (after an online voice failed, which is rare) it is made each time it is asked.
   */
  private ranking(localOnly = !!this.replaced, lang = this.options.lang()): RankedVoices {
    if (localOnly)
      return rankVoices(
        this.all.filter((v) => v.localService),
        lang,
      );
    let ranked = this.rankings.get(lang);
    if (!ranked) this.rankings.set(lang, (ranked = rankVoices(this.all, lang)));
    return ranked;
  }

  /** Resolves at the engine's next voice-list change (after it was read), or after LATE_VOICES_MS. */
  private nextChange(engine: SpeechEngine): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        off?.();
        // Let reload() read the new list first.
        setTimeout(resolve, 0);
      };
      const timer = setTimeout(done, LATE_VOICES_MS);
      const off = engine.onVoicesChanged?.(done);
    });
  }

  /** Settle on a voice again from what is known (the language or the request changed). */
  resolve(): void {
    const before = this.current;
    const { voices } = this.ranking(false);
    const changed = this.choices !== voices;
    this.choices = voices;
    this.current = chooseVoice(this.ranking(), this.chosen ?? this.options.requested(), before);
    if (changed || this.current !== before) this.offer();
    if (before && this.current !== before) this.options.onChange();
  }

  /** The listener picked a voice (by voiceId, voiceURI or name): use it and remember it. */
  select(id: string): void {
    const voice = id ? this.choices.find((v) => isNamed(v, id)) : undefined;
    if (!voice) return;
    this.chosen = voiceId(voice);
    this.replaced = null;
    savePreferences({ voice: this.chosen });
    this.resolve();
  }

  /** Whether the picker shows all the voices; null when its short list holds them all. */
  get showsAll(): boolean | null {
    return shortList(this.choices, this.current).length < this.choices.length ? this.showAll : null;
  }

  /** The listener asked for all the voices, or for the short list again. */
  toggleAll(): void {
    this.showAll = !this.showAll;
    this.offer();
  }

  private offer(): void {
    this.offered = this.showAll ? this.choices : shortList(this.choices, this.current);
    this.host.requestUpdate();
  }

  /**
   * The voice in use needs the network and failed (offline, a dropped connection): go on with
   * the best local voice of the language (`onChange` says the rest with it). False when the
   * voice was local, or no local voice speaks the language.
   */
  useLocal(): boolean {
    const failed = this.current;
    if (!failed || failed.localService || this.ranking(true).voices.length === 0) return false;
    this.replaced = failed;
    this.resolve();
    return true;
  }

  /** The best voice for text marked with another language, or null. */
  voiceFor(lang: string): Voice | null {
    return chooseVoice(this.ranking(undefined, lang));
  }
}
