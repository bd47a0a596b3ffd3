import type { SpeechErrorCode } from '../speech/engine.js';
import type { ReaderErrorCode } from './state.js';

// When something outside the page (a screen reader sharing the speech service) cuts an utterance,
// it is said again from the word it reached once that has had a moment: after 0.5 s, then 1, 2 and
// 4 s while the cuts go on without any progress in between, then the reader holds its place.
const QUIET_MS = 500;
const MAX_INTERRUPTIONS = 4;

/** Retries without progress in between, by cause (reset whenever speech moves on). */
export interface Retries {
  timeout: number;
  interrupted: number;
}

export const noRetries = (): Retries => ({ timeout: 0, interrupted: 0 });

/** What the reader does after an utterance failed with a speech error. */
export type Recovery =
  /** Say the same chunk once more, from the word it reached (a wedged utterance). */
  | { kind: 'again' }
  /** Say it again from the word reached after `ms` of quiet (cut from outside the page). */
  | { kind: 'later'; ms: number }
  /**
   * Stop trying this utterance: switch to a local voice first if `local` (an online voice that
   * failed: offline, a dropped connection), else end with `fail`, or hold the place quietly.
   */
  | { kind: 'give-up'; local: boolean; fail: ReaderErrorCode | null };

/** The recovery for speech error `code`, given the retries already made for this chunk. */
export function recoveryFor(code: SpeechErrorCode, retries: Retries): Recovery {
  if (code === 'timeout' && retries.timeout < 1) return { kind: 'again' };
  const cut = code === 'interrupted' || code === 'canceled';
  if (cut && retries.interrupted < MAX_INTERRUPTIONS) return { kind: 'later', ms: QUIET_MS * 2 ** retries.interrupted };
  // Still cut after every wait: another tab or script wants the voice; hold the place quietly.
  // WebKit says `canceled` for its own failures too: then the listener is told.
  let fail: ReaderErrorCode | null = 'synthesis-failed';
  if (code === 'not-allowed') fail = 'not-allowed';
  else if (code === 'language-unavailable' || code === 'voice-unavailable') fail = 'no-voice';
  else if (code === 'interrupted') fail = null;
  return { kind: 'give-up', local: !cut && code !== 'not-allowed', fail };
}
