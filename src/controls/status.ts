import { stateMessage } from '../messages.js';
import type { ReaderState } from '../reading/state.js';

/** The facts the status line words. */
export interface StatusFacts {
  state: ReaderState;
  /** Play is waiting for the voice list. */
  loading: boolean;
  /** The error message, or null. */
  error: string | null;
  /** What voice commands have to say (null: nothing, or not offered). */
  listen: { message: string | null; error: boolean } | null;
  /** What the status line says instead of the state, e.g. that a local voice took over; or null. */
  notice: string | null;
}

/** The status line, worded once: an error, else what voice commands say, else a notice, else the state. */
export function readerStatus({ state, loading, error, listen, notice }: StatusFacts): { text: string; error: boolean } {
  return {
    text: error ?? listen?.message ?? notice ?? stateMessage(state, loading),
    error: error !== null || !!listen?.error,
  };
}
