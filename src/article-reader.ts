import { LitElement, type PropertyValues } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { spanText, type ReadableArticle } from './dom/article.js';
import { ArticleBinding } from './dom/article-binding.js';
import type { ArticleReaderEventMap } from './events.js';
import { Announcer } from './controls/announcer.js';
import { RATE_STEP, renderControlBar, type ControlBarActions } from './controls/control-bar.js';
import { shortcutFor, toolbarTarget } from './controls/keyboard.js';
import { ScrollFollower } from './controls/scroll-follower.js';
import { voiceLabel } from './controls/voice-label.js';
import { directionOf, formatMinutes, formatNumber, getLocale, pickUiLanguage, useUiLocale, type UiLanguage } from './localization.js';
import { continueMessage, errorMessage, progressMessage, stateMessage, timeLeftMessage } from './messages.js';
import { PlaceMemory, type Place } from './reading/place-memory.js';
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

/** The index of `text` in `texts` nearest to `near`, or `near` itself when it is gone. */
function nearestIndexOf(texts: readonly string[], text: string, near: number): number {
  let best = -1;
  texts.forEach((candidate, index) => {
    if (candidate === text && (best < 0 || Math.abs(index - near) < Math.abs(best - near))) best = index;
  });
  return best >= 0 ? best : near;
}

