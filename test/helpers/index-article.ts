import { ArticleIndex } from '../../src/dom/article-index.js';
import { articleOf, type ReadableArticle } from '../../src/dom/article.js';
import type { ContentFilter } from '../../src/dom/skip-rules.js';

/** Index `root` at once, in one go (the reader builds in slices). */
export function indexArticle(root: Element, filter?: ContentFilter): ReadableArticle {
  const index = new ArticleIndex(root, filter);
  index.step(Infinity);
  return articleOf(index.units);
}
