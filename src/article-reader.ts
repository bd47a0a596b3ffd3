import { LitElement, type PropertyValues } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { indexArticle, spanText, type ReadableArticle } from './dom/article.js';
import type { ArticleReaderEventMap } from './events.js';
import { Announcer } from './controls/announcer.js';
import { RATE_STEP, renderControlBar, type ControlBarActions } from './controls/control-bar.js';
import { shortcutFor, toolbarTarget } from './controls/keyboard.js';
import { ScrollFollower } from './controls/scroll-follower.js';
import { voiceLabel } from './controls/voice-label.js';
import { directionOf, formatNumber, getLocale, pickUiLanguage, useUiLocale, type UiLanguage } from './localization.js';
import { errorMessage, progressMessage, stateMessage } from './messages.js';
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
    shortcuts: {},
    noAutoscroll: { type: Boolean, attribute: 'no-autoscroll' },
    focusIndex: { state: true },
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

  /**
   * Where keyboard shortcuts work: `reader` (default: while focus is in the reader's controls) or
   * `page` (anywhere on the page, except while typing in a field).
   * @attr shortcuts
   */
  shortcuts: 'reader' | 'page' = 'reader';

  /**
   * Do not scroll the sentence being read into view.
   * @attr no-autoscroll
   */
  noAutoscroll = false;

  private focusIndex = 0;
  private ui: UiLanguage = { locale: 'en', tag: 'en' };
  private readonly announcer = new Announcer(this);
  private readonly scroller = new ScrollFollower();

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
    onSentence: (index) => {
      if (!this.noAutoscroll) this.scroller.reveal(this.sentenceRange(index));
      this.emit('reader-sentence', { index, text: this.sentences[index]! });
    },
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
    this.scroller.connect();
    document.addEventListener('keydown', this.onShortcut);
    this.scheduleIndex();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.scroller.disconnect();
    document.removeEventListener('keydown', this.onShortcut);
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
    this.ui = pickUiLanguage([this.uiLang, document.documentElement.lang, ...navigator.languages]);
    void useUiLocale(this.ui.locale);
  }

  protected override render() {
    const { state, loading, error } = this.reading;
    const count = this.sentenceTexts.length;
    return renderControlBar(
      {
        playing: state === ReaderState.playing || loading,
        canStop: state === ReaderState.playing || state === ReaderState.paused,
        canGoBack: count > 0 && this.sentenceIndex > 0,
        canGoForward: count > 0 && this.sentenceIndex + 1 < count,
        rate: this.rate,
        minRate: MIN_RATE,
        maxRate: MAX_RATE,
        rateText: this.rateText(this.rate),
        voices: this.reading.voices,
        voice: this.reading.voice,
        voiceLabel: (voice) => voiceLabel(voice, getLocale()),
        focusIndex: this.focusIndex,
        lang: getLocale(),
        dir: directionOf(getLocale()),
        progress:
          this.sentenceIndex >= 0
            ? progressMessage(this.format(this.sentenceIndex + 1), this.format(count))
            : '',
        status: error ? this.messageFor(error) : stateMessage(state, loading),
        isError: error !== null,
        announcement: this.announcer.text,
      },
      this.actions,
    );
  }

  protected override updated(): void {
    // Announce discrete changes only (reading, paused, finished, errors); the announcer paces them.
    const { state, error } = this.reading;
    this.announcer.announce(error ? this.messageFor(error) : stateMessage(state, false));
  }

  private readonly actions: ControlBarActions = {
    toggle: () => this.onPlayClick(),
    stop: () => this.stop(),
    previous: () => this.previous(),
    next: () => this.next(),
    rateInput: (event) => this.onRateInput(event),
    voiceChange: (event) => this.onVoiceChange(event),
    toolbarKeydown: (event) => this.onToolbarKeydown(event),
    toolbarFocusin: (event) => {
      const index = this.toolbarButtons().indexOf(event.target as HTMLButtonElement);
      if (index >= 0 && index !== this.focusIndex) this.focusIndex = index;
    },
  };

  private toolbarButtons(): HTMLButtonElement[] {
    return [...(this.renderRoot as ShadowRoot).querySelectorAll<HTMLButtonElement>('[role="toolbar"] button')];
  }

  private onToolbarKeydown(event: KeyboardEvent): void {
    const buttons = this.toolbarButtons();
    const target = toolbarTarget(event.key, this.focusIndex, buttons.length, directionOf(getLocale()) === 'rtl');
    if (target === null) return;
    event.preventDefault();
    this.focusIndex = target;
    buttons[target]!.focus();
  }

  /** Shortcuts: inside the reader always; on the whole page only when `shortcuts="page"`. */
  private readonly onShortcut = (event: KeyboardEvent) => {
    const insideReader = event.composedPath().includes(this);
    if (!insideReader && this.shortcuts !== 'page') return;
    const action = shortcutFor(event);
    if (!action) return;
    event.preventDefault();
    if (action === 'toggle') this.onPlayClick();
    else if (action === 'slower') this.changeRate(this.rate - RATE_STEP);
    else if (action === 'faster') this.changeRate(this.rate + RATE_STEP);
    else this[action]();
  };

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
    this.changeRate(Number((event.target as HTMLInputElement).value));
  }

  /** A speed the user chose: applied, remembered, and announced with `reader-ratechange`. */
  private changeRate(rate: number): void {
    const clamped = clampRate(rate);
    if (clamped === this.rate) return;
    this.rate = clamped;
    savePreferences({ rate: clamped });
    this.emit('reader-ratechange', { rate: clamped });
  }

  private rateText(rate: number): string {
    return `${this.format(rate)}×`;
  }

  /** A number in the interface language's digits (once its catalogue is active). */
  private format(value: number): string {
    return formatNumber(this.ui.locale === getLocale() ? this.ui.tag : getLocale(), value);
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

  private sentenceRange(index: number): Range | null {
    const span = this.article?.sentences[index];
    return span ? this.article!.rangeFor(span.start, span.end) : null;
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
