import type { ReactiveControllerHost } from 'lit';
import { Announcer } from './controls/announcer.js';
import type { ControlBarActions, ControlBarView } from './controls/control-bar.js';
import { KeyboardController } from './controls/keyboard-controller.js';
import { readerStatus } from './controls/status.js';
import { VoiceCommands } from './controls/voice-commands.js';
import { readingLang } from './dom/article-lang.js';
import { ArticleBinding } from './dom/article-binding.js';
import { findRoots } from './dom/roots.js';
import { contentFilter } from './dom/skip-rules.js';
import type { ArticleEdit } from './dom/article.js';
import type { ArticleReaderEventMap } from './events.js';
import type { ReaderIntent } from './intents.js';
import { LocaleController } from './locale-controller.js';
import { whenIdle } from './lazy-part.js';
import { errorMessage, localVoiceMessage } from './messages.js';
import { savePreferences } from './preferences.js';
import { carryOut, type IntentTarget } from './reader-intents.js';
import { ReadingLoader } from './reading/reading-loader.js';
import { ResumeController } from './reading/resume-controller.js';
import { ReaderState, type ReaderErrorCode } from './reading/state.js';
import { VoiceController } from './reading/voice-controller.js';
import type { SpeechEngine } from './speech/engine.js';

/** What the parts read of the element: its public properties (the element owns them). */
export interface ReaderHost extends ReactiveControllerHost, HTMLElement {
  readonly for: string | null;
  readonly skip: string | null;
  readonly content: 'all' | null;
  rate: number;
  readonly voice: string | null;
  readonly uiLang: string | null;
  readonly shortcuts: 'reader' | 'page';
  readonly noAutoscroll: boolean;
  readonly noRemember: boolean;
  readonly voiceCommands: '' | 'local' | null;
  readonly speechEngine: SpeechEngine;
}

/**
 * The element's controllers, each the one owner of its facts, wired to each other and to the
 * element's events; also the target of every intent (`reader-intents.ts`), so that buttons,
 * shortcuts, voice commands, clicks, the resume offer and the public methods share one path.
 */
export class ReaderParts implements IntentTarget {
  readonly locale: LocaleController;
  readonly announcer: Announcer;
  readonly binding: ArticleBinding;
  readonly voices: VoiceController;
  readonly resume: ResumeController;
  readonly reading: ReadingLoader;
  readonly commands: VoiceCommands;
  readonly keyboard: KeyboardController;
  /** What the controls do (stable: the same functions every render). */
  readonly actions: ControlBarActions;

  constructor(private readonly host: ReaderHost) {
    const playing = () => this.reading.state === ReaderState.playing;
    this.locale = new LocaleController(host, () => host.uiLang);
    this.announcer = new Announcer(host);
    this.binding = new ArticleBinding(host, {
      findRoots: () => findRoots(host, host.for),
      filterFor: (root) => contentFilter(root, { all: host.content === 'all', skip: host.skip }),
      onIndexed: (edit) => {
        if (this.reading.here) return this.indexed(edit);
        // The first index: ready once the playback part (in dist/ a chunk with the normaliser) is
        // here too, so that every method acts at once after reader-ready; or once it failed (the
        // controls say so when an intent needs it, and it is fetched again). Fetched when the page
        // is idle: a fetch started while the page loads holds back its load event (Firefox).
        // An intent before then fetches it at once.
        // (`onFetched` tells of this index, whichever fetch it was.)
        if (this.fetchingPlayback) return;
        this.fetchingPlayback = true;
        whenIdle(() => void this.reading.load());
      },
      acceptsClicks: () => playing() || this.reading.state === ReaderState.paused,
      onSentenceClick: (sentence) => this.send({ type: 'seek', sentence }),
    });
    this.voices = new VoiceController(host, {
      engine: () => host.speechEngine,
      lang: () => this.speechLang(),
      requested: () => host.voice,
      onChange: () => this.reading.respeak(),
    });
    this.resume = new ResumeController(host, {
      article: () => this.binding.article,
      root: () => this.binding.root,
      enabled: () => !host.noRemember,
    });
    this.reading = new ReadingLoader(host, {
      engine: () => host.speechEngine,
      article: () => this.binding.article,
      readable: () => this.binding.readable(),
      selectedSentence: () => this.binding.selectedSentence(),
      lang: () => this.speechLang(),
      rate: () => host.rate,
      voices: this.voices,
      autoscroll: () => !host.noAutoscroll,
      pause: () => this.send({ type: 'pause' }),
      onFetched: () => {
        if (!this.fetchingPlayback) return;
        this.fetchingPlayback = false;
        this.indexed(null); // before any intent that waited: no place is held, nothing to carry over
      },
      onStateChange: (state) => {
        if (state === ReaderState.idle || state === ReaderState.ended) this.resume.forget();
        else this.resume.withdraw();
        this.emit('reader-statechange', { state });
      },
      onSentence: (index) => {
        this.resume.save(index);
        this.emit('reader-sentence', { index, text: this.binding.article!.sentenceText(index) });
      },
      onError: (code) => this.emit('reader-error', { code, message: this.messageFor(code) }),
    });
    this.commands = new VoiceCommands(host, {
      mode: () => host.voiceCommands,
      lang: () => this.speechLang(),
      uiLang: () => this.locale.lang,
      state: () => this.reading.state,
      send: (intent) => carryOut(this, intent),
      onCommand: (detail) => this.emit('reader-command', detail),
      onError: (message) => this.emit('reader-error', { code: 'recognition-failed', message }),
      onLoadError: () => this.emit('reader-error', { code: 'load-failed', message: this.messageFor('load-failed') }),
    });
    this.keyboard = new KeyboardController(host, {
      scope: () => host.shortcuts,
      rtl: () => this.locale.dir === 'rtl',
      send: (intent) => this.send(intent),
      offers: ({ type }) => type !== 'listen' || this.commands.view !== null,
    });
    this.actions = {
      send: (intent) => this.send(intent),
      toolbarKeydown: this.keyboard.onToolbarKeydown,
      toolbarFocusin: this.keyboard.onToolbarFocusin,
    };
  }

