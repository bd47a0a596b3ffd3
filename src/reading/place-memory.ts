import { storage } from './preferences.js';

/**
 * Remembers where a listener stopped in an article, so that reopening it can offer to go on.
 * Kept in localStorage per page URL and article; the sentence text is stored too, so a place is
 * only offered when the article still has that sentence there.
 */
const PREFIX = 'article-reader:place:';

export interface Place {
  sentenceIndex: number;
  sentenceText: string;
}


export class PlaceMemory {
  constructor(private readonly key: string) {}

  /** A key for the article: the page (without its fragment) and the article's id or position. */
  static keyFor(articleId: string): string {
    return `${PREFIX}${location.origin}${location.pathname}${location.search}#${articleId}`;
  }

  save(place: Place): void {
    try {
      storage()?.setItem(this.key, JSON.stringify(place));
    } catch {
      // Storage full or refused: the place is simply not remembered.
    }
  }

  forget(): void {
    try {
      storage()?.removeItem(this.key);
    } catch {
      // Nothing to forget.
    }
  }

  /** The remembered place, if it still fits the article's sentences. */
  recall(sentences: readonly string[]): Place | null {
    try {
      const raw = storage()?.getItem(this.key);
      if (!raw) return null;
      const place = JSON.parse(raw) as Partial<Place>;
      const index = place.sentenceIndex;
      if (typeof index !== 'number' || index <= 0 || sentences[index] !== place.sentenceText) return null;
      return { sentenceIndex: index, sentenceText: place.sentenceText! };
    } catch {
      return null;
    }
  }
}
