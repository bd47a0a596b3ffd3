/**
 * What a listener never wants read, even inside the element the site owner pointed at: the page
 * around the article (navigation, forms, share bars, related-story lists, tags, breadcrumbs,
 * credits) and sentences with nothing to say (counters, stray markup, bare links). Each rule is
 * small and named; `docs/content.md` says why each is there. Rules only decide: nothing here
 * changes the DOM.
 */
import { MONTHS_EGYPT_GULF, MONTHS_LEVANT } from '../text/lexicon/months.js';

/** A rule on one element inside the article: true drops it and all it holds. */
export interface ElementRule {
  readonly name: string;
  test(element: Element, scope: RuleScope): boolean;
}

/** A rule on one sentence's text (white space folded): true drops the sentence. */
export interface SentenceRule {
  readonly name: string;
  test(text: string, inTable: boolean): boolean;
}

/** What a rule may know about the article around the element. */
export interface RuleScope {
  /** Non-space characters in the article root: a block holding most of them is the article. */
  readonly rootLength: number;
}

const LANDMARK_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'BUTTON', 'SELECT', 'DIALOG', 'MENU']);
const LANDMARK_ROLES = /^(navigation|complementary|contentinfo|search|banner|form|menu|menubar|dialog)$/;
// Other read-aloud services' exclusion marks and their own players («استمع», "Listen").
const LISTEN_SERVICE_CLASSES =
  /(^|\s)(rs_skip|rs_addtools|rsbtn|audio-skip|skip-speech|trinity-tts\S*|beyondwords\S*)(\s|$)/;
const LISTEN_SERVICE_IDS = /^(readspeaker|rs_|trinity|beyondwords)/i;
// Page furniture, by a whole token of its class or id (`post-share`, `jeg_share_top`, `tagcloud`).
const WIDGET_TOKENS =
  /(^|[-_\s])(share|sharing|sharedaddy|social|print|comments?|poll|related|tags|tagcloud|breadcrumbs?|newsletter|subscribe|ads?|advert\w*|sponsored|promo|byline|meta|author|date|time|timestamp|category|cats?|likes?|counters?)($|[-_\s])/i;
const CREDIT_TOKENS = /(^|[-_\s])(credits?|copyright|photographer)($|[-_\s])/i;
const CREDIT_TEXT = /^\s*(©|\(c\)\s|photo\s*(credit)?\s*:|credit\s*:|صورة\s*:|تصوير\s*:|الصورة\s*:|عکس\s*:)/i;
// Blocks that can be a list of links; a heading or a paragraph never is.
const LINK_LIST_TAGS = new Set(['UL', 'OL', 'DIV', 'SECTION', 'DL', 'TABLE']);
/** A block whose text is at least this share link text is a list of links. */
const LINK_DENSITY = 0.5;
/** Non-link text of this length in one paragraph or item is prose: its block is kept. */
const PROSE_RUN = 80;

const length = (text: string | null) => (text ? text.replace(/\s+/g, '').length : 0);
// Class and id, camelCase split too (`shareTop`, `newsDate`: custom CMSs spell them so).
const tokensOf = (element: Element) =>
  `${element.getAttribute('class') ?? ''} ${element.id}`.replace(/([a-z])(?=[A-Z])/g, '$1-');

/** The article itself, whatever its classes say: never dropped by a rule. */
function isArticle(element: Element, scope: RuleScope): boolean {
  return (
    element.tagName === 'ARTICLE' ||
    element.tagName === 'MAIN' ||
    element.getAttribute('role') === 'main' ||
    element.querySelector('h1, main, [itemprop~="articleBody"]') !== null ||
    length(element.textContent) * 2 > scope.rootLength
  );
}

/** Whether non-link text of `element` runs to a paragraph of prose somewhere. */
function holdsProse(element: Element): boolean {
  const prose = new Map<Element, number>();
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('a')) continue;
    const block = parent.closest('p, li, dd, td, blockquote, div, section') ?? element;
    const total = (prose.get(block) ?? 0) + length(node.textContent);
    if (total >= PROSE_RUN) return true;
    prose.set(block, total);
  }
  return false;
}

