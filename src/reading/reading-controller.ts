import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ArticleEdit } from '../dom/article.js';
import type { SpeechErrorCode } from '../speech/engine.js';
import { Notices } from './notices.js';
import type { ReadingOptions } from './reading-options.js';
import { noRetries, recoveryFor } from './recovery.js';
import { placeAfterEdit } from './place-after-edit.js';
import { SentenceCursor } from './sentence-cursor.js';
import { paceOf, secondsFrom } from './word-follower.js';
import { ReaderState, type ReaderErrorCode, type ReadingNotice as Notice } from './state.js';

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
  private retries = noRetries();
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
    const { article, engine, lang, rate, voices } = this.options;
    const pace = () => paceOf(engine(), { lang: lang(), rate: rate(), voice: voices.current });
    return secondsFrom(article()?.sentences, this.sentenceIndex, pace);
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

  play(): Promise<void> {
    if (this.state === ReaderState.playing || this.loading) return Promise.resolve();
    // Still in the gesture that asked to play (if one did). With the article and a voice at hand,
    // speak() comes before anything else (a render too); else the engine unlocks speech now.
    const request = ++this.playRequest;
    const ready = this.options.article() && this.options.voices.settled();
    if (ready) return Promise.resolve(this.canRead() ? this.begin(request) : undefined);
    this.options.engine().prime?.();
    this.loading = true;
    this.host.requestUpdate();
    return this.start(request);
  }

  private async start(request: number): Promise<void> {
    await this.options.readable();
    if (request !== this.playRequest || !this.canRead()) return;
    const voice = await this.options.voices.load();
    // Paused, stopped, removed or played again meanwhile: that intent won.
    if (request !== this.playRequest) return;
    this.loading = false;
    if (!this.canRead()) return;
    if (!voice) return this.fail('no-voice');
    this.begin(request);
  }

  /** Read from the place (or the selection): something to read and a voice are here. */
  private begin(request: number): void {
    this.error = null;
    this.retries = noRetries();
    for (const other of readersPlaying) if (other !== this) other.pause();
    if (request !== this.playRequest) return; // a listener of the other reader had the last word
    readersPlaying.add(this);
    const selected = this.options.selectedSentence();
    this.setState(ReaderState.playing);
    if (selected >= 0 || this.sentenceIndex < 0) this.enterSentence(Math.max(0, selected), true, true);
    else this.speakChunk();
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
    this.enterSentence(index, true, this.state === ReaderState.playing);
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
    this.enterSentence(place, place !== this.sentenceIndex, wasPlaying);
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

  /**
   * Hold sentence `index` as the place and show it. With `speak`, it is said before it is shown:
   * the highlight (which may measure the page to scroll) waits until speech was asked for.
   */
  private enterSentence(index: number, announce: boolean, speak = false): void {
    const article = this.options.article()!;
    this.sentenceIndex = index;
    const entry = ++this.entry;
    this.retries = noRetries();
    this.cursor.enter(article, index, this.options.lang(), (other) => this.options.voices.voiceFor(other));
    if (announce) this.notices.add({ kind: 'sentence', index, entry });
    if (speak) this.speakChunk();
    // An engine that fails at once may have moved or cleared the place already.
    if (entry === this.entry && index === this.sentenceIndex)
      this.options.highlight.showSentence(article.sentences[index]!);
    this.host.requestUpdate();
  }

  private speakChunk(): void {
    const { article, engine, lang, rate, voices } = this.options;
    this.cursor.speak(
      engine(),
      article()!,
      { lang: lang(), rate: rate(), voice: voices.current },
      {
        end: () => this.onChunkEnd(),
        error: (code) => this.onSpeechError(code),
      },
    );
  }

  // The place moves only when the voice really finished: on the utterance's `end`.
  private onChunkEnd(): void {
    this.retries = noRetries();
    if (this.cursor.advance()) {
      this.speakChunk();
    } else if (this.sentenceIndex + 1 < this.sentenceCount) {
      this.enterSentence(this.sentenceIndex + 1, true, true);
    } else {
      readersPlaying.delete(this);
      this.clearPlace();
      this.setState(ReaderState.ended);
    }
    this.notices.deliver();
  }

  private onSpeechError(code: SpeechErrorCode): void {
    const recovery = recoveryFor(code, this.retries);
    if (recovery.kind === 'again') {
      this.retries.timeout++;
      return this.respeak();
    }
    this.cursor.holdWord();
    if (recovery.kind === 'later') {
      this.retries.interrupted++;
      return this.cursor.speakLater(recovery.ms, () => this.speakChunk());
    }
    this.retries = noRetries();
    // The voice controller switches to a local voice, and its change says the rest again.
    if (recovery.local && this.options.voices.useLocal?.()) return this.notices.deliver();
    this.silence();
    if (recovery.fail) this.fail(recovery.fail);
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
