/**
 * Shows the sentence (and word) being read with the CSS Custom Highlight API, so the article's
 * DOM is never touched, and keeps the sentence in view. Sites restyle with
 * `::highlight(article-reader-sentence)` and `::highlight(article-reader-word)`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Span } from '../text/index.js';
import type { ReadableArticle } from './article.js';

export const SENTENCE_HIGHLIGHT = 'article-reader-sentence';
export const WORD_HIGHLIGHT = 'article-reader-word';

// Default looks, in a cascade layer so that any unlayered rule of the site wins. Not colour alone:
// the sentence is also underlined. No weight or size change, so Arabic letters stay joined.
const DEFAULT_STYLES = `
@layer article-reader {
  ::highlight(${SENTENCE_HIGHLIGHT}) {
    background-color: #fff0a8;
    color: #1a1a1a;
    text-decoration: underline 2px #7a5200;
    text-underline-offset: 0.35em;
  }
  ::highlight(${WORD_HIGHLIGHT}) {
    background-color: #f5b000;
    color: #000;
    text-decoration: underline 3px #000;
    text-underline-offset: 0.35em;
  }
  @media (prefers-color-scheme: dark) {
    ::highlight(${SENTENCE_HIGHLIGHT}) {
      background-color: #4a3d00;
      color: #fff;
      text-decoration-color: #ffd75e;
    }
    ::highlight(${WORD_HIGHLIGHT}) {
      background-color: #a07800;
      color: #fff;
      text-decoration-color: #fff;
    }
  }
  @media (forced-colors: active) {
    ::highlight(${SENTENCE_HIGHLIGHT}) {
      background-color: Highlight;
      color: HighlightText;
      text-decoration-color: HighlightText;
    }
    ::highlight(${WORD_HIGHLIGHT}) {
      background-color: Mark;
      color: MarkText;
    }
  }
}`;

const styledDocuments = new WeakSet<Document>();

/** Adopt the default highlight styles into a document once (adopted sheets pass a strict CSP). */
function adoptDefaultStyles(doc: Document): void {
  if (styledDocuments.has(doc) || typeof CSSStyleSheet === 'undefined') return;
  styledDocuments.add(doc);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(DEFAULT_STYLES);
  doc.adoptedStyleSheets = [sheet, ...doc.adoptedStyleSheets];
}

function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

/** The page-wide `Highlight` for a name; several readers share it, each adding only its own range. */
function sharedHighlight(name: string): Highlight {
  let highlight = CSS.highlights.get(name);
  if (!highlight) {
    highlight = new Highlight();
    CSS.highlights.set(name, highlight);
  }
  return highlight;
}

/** After the user scrolls, leave the page where they put it for this long. */
const USER_SCROLL_RESPECT_MS = 4000;
/** Scroll events this soon after our own scroll are ours (smooth scrolls go on a while). */
const OWN_SCROLL_MS = 1200;

export interface HighlightOptions {
  article(): ReadableArticle | null;
  /** Whether to scroll the sentence into view when it leaves the viewport. */
  autoscroll(): boolean;
}

/**
 * The one owner of the current sentence's and word's `Range`: each is built once, painted, and
 * (the sentence) scrolled back into view when it leaves the viewport, unless the user scrolled in
 * the last few seconds (they are looking elsewhere on purpose). Whether it left the viewport is
 * asked at the next frame, when the page is laid out anyway: asked at once, it would lay out the
 * whole page again between a click on play and the first word.
 */
export class HighlightController implements ReactiveController {
  private sentence: Range | null = null;
  private word: Range | null = null;
  private lastUserScroll = -Infinity;
  private ownScrollUntil = -Infinity;
  private revealFrame = 0;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly options: HighlightOptions,
  ) {
    if (highlightsSupported()) adoptDefaultStyles(host.ownerDocument);
    host.addController(this);
  }

  hostConnected(): void {
    // Capture: scrolls of any scrolling container in the page, not only the window.
    document.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
  }

  hostDisconnected(): void {
    document.removeEventListener('scroll', this.onScroll, { capture: true });
    this.clear();
    cancelAnimationFrame(this.revealFrame);
    this.revealFrame = 0;
  }

  /** Show sentence `span` (a new one, or the same one after re-indexing) and keep it in view. */
  showSentence(span: Span): void {
    const range = this.options.article()?.rangeFor(span.start, span.end) ?? null;
    this.sentence = swap(SENTENCE_HIGHLIGHT, this.sentence, range);
    this.showWord(null);
    if (this.options.autoscroll() && range && !this.revealFrame) {
      this.revealFrame = requestAnimationFrame(() => {
        this.revealFrame = 0;
        if (this.options.autoscroll()) this.reveal(this.sentence);
      });
    }
  }

  showWord(word: Span | null): void {
    const range = word ? (this.options.article()?.rangeFor(word.start, word.end) ?? null) : null;
    this.word = swap(WORD_HIGHLIGHT, this.word, range);
  }

  clear(): void {
    this.sentence = swap(SENTENCE_HIGHLIGHT, this.sentence, null);
    this.word = swap(WORD_HIGHLIGHT, this.word, null);
  }

  private reveal(range: Range | null): void {
    if (!range || performance.now() - this.lastUserScroll < USER_SCROLL_RESPECT_MS) return;
    const box = range.getBoundingClientRect();
    const inView = box.top >= 0 && box.bottom <= window.innerHeight;
    const block = range.startContainer.parentElement;
    if (inView || (box.width === 0 && box.height === 0) || !block) return;
    const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.ownScrollUntil = performance.now() + OWN_SCROLL_MS;
    block.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
  }

  private readonly onScroll = () => {
    if (performance.now() > this.ownScrollUntil) this.lastUserScroll = performance.now();
  };
}

/** Replace this reader's range in the page-wide highlight `name`; returns the new range. */
function swap(name: string, old: Range | null, next: Range | null): Range | null {
  if (!highlightsSupported()) return next;
  const highlight = sharedHighlight(name);
  if (old) highlight.delete(old);
  if (next) highlight.add(next);
  return next;
}
