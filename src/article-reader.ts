import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { renderControlBar } from './controls/control-bar.js';
import { loadPreferences } from './preferences.js';
import { ReaderParts } from './reader-parts.js';
import { clampRate } from './reading/rate.js';
import type { ReaderState } from './reading/state.js';
import type { SpeechEngine } from './speech/engine.js';
import { WebSpeechEngine } from './speech/web-speech.js';
import { readerStyles } from './styles.js';

/**
 * Reads an Arabic article aloud with the browser's speech synthesis, highlighting each sentence
 * in the article as it is spoken.
 *
 * Every event fires after the change it reports is complete (state, `sentenceIndex`, highlight
 * and speech agree with it), and any method may be called from a listener: its effect is final.
 * On play from idle, `reader-statechange` (`playing`) comes before `reader-sentence`.
 *
 * @summary Reads an article aloud and highlights the sentence being read.
 *
 * @slot - The article to read (unless `for` names one elsewhere on the page).
 *
 * @attr {string} lang - Speech language (BCP 47); by default the article's `lang` (unless its text is overwhelmingly in a script that language is not written in, e.g. Arabic under `lang="en-US"`: then the script's language, said once in the console), else `ar`.
 *
 * @fires {CustomEvent<ReaderReadyDetail>} reader-ready - `{sentenceCount}` when the article is indexed (the first time, once the playback part of `dist/` has arrived too, or failed to), and again when re-indexed.
 * @fires {CustomEvent<ReaderStateChangeDetail>} reader-statechange - `{state}` when the state changes.
 * @fires {CustomEvent<ReaderSentenceDetail>} reader-sentence - `{index, text}` when a sentence becomes the current one.
 * @fires {CustomEvent<ReaderRateChangeDetail>} reader-ratechange - `{rate}` when the user changes the speed in the controls.
 * @fires {CustomEvent<ReaderErrorDetail>} reader-error - `{code, message}` when reading cannot start or go on, or listening for a voice command failed (`recognition-failed`).
 * @fires {CustomEvent<ReaderCommandDetail>} reader-command - `{command, transcript}` after a voice command has been carried out.
 *
 * @csspart controls - The control bar.
 * @csspart play - The play/pause toggle.
 * @csspart stop - The stop button.
 * @csspart previous - The previous-sentence button.
 * @csspart next - The next-sentence button.
 * @csspart rate - The speed slider.
 * @csspart voice - The voice picker (shown when there is more than one voice for the language).
 * @csspart listen - The voice-command toggle (shown with `voice-commands` where the browser recognises speech).
 * @csspart status - The status and error message line.
 * @csspart resume - The offer to continue where the listener stopped last time (a button).
 * @csspart progress - The position line ("Sentence 3 of 12").
 * @csspart time-left - The estimated reading time left.
 * @csspart progress-bar - The reading progress bar (shown once reading has started).
 *
 * @cssprop [--article-reader-bar-background=#f4f4f5] - Background of the control bar.
 * @cssprop [--article-reader-bar-color=#18181b] - Text and icon colour of the control bar.
 * @cssprop [--article-reader-accent=#1d4ed8] - Accent colour of the speed slider.
 * @cssprop [--article-reader-focus-ring=#1d4ed8] - Colour of the focus ring.
 * @cssprop [--article-reader-radius=0.5rem] - Corner radius of the bar and buttons.
 */
export class ArticleReader extends LitElement {
  static override styles = readerStyles;

  /**
   * The id of the article to read, or several ids read in that order (`"title body"`: a headline
   * outside the body is read first); without it, the element reads its own content.
   */
  @property({ reflect: true }) for: string | null = null;

  /**
   * A CSS selector list of what else not to read (`.related, .comments`), added to what is skipped
   * by default; an invalid selector is ignored, with a console warning.
   */
  @property() skip: string | null = null;

  /**
   * `all` reads all the article's visible text; by default, navigation, forms, share and social
   * widgets, lists of links (related stories, tags, breadcrumbs), credits and sentences with no
   * letter are skipped.
   */
  @property() content: 'all' | null = null;

  /**
   * Speech rate, 0.5 to 2 (1 is normal); out-of-range values are clamped.
   * @default 1
   */
  @property({ type: Number, reflect: true })
  get rate(): number {
    return this.clampedRate;
  }
  set rate(rate: number) {
    const old = this.clampedRate;
    this.clampedRate = clampRate(rate);
    // Lit's wrapper of this setter schedules the update; speech takes the new rate at once.
    if (this.clampedRate !== old) this.parts?.reading.respeak();
  }
  private clampedRate = 1;

  /** A voice's name or voiceURI; by default the best voice for the speech language. */
  @property() voice: string | null = null;

