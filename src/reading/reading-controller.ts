import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReadableArticle } from '../dom/article.js';
import { Highlighter } from '../dom/highlighter.js';
import type { SpeechEngine, SpeechErrorCode, Voice } from '../speech/engine.js';
import { chooseVoice, primarySubtag, voicesFor } from '../speech/voices.js';
import { normalizeForSpeech, speechChunks, wordSpans, type Span } from '../text/index.js';
import { WordFollower, type WordCue } from './word-follower.js';

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

export const MIN_RATE = 0.5;
export const MAX_RATE = 2;

export function clampRate(rate: number): number {
  if (!Number.isFinite(rate)) return 1;
  return Math.min(MAX_RATE, Math.max(MIN_RATE, rate));
}

export interface ReadingOptions {
  engine(): SpeechEngine;
  /** Speech language (BCP 47). */
  lang(): string;
  /** A voice name or voiceURI the site owner asked for, if any. */
  preferredVoice(): string | null;
  onStateChange?(state: ReaderState): void;
  onSentence?(index: number): void;
  onError?(code: ReaderErrorCode): void;
}

/** One utterance's worth of a sentence, with its own language where the article marks one. */
interface Chunk extends Span {
  lang?: string;
  voice?: Voice;
}

// Only one reader on a page speaks at a time: starting one pauses the others.
const readersPlaying = new Set<ReadingController>();

/**
 * The reading state machine and the place (sentence, and chunk inside it). It turns user intents
 * and engine events into speech, highlights and host updates. Pause is cancel plus re-speaking
 * from the place: `speechSynthesis.pause()` is broken on Android and Linux.
 */
