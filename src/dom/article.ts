import { segmentSentences, wordSpans, type Span } from '../text/index.js';
import { TextMap, type LanguageRun } from './text-map.js';

/** An article indexed for reading: its flat text, its sentences, and ranges back into the DOM. */
export interface ReadableArticle {
  readonly text: string;
  readonly sentences: readonly Span[];
  /** Sentence `index` as a listener hears it: white space folded and trimmed. */
  sentenceText(index: number): string;
  /** Every sentence's text, in reading order (built once, on first use). */
  sentenceTexts(): readonly string[];
  /** The words of sentence `index`, as flat-text spans (for the word highlight). */
  sentenceWords(index: number): readonly Span[];
  rangeFor(start: number, end: number): Range | null;
  /** The sentence holding a DOM position (a caret or a selection end), or -1. */
  sentenceAt(node: Node, offset: number): number;
  /** Where text marked with its own `lang` (e.g. `<span lang="en">`) begins and ends. */
  languageRuns(start: number, end: number): LanguageRun[];
}

/** Index `root`: walk its readable text once and find sentences block by block. */
export function indexArticle(root: Node): ReadableArticle {
  const map = TextMap.build(root);
  const text = map.text;
  const sentences: Span[] = [];
  // Segmenting each block on its own guarantees no sentence spans two blocks.
  for (const block of map.blocks) {
    for (const span of segmentSentences(text.slice(block.start, block.end))) {
      sentences.push({ start: block.start + span.start, end: block.start + span.end });
    }
  }
  const sentenceText = (index: number) => {
    const span = sentences[index];
    return span ? text.slice(span.start, span.end).replace(/\s+/g, ' ').trim() : '';
  };
  let texts: readonly string[] | undefined;
  return {
    text,
    sentences,
    sentenceText,
    sentenceTexts: () => (texts ??= sentences.map((_, index) => sentenceText(index))),
    sentenceWords: (index) => (sentences[index] ? wordSpans(text, sentences[index]) : []),
    rangeFor: (start, end) => map.rangeFor(start, end),
    languageRuns: (start, end) => map.languageRuns(start, end),
    sentenceAt(node, offset) {
      const at = map.offsetOf(node, offset);
      // The sentence that holds the offset, or the next one when it falls between sentences.
      return at < 0 ? -1 : sentences.findIndex((span) => at < span.end);
    },
  };
}

/**
 * Where a place at sentence `index` of `before` is in `after`: the same sentence text nearest
 * to the old index (an edit moved it), else the same index.
 */
export function placeAfterEdit(before: ReadableArticle, index: number, after: ReadableArticle): number {
  const text = before.sentenceText(index);
  const texts = after.sentenceTexts();
  let best = -1;
  texts.forEach((candidate, at) => {
    if (candidate === text && (best < 0 || Math.abs(at - index) < Math.abs(best - index))) best = at;
  });
  return best >= 0 ? best : index;
}
