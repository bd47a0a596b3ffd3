import { lazyPart } from '../lazy-part.js';

/**
 * The normaliser (`50%` → `50 بالمئة`), the largest part of the reader: fetched when the page is
 * idle after the article is indexed, and awaited by play when it has not arrived yet.
 */
export const normalizer = lazyPart(() => import('../text/normalize/index.js'));

/** True when the normaliser is here; else it is fetched, and the promise says whether it came. */
export function normalizerArrival(): true | Promise<boolean> {
  return (
    normalizer.value !== undefined ||
    normalizer.load().then(
      () => true,
      () => false,
    )
  );
}
