import type { ReaderIntent } from './intents.js';
import { RATE_STEP } from './reading/rate.js';
import type { Reading } from './reading/reading-loader.js';

/** What the handlers act on: the owners of each fact an intent changes. */
export interface IntentTarget {
  readonly reading: Reading;
  rate(): number;
  /** A speed the listener chose: applied, remembered, and announced with `reader-ratechange`. */
  setRate(rate: number): void;
  readonly voices: { select(id: string): void; toggleAll(): void };
  readonly resume: { withdraw(): number | null };
  /** Start or stop listening for a voice command. */
  listen(): void;
}

type Handlers = {
  [K in ReaderIntent['type']]: (r: IntentTarget, intent: Extract<ReaderIntent, { type: K }>) => unknown;
};

/** The one handler of each intent, whichever input sent it (as media-chrome's request map). */
const intentHandlers: Handlers = {
  play: ({ reading }, { from }) => (from === undefined ? reading.play() : reading.readFrom(from)),
  pause: ({ reading }) => reading.pause(),
  toggle: ({ reading }) => (reading.state === 'playing' || reading.loading ? reading.pause() : reading.play()),
  stop: ({ reading }) => reading.stop(),
  previous: ({ reading }) => reading.previous(),
  next: ({ reading }) => reading.next(),
  seek: ({ reading }, { sentence }) => reading.goTo(sentence),
  rate: (r, { rate }) => r.setRate(rate),
  'rate-step': (r, { by }) => r.setRate(r.rate() + by * RATE_STEP),
  voice: (r, { voice }) => r.voices.select(voice),
  resume: (r) => {
    const place = r.resume.withdraw();
    return place === null ? undefined : r.reading.readFrom(place);
  },
  restart: ({ reading }) => (reading.sentenceCount > 0 ? reading.readFrom(0) : reading.play()),
  listen: (r) => r.listen(),
  'more-voices': (r) => r.voices.toggleAll(),
};

/** Carry out `intent` on `target`; returns what its handler returns (a play's promise). */
export function carryOut(target: IntentTarget, intent: ReaderIntent): unknown {
  return (intentHandlers[intent.type] as (r: IntentTarget, intent: ReaderIntent) => unknown)(target, intent);
}
