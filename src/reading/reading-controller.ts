import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReadableArticle } from '../dom/article.js';
import type { SpeechEngine, SpeechErrorCode, Voice } from '../speech/engine.js';
import type { Span } from '../text/index.js';
import { planChunks, planUtterance, type Chunk } from './utterance-plan.js';
import { WordFollower } from './word-follower.js';

export const ReaderState = {
  idle: 'idle',
  playing: 'playing',
  paused: 'paused',
  ended: 'ended',
} as const;
export type ReaderState = (typeof ReaderState)[keyof typeof ReaderState];

/** Why reading could not go on. The element turns a code into a message in the user's language. */
export type ReaderErrorCode =
  | 'unsupported'
  | 'no-voice'
  | 'synthesis-failed'
  | 'not-allowed'
  /** The article was not found (`for` names no element). */
  | 'no-article'
  /** The article has no readable text. */
  | 'empty';

/** The facts the reading controller uses and does not own: it asks their owners each time. */
export interface ReadingOptions {
  engine(): SpeechEngine;
  article(): ReadableArticle | null;
  /** Speech language (BCP 47). */
  lang(): string;
  rate(): number;
  voices: {
    load(): Promise<Voice | null>;
    readonly current: Voice | null;
    voiceFor(lang: string): Voice | null;
  };
  highlight: { showSentence(span: Span): void; showWord(word: Span | null): void; clear(): void };
  /** Told after the change is complete: state, place, highlight and speech agree with it. */
  onStateChange(state: ReaderState): void;
  onSentence(index: number): void;
  onError(code: ReaderErrorCode): void;
}

