import type { ReaderErrorCode, ReaderState } from './reading/state.js';
import type { VoiceCommand } from './text/commands.js';

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

export interface ReaderCommandDetail {
  command: VoiceCommand;
  /** What the recogniser heard, as it wrote it. */
  transcript: string;
}

export interface ArticleReaderEventMap {
  'reader-ready': CustomEvent<ReaderReadyDetail>;
  'reader-statechange': CustomEvent<ReaderStateChangeDetail>;
  'reader-sentence': CustomEvent<ReaderSentenceDetail>;
  'reader-ratechange': CustomEvent<ReaderRateChangeDetail>;
  'reader-error': CustomEvent<ReaderErrorDetail>;
  'reader-command': CustomEvent<ReaderCommandDetail>;
}

declare global {
  // Declaration merging: the element's events join the DOM's own map.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends ArticleReaderEventMap {}
}
