/**
 * A part of the reader that is fetched when it is needed: in `dist/` it is a chunk of its own
 * (`import()` resolved next to the entry), so the page loads a small entry first.
 */
export interface LazyPart<T> {
  /** The part once it has arrived; undefined before. */
  readonly value: T | undefined;
  /** Fetch it (once); a failed fetch is tried again on the next call. */
  load(): Promise<T>;
}

export function lazyPart<T>(fetch: () => Promise<T>): LazyPart<T> {
  let value: T | undefined;
  let pending: Promise<T> | null = null;
  return {
    get value() {
      return value;
    },
    load() {
      pending ??= fetch().then(
        (part) => (value = part),
        (error: unknown) => {
          pending = null;
          throw error;
        },
      );
      return pending;
    },
  };
}

/**
 * Run `task` when the page is idle (requestIdleCallback; a short timeout where there is none,
 * as in Safari), at the latest after `timeout` ms.
 */
export function whenIdle(task: () => void, timeout = 2000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout });
  else setTimeout(task, 50);
}
