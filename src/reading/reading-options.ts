import type { ReadableArticle } from '../dom/article.js';
import type { SpeechEngine, Voice } from '../speech/engine.js';
import type { Span } from '../text/index.js';
import type { ReaderErrorCode, ReaderState } from './state.js';

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
    /** The voice for the speech language when the list is known and has one, without waiting; else null. */
    settled(): Voice | null;
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
