import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { indexArticle, spanText, type ReadableArticle } from './dom/article.js';
import type { ArticleReaderEventMap } from './events.js';
import { nextIcon, pauseIcon, playIcon, previousIcon, stopIcon } from './icons.js';
import { directionOf, getLocale, pickUiLocale, useUiLocale } from './localization.js';
import { errorMessage, stateMessage } from './messages.js';
import {
  MAX_RATE,
  MIN_RATE,
  ReaderState,
  ReadingController,
  clampRate,
  type ReaderErrorCode,
} from './reading/reading-controller.js';
import type { SpeechEngine } from './speech/engine.js';
import { WebSpeechEngine } from './speech/web-speech.js';
import { readerStyles } from './styles.js';
import { loadPreferences, savePreferences } from './reading/preferences.js';
import type { Voice } from './speech/engine.js';

const RATE_STEP = 0.25;
// Attribute changes inside the article that can change what is readable.
const VISIBILITY_ATTRIBUTES = ['hidden', 'aria-hidden', 'data-reader-skip', 'style', 'class'];

/**
 * Reads an Arabic article aloud with the browser's speech synthesis, highlighting each sentence
 * in the article as it is spoken.
 *
 * @summary Reads an article aloud and highlights the sentence being read.
 *
 * @slot - The article to read (unless `for` names one elsewhere on the page).
 *
 * @fires reader-ready - `{sentenceCount}` when the article is indexed, and again when re-indexed.
 * @fires reader-statechange - `{state}` when the state changes.
 * @fires reader-sentence - `{index, text}` when a sentence becomes the current one.
 * @fires reader-ratechange - `{rate}` when the user changes the speed in the controls.
 * @fires reader-error - `{code, message}` when reading cannot start or go on.
 *
 * @csspart controls - The control bar.
 * @csspart play - The play/pause toggle.
 * @csspart stop - The stop button.
 * @csspart previous - The previous-sentence button.
 * @csspart next - The next-sentence button.
 * @csspart rate - The speed slider.
 * @csspart voice - The voice picker (shown when there is more than one voice for the language).
 * @csspart status - The status and error message line.
 *
 * @cssprop [--article-reader-bar-background=#f4f4f5] - Background of the control bar.
 * @cssprop [--article-reader-bar-color=#18181b] - Text and icon colour of the control bar.
 * @cssprop [--article-reader-accent=#1d4ed8] - Accent colour of the speed slider.
 * @cssprop [--article-reader-focus-ring=#1d4ed8] - Colour of the focus ring.
 * @cssprop [--article-reader-radius=0.5rem] - Corner radius of the bar and buttons.
 */
export class ArticleReader extends LitElement {
  static override styles = readerStyles;

  static override properties = {
    for: { reflect: true },
    rate: { type: Number, reflect: true },
    voice: {},
    uiLang: { attribute: 'ui-lang' },
  };

  /**
   * The id of the article to read; without it, the element reads its own content.
   * @attr for
   */
  for: string | null = null;

  /**
   * Speech rate, 0.5 to 2 (1 is normal).
   * @attr rate
   */
  rate = 1;

  /**
   * A voice's name or voiceURI; by default the best voice for the speech language.
   * @attr voice
   */
  voice: string | null = null;

  /**
   * Interface language; by default the page's, then the browser's.
   * @attr ui-lang
   */
  uiLang: string | null = null;

  /** The speech engine; replace it to use another synthesiser (or a scripted one in tests). */
  speechEngine: SpeechEngine = new WebSpeechEngine();

  private article: ReadableArticle | null = null;
  private articleRoot: Element | null = null;
  private readonly observer = new MutationObserver(() => this.scheduleIndex());
  private indexScheduled = false;
  private readonly reading = new ReadingController(this, {
    engine: () => this.speechEngine,
    lang: () => this.speechLang,
    preferredVoice: () => this.chosenVoice ?? this.voice,
    onStateChange: (state) => this.emit('reader-statechange', { state }),
    onSentence: (index) => this.emit('reader-sentence', { index, text: this.sentences[index]! }),
    onError: (code) => this.emit('reader-error', { code, message: this.messageFor(code) }),
  });
  private sentenceTexts: readonly string[] = [];
  // The listener's own voice choice (from the picker, kept across pages); wins over `voice`.
  private chosenVoice: string | null = null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** `idle`, `playing`, `paused` or `ended`. */
  get state(): ReaderState {
    return this.reading.state;
  }

  /** The sentence being read (or where reading is held), -1 before reading. */
  get sentenceIndex(): number {
    return this.reading.sentenceIndex;
  }

  /** Each sentence's text in reading order, white space collapsed. */
  get sentences(): readonly string[] {
    return this.sentenceTexts;
  }

  /** Start reading, or resume where paused. */
  play(): Promise<void> {
    if (!this.article) this.index();
    return this.reading.play();
  }
  pause(): void {
    this.reading.pause();
  }
  /** Stop and forget the place. */
  stop(): void {
    this.reading.stop();
  }
  next(): void {
    this.reading.next();
  }
  previous(): void {
    this.reading.previous();
  }
  /** Start reading at sentence `index` (0-based). */
  readFrom(index: number): Promise<void> {
    return this.reading.readFrom(index);
  }

  /** The speech language: `lang` on the element, else the article's, else Arabic. */
  get speechLang(): string {
    const own = this.getAttribute('lang');
    if (own) return own;
    const root = this.articleRoot ?? this.findArticleRoot();
    const marked = root === this ? this.querySelector('[lang]') : root?.closest('[lang]');
    return marked?.getAttribute('lang') || 'ar';
  }