/**
 * Reads an Arabic article aloud with the browser's speech synthesis, highlighting each sentence
 * in the article as it is spoken.
 *
 * @summary Reads an article aloud and highlights the sentence being read.
 *
 * @slot - The article to read (unless `for` names one elsewhere on the page).
 *
 * @attr {string} lang - Speech language (BCP 47); by default the article's `lang`, else `ar`.
 *
 * @fires {CustomEvent<ReaderReadyDetail>} reader-ready - `{sentenceCount}` when the article is indexed, and again when re-indexed.
 * @fires {CustomEvent<ReaderStateChangeDetail>} reader-statechange - `{state}` when the state changes.
 * @fires {CustomEvent<ReaderSentenceDetail>} reader-sentence - `{index, text}` when a sentence becomes the current one.
 * @fires {CustomEvent<ReaderRateChangeDetail>} reader-ratechange - `{rate}` when the user changes the speed in the controls.
 * @fires {CustomEvent<ReaderErrorDetail>} reader-error - `{code, message}` when reading cannot start or go on.
 *
 * @csspart controls - The control bar.
 * @csspart play - The play/pause toggle.
 * @csspart stop - The stop button.
 * @csspart previous - The previous-sentence button.
 * @csspart next - The next-sentence button.
 * @csspart rate - The speed slider.
 * @csspart voice - The voice picker (shown when there is more than one voice for the language).
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

  static override properties = {
    for: { reflect: true },
    rate: { type: Number, reflect: true },
    voice: {},
    uiLang: { attribute: 'ui-lang' },
    shortcuts: {},
    noAutoscroll: { type: Boolean, attribute: 'no-autoscroll' },
    noRemember: { type: Boolean, attribute: 'no-remember' },
    focusIndex: { state: true },
  };

  /**
   * The id of the article to read; without it, the element reads its own content.
   * @attr for
   */
  for: string | null = null;

  /**
   * Speech rate, 0.5 to 2 (1 is normal); out-of-range values are clamped.
   * @attr rate
   */
  rate = 1;

  /**
   * A voice's name or voiceURI; by default the best voice for the speech language.
   * @attr voice
   */
  voice: string | null = null;

  /**
   * Language of the controls and messages (Arabic, English or French); by default the page's
   * `<html lang>`, then the browser's.
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

  /**
   * Do not remember where the listener stopped (nor offer to continue there next time).
   * @attr no-remember
   */
  noRemember = false;

  private resumeOffer: Place | null = null;

  private focusIndex = 0;
  private ui: UiLanguage = { locale: 'en', tag: 'en' };
  private readonly announcer = new Announcer(this);
  private readonly scroller = new ScrollFollower();

  private engine: SpeechEngine | null = null;

  /** The speech engine; replace it to use another synthesiser (or a scripted one in tests). */
  get speechEngine(): SpeechEngine {
    return (this.engine ??= new WebSpeechEngine());
  }
  set speechEngine(engine: SpeechEngine) {
    this.engine = engine;
  }

  private readonly binding = new ArticleBinding(this, {
    findRoot: () => this.findArticleRoot(),
    onIndexed: (article, newRoot) => this.onIndexed(article, newRoot),
    acceptsClicks: () => this.state === ReaderState.playing || this.state === ReaderState.paused,
    onSentenceClick: (index) => this.reading.goTo(index),
  });
  private readonly reading = new ReadingController(this, {
    engine: () => this.speechEngine,
    lang: () => this.speechLang,
    preferredVoice: () => this.chosenVoice ?? this.voice,
    onStateChange: (state) => {
      this.resumeOffer = null;
      if (state === ReaderState.idle || state === ReaderState.ended) this.places()?.forget();
      this.emit('reader-statechange', { state });
    },
    onSentence: (index) => {
      if (!this.noAutoscroll) this.scroller.reveal(this.sentenceRange(index));
      if (!this.noRemember) this.places()?.save({ sentenceIndex: index, sentenceText: this.sentences[index]! });
      this.emit('reader-sentence', { index, text: this.sentences[index]! });
    },
    onError: (code) => this.emit('reader-error', { code, message: this.messageFor(code) }),
  });
  private sentenceTexts: readonly string[] = [];
  // The listener's own voice choice (from the picker, kept across pages); wins over `voice`.
  private chosenVoice: string | null = null;
  private usedSelection: Range | null = null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
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

  /** Start reading, or resume where paused; with text selected in the article, from there. */
  play(): Promise<void> {
    if (!this.binding.article) this.binding.index();
    const selected = this.selectedSentence();
    if (selected >= 0 && this.state !== ReaderState.playing) this.reading.goTo(selected);
    return this.reading.play();
  }
  /** Pause, keeping the place (`play()` resumes there). */
  pause(): void {
    this.reading.pause();
  }
  /** Stop and forget the place. */
  stop(): void {
    this.reading.stop();
  }
  /** Go to the next sentence (while paused or idle, move the place without speaking). */
  next(): void {
    this.reading.next();
  }
  /** Go to the previous sentence (while paused or idle, move the place without speaking). */
  previous(): void {
    this.reading.previous();
  }
  /** Start reading at sentence `index` (0-based); throws `RangeError` for one that does not exist. */
  readFrom(index: number): Promise<void> {
    return this.reading.readFrom(index);
  }

  /** The speech language: `lang` on the element, else the article's, else Arabic. */
  get speechLang(): string {
    const own = this.getAttribute('lang');
    if (own) return own;
    const root = this.binding.root ?? this.findArticleRoot();
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
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.scroller.disconnect();
    document.removeEventListener('keydown', this.onShortcut);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('rate')) {
      const rate = clampRate(this.rate);
      if (rate !== this.rate) this.rate = rate;
      this.reading.setRate(rate);
    }
    if (changed.has('for') && this.isConnected) this.binding.schedule();
    // Switch the page-wide locale only when this reader's own choice changes: two readers asking
    // for different languages would otherwise switch it back and forth forever.
    const ui = pickUiLanguage([this.uiLang, document.documentElement.lang, ...navigator.languages]);
    const uiChanged = !this.hasUpdated || ui.locale !== this.ui.locale || ui.tag !== this.ui.tag;
    this.ui = ui;
    if (uiChanged) void useUiLocale(ui.locale);
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
        progressValue: Math.max(0, this.sentenceIndex),
        progressMax: count,
        timeLeft: this.timeLeftText(),
        resumeOffer: this.resumeOffer
          ? continueMessage(this.format(this.resumeOffer.sentenceIndex + 1))
          : null,
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
    resume: () => {
      const offer = this.resumeOffer;
      this.resumeOffer = null;
      if (offer) void this.readFrom(offer.sentenceIndex);
    },
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

  /** "About 3 minutes left", from the voice's measured speed; empty before reading. */
  private timeLeftText(): string {
    const seconds = this.reading.secondsLeft();
    if (seconds === null) return '';
    const minutes = Math.max(1, Math.round(seconds / 60));
    return timeLeftMessage(formatMinutes(this.numberTag(), minutes));
  }

  /** Where this reader keeps its listener's place: per page and article. */
  private places(): PlaceMemory | null {
    const root = this.binding.root;
    if (!root) return null;
    const readers = [...document.querySelectorAll('article-reader')];
    return new PlaceMemory(PlaceMemory.keyFor(root.id || `reader-${readers.indexOf(this)}`));
  }

  /** A number in the interface language's digits (once its catalogue is active). */
  private format(value: number): string {
    return formatNumber(this.numberTag(), value);
  }

  /** The tag numbers are written in: this reader's own once its catalogue is the active one. */
  private numberTag(): string {
    return this.ui.locale === getLocale() ? this.ui.tag : getLocale();
  }

  private messageFor(code: ReaderErrorCode): string {
    return errorMessage(code, this.speechLang, getLocale());
  }

  private sentenceRange(index: number): Range | null {
    const article = this.binding.article;
    const span = article?.sentences[index];
    return span ? article!.rangeFor(span.start, span.end) : null;
  }

  /**
   * The sentence where a new text selection in the article starts, or -1. A selection is used
   * once: resuming later does not jump back to it.
   */
  private selectedSentence(): number {
    const selection = document.getSelection();
    const article = this.binding.article;
    if (!selection || selection.isCollapsed || !article || selection.rangeCount === 0) return -1;
    const range = selection.getRangeAt(0);
    if (range === this.usedSelection) return -1;
    this.usedSelection = range;
    return article.sentenceAt(range.startContainer, range.startOffset);
  }

  private findArticleRoot(): Element | null {
    return this.for ? (this.getRootNode() as Document | ShadowRoot).getElementById(this.for) : this;
  }

  private onIndexed(article: ReadableArticle | null, newRoot: boolean): void {
    const current = newRoot ? undefined : this.sentenceTexts[this.sentenceIndex];
    if (newRoot) this.reading.stop();
    this.sentenceTexts = article ? article.sentences.map((span) => spanText(article.text, span)) : [];
    // Keep the place on the same sentence when an edit moved it.
    const place = current === undefined ? undefined : nearestIndexOf(this.sentenceTexts, current, this.sentenceIndex);
    this.reading.setArticle(article, place);
    if (article) this.emit('reader-ready', { sentenceCount: article.sentences.length });
    this.resumeOffer = this.state === ReaderState.idle && !this.noRemember ? this.places()?.recall(this.sentenceTexts) ?? null : null;
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
