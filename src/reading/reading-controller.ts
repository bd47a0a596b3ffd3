import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ArticleEdit, ReadableArticle } from '../dom/article.js';
import type { SpeechEngine, SpeechErrorCode, Voice } from '../speech/engine.js';
import { voiceId } from '../speech/voices.js';
import type { Span } from '../text/index.js';
import { Notices } from './notices.js';
import { placeAfterEdit } from './place-after-edit.js';
import { SentenceCursor } from './sentence-cursor.js';
import { ReaderState, type ReaderErrorCode } from './state.js';

/** The facts the reading controller uses and does not own: it asks their owners each time. */
export interface ReadingOptions {
  engine(): SpeechEngine;
  article(): ReadableArticle | null;
  /** Resolves once there is something to read (a long article: its first part). */
  readable(): Promise<void>;
  /** The sentence where a new text selection starts, to read from there, or -1. */
  selectedSentence(): number;
  /** Speech language (BCP 47). */
  lang(): string;
  rate(): number;
  voices: {
    load(): Promise<Voice | null>;
    readonly current: Voice | null;
    voiceFor(lang: string): Voice | null;
    /** The voice in use needs the network and failed: switch to a local one (true) if there is one. */
    useLocal?(): boolean;
  };
  highlight: { showSentence(span: Span): void; showWord(word: Span | null): void; clear(): void };
  /** Told after the change is complete: state, place, highlight and speech agree with it. */
  onStateChange(state: ReaderState): void;
  onSentence(index: number): void;
  onError(code: ReaderErrorCode): void;
}

/** A change to tell the host about. */
type Notice =
  | { kind: 'state'; state: ReaderState }
  | { kind: 'sentence'; index: number; entry: number }
  | { kind: 'error'; code: ReaderErrorCode };

// When something outside the page (a screen reader sharing the speech service) cuts an utterance,
// it is said again from the word it reached once that has had a moment: after 0.5 s, then 1, 2 and
// 4 s while the cuts go on without any progress in between, then the reader holds its place.
const QUIET_MS = 500;
const MAX_INTERRUPTIONS = 4;

// Only one reader on a page speaks at a time: starting one pauses the others.
const readersPlaying = new Set<ReadingController>();

/**
 * The reading state machine and the place (sentence, chunk, and word to resume from). Every
 * intent (play, pause, stop, goTo, a new rate or voice, a re-indexed article) and every engine
 * event makes its whole change first, speech included, and only then tells the host, so a
 * listener sees a reader that agrees with the event, and whatever it calls next wins: a notice
 * made stale by a listener is dropped, and callbacks of superseded utterances do nothing.
 * Pause is cancel plus speaking again from the word: `speechSynthesis.pause()` is broken on
 * Android and Linux.
 */
export class ReadingController implements ReactiveController {
  state: ReaderState = ReaderState.idle;
  sentenceIndex = -1;
  /** True while play waits for the voice list. */
  loading = false;
  error: ReaderErrorCode | null = null;

