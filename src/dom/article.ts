import type { Span } from '../text/segment/sentences.js';
import { wordSpans } from '../text/words.js';
import { languageRuns, rangeFor, type LanguageRun, type NodeSpan, type Unit } from './text-map.js';

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

/** What an edit of the article changed: the article before it and after it (the same element). */
export interface ArticleEdit {
  readonly before: ReadableArticle;
  readonly after: ReadableArticle;
}

/**
 * The article as it stands in `units`: their texts joined, their offsets shifted into the joined
 * text. Cheap (no DOM work), so it is made again after every edit; per-sentence work (texts,
 * words, ranges) is done only when asked for.
 */
export function articleOf(units: readonly Unit[]): ReadableArticle {
  const spans: NodeSpan[] = [];
  const sentences: Span[] = [];
  let offset = 0;
  for (const unit of units) {
    for (const span of unit.spans) spans.push({ ...span, start: offset + span.start });
    for (const sentence of unit.sentences)
      sentences.push({ start: offset + sentence.start, end: offset + sentence.end });
    offset += unit.text.length;
  }
  const text = units.map((unit) => unit.text).join('');
  const sentenceText = (index: number) => {
    const span = sentences[index];
    return span ? text.slice(span.start, span.end).replace(/\s+/g, ' ').trim() : '';
  };
  let texts: readonly string[] | undefined;
  let spanOfNode: Map<Node, NodeSpan> | undefined;
  return {
    text,
    sentences,
    sentenceText,
    sentenceTexts: () => (texts ??= sentences.map((_, index) => sentenceText(index))),
    sentenceWords: (index) => (sentences[index] ? wordSpans(text, sentences[index]) : []),
    rangeFor: (start, end) => rangeFor(spans, start, end),
    languageRuns: (start, end) => languageRuns(spans, start, end),
    sentenceAt(node, offset) {
      spanOfNode ??= new Map(spans.map((span) => [span.node, span]));
      const span = spanOfNode.get(node);
      if (!span) return -1;
      const at = span.start + Math.min(offset, span.node.data.length);
      // The sentence that holds the offset, or the next one when it falls between sentences.
      return sentences.findIndex((sentence) => at < sentence.end);
    },
  };
}
