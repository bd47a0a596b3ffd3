import { ArticleIndex } from '../../src/dom/article-index.js';
import { articleOf, type ReadableArticle } from '../../src/dom/article.js';

/** Index `root` at once, in one go (the reader builds in slices). */
export function indexArticle(root: Element): ReadableArticle {
  const index = new ArticleIndex(root);
  index.step(Infinity);
  return articleOf(index.units);
}