/** A change to tell the host about, checked again when its turn comes (a listener may undo it). */
type Notice =
  | { kind: 'state'; state: ReaderState }
  | { kind: 'sentence'; index: number; entry: number }
  | { kind: 'error'; code: ReaderErrorCode };

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

  private chunks: Chunk[] = [];
  private chunkIndex = 0;
  private words: readonly Span[] = [];
  // Where the next utterance of the current chunk starts when not at its beginning: the word
  // being spoken when the listener paused or changed speed or voice.
  private resumeAt: number | null = null;
  private readonly follower: WordFollower;
  // Superseded work is recognised by these counters: a play still waiting for voices, the
  // utterance whose callbacks count, and each entry into a sentence (for its notice).
  private playRequest = 0;
  private utterance = 0;
  private inFlight = false;
  private entry = 0;
  private timeoutRetries = 0;
  private notices: Notice[] = [];
  private delivering = false;
  private announcedState: ReaderState = ReaderState.idle;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ReadingOptions,
  ) {
    this.follower = new WordFollower((word) => options.highlight.showWord(word));
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
    return units / (this.follower.unitsPerSecond(this.voiceKey()) * this.options.rate());
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.onPageHide);
    // Back on the page (moved by a framework): show the place that was kept.
    const sentence = this.options.article()?.sentences[this.sentenceIndex];
    if (sentence) this.options.highlight.showSentence(sentence);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.onPageHide);
    this.playRequest++;
    this.loading = false;
    this.silence();
    this.deliver();
  }

  async play(): Promise<void> {
    if (this.state === ReaderState.playing || this.loading) return;
    const request = ++this.playRequest;
    if (!this.canRead()) return;
    this.loading = true;
    this.host.requestUpdate();
    const voice = await this.options.voices.load();
    // Paused, stopped, removed or played again meanwhile: that intent won.
    if (request !== this.playRequest) return;
    this.loading = false;
    if (!this.canRead()) return;
    if (!voice) return this.fail('no-voice');
    this.error = null;
    this.timeoutRetries = 0;
    for (const other of readersPlaying) if (other !== this) other.pause();
    if (request !== this.playRequest) return; // a listener of the other reader had the last word
    readersPlaying.add(this);
    this.setState(ReaderState.playing);
    if (this.sentenceIndex < 0) this.enterSentence(0, true);
    this.speakChunk();
    this.deliver();
  }

  pause(): void {
    this.playRequest++;
    this.loading = false;
    if (this.state === ReaderState.playing) {
      this.holdCurrentWord();
      this.silence();
    }
    this.deliver();
  }

  stop(): void {
    this.playRequest++;
    this.loading = false;
    this.silence();
    this.clearPlace();
    this.setState(ReaderState.idle);
    this.deliver();
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
    this.deliver();
  }

  /** The rate or the voice changed: say the rest again from the current word, at once. */
  respeak(): void {
    if (this.state !== ReaderState.playing) return;
    this.holdCurrentWord();
    this.speakChunk();
    this.host.requestUpdate();
  }

  /**
   * The article was indexed again; the place is now sentence `place` (-1: lost, e.g. another
   * article). Reading goes on from there.
   */
  articleChanged(place: number): void {
    if (this.sentenceIndex < 0) return; // no place held: a waiting play reads the new article
    if (place < 0 || place >= this.sentenceCount) return this.stop();
    const wasPlaying = this.state === ReaderState.playing;
    if (wasPlaying) this.cancelSpeech();
    this.enterSentence(place, place !== this.sentenceIndex);
    if (wasPlaying) this.speakChunk();
    this.deliver();
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
    const sentence = article.sentences[index]!;
    const lang = this.options.lang();
    this.sentenceIndex = index;
    this.entry++;
    this.chunks = planChunks(article.text, sentence, article.languageRuns(sentence.start, sentence.end), lang,
      (other) => this.options.voices.voiceFor(other));
    this.chunkIndex = 0;
    this.timeoutRetries = 0;
    this.words = article.sentenceWords(index);
    this.resumeAt = null;
    this.follower.reset();
    this.options.highlight.showSentence(sentence);
    if (announce) this.notices.push({ kind: 'sentence', index, entry: this.entry });
    this.host.requestUpdate();
  }

  private speakChunk(): void {
    const article = this.options.article()!;
    const chunk = this.chunks[this.chunkIndex]!;
    const planned = planUtterance(article.text, chunk, this.resumeAt ?? chunk.start, this.options.lang(), this.words);
    this.resumeAt = null;
    const rate = this.options.rate();
    const utterance = ++this.utterance;
    const current = () => utterance === this.utterance;
    this.follower.prepare(planned.cues, planned.text.length, rate, this.voiceKey());
    this.inFlight = true;
    this.options.engine().speak(
      planned.text,
      { lang: planned.lang, rate, voice: chunk.voice ?? this.options.voices.current },
      {
        start: () => current() && this.follower.started(),
        word: (charIndex) => current() && this.follower.boundary(charIndex),
        end: () => {
          if (!current()) return;
          this.inFlight = false;
          this.follower.ended();
          this.onChunkEnd();
        },
        error: (code) => {
          if (!current()) return;
          this.inFlight = false;
          this.follower.stop();
          this.onSpeechError(code);
        },
      },
    );
  }

  private voiceKey(): string {
    const voice = this.options.voices.current;
    return voice ? `${voice.voiceURI}|${voice.name}` : '';
  }

  /** Remember the word being spoken so the next utterance of this chunk starts there. */
  private holdCurrentWord(): void {
    const word = this.follower.current;
    const chunk = this.chunks[this.chunkIndex];
    this.resumeAt = word && chunk && word.start >= chunk.start && word.start < chunk.end ? word.start : null;
  }

  // The place moves only when the voice really finished: on the utterance's `end`.
  private onChunkEnd(): void {
    this.timeoutRetries = 0;
    if (this.chunkIndex + 1 < this.chunks.length) {
      this.chunkIndex++;
      this.speakChunk();
    } else if (this.sentenceIndex + 1 < this.sentenceCount) {
      this.enterSentence(this.sentenceIndex + 1, true);
      this.speakChunk();
    } else {
      readersPlaying.delete(this);
      this.clearPlace();
      this.setState(ReaderState.ended);
    }
    this.deliver();
  }

  private onSpeechError(code: SpeechErrorCode): void {
    // A wedged utterance: try the same chunk once more, from the word it reached, before giving up.
    if (code === 'timeout' && this.timeoutRetries < 1) {
      this.timeoutRetries++;
      this.respeak();
      return;
    }
    this.timeoutRetries = 0;
    this.holdCurrentWord();
    this.silence();
    // `interrupted`: another reader or script took the voice; hold the place quietly.
    if (code === 'not-allowed') this.fail('not-allowed');
    else if (code === 'language-unavailable' || code === 'voice-unavailable') this.fail('no-voice');
    else if (code !== 'interrupted') this.fail('synthesis-failed');
    else this.deliver();
  }

  private fail(code: ReaderErrorCode): void {
    this.loading = false;
    this.error = code;
    this.notices.push({ kind: 'error', code });
    this.host.requestUpdate();
    this.deliver();
  }

  /** No place any more: before reading, after the end, after stop. */
  private clearPlace(): void {
    this.sentenceIndex = -1;
    this.entry++;
    this.chunks = [];
    this.chunkIndex = 0;
    this.follower.reset();
    this.options.highlight.clear();
  }

  /**
   * The current utterance no longer counts, and the voice is silent. Only an utterance of ours
   * is cancelled: the platform's speech is page-wide and may be another reader's.
   */
  private cancelSpeech(): void {
    this.utterance++;
    this.follower.stop();
    if (this.inFlight) this.options.engine().cancel();
    this.inFlight = false;
  }

  /** Cancel speech without losing the place. */
  private silence(): void {
    readersPlaying.delete(this);
    this.cancelSpeech();
    if (this.state === ReaderState.playing) this.setState(ReaderState.paused);
  }

  private setState(state: ReaderState): void {
    if (this.state === state) return;
    this.state = state;
    this.notices.push({ kind: 'state', state });
    this.host.requestUpdate();
  }

  /**
   * Tell the host what changed, in order. A listener may call any method meanwhile: its change
   * is complete before it returns, and a notice it made untrue (a state left, a sentence left, an
   * error cleared) is dropped rather than told late.
   */
  private deliver(): void {
    if (this.delivering) return; // the outer call goes on with what this one queued
    this.delivering = true;
    try {
      for (let notice = this.notices.shift(); notice; notice = this.notices.shift()) {
        if (notice.kind === 'state') {
          if (notice.state !== this.state || notice.state === this.announcedState) continue;
          this.announcedState = notice.state;
          this.options.onStateChange(notice.state);
        } else if (notice.kind === 'sentence') {
          if (notice.entry === this.entry) this.options.onSentence(notice.index);
        } else if (notice.code === this.error) {
          this.options.onError(notice.code);
        }
      }
    } finally {
      this.delivering = false;
    }
  }

  private readonly onPageHide = () => this.pause();
}
