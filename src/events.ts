import type { ReaderErrorCode, ReaderState } from './reading/state.js';

export interface ReaderReadyDetail {
  sentenceCount: number;
}
export interface ReaderStateChangeDetail {
  state: ReaderState;
}
export interface ReaderSentenceDetail {
  index: number;
  text: string;
}
export interface ReaderRateChangeDetail {
  rate: number;
}
export interface ReaderErrorDetail {
  code: ReaderErrorCode;
  /** The message shown to the user, in the interface language. */
  message: string;
}

export interface ArticleReaderEventMap {
  'reader-ready': CustomEvent<ReaderReadyDetail>;
  'reader-statechange': CustomEvent<ReaderStateChangeDetail>;
  'reader-sentence': CustomEvent<ReaderSentenceDetail>;
  'reader-ratechange': CustomEvent<ReaderRateChangeDetail>;
  'reader-error': CustomEvent<ReaderErrorDetail>;
}

declare global {
  interface HTMLElementEventMap extends ArticleReaderEventMap {}
}
