/** What the reader is doing. */
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
  | 'empty'
  /** Listening for a voice command failed; the message says why. */
  | 'recognition-failed'
  /** A part of the reader (fetched after the page loads) could not be downloaded. */
  | 'load-failed';

/** A change the reading controller tells the host about, once the change is complete. */
export type ReadingNotice =
  | { kind: 'state'; state: ReaderState }
  | { kind: 'sentence'; index: number; entry: number }
  | { kind: 'error'; code: ReaderErrorCode };