  private readonly cursor: SentenceCursor;
  // Superseded work is recognised by these counters: a play still waiting for voices, and each
  // entry into a sentence (for its notice). The cursor does the same for utterances.
  private playRequest = 0;
  private entry = 0;
  // Retries without progress in between, by cause (reset whenever speech moves on).
  private retries = { timeout: 0, interrupted: 0 };
  private readonly notices = new Notices<Notice>((notice) => this.tell(notice));
  private announcedState: ReaderState = ReaderState.idle;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ReadingOptions,
  ) {
    this.cursor = new SentenceCursor((word) => options.highlight.showWord(word));
    host.addController(this);
  }

  get sentenceCount(): number {
    return this.options.article()?.sentences.length ?? 0;
  }

  /** Estimated seconds of speech from the place to the end at the current rate; null before reading. */
  secondsLeft(): number | null {
    const sentences = this.options.article()?.sentences;
    if (!sentences || this.sentenceIndex < 0) return null;
    let units = 0;
    for (let i = this.sentenceIndex; i < sentences.length; i++) units += sentences[i]!.end - sentences[i]!.start;
    return units / (this.cursor.follower.unitsPerSecond(this.voiceKey()) * this.options.rate());
  }

  hostConnected(): void {
    // Back on the page (moved by a framework): show the place that was kept.
    const sentence = this.options.article()?.sentences[this.sentenceIndex];
    if (sentence) this.options.highlight.showSentence(sentence);
  }

  hostDisconnected(): void {
    this.playRequest++;
    this.loading = false;
    this.silence();
    this.notices.deliver();
  }

  async play(): Promise<void> {
    if (this.state === ReaderState.playing || this.loading) return;
    // Still inside the gesture that asked to play (if one did). With the article and a voice at
    // hand, the first speak() comes before the gesture ends; else the engine unlocks speech now.
    if (!this.options.article() || !this.options.voices.current) this.options.engine().prime?.();
    // The selection is read before anything on the page changes: reading it lays the page out
    // first, and after the bar's own update that is the whole article again (tens of ms on a
    // long one, all before the first word).
    let selected = this.options.article() ? this.options.selectedSentence() : undefined;
    const request = ++this.playRequest;
    this.loading = true;
    this.host.requestUpdate();
    await this.options.readable();
    if (request !== this.playRequest || !this.canRead()) return;
    const voice = await this.options.voices.load();
    // Paused, stopped, removed or played again meanwhile: that intent won.
    if (request !== this.playRequest) return;
    this.loading = false;
    if (!this.canRead()) return;
    if (!voice) return this.fail('no-voice');
    this.error = null;
    this.retries = { timeout: 0, interrupted: 0 };
    for (const other of readersPlaying) if (other !== this) other.pause();
    if (request !== this.playRequest) return; // a listener of the other reader had the last word
    readersPlaying.add(this);
    selected ??= this.options.selectedSentence();
    this.setState(ReaderState.playing);
    if (selected >= 0 || this.sentenceIndex < 0) this.enterSentence(Math.max(0, selected), true);
    this.speakChunk();
    this.notices.deliver();
  }

  pause(): void {
    this.playRequest++;
    this.loading = false;
    if (this.state === ReaderState.playing) {
      this.cursor.holdWord();
      this.silence();
    }
    this.notices.deliver();
  }

  stop(): void {
    this.playRequest++;
    this.loading = false;
    this.silence();
    this.clearPlace();
    this.setState(ReaderState.idle);
    this.notices.deliver();
  }

  next(): void {
    if (this.sentenceIndex + 1 < this.sentenceCount) this.goTo(this.sentenceIndex + 1);
  }

  previous(): void {
    if (this.sentenceCount > 0) this.goTo(Math.max(0, this.sentenceIndex - 1));
  }

  /** Start reading at sentence `index`. */
  readFrom(index: number): Promise<void> {
    if (!Number.isInteger(index) || index < 0 || index >= this.sentenceCount) {
      throw new RangeError(`readFrom: no sentence ${index} (there are ${this.sentenceCount})`);
    }
    this.goTo(index);
    return this.play();
  }

  /** Move the place to `index`; keep reading if reading, else hold the place there. */
  goTo(index: number): void {
    if (this.state !== ReaderState.playing && this.state !== ReaderState.paused) this.setState(ReaderState.paused);
    this.enterSentence(index, true);
    if (this.state === ReaderState.playing) this.speakChunk();
    this.notices.deliver();
  }

  /** The rate or the voice changed: say the rest again from the current word, at once. */
  respeak(): void {
    if (this.state !== ReaderState.playing) return;
    this.cursor.holdWord();
    this.speakChunk();
    this.host.requestUpdate();
  }

  /**
   * The article was indexed again: after `edit`, the place stays on its sentence wherever the
   * edit moved it, and reading goes on from there; without one (another article), reading stops.
   */
  articleChanged(edit: ArticleEdit | null): void {
    if (this.sentenceIndex < 0) return; // no place held: a waiting play reads the new article
    const place = edit ? placeAfterEdit(edit, this.sentenceIndex) : -1;
    if (place < 0 || place >= this.sentenceCount) return this.stop();
    const wasPlaying = this.state === ReaderState.playing;
    if (wasPlaying) this.cursor.silence(this.options.engine());
    this.enterSentence(place, place !== this.sentenceIndex);
    if (wasPlaying) this.speakChunk();
    this.notices.deliver();
  }

  /** Whether there is something to read and a way to say it; reports why not. */
  private canRead(): boolean {
    const article = this.options.article();
    if (!article) this.fail('no-article');
    else if (article.sentences.length === 0) this.fail('empty');
    else if (!this.options.engine().supported) this.fail('unsupported');
    else return true;
    return false;
  }

  private enterSentence(index: number, announce: boolean): void {
    const article = this.options.article()!;
    this.sentenceIndex = index;
    this.entry++;
    this.retries = { timeout: 0, interrupted: 0 };
    this.cursor.enter(article, index, this.options.lang(), (other) => this.options.voices.voiceFor(other));
    this.options.highlight.showSentence(article.sentences[index]!);
    if (announce) this.notices.add({ kind: 'sentence', index, entry: this.entry });
    this.host.requestUpdate();
  }

  private speakChunk(): void {
    const { article, engine, lang, rate, voices } = this.options;
    this.cursor.speak(
      engine(),
      article()!,
      { lang: lang(), rate: rate(), voice: voices.current, voiceKey: this.voiceKey() },
      {
        end: () => this.onChunkEnd(),
        error: (code) => this.onSpeechError(code),
      },
    );
  }

  private voiceKey(): string {
    const voice = this.options.voices.current;
    return voice ? voiceId(voice) : '';
  }

  // The place moves only when the voice really finished: on the utterance's `end`.
  private onChunkEnd(): void {
    this.retries = { timeout: 0, interrupted: 0 };
    if (this.cursor.advance()) {
      this.speakChunk();
    } else if (this.sentenceIndex + 1 < this.sentenceCount) {
      this.enterSentence(this.sentenceIndex + 1, true);
      this.speakChunk();
    } else {
      readersPlaying.delete(this);
      this.clearPlace();
      this.setState(ReaderState.ended);
    }
    this.notices.deliver();
  }

  private onSpeechError(code: SpeechErrorCode): void {
    // A wedged utterance: try the same chunk once more, from the word it reached, before giving up.
    if (code === 'timeout' && this.retries.timeout < 1) {
      this.retries.timeout++;
      this.respeak();
      return;
    }
    this.cursor.holdWord();
    const cut = code === 'interrupted' || code === 'canceled';
    if (cut && this.retries.interrupted < MAX_INTERRUPTIONS) {
      this.cursor.speakLater(QUIET_MS * 2 ** this.retries.interrupted++, () => this.speakChunk());
      return;
    }
    this.retries = { timeout: 0, interrupted: 0 };
    // An online voice that failed (offline, a dropped connection): the voice controller switches
    // to a local voice of the language, and its change says the rest again from the word reached.
    if (!cut && code !== 'not-allowed' && this.options.voices.useLocal?.()) return this.notices.deliver();
    this.silence();
    // Still cut after every wait: another tab or script wants the voice; hold the place quietly.
    // WebKit says `canceled` for its own failures too: then the listener is told.
    if (code === 'not-allowed') this.fail('not-allowed');
    else if (code === 'language-unavailable' || code === 'voice-unavailable') this.fail('no-voice');
    else if (code !== 'interrupted') this.fail('synthesis-failed');
    else this.notices.deliver();
  }

  private fail(code: ReaderErrorCode): void {
    this.loading = false;
    this.error = code;
    this.notices.add({ kind: 'error', code });
    this.host.requestUpdate();
    this.notices.deliver();
  }

  /** No place any more: before reading, after the end, after stop. */
  private clearPlace(): void {
    this.sentenceIndex = -1;
    this.entry++;
    this.cursor.clear();
    this.options.highlight.clear();
  }

  /** Cancel speech without losing the place. */
  private silence(): void {
    readersPlaying.delete(this);
    this.cursor.silence(this.options.engine());
    if (this.state === ReaderState.playing) this.setState(ReaderState.paused);
  }

  private setState(state: ReaderState): void {
    if (this.state === state) return;
    this.state = state;
    this.notices.add({ kind: 'state', state });
    this.host.requestUpdate();
  }

  /** Tell the host of a change unless a listener has made it untrue since (left it, cleared it). */
  private tell(notice: Notice): void {
    if (notice.kind === 'state') {
      if (notice.state !== this.state || notice.state === this.announcedState) return;
      this.announcedState = notice.state;
      this.options.onStateChange(notice.state);
    } else if (notice.kind === 'sentence') {
      if (notice.entry === this.entry) this.options.onSentence(notice.index);
    } else if (notice.code === this.error) {
      this.options.onError(notice.code);
    }
  }
}
