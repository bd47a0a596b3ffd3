import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ArticleBinding } from './dom/article-binding.js';
import { HighlightController } from './dom/highlighter.js';
import { readingLang } from './dom/article-lang.js';
import { findRoots } from './dom/roots.js';
import { contentFilter } from './dom/skip-rules.js';
import type { ArticleReaderEventMap } from './events.js';
import { Announcer } from './controls/announcer.js';
import { renderControlBar } from './controls/control-bar.js';
import { KeyboardController } from './controls/keyboard-controller.js';
import { VoiceCommandController } from './controls/voice-command-controller.js';
import { LocaleController } from './locale-controller.js';
import { errorMessage, stateMessage } from './messages.js';
import { loadPreferences, savePreferences } from './preferences.js';
import { RATE_STEP, clampRate } from './reading/rate.js';
import { PageLifecycle } from './reading/page-lifecycle.js';
import { ReadingController } from './reading/reading-controller.js';
import { ReaderState, type ReaderErrorCode } from './reading/state.js';
import { ResumeController } from './reading/resume-controller.js';
import type { SpeechEngine } from './speech/engine.js';
import { VoiceController } from './reading/voice-controller.js';
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
 * @fires {CustomEvent<ReaderReadyDetail>} reader-ready - `{sentenceCount}` when the article is indexed, and again when re-indexed.
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
    if (this.clampedRate !== old) this.reading?.respeak();
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
    if (this.isConnected) this.voices.listen();
  }

  private readonly locale = new LocaleController(this, () => this.uiLang);
  private readonly announcer = new Announcer(this);
  private readonly binding: ArticleBinding = new ArticleBinding(this, {
    findRoots: () => findRoots(this, this.for),
    filterFor: (root) => contentFilter(root, { all: this.content === 'all', skip: this.skip }),
    place: () => this.reading.sentenceIndex,
    onIndexed: ({ newRoot, place }) => {
      this.reading.articleChanged(newRoot ? -1 : place);
      const count = this.binding.article?.sentences.length;
      if (count !== undefined) this.emit('reader-ready', { sentenceCount: count });
      this.resume.articleIndexed(this.state === ReaderState.idle);
    },
    acceptsClicks: () => this.state === ReaderState.playing || this.state === ReaderState.paused,
    onSentenceClick: (index) => this.reading.goTo(index),
  });
  private readonly highlight = new HighlightController(this, {
    article: () => this.binding.article,
    autoscroll: () => !this.noAutoscroll,
  });
  private readonly voices: VoiceController = new VoiceController(this, {
    engine: () => this.speechEngine,
    lang: () => this.speechLang,
    requested: () => this.voice,
    onChange: () => this.reading.respeak(),
  });
  private readonly resume = new ResumeController(this, {
    article: () => this.binding.article,
    root: () => this.binding.root,
    enabled: () => !this.noRemember,
  });
  private readonly reading: ReadingController = new ReadingController(this, {
    engine: () => this.speechEngine,
    article: () => this.binding.article,
    readable: () => this.binding.readable(),
    selectedSentence: () => this.binding.selectedSentence(),
    lang: () => this.speechLang,
    rate: () => this.rate,
    voices: this.voices,
    highlight: this.highlight,
    onStateChange: (state) => {
      if (state === ReaderState.idle || state === ReaderState.ended) this.resume.forget();
      else this.resume.withdraw();
      this.lifecycle.readingChanged();
      this.emit('reader-statechange', { state });
    },
    onSentence: (index) => {
      this.resume.save(index);
      this.emit('reader-sentence', { index, text: this.binding.article!.sentenceText(index) });
    },
    onError: (code) => this.emit('reader-error', { code, message: this.messageFor(code) }),
  });
  private readonly lifecycle = new PageLifecycle(this, {
    playing: () => this.state === ReaderState.playing,
    pause: () => this.pause(),
  });
  private readonly listener = new VoiceCommandController(this, {
    reader: this,
    uiLang: () => this.locale.lang,
    setRate: (rate) => this.changeRate(rate),
    onCommand: (detail) => this.emit('reader-command', detail),
    onError: (message) => this.emit('reader-error', { code: 'recognition-failed', message }),
  });
  private readonly keyboard = new KeyboardController(this, {
    scope: () => this.shortcuts,
    rtl: () => this.locale.dir === 'rtl',
    run: (action) => {
      if (action === 'toggle') this.toggle();
      else if (action === 'slower') this.changeRate(this.rate - RATE_STEP);
      else if (action === 'faster') this.changeRate(this.rate + RATE_STEP);
      else if (action === 'listen') this.listen();
      else this[action]();
    },
    offers: (action) => action !== 'listen' || this.listener.view !== null,
  });

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
    return this.reading.state;
  }

  /** The sentence being read (or where reading is held), -1 before reading. */
  get sentenceIndex(): number {
    return this.reading.sentenceIndex;
  }

  /** Each sentence's text in reading order, white space collapsed. */
  get sentences(): readonly string[] {
    return this.binding.sentenceTexts;
  }

  /**
   * The speech language: `lang` on the element, else the article's (unless its text is
   * overwhelmingly in a script that language is not written in: then the script's), else Arabic.
   */
  get speechLang(): string {
    const own = this.getAttribute('lang');
    if (own) return own;
    const root = this.binding.root ?? (this.for ? null : this);
    const marked = root === this ? this.querySelector('[lang]') : root?.closest('[lang]');
    return readingLang(marked?.getAttribute('lang') || 'ar', this.binding.article);
  }

  /** Start reading, or resume where paused; with text selected in the article, from there. */
  play(): Promise<void> {
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
    if (changed.has('voice') && this.hasUpdated) this.voices.resolve();
    if (changed.has('for') && this.isConnected) this.binding.schedule();
    if ((changed.has('skip') || changed.has('content')) && this.isConnected) this.binding.reindex();
  }

  protected override render() {
    const { state, loading, error, sentenceIndex } = this.reading;
    return renderControlBar(
      {
        state,
        loading,
        sentenceIndex,
        sentenceCount: this.binding.article?.sentences.length ?? 0,
        rate: this.rate,
        voices: this.voices.voices,
        voice: this.voices.current,
        focusIndex: this.keyboard.focusIndex,
        secondsLeft: this.reading.secondsLeft(),
        resumeOffer: this.resume.offer,
        error: error && this.messageFor(error),
        announcement: this.announcer.text,
        listen: this.listener.view,
      },
      this.locale,
      {
        toggle: () => this.toggle(),
        resume: () => {
          const place = this.resume.withdraw();
          if (place !== null) void this.readFrom(place);
        },
        stop: () => this.stop(),
        previous: () => this.previous(),
        next: () => this.next(),
        listen: () => this.listen(),
        setRate: (rate) => this.changeRate(rate),
        selectVoice: (voiceURI) => this.voices.select(voiceURI),
        toolbarKeydown: this.keyboard.onToolbarKeydown,
        toolbarFocusin: this.keyboard.onToolbarFocusin,
      },
    );
  }

  protected override updated(): void {
    // Announce discrete changes only (reading, paused, finished, errors); the announcer paces them.
    const { state, error } = this.reading;
    this.announcer.announce(error ? this.messageFor(error) : (this.listener.message ?? stateMessage(state, false)));
  }

  private toggle(): void {
    if (this.reading.state === ReaderState.playing || this.reading.loading) this.pause();
    else void this.play();
  }

  /** The listen control: its gesture also unlocks speech for the command it hears (iOS). */
  private listen(): void {
    this.speechEngine.prime?.();
    this.listener.toggle();
  }

  /** A speed the user chose: applied, remembered, and announced with `reader-ratechange`. */
  private changeRate(rate: number): void {
    const before = this.rate;
    this.rate = rate;
    if (this.rate === before) return;
    savePreferences({ rate: this.rate });
    this.emit('reader-ratechange', { rate: this.rate });
  }

  private messageFor(code: ReaderErrorCode): string {
    return errorMessage(code, this.speechLang, this.locale.lang);
  }

  private emit<K extends keyof ArticleReaderEventMap>(type: K, detail: ArticleReaderEventMap[K]['detail']): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'article-reader': ArticleReader;
  }
}