export class ReadingController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: ReadingOptions;
  private readonly highlighter: Highlighter;
  private article: ReadableArticle | null = null;
  private chunks: Chunk[] = [];
  private allVoices: readonly Voice[] = [];
  private chunkIndex = 0;
  private words: Span[] = [];
  // Where the next utterance of the current chunk starts when not at its beginning: the word
  // being spoken when the user paused or changed speed.
  private resumeAt: number | null = null;
  private readonly follower: WordFollower;
  /** The voice in use (null until play has found one). */
  voice: Voice | null = null;
  /** Voices that speak the article's language, best first (for a voice picker). */
  voices: readonly Voice[] = [];
  // Bumped by every intent that supersedes a pending play (which waits for late voices).
  private playRequest = 0;
  private timeoutRetries = 0;

  state: ReaderState = ReaderState.idle;
  sentenceIndex = -1;
  rate = 1;
  /** True while play waits for the voice list. */
  loading = false;
  error: ReaderErrorCode | null = null;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ReadingOptions) {
    this.host = host;
    this.options = options;
    this.highlighter = new Highlighter(host.ownerDocument);
    this.follower = new WordFollower((word) =>
      this.highlighter.showWord(word && this.article ? this.article.rangeFor(word.start, word.end) : null),
    );
    host.addController(this);
  }

  get sentenceCount(): number {
    return this.article?.sentences.length ?? 0;
  }

  /**
   * Estimated seconds of speech from the current place to the end, from this voice's measured
   * speed at the current rate; null before reading.
   */
  secondsLeft(): number | null {
    const article = this.article;
    if (!article || this.sentenceIndex < 0) return null;
    let units = 0;
    for (let i = this.sentenceIndex; i < article.sentences.length; i++) {
      units += article.sentences[i]!.end - article.sentences[i]!.start;
    }
    return units / (this.follower.unitsPerSecond(this.voiceKey()) * this.rate);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.onPageHide);
    void this.loadVoices();
  }

  /** List the voices for the language (they may arrive late) and settle on one. */
  async loadVoices(): Promise<Voice | null> {
    const engine = this.options.engine();
    const all = engine.supported ? await engine.voices() : [];
    const lang = this.options.lang();
    this.allVoices = all;
    this.voices = voicesFor(all, lang);
    this.voice = chooseVoice(all, lang, this.options.preferredVoice());
    this.host.requestUpdate();
    return this.voice;
  }

  /** Use another voice (by name or voiceURI); reading goes on from the current word with it. */
  selectVoice(nameOrURI: string): void {
    const voice = this.voices.find((v) => v.voiceURI === nameOrURI || v.name === nameOrURI);
    if (!voice || voice === this.voice) return;
    this.voice = voice;
    if (this.state === ReaderState.playing) this.respeakFromCurrentWord();
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.onPageHide);
    this.silence();
    this.highlighter.clear();
  }

  /**
   * Use a newly indexed article, holding the place at sentence `place` (by default the same
   * index) when it exists; reading goes on from there.
   */
  setArticle(article: ReadableArticle | null, place = this.sentenceIndex): void {
    const wasPlaying = this.state === ReaderState.playing;
    if (wasPlaying) this.options.engine().cancel();
    this.article = article;
    if (!article || place >= article.sentences.length) {
      this.stop();
      return;
    }
    if (place >= 0) {
      this.enterSentence(place, place !== this.sentenceIndex);
      if (wasPlaying) this.speakChunk();
    }
    this.host.requestUpdate();
  }

  async play(): Promise<void> {
    if (this.state === ReaderState.playing || this.loading) return;
    const engine = this.options.engine();
    if (!this.article) return this.fail('no-article');
    if (this.article.sentences.length === 0) return this.fail('empty');
    if (!engine.supported) return this.fail('unsupported');

    const request = ++this.playRequest;
    this.loading = true;
    this.host.requestUpdate();
    const voice = await this.loadVoices();
    if (request !== this.playRequest) return;
    this.loading = false;
    if (!voice) return this.fail('no-voice');

    this.error = null;
    for (const other of readersPlaying) if (other !== this) other.pause();
    readersPlaying.add(this);
    if (this.sentenceIndex < 0) this.enterSentence(0, true);
    this.setState(ReaderState.playing);
    this.speakChunk();
    this.host.requestUpdate();
  }

  pause(): void {
    this.playRequest++;
    this.loading = false;
    if (this.state === ReaderState.playing) {
      this.holdCurrentWord();
      this.silence();
    }
    this.host.requestUpdate();
  }

  stop(): void {
    this.playRequest++;
    this.loading = false;
    this.silence();
    this.clearPlace();
    this.setState(ReaderState.idle);
    this.host.requestUpdate();
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

  setRate(rate: number): void {
    const clamped = clampRate(rate);
    if (clamped === this.rate) return;
    this.rate = clamped;
    // A new speed applies at once: say the rest again, from the current word, at the new rate.
    if (this.state === ReaderState.playing) this.respeakFromCurrentWord();
    this.host.requestUpdate();
  }

  /** Move the place to `index`; keep reading if reading, else hold the place there. */
  goTo(index: number): void {
    this.enterSentence(index, true);
    if (this.state === ReaderState.playing) {
      this.speakChunk();
    } else {
      if (this.state !== ReaderState.paused) this.setState(ReaderState.paused);
      this.host.requestUpdate();
    }
  }

  private enterSentence(index: number, announce: boolean): void {
    const article = this.article!;
    const sentence = article.sentences[index]!;
    this.sentenceIndex = index;
    this.chunks = this.chunksOf(sentence);
    this.chunkIndex = 0;
    this.words = wordSpans(article.text, sentence);
    this.resumeAt = null;
    this.follower.reset();
    this.highlighter.showSentence(article.rangeFor(sentence.start, sentence.end));
    if (announce) this.options.onSentence?.(index);
  }

  private speakChunk(): void {
    const article = this.article!;
    const chunk = this.chunks[this.chunkIndex]!;
    const from = this.resumeAt ?? chunk.start;
    this.resumeAt = null;
    const lang = chunk.lang ?? this.options.lang();
    // The voice hears normalised text ("50%" → "50 بالمئة"); highlights stay on the article's words.
    const spoken = normalizeForSpeech(article.text.slice(from, chunk.end), { lang });
    this.follower.prepare(this.cuesFor(spoken, from), spoken.text.length, this.rate, this.voiceKey());
    this.options.engine().speak(
      spoken.text,
      { lang, rate: this.rate, voice: chunk.voice ?? this.voice },
      {
        start: () => this.follower.started(),
        word: (charIndex) => this.follower.boundary(charIndex),
        end: () => {
          this.follower.ended();
          this.onChunkEnd();
        },
        error: (code) => {
          this.follower.stop();
          this.onSpeechError(code);
        },
      },
    );
  }

  /**
   * Utterance-sized chunks of a sentence. Text the article marks with another language
   * (`<span lang="en">`) gets utterances of its own in that language, when a voice for it exists;
   * otherwise it stays in the article language's utterance.
   */
  private chunksOf(sentence: Span): Chunk[] {
    const article = this.article!;
    const speechLang = this.options.lang();
    const chunks: Chunk[] = [];
    let pending: Span | null = null;
    const flush = () => {
      if (pending) chunks.push(...speechChunks(article.text, pending));
      pending = null;
    };
    for (const run of article.languageRuns(sentence.start, sentence.end)) {
      const foreign = run.lang && primarySubtag(run.lang) !== primarySubtag(speechLang);
      const voice = foreign ? chooseVoice(this.allVoices, run.lang!) : null;
      if (voice) {
        flush();
        for (const chunk of speechChunks(article.text, run)) chunks.push({ ...chunk, lang: run.lang!, voice });
      } else {
        pending = pending ? { start: pending.start, end: run.end } : { start: run.start, end: run.end };
      }
    }
    flush();
    return chunks.length > 0 ? chunks : speechChunks(article.text, sentence);
  }

  /** Where each article word begins in the spoken text, through the normaliser's offset map. */
  private cuesFor(spoken: { text: string; toSource(offset: number): number }, from: number): WordCue[] {
    const cues: WordCue[] = [];
    for (const spokenWord of wordSpans(spoken.text)) {
      const at = from + spoken.toSource(spokenWord.start);
      // The article word at or before that point ("بالمئة" spoken for "%" belongs to "50%").
      const word = this.words.findLast((w) => w.start <= at) ?? this.words.find((w) => w.start >= from);
      if (word && word.start >= from && cues[cues.length - 1]?.word !== word) {
        cues.push({ word, spokenAt: spokenWord.start });
      }
    }
    return cues;
  }

  private voiceKey(): string {
    return this.voice ? `${this.voice.voiceURI}|${this.voice.name}` : '';
  }

  /** Say the rest of the chunk again, from the word being spoken (new speed, voice, or a retry). */
  private respeakFromCurrentWord(): void {
    this.holdCurrentWord();
    this.speakChunk();
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
      this.host.requestUpdate();
    } else {
      readersPlaying.delete(this);
      this.clearPlace();
      this.setState(ReaderState.ended);
      this.host.requestUpdate();
    }
  }

  private onSpeechError(code: SpeechErrorCode): void {
    // A wedged utterance: try the same chunk once more before giving up.
    if (code === 'timeout' && this.timeoutRetries < 1) {
      this.timeoutRetries++;
      this.respeakFromCurrentWord();
      return;
    }
    this.timeoutRetries = 0;
    readersPlaying.delete(this);
    this.setState(ReaderState.paused);
    if (code === 'interrupted') {
      // Another reader or script took the voice: hold the place quietly.
      this.host.requestUpdate();
      return;
    }
    if (code === 'not-allowed') return this.fail('not-allowed');
    if (code === 'language-unavailable' || code === 'voice-unavailable') return this.fail('no-voice');
    this.fail('synthesis-failed');
  }

  private fail(code: ReaderErrorCode): void {
    this.loading = false;
    this.error = code;
    this.options.onError?.(code);
    this.host.requestUpdate();
  }

  /** No place any more: before reading, after the end, after stop. */
  private clearPlace(): void {
    this.sentenceIndex = -1;
    this.chunks = [];
    this.chunkIndex = 0;
    this.follower.reset();
    this.highlighter.clear();
  }

  /** Cancel speech without losing the place. */
  private silence(): void {
    readersPlaying.delete(this);
    this.follower.stop();
    this.options.engine().cancel();
    if (this.state === ReaderState.playing) this.setState(ReaderState.paused);
  }

  private setState(state: ReaderState): void {
    if (this.state === state) return;
    this.state = state;
    this.options.onStateChange?.(state);
  }

  private readonly onPageHide = () => this.pause();
}
