/** An intent with nothing to carry but its name. */
type Bare<T extends string> = T extends string ? { type: T } : never;

/**
 * What a listener asks of the reader, from whichever input (a button, a shortcut, a voice command,
 * a click in the article, the resume offer, a public method): each carries its value to its one
 * handler in `reader-intents.ts`.
 */
export type ReaderIntent =
  | Bare<'pause' | 'toggle' | 'stop' | 'previous' | 'next' | 'listen' | 'resume' | 'restart' | 'more-voices'>
  /** Read: from the place, or from sentence `from` (0-based). */
  | { type: 'play'; from?: number }
  /** A speed the listener chose (clamped), remembered and announced. */
  | { type: 'rate'; rate: number }
  /** One speed step slower (-1) or faster (+1). */
  | { type: 'rate-step'; by: 1 | -1 }
  /** A voice picked by its voiceId, voiceURI or name. */
  | { type: 'voice'; voice: string }
  /** Move the place to sentence `sentence` (reading goes on there if it was reading). */
  | { type: 'seek'; sentence: number };

/** Where an input sends its intents; what a handler returns (a play's promise) comes back. */
export type SendIntent = (intent: ReaderIntent) => unknown;