  override connectedCallback(): void {
    const saved = loadPreferences();
    if (saved.rate !== undefined) this.rate = clampRate(saved.rate);
    this.chosenVoice = saved.voice ?? null;
    super.connectedCallback();
    this.scheduleIndex();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer.disconnect();
    this.articleRoot = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('rate')) {
      const rate = clampRate(this.rate);
      if (rate !== this.rate) this.rate = rate;
      this.reading.setRate(rate);
    }
    if (changed.has('for') && this.isConnected) this.scheduleIndex();
    const locale = pickUiLocale([this.uiLang, document.documentElement.lang, ...navigator.languages]);
    if (locale !== getLocale()) void useUiLocale(locale);
  }

  protected override render() {
    const { state, loading, error } = this.reading;
    const playing = state === ReaderState.playing || loading;
    const hasSentences = this.sentenceTexts.length > 0;
    const rateText = this.rateText(this.rate);
    const status = error ? this.messageFor(error) : stateMessage(state, loading);
    return html`
      <div part="controls" role="toolbar" aria-label=${msg('Article reader')} dir=${directionOf(getLocale())}>
        <button part="play" type="button" aria-label=${playing ? msg('Pause') : msg('Play')}
          @click=${this.onPlayClick}>${playing ? pauseIcon : playIcon}</button>
        <button part="stop" type="button" aria-label=${msg('Stop')}
          aria-disabled=${String(state === ReaderState.idle || state === ReaderState.ended)}
          @click=${this.stop}>${stopIcon}</button>
        <button part="previous" type="button" aria-label=${msg('Previous sentence')}
          aria-disabled=${String(!hasSentences || this.sentenceIndex <= 0)}
          @click=${this.previous}>${previousIcon}</button>
        <button part="next" type="button" aria-label=${msg('Next sentence')}
          aria-disabled=${String(!hasSentences || this.sentenceIndex + 1 >= this.sentenceTexts.length)}
          @click=${this.next}>${nextIcon}</button>
        <label class="rate">
          <span>${msg('Speed')}</span>
          <input part="rate" type="range" min=${MIN_RATE} max=${MAX_RATE} step=${RATE_STEP}
            .value=${String(this.rate)} aria-valuetext=${rateText} @input=${this.onRateInput} />
          <span aria-hidden="true">${rateText}</span>
        </label>
        ${this.reading.voices.length > 1 ? this.renderVoicePicker() : nothing}
      </div>
      <div part="status" role="status" ?data-error=${error !== null}>${status}</div>
      <slot></slot>
    `;
  }

  private renderVoicePicker() {
    const current = this.reading.voice;
    return html`
      <label class="voice">
        <span>${msg('Voice')}</span>
        <select part="voice" @change=${this.onVoiceChange}>
          ${this.reading.voices.map(
            (voice) => html`<option value=${voice.voiceURI} ?selected=${voice === current}>${this.voiceLabel(voice)}</option>`,
          )}
        </select>
      </label>
    `;
  }

  /** A voice's name, with its region where the name does not say it (e.g. "Laila (Egypt)"). */
  private voiceLabel(voice: Voice): string {
    const region = voice.lang.replace('_', '-').split('-')[1];
    if (!region || region.length !== 2) return voice.name;
    let regionName = region;
    try {
      regionName = new Intl.DisplayNames([getLocale()], { type: 'region' }).of(region.toUpperCase()) ?? region;
    } catch {
      // An unknown region code: show the code itself.
    }
    return voice.name.includes(regionName) ? voice.name : `${voice.name} (${regionName})`;
  }

  private onVoiceChange(event: Event): void {
    const voiceURI = (event.target as HTMLSelectElement).value;
    this.chosenVoice = voiceURI;
    savePreferences({ voice: voiceURI });
    this.reading.selectVoice(voiceURI);
  }

  private onPlayClick(): void {
    if (this.reading.state === ReaderState.playing || this.reading.loading) this.pause();
    else void this.play();
  }

  private onRateInput(event: Event): void {
    this.rate = clampRate(Number((event.target as HTMLInputElement).value));
    savePreferences({ rate: this.rate });
    this.emit('reader-ratechange', { rate: this.rate });
  }

  private rateText(rate: number): string {
    return `${new Intl.NumberFormat(getLocale(), { maximumFractionDigits: 2 }).format(rate)}×`;
  }

  private messageFor(code: ReaderErrorCode): string {
    return errorMessage(code, this.speechLang, getLocale());
  }

  /** Index once after the current task's changes, however many arrive meanwhile. */
  private scheduleIndex(): void {
    if (this.indexScheduled) return;
    this.indexScheduled = true;
    queueMicrotask(() => {
      this.indexScheduled = false;
      if (this.isConnected) this.index();
    });
  }

  private findArticleRoot(): Element | null {
    return this.for ? (this.getRootNode() as Document | ShadowRoot).getElementById(this.for) : this;
  }

  private index(): void {
    const root = this.findArticleRoot();
    if (root !== this.articleRoot) {
      this.observer.disconnect();
      if (root) {
        this.observer.observe(root, {
          subtree: true,
          childList: true,
          characterData: true,
          attributeFilter: VISIBILITY_ATTRIBUTES,
        });
      }
      if (this.articleRoot) this.reading.stop();
      this.articleRoot = root;
    }
    if (!root) {
      this.article = null;
      this.sentenceTexts = [];
      this.reading.setArticle(null);
      this.requestUpdate();
      return;
    }
    const article = indexArticle(root);
    this.article = article;
    this.sentenceTexts = article.sentences.map((span) => spanText(article.text, span));
    this.reading.setArticle(article);
    this.emit('reader-ready', { sentenceCount: article.sentences.length });
    this.requestUpdate();
  }

  private emit<K extends keyof ArticleReaderEventMap>(
    type: K,
    detail: ArticleReaderEventMap[K]['detail'],
  ): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'article-reader': ArticleReader;
  }
}
