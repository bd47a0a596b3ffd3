/**
 * Shows the sentence (and word) being read with the CSS Custom Highlight API, so the article's
 * DOM is never touched. Sites restyle with `::highlight(article-reader-sentence)` and
 * `::highlight(article-reader-word)`.
 */

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

export function highlightsSupported(): boolean {
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

export class Highlighter {
  private sentence: Range | null = null;
  private word: Range | null = null;

  constructor(doc: Document) {
    if (highlightsSupported()) adoptDefaultStyles(doc);
  }

  showSentence(range: Range | null): void {
    this.sentence = this.swap(SENTENCE_HIGHLIGHT, this.sentence, range);
    this.showWord(null);
  }

  showWord(range: Range | null): void {
    this.word = this.swap(WORD_HIGHLIGHT, this.word, range);
  }

  clear(): void {
    this.showSentence(null);
  }

  private swap(name: string, old: Range | null, next: Range | null): Range | null {
    if (!highlightsSupported()) return next;
    const highlight = sharedHighlight(name);
    if (old) highlight.delete(old);
    if (next) highlight.add(next);
    return next;
  }
}