  /**
   * Language of the controls and messages (Arabic, English or French); by default the page's
   * `<html lang>`, then the browser's.
   */
  @property({ attribute: 'ui-lang' }) uiLang: string | null = null;

  /**
   * Where keyboard shortcuts work: `reader` (default: while focus is in the reader's controls) or
   * `page` (anywhere on the page, except while typing in a field).
   */
  @property() shortcuts: 'reader' | 'page' = 'reader';

  /** Do not scroll the sentence being read into view. */
  @property({ type: Boolean, attribute: 'no-autoscroll' }) noAutoscroll = false;

  /** Do not remember where the listener stopped (nor offer to continue there next time). */
  @property({ type: Boolean, attribute: 'no-remember' }) noRemember = false;

  /**
   * Offer spoken commands («التالي», «توقف», "next"…) with a listen button, where the browser can
   * recognise speech: present or empty to allow them, `local` to allow only on-device recognition.
   */
  @property({ attribute: 'voice-commands', reflect: true }) voiceCommands: '' | 'local' | null = null;

  private engine: SpeechEngine | null = null;

  /** The speech engine; replace it to use another synthesiser (or a scripted one in tests). */
  get speechEngine(): SpeechEngine {
    return (this.engine ??= new WebSpeechEngine());
  }
  set speechEngine(engine: SpeechEngine) {
    this.engine = engine;
    if (this.isConnected) this.parts.voices.listen();
  }

  private readonly parts = new ReaderParts(this);

  constructor() {
    super();
    // Upgrade safety: an engine set before the element was defined is an own property that hides
    // the accessor; move it behind the accessor (Lit does this for its declared properties).
    if (Object.hasOwn(this, 'speechEngine')) {
      const engine = Reflect.get(this, 'speechEngine') as SpeechEngine;
      Reflect.deleteProperty(this, 'speechEngine');
      this.speechEngine = engine;
    }
  }

  /** `idle`, `playing`, `paused` or `ended`. */
  get state(): ReaderState {
    return this.parts.reading.state;
  }

  /** The sentence being read (or where reading is held), -1 before reading. */
  get sentenceIndex(): number {
    return this.parts.reading.sentenceIndex;
  }

  /** Each sentence's text in reading order, white space collapsed. */
  get sentences(): readonly string[] {
    return this.parts.binding.sentenceTexts;
  }

  /**
   * The speech language: `lang` on the element, else the article's (unless its text is
   * overwhelmingly in a script that language is not written in: then the script's), else Arabic.
   */
  get speechLang(): string {
    return this.parts.speechLang();
  }

  /** Start reading, or resume where paused; with text selected in the article, from there. */
  play(): Promise<void> {
    return this.parts.send({ type: 'play' }) as Promise<void>;
  }
  /** Pause, keeping the place (`play()` resumes there). */
  pause(): void {
    this.parts.send({ type: 'pause' });
  }
  /** Stop and forget the place. */
  stop(): void {
    this.parts.send({ type: 'stop' });
  }
  /** Go to the next sentence (while paused or idle, move the place without speaking). */
  next(): void {
    this.parts.send({ type: 'next' });
  }
  /** Go to the previous sentence (while paused or idle, move the place without speaking). */
  previous(): void {
    this.parts.send({ type: 'previous' });
  }
  /** Start reading at sentence `index` (0-based); throws `RangeError` for one that does not exist. */
  readFrom(index: number): Promise<void> {
    return this.parts.send({ type: 'play', from: index }) as Promise<void>;
  }

  override connectedCallback(): void {
    const saved = loadPreferences().rate;
    if (saved !== undefined) this.rate = saved;
    super.connectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Lit does not reflect a value that came from the attribute: show the clamped one there.
    const attribute = this.getAttribute('rate');
    if (changed.has('rate') && attribute !== null && Number(attribute) !== this.rate)
      this.setAttribute('rate', String(this.rate));
    const { binding, voices } = this.parts;
    if (changed.has('voice') && this.hasUpdated) voices.resolve();
    if (changed.has('for') && this.isConnected) binding.schedule();
    if ((changed.has('skip') || changed.has('content')) && this.isConnected) binding.reindex();
  }

  /**
   * Resolves once the reader has rendered with the parts it was still fetching in place (the
   * catalogue of its interface language, the voice commands, the normaliser a play waits for),
   * or without them if they failed.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let part = this.arriving(); part; part = this.arriving()) {
      await part;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  private arriving(): Promise<unknown> | null {
    const { locale, commands, reading } = this.parts;
    return locale.arriving ?? commands.arriving ?? reading.arriving;
  }

  protected override render() {
    return renderControlBar(this.parts.view(), this.parts.locale, this.parts.actions);
  }

  protected override updated(): void {
    this.parts.announce();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'article-reader': ArticleReader;
  }
}
