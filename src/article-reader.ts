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
import { readerStatus } from './controls/status.js';
import type { ReaderIntent } from './intents.js';
import { errorMessage, localVoiceMessage } from './messages.js';
import { loadPreferences, savePreferences } from './preferences.js';
import { carryOut, type IntentTarget } from './reader-intents.js';
import { clampRate } from './reading/rate.js';
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
    onIndexed: (edit) => {
      this.voices.resolve(); // the speech language may follow the article's script
      this.reading.articleChanged(edit);
      const count = this.binding.article?.sentences.length;
      if (count !== undefined) this.emit('reader-ready', { sentenceCount: count });
      this.resume.articleIndexed(this.state === ReaderState.idle);
    },
    acceptsClicks: () => this.state === ReaderState.playing || this.state === ReaderState.paused,
    onSentenceClick: (sentence) => this.send({ type: 'seek', sentence }),
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
  private readonly target: IntentTarget = {
    reading: this.reading,
    rate: () => this.rate,
    setRate: (rate) => this.changeRate(rate),
    voices: this.voices,
    resume: this.resume,
    // The listen control's gesture also unlocks speech for the command it hears (iOS).
    listen: () => (this.speechEngine.prime?.(), this.commands.toggle()),
  };
  private readonly commands = new VoiceCommandController(this, {
    mode: () => this.voiceCommands,
    lang: () => this.speechLang,
    uiLang: () => this.locale.lang,
    state: () => this.state,
    send: (intent) => carryOut(this.target, intent),
    onCommand: (detail) => this.emit('reader-command', detail),
    onError: (message) => this.emit('reader-error', { code: 'recognition-failed', message }),
  });
  private readonly keyboard = new KeyboardController(this, {
    scope: () => this.shortcuts,
    rtl: () => this.locale.dir === 'rtl',
    send: (intent) => this.send(intent),
    offers: ({ type }) => type !== 'listen' || this.commands.view !== null,
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
    return this.send({ type: 'play' }) as Promise<void>;
  }
  /** Pause, keeping the place (`play()` resumes there). */
  pause(): void {
    this.send({ type: 'pause' });
  }
  /** Stop and forget the place. */
  stop(): void {
    this.send({ type: 'stop' });
  }
  /** Go to the next sentence (while paused or idle, move the place without speaking). */
  next(): void {
    this.send({ type: 'next' });
  }
  /** Go to the previous sentence (while paused or idle, move the place without speaking). */
  previous(): void {
    this.send({ type: 'previous' });
  }
  /** Start reading at sentence `index` (0-based); throws `RangeError` for one that does not exist. */
  readFrom(index: number): Promise<void> {
    return this.send({ type: 'play', from: index }) as Promise<void>;
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
        voices: this.voices.offered,
        voice: this.voices.current,
        allVoices: this.voices.showsAll,
        notice: this.voiceNotice,
        focusIndex: this.keyboard.focusIndex,
        secondsLeft: this.reading.secondsLeft(),
        resumeOffer: this.resume.offer,
        error: error && this.messageFor(error),
        announcement: this.announcer.text,
        listen: this.commands.view,
      },
      this.locale,
      {
        send: (intent) => this.send(intent),
        toolbarKeydown: this.keyboard.onToolbarKeydown,
        toolbarFocusin: this.keyboard.onToolbarFocusin,
      },
    );
  }

  protected override updated(): void {
    // Announce discrete changes only (reading, paused, finished, errors); the announcer paces them.
    // The wait for voices is not announced: short, and it would hold "Reading" back by a second.
    const { state, error } = this.reading;
    const listen = { message: this.commands.message, error: false };
    this.announcer.announce(
      readerStatus({ state, loading: false, error: error && this.messageFor(error), listen, notice: this.voiceNotice })
        .text,
    );
  }

  /** While a local voice reads in place of an online one that failed, the status says so. */
  private get voiceNotice(): string | null {
    const { replaced, current } = this.voices;
    return replaced && current && this.state === ReaderState.playing ? localVoiceMessage(current.name) : null;
  }

  /**
   * Every input's intent to its one handler (`reader-intents.ts`). One that starts reading ends
   * listening for a voice command; the commands' own intents go straight to the handlers.
   */
  private send(intent: ReaderIntent): unknown {
    this.commands.interruptedBy(intent);
    return carryOut(this.target, intent);
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