/** Element rules, in the order they are tried (the first that matches names the skip). */
export const ELEMENT_RULES: readonly ElementRule[] = [
  {
    name: 'landmark',
    test: (element) =>
      element.tagName === 'FORM'
        ? element.querySelector('article, main, h1') === null // a page-wide form (ASP.NET) holds the article
        : LANDMARK_TAGS.has(element.tagName) || LANDMARK_ROLES.test(element.getAttribute('role') ?? ''),
  },
  {
    name: 'listen-service',
    test: (element) =>
      LISTEN_SERVICE_CLASSES.test(element.getAttribute('class') ?? '') ||
      LISTEN_SERVICE_IDS.test(element.id) ||
      element.hasAttribute('data-audio-skip'),
  },
  {
    name: 'widget',
    test: (element, scope) => WIDGET_TOKENS.test(tokensOf(element)) && !isArticle(element, scope),
  },
  {
    name: 'link-dense',
    test(element, scope) {
      if (!LINK_LIST_TAGS.has(element.tagName)) return false;
      const links = element.querySelectorAll('a[href]');
      if (links.length < 2) return false; // a headline that is a link, in a wrapper
      const all = length(element.textContent);
      let linked = 0;
      for (const link of links) linked += length(link.textContent);
      return all > 0 && linked >= all * LINK_DENSITY && !holdsProse(element) && !isArticle(element, scope);
    },
  },
  {
    name: 'credit',
    test: (element) =>
      CREDIT_TOKENS.test(tokensOf(element)) ||
      (element.closest('figure, figcaption') !== null &&
        element.tagName !== 'FIGURE' &&
        CREDIT_TEXT.test(element.textContent ?? '')),
  },
];

const AGENCY_LINE = /^[\s(]*(getty images|reuters|afp|ap|epa|shutterstock|رويترز|فرانس برس|أ ف ب|أ\.ف\.ب)[\s/)]*$/i;

// Words of a date or time line («الإثنين، 24 أغسطس 2020 09:23 ص», "June 14, 2025").
const DATE_WORDS = new Set([
  ...MONTHS_EGYPT_GULF,
  ...MONTHS_LEVANT,
  ...'الأحد الإثنين الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت ص م am pm'.split(' '),
]);
const isDateWord = (word: string) =>
  /^[\d\u0660-\u0669]+$/.test(word) ||
  DATE_WORDS.has(word) ||
  /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$/.test(word);

/** A short line made only of a date and a time: a CMS's timestamp, not the article. */
function isDateLine(text: string): boolean {
  const words = text
    .toLowerCase()
    .split(/[\s,،:/.\-–|]+/)
    .filter(Boolean);
  return words.length <= 8 && /[\d\u0660-\u0669]/.test(text) && words.every(isDateWord);
}

/** Sentence rules, in the order they are tried. */
export const SENTENCE_RULES: readonly SentenceRule[] = [
  // «-->», «2 1», «|»: nothing to read (a table's figures are read: they mean something there).
  { name: 'no-letter', test: (text, inTable) => !inTable && !/\p{L}/u.test(text) },
  { name: 'bare-url', test: (text) => /^(https?:\/\/|www\.)\S+$/i.test(text.trim()) },
  { name: 'date-line', test: (text, inTable) => !inTable && isDateLine(text) },
  {
    name: 'credit',
    test: (text) =>
      CREDIT_TEXT.test(text) || AGENCY_LINE.test(text) || (text.length < 80 && /©|getty images/i.test(text)),
  },
];

/** The name of the first element rule that drops `element`, or null when it is read. */
export function elementSkip(element: Element, scope: RuleScope, rules = ELEMENT_RULES): string | null {
  for (const rule of rules) if (rule.test(element, scope)) return rule.name;
  return null;
}

/** The name of the first sentence rule that drops `text`, or null when it is read. */
export function sentenceSkip(text: string, inTable: boolean, rules = SENTENCE_RULES): string | null {
  const folded = text.replace(/\s+/g, ' ').trim();
  for (const rule of rules) if (rule.test(folded, inTable)) return rule.name;
  return null;
}

/** How a walk decides what to leave out (see text-map.ts). */
export interface ContentFilter {
  /** True when `element` (inside the article, not its root) is not read. */
  skips(element: Element): boolean;
  /** True when a sentence with this text is not read. */
  dropsSentence(text: string, inTable: boolean): boolean;
}

const warned = new Set<string>();

/** `selector` when it is a valid selector list; else null, after one console warning. */
function validSelector(selector: string | null | undefined): string | null {
  const trimmed = selector?.trim();
  if (!trimmed) return null;
  try {
    document.createDocumentFragment().querySelector(trimmed);
    return trimmed;
  } catch {
    if (!warned.has(trimmed)) {
      warned.add(trimmed);
      console.warn(`<article-reader>: skip="${trimmed}" is not a valid CSS selector list; it is ignored.`);
    }
    return null;
  }
}

/**
 * The filter for one article root: the site owner's `skip` selectors, plus the default rules
 * unless `all` (content="all": read everything, as before these rules).
 */
export function contentFilter(root: Element, options: { all?: boolean; skip?: string | null } = {}): ContentFilter {
  const skip = validSelector(options.skip);
  const scope: RuleScope = { rootLength: options.all ? 0 : length(root.textContent) };
  return {
    skips: (element) =>
      (skip !== null && element.matches(skip)) || (!options.all && elementSkip(element, scope) !== null),
    dropsSentence: (text, inTable) => !options.all && sentenceSkip(text, inTable) !== null,
  };
}