  private fetchingPlayback = false;

  /** The article was indexed (again, after `edit`) and the playback part is here (or failed). */
  private indexed(edit: ArticleEdit | null): void {
    this.reading.articleChanged(edit);
    const count = this.binding.article?.sentences.length;
    if (count !== undefined) this.emit('reader-ready', { sentenceCount: count });
    this.resume.articleIndexed(this.reading.state === ReaderState.idle);
    // Rehearse the first utterance while the page is idle, so that play speaks at once.
    whenIdle(() => this.reading.rehearse());
  }

  /**
   * Every input's intent to its one handler. One that starts reading ends listening for a voice
   * command; the commands' own intents go straight to the handlers.
   */
  send(intent: ReaderIntent): unknown {
    this.commands.interruptedBy(intent);
    return carryOut(this, intent);
  }

  rate(): number {
    return this.host.rate;
  }

  setRate(rate: number): void {
    const before = this.host.rate;
    this.host.rate = rate;
    if (this.host.rate === before) return;
    savePreferences({ rate: this.host.rate });
    this.emit('reader-ratechange', { rate: this.host.rate });
  }

  listen(): void {
    // The listen control's gesture also unlocks speech for the command it hears (iOS).
    this.host.speechEngine.prime?.();
    this.commands.toggle();
  }

  /**
   * The speech language: `lang` on the element, else the article's (unless its text is
   * overwhelmingly in a script that language is not written in: then the script's), else Arabic.
   */
  speechLang(): string {
    const host = this.host;
    const own = host.getAttribute('lang');
    if (own) return own;
    const root = this.binding.root ?? (host.for ? null : host);
    const marked = root === host ? host.querySelector('[lang]') : root?.closest('[lang]');
    return readingLang(marked?.getAttribute('lang') || 'ar', this.binding.article);
  }

  /** The facts the control bar shows. */
  view(): ControlBarView {
    const { state, loading, error, sentenceIndex } = this.reading;
    return {
      state,
      loading,
      sentenceIndex,
      sentenceCount: this.binding.article?.sentences.length ?? 0,
      rate: this.host.rate,
      voices: this.voices.offered,
      voice: this.voices.current,
      allVoices: this.voices.showsAll,
      notice: this.voiceNotice(),
      focusIndex: this.keyboard.focusIndex,
      secondsLeft: this.reading.secondsLeft(),
      resumeOffer: this.resume.offer,
      error: error && this.messageFor(error),
      announcement: this.announcer.text,
      listen: this.commands.view,
    };
  }

  /**
   * Announce discrete changes only (reading, paused, finished, errors); the announcer paces them.
   * The wait for voices is not announced: short, and it would hold "Reading" back by a second.
   */
  announce(): void {
    const { state, error } = this.reading;
    const listen = { message: this.commands.message, error: false };
    const facts = { state, loading: false, error: error && this.messageFor(error), listen, notice: this.voiceNotice() };
    this.announcer.announce(readerStatus(facts).text);
  }

  /** While a local voice reads in place of an online one that failed, the status says so. */
  private voiceNotice(): string | null {
    const { replaced, current } = this.voices;
    return replaced && current && this.reading.state === ReaderState.playing ? localVoiceMessage(current.name) : null;
  }

  private messageFor(code: ReaderErrorCode): string {
    return errorMessage(code, this.speechLang(), this.locale.lang);
  }

  private emit<K extends keyof ArticleReaderEventMap>(type: K, detail: ArticleReaderEventMap[K]['detail']): void {
    this.host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
