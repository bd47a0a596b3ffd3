import type { ReadableArticle } from '../dom/article.js';
import type { SpeechEngine, SpeechErrorCode, Voice } from '../speech/engine.js';
import { voiceId } from '../speech/voices.js';
import type { Span } from '../text/index.js';
import { planChunks, planUtterance, type Chunk } from './utterance-plan.js';
import { WordFollower, paceOf } from './word-follower.js';

/** How an utterance of the current chunk ended. */
export interface ChunkOutcome {
  end(): void;
  error(code: SpeechErrorCode): void;
}

/**
 * The place inside the current sentence and its speech: which utterance-sized chunk is being
 * read, the word being spoken (followed by the word follower), the word the next utterance
 * starts from after a pause or a change of speed or voice, and the one utterance in flight,
 * whose callbacks count only while it is the current one.
 */
export class SentenceCursor {
  readonly follower: WordFollower;
  private chunks: Chunk[] = [];
  private chunkIndex = 0;
  private words: readonly Span[] = [];
  private resumeAt: number | null = null;
  private utterance = 0;
  private inFlight = false;
  private later: ReturnType<typeof setTimeout> | undefined;

  constructor(showWord: (word: Span | null) => void) {
    this.follower = new WordFollower(showWord);
  }

  /** Start at the beginning of sentence `index`. */
  enter(article: ReadableArticle, index: number, lang: string, voiceFor: (lang: string) => Voice | null): void {
    const sentence = article.sentences[index]!;
    const runs = article.languageRuns(sentence.start, sentence.end);
    this.chunks = planChunks(article.text, sentence, runs, lang, voiceFor);
    this.chunkIndex = 0;
    this.words = article.sentenceWords(index);
    this.resumeAt = null;
    this.follower.reset();
  }

  clear(): void {
    this.chunks = [];
    this.chunkIndex = 0;
    this.follower.reset();
  }

  /** Move on to the next chunk of the sentence; false when the sentence is done. */
  advance(): boolean {
    if (this.chunkIndex + 1 >= this.chunks.length) return false;
    this.chunkIndex++;
    return true;
  }

  /** Keep the word being spoken: the next utterance of this chunk starts there. */
  holdWord(): void {
    const word = this.follower.current;
    const chunk = this.chunks[this.chunkIndex];
    this.resumeAt = word && chunk && word.start >= chunk.start && word.start < chunk.end ? word.start : null;
  }

  /**
   * Say the current chunk, from the held word or its start, with the chunk's own voice if it has
   * one. `on` hears how it ended, unless another utterance or `silence()` came first.
   */
  speak(
    engine: SpeechEngine,
    article: ReadableArticle,
    options: { lang: string; rate: number; voice: Voice | null },
    on: ChunkOutcome,
  ): void {
    this.cancelLater();
    const chunk = this.chunks[this.chunkIndex]!;
    const planned = planUtterance(article.text, chunk, this.resumeAt ?? chunk.start, options.lang, this.words);
    this.resumeAt = null;
    const follower = this.follower;
    const utterance = ++this.utterance;
    const current = () => utterance === this.utterance;
    const said = { lang: planned.lang, rate: options.rate, voice: chunk.voice ?? options.voice };
    follower.prepare(planned.cues, paceOf(engine, said), said.voice ? voiceId(said.voice) : '');
    this.inFlight = true;
    engine.speak(planned.text, said, {
      start: () => current() && follower.started(),
      word: (charIndex) => current() && follower.boundary(charIndex),
      end: () => {
        if (!current()) return;
        this.inFlight = false;
        follower.ended();
        on.end();
      },
      error: (code) => {
        if (!current()) return;
        this.inFlight = false;
        follower.stop();
        on.error(code);
      },
    });
  }

  /**
   * The utterance in flight no longer counts, and the voice is silent. Only an utterance of ours
   * is cancelled: the platform's speech is page-wide and may be another reader's.
   */
  silence(engine: SpeechEngine): void {
    this.cancelLater();
    this.utterance++;
    this.follower.stop();
    if (this.inFlight) engine.cancel();
    this.inFlight = false;
  }

  /** Speak again after `ms` (`run` speaks); any utterance or silence before then cancels it. */
  speakLater(ms: number, run: () => void): void {
    this.cancelLater();
    this.later = setTimeout(() => {
      this.later = undefined;
      run();
    }, ms);
  }

  private cancelLater(): void {
    clearTimeout(this.later);
    this.later = undefined;
  }
}
