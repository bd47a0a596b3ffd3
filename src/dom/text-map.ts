/**
 * Walks an article's readable text into units and maps flat-text offsets back to the DOM. A unit
 * is one top-level block of the article (a paragraph, a heading, a list, a section) or a run of
 * inline content between blocks; each is walked and segmented on its own, so an edit re-walks
 * only the units it touched. It only reads the article: nothing is wrapped, moved or rewritten.
 */
import { segmentSentences, type Span } from '../text/segment/sentences.js';
import type { ContentFilter } from './skip-rules.js';

/** A text node and where its text starts in its unit's (or the snapshot's) flat text. */
export interface NodeSpan {
  node: Text;
  start: number;
  /** The `lang` of the nearest marked element inside the article, if any. */
  lang: string | null;
}

/** A run of flat text in one language (`null`: the article's own). */
export interface LanguageRun extends Span {
  lang: string | null;
}

/** What a unit inherits from above it: the marked language, and whether it is visible. */
export interface WalkContext {
  lang: string | null;
  visible: boolean;
  /** What is left out besides hidden text (see skip-rules.ts); none: only hidden text. */
  filter?: ContentFilter | undefined;
}

/** One top-level piece of the article, with offsets relative to its own text. */
export interface Unit {
  /** The DOM nodes it covers: one block element, or a run of inline nodes. */
  readonly nodes: readonly Node[];
  readonly block: boolean;
  /**
   * Its readable text: each white-space character as a space, `\n` after each block, and a space
   * (a word boundary that maps to no DOM character) between inline boxes that render apart.
   */
  readonly text: string;
  readonly spans: readonly NodeSpan[];
  readonly sentences: readonly Span[];
}

// Elements whose content is never read aloud, whatever their styles.
const NEVER_READ = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'MATH',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'BUTTON',
  'HEAD',
]);

// Each white-space character (incl. a source line break) becomes one space, so flat-text offsets
// stay one to one with the DOM's; runs of spaces are folded only where a sentence's text is taken.
const WHITE_SPACE = /[\t\n\f\r ]/g;

/** The element's computed style, or null when it is never read (by markup, or not displayed). */
export function readableStyle(element: Element, filter?: ContentFilter): CSSStyleDeclaration | null {
  if (
    NEVER_READ.has(element.tagName.toUpperCase()) ||
    element.hasAttribute('hidden') ||
    element.hasAttribute('data-reader-skip') ||
    element.getAttribute('aria-hidden') === 'true' ||
    filter?.skips(element)
  )
    return null;
  const style = getComputedStyle(element); // one style read an element
  // No display at all: not rendered (e.g. light DOM that no shadow root slots in).
  return style.display === 'none' || style.display === '' ? null : style;
}

/** Whether a readable element starts a block of its own (a sentence never crosses one). */
export function startsBlock(element: Element, style: CSSStyleDeclaration): boolean {
  const display = style.display;
  return element.tagName === 'BR' || !(display.startsWith('inline') || display === 'contents' || display === 'ruby');
}

const isElementNode = (node: Node | null) => node?.nodeType === Node.ELEMENT_NODE;

/**
 * Whether an inline element renders apart from what is next to it, so that its text and its
 * neighbours' are two words even with no white space between them in the markup: an inline
 * block (`inline-block`, `inline-flex`…), a list item shown in a row, a link or a box with a side
 * margin next to another element. Uses only the style the walk has read anyway.
 */
function rendersApart(element: Element, style: CSSStyleDeclaration): boolean {
  if (style.display.startsWith('inline-') || element.tagName === 'LI') return true;
  if (element.tagName === 'A' && (isElementNode(element.previousSibling) || isElementNode(element.nextSibling)))
    return true;
  return parseFloat(style.marginLeft) > 0 || parseFloat(style.marginRight) > 0;
}

const CELLS = new Set(['TD', 'TH', 'CAPTION']);

