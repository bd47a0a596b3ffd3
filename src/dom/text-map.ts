/**
 * Walks an article once and records its readable text as one flat string, with the text node
 * behind every offset, so that sentences found in the flat text map back to DOM `Range`s.
 * It only reads the article: nothing is wrapped, moved or rewritten.
 */

import type { Span } from '../text/index.js';

interface NodeSpan {
  node: Text;
  /** Offset of the node's first character in the flat text. */
  start: number;
  /** The `lang` of the nearest marked element inside the article, if any. */
  lang: string | null;
}

/** A run of flat text in one language (`null`: the article's own). */
export interface LanguageRun extends Span {
  lang: string | null;
}

// Elements whose content is never read aloud, whatever their styles.
const NEVER_READ = new Set([
  'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH',
  'CANVAS', 'VIDEO', 'AUDIO', 'SELECT', 'TEXTAREA', 'INPUT', 'BUTTON', 'HEAD',
]);

// Each white-space character (incl. a source line break) becomes one space, so flat-text offsets
// stay one to one with the DOM's; runs of spaces are folded only where a sentence's text is taken.
const WHITE_SPACE = /[\t\n\f\r ]/g;

function isSkipped(element: Element): boolean {
  if (NEVER_READ.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute('hidden') || element.hasAttribute('data-reader-skip')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  return getComputedStyle(element).display === 'none';
}

function startsBlock(element: Element): boolean {
  if (element.tagName === 'BR') return true;
  const display = getComputedStyle(element).display;
  return !(display.startsWith('inline') || display === 'contents' || display === 'ruby');
}

export class TextMap {
  /** The readable text: each white-space character as a space, `\n` between blocks. */
  readonly text: string;
  /** Blocks (paragraph, heading, list item, cell, …) as flat-text spans; sentences stay inside one. */
  readonly blocks: readonly Span[];
  private readonly nodes: readonly NodeSpan[];

  private constructor(text: string, blocks: Span[], nodes: NodeSpan[]) {
    this.text = text;
    this.blocks = blocks;
    this.nodes = nodes;
  }

  /** Index the readable text under `root` (which must be connected, to see computed styles). */
  static build(root: Node): TextMap {
    const parts: string[] = [];
    const nodes: NodeSpan[] = [];
    const blocks: Span[] = [];
    let length = 0;
    let blockStart = 0;

    const endBlock = () => {
      if (length > blockStart) {
        blocks.push({ start: blockStart, end: length });
        parts.push('\n');
        length += 1;
      }
      blockStart = length;
    };

    let lang: string | null = null;
    const visit = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const text = node as Text;
        const parent = text.parentElement;
        if (text.data.length === 0) return;
        if (parent && getComputedStyle(parent).visibility !== 'visible') return;
        nodes.push({ node: text, start: length, lang });
        parts.push(text.data.replace(WHITE_SPACE, ' '));
        length += text.data.length;
        return;
      }
      if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
      const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : null;
      if (element && isSkipped(element)) return;
      const block = element !== null && startsBlock(element);
      if (block) endBlock();
      const outerLang = lang;
      if (element?.hasAttribute('lang')) lang = element.getAttribute('lang') || null;
      for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
      lang = outerLang;
      if (block) endBlock();
    };

    for (let child = root.firstChild; child; child = child.nextSibling) visit(child);
    endBlock();
    return new TextMap(parts.join(''), blocks, nodes);
  }

  /** The language runs over [start, end), merged where neighbours share a language. */
  languageRuns(start: number, end: number): LanguageRun[] {
    const runs: LanguageRun[] = [];
    for (const span of this.nodes) {
      const runStart = Math.max(start, span.start);
      const runEnd = Math.min(end, span.start + span.node.data.length);
      if (runEnd <= runStart) continue;
      const last = runs[runs.length - 1];
      if (last && last.lang === span.lang) last.end = runEnd;
      else runs.push({ start: runStart, end: runEnd, lang: span.lang });
    }
    return runs;
  }

  /** The flat-text offset of a DOM position inside a text node of the article, or -1. */
  offsetOf(node: Node, offset: number): number {
    const span = this.nodes.find((candidate) => candidate.node === node);
    return span ? span.start + Math.min(offset, span.node.data.length) : -1;
  }

  /** A DOM `Range` over flat-text offsets [start, end), or null when they cover no text node. */
  rangeFor(start: number, end: number): Range | null {
    const first = this.nodeAt(start, false);
    const last = this.nodeAt(end, true);
    if (!first || !last) return null;
    const range = new Range();
    range.setStart(first.node, start - first.start);
    range.setEnd(last.node, end - last.start);
    return range;
  }

  /**
   * The node holding offset `at` (binary search). With `atEnd`, an offset exactly at the end of a
   * node belongs to that node, so a range never ends at the start of the following one.
   */
  private nodeAt(at: number, atEnd: boolean): NodeSpan | null {
    let low = 0;
    let high = this.nodes.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const span = this.nodes[middle]!;
      const spanEnd = span.start + span.node.data.length;
      if (atEnd ? at <= span.start : at < span.start) high = middle - 1;
      else if (atEnd ? at > spanEnd : at >= spanEnd) low = middle + 1;
      else return span;
    }
    return null;
  }
}
