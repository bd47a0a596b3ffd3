import type { ArticleEdit } from '../dom/article.js';

/**
 * Where a place at sentence `index` is after `edit`: the same sentence text nearest to the old
 * index (the edit moved it), else the same index. Searched outwards from the old index, so an
 * edit far from the place costs little.
 */
export function placeAfterEdit({ before, after }: ArticleEdit, index: number): number {
  const text = before.sentenceText(index);
  const count = after.sentences.length;
  for (let distance = 0; distance <= Math.max(index, count - index); distance++) {
    if (index + distance < count && after.sentenceText(index + distance) === text) return index + distance;
    if (
      distance > 0 &&
      index - distance >= 0 &&
      index - distance < count &&
      after.sentenceText(index - distance) === text
    ) {
      return index - distance;
    }
  }
  return index;
}