/** Walk `nodes` (consecutive children of one parent) into one unit. */
export function walkUnit(nodes: readonly Node[], block: boolean, context: WalkContext): Unit {
  const parts: string[] = [];
  const spans: NodeSpan[] = [];
  const sentences: Span[] = [];
  let length = 0;
  let blockStart = 0;
  let blockParts: string[] = [];
  let gap = false; // a word boundary is owed before the next text
  let cells = 0; // inside a table cell: figures alone are read there
  const filter = context.filter;

  // A block is segmented on its own: no sentence spans two blocks.
  const endBlock = () => {
    if (length > blockStart) {
      const blockText = blockParts.join('');
      for (const span of segmentSentences(blockText)) {
        if (filter?.dropsSentence(blockText.slice(span.start, span.end), cells > 0)) continue;
        sentences.push({ start: blockStart + span.start, end: blockStart + span.end });
      }
      parts.push('\n');
      length += 1;
    }
    blockStart = length;
    blockParts = [];
    gap = false;
  };

  const visit = (node: Node, lang: string | null, visible: boolean) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node as Text;
      if (text.data.length === 0 || !visible) return;
      const folded = text.data.replace(WHITE_SPACE, ' ');
      if (gap && !folded.startsWith(' ') && !(blockParts[blockParts.length - 1] ?? ' ').endsWith(' ')) {
        parts.push(' ');
        blockParts.push(' ');
        length += 1;
      }
      gap = false;
      spans.push({ node: text, start: length, lang });
      parts.push(folded);
      blockParts.push(folded);
      length += text.data.length;
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    const style = readableStyle(element, filter);
    if (!style) return;
    const isBlock = startsBlock(element, style);
    const apart = !isBlock && rendersApart(element, style);
    const cell = CELLS.has(element.tagName);
    if (isBlock) endBlock();
    if (apart) gap = true;
    if (cell) cells++;
    const ownLang = element.hasAttribute('lang') ? element.getAttribute('lang') || null : lang;
    // Visibility is inherited but can be overridden below: text follows its parent's.
    const ownVisible = style.visibility === 'visible';
    for (let child = element.firstChild; child; child = child.nextSibling) visit(child, ownLang, ownVisible);
    if (isBlock) endBlock();
    if (apart) gap = true;
    if (cell) cells--;
  };

  for (const node of nodes) visit(node, context.lang, context.visible);
  endBlock();
  return { nodes, block, text: parts.join(''), spans, sentences };
}

/** The language runs over [start, end) of `spans` (absolute), merged where neighbours agree. */
export function languageRuns(spans: readonly NodeSpan[], start: number, end: number): LanguageRun[] {
  const runs: LanguageRun[] = [];
  for (let i = firstEndingAfter(spans, start); i < spans.length; i++) {
    const span = spans[i]!;
    if (span.start >= end) break;
    const runStart = Math.max(start, span.start);
    const runEnd = Math.min(end, span.start + span.node.data.length);
    if (runEnd <= runStart) continue;
    const last = runs[runs.length - 1];
    if (last && last.lang === span.lang) last.end = runEnd;
    else runs.push({ start: runStart, end: runEnd, lang: span.lang });
  }
  return runs;
}

/** A DOM `Range` over flat-text offsets [start, end), or null when they cover no text node. */
export function rangeFor(spans: readonly NodeSpan[], start: number, end: number): Range | null {
  const first = spanAt(spans, start, false);
  const last = spanAt(spans, end, true);
  if (!first || !last) return null;
  const range = new Range();
  range.setStart(first.node, start - first.start);
  range.setEnd(last.node, end - last.start);
  return range;
}

/** The index of the first span that ends after `at` (binary search); `spans.length` if none. */
function firstEndingAfter(spans: readonly NodeSpan[], at: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const span = spans[middle]!;
    if (span.start + span.node.data.length <= at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The span holding offset `at` (binary search), or null. With `atEnd`, an offset exactly at the
 * end of a span belongs to that span, so a range never ends at the start of the following one.
 */
function spanAt(spans: readonly NodeSpan[], at: number, atEnd: boolean): NodeSpan | null {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle]!;
    const spanEnd = span.start + span.node.data.length;
    if (atEnd ? at <= span.start : at < span.start) high = middle - 1;
    else if (atEnd ? at > spanEnd : at >= spanEnd) low = middle + 1;
    else return span;
  }
  return null;
}
