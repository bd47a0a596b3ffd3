/**
 * Pass 1 of normalizeForSpeech: character-level cleanup that does not depend on words.
 * - Arabic presentation forms → their NFKC form, one character at a time (so offsets map).
 * - Tatweel, soft hyphen, zero-width and bidi controls dropped (harakat are kept).
 * - Arabic-Indic and Persian digits → ASCII digits; `٫` between digits → `.`;
 *   group separators (`,` `٬`) between digit groups of three removed.
 * - Numbers written the European way: `2,5` (a comma before one or two digits, not in a
 *   list like `1,2,3`) → `2.5`; `2.000.000` and `1.234,5` → `2000000`, `1234.5`.
 * - Emoji (with modifiers, ZWJ sequences, flags, keycaps) dropped.
 * - Input hygiene: C0/C1 controls dropped (espeak-ng stops reading at NUL), lone surrogates
 *   replaced by a separator; so are `<` and `>` (some Microsoft voices stop reading at them, or
 *   skip what they enclose: ken107/read-aloud#221, #344).
 */
import { SpokenBuilder, type OffsetMap } from './spoken-builder.js';
import { LIGATURES } from '../lexicon/ligatures.js';
import { foldArabic } from '../fold.js';
import { isAsciiDigit } from '../chars.js';

/** One emoji with its modifiers. ‼ and ⁉ are Extended_Pictographic but are punctuation. */
const EMOJI = String.raw`(?:(?![\u203C\u2049])\p{Extended_Pictographic}|\p{Regional_Indicator})[\uFE0E\uFE0F\u{1F3FB}-\u{1F3FF}\u20E3\u{E0020}-\u{E007F}]*`;

// Each alternative of CHAR_PASS but the emoji and dot thousands is one class, repeated or not.
const CONTROLS = String.raw`[\u0000-\u0008\u000E-\u001F<>\u007F-\u0084\u0086-\u009F]`; // not tab or line breaks; < and >
const INVISIBLE = String.raw`[\u0640\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\uFE00-\uFE0F\u20E3\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]`;
const PRESENTATION = String.raw`[\uFB50-\uFDFB\uFDFD-\uFDFF\uFE70-\uFEFE]`; // except ﷼ (a currency sign)
const DIGITS = String.raw`[\u0660-\u0669\u06F0-\u06F9]`;
const SEPARATORS = String.raw`[\u066B\u066C,]`;

// The classes hold emoji modifiers and variation selectors on purpose (a run, not one character).
// Sticky: it is tried only where a match can start (nextMatch), never scanned over the text.
const CHAR_PASS = new RegExp(
  // eslint-disable-next-line no-misleading-character-class
  [
    `${EMOJI}(?:\\u200D*${EMOJI})*`, // emoji runs first: they contain ZWJ and VS16
    `${CONTROLS}+`,
    String.raw`[\uD800-\uDFFF]`, // with the u flag only a lone surrogate matches
    // 2.000.000, 1.234,5: only at the start of a run of digits, dots and commas, checked in code
    // (no look-behind: WebKit runs one about ten times slower, docs/text.md).
    String.raw`\d{1,3}(?:(?:\.\d{3}){2,}(?:,\d{1,2})?|\.\d{3},\d{1,2})(?!\d|[.,]\d)`,
    `${INVISIBLE}+`,
    `${PRESENTATION}+`,
    `${DIGITS}+`,
    SEPARATORS,
  ].join('|'),
  'uy',
);

/** An emoji's first character: the only BMP one a match of CHAR_PASS's first alternative starts with. */
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
/** The alternatives that are one class (repeated but the last), in CHAR_PASS's order. */
const CLASSES = [CONTROLS, INVISIBLE, PRESENTATION, DIGITS, SEPARATORS].map((c) => new RegExp(c, 'u'));
const REPEATED = 4; // the last of CLASSES, SEPARATORS, matches one character

/**
 * Per UTF-16 code unit, once seen: 1 no match starts there; 2 CHAR_PASS may match (an emoji, a
 * surrogate); 3 an ASCII digit (dot thousands); 4 + k a character of CLASSES[k]. The classes
 * and the emoji's first characters do not overlap, so a character of a class starts only that
 * alternative's match: the run of its class.
 */
const START_KIND = new Uint8Array(0x10000);

/** Fills START_KIND[c] (the loops read the table themselves and call this for a 0 only). */
function startKind(c: number): number {
  const ch = String.fromCharCode(c);
  const k = CLASSES.findIndex((cls) => cls.test(ch));
  return (START_KIND[c] = isAsciiDigit(c)
    ? 3
    : (c >= 0xd800 && c <= 0xdfff) || PICTOGRAPHIC.test(ch)
      ? 2
      : k < 0
        ? 1
        : 4 + k);
}

/** An ASCII digit at i can start a dot-thousands match: 1–3 digits, a dot, 3 digits. */
function dotThousandsMayStart(text: string, i: number): boolean {
  let j = i + 1;
  while (j < i + 3 && isAsciiDigit(text.charCodeAt(j))) j++;
  return (
    text.charCodeAt(j) === 0x2e &&
    isAsciiDigit(text.charCodeAt(j + 1)) &&
    isAsciiDigit(text.charCodeAt(j + 2)) &&
    isAsciiDigit(text.charCodeAt(j + 3))
  );
}

/** Skin tones and tags: the characters of INVISIBLE outside the BMP. */
const isAstralInvisible = (cp: number) => (cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f);

/** End of the run of CLASSES[k] that starts at i. */
function runEnd(text: string, i: number, k: number): number {
  if (k === REPEATED) return i + 1;
  let end = i + 1;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if ((START_KIND[c] || startKind(c)) === 4 + k) end++;
    else if (k === 1 && c >= 0xd800 && c <= 0xdbff && isAstralInvisible(text.codePointAt(end)!)) end += 2;
    else break;
  }
  return end;
}

/** End of the match found by nextMatch. */
let matchEnd = 0;

/**
 * Start of the match a global scan of CHAR_PASS from `from` would find (its end in matchEnd), or
 * -1: the same positions are tried in the same order (code points: the second half of a
 * surrogate pair is not a position), but only those where a match can start, and a class's run
 * is found in code. WebKit's regexp engine tries every alternative at every position: scanning
 * the text with the eight-way pattern took it 130 ms a megabyte even where nothing matches
 * (docs/text.md, "Where a match can start").
 */
function nextMatch(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const kind = START_KIND[c] || startKind(c);
    if (kind === 1 || (kind === 3 && !dotThousandsMayStart(text, i))) continue;
    if (kind >= 4) {
      matchEnd = runEnd(text, i, kind - 4);
      return i;
    }
    CHAR_PASS.lastIndex = i;
    if (CHAR_PASS.test(text)) {
      matchEnd = CHAR_PASS.lastIndex;
      return i;
    }
    if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++; // a whole pair
  }
  return -1;
}

const nfkcCache = new Map<string, string>();

function nfkc(ch: string): string {
  let out = nfkcCache.get(ch);
  if (out === undefined) {
    // Harakat forms (U+FE70…, U+FCF2…) decompose to space or tatweel + mark: keep the mark.
    out = foldArabic(ch.normalize('NFKC'), 'tatweel');
    if (out.length > 1 && out[0] === ' ') out = out.trimStart();
    nfkcCache.set(ch, out);
  }
  return out;
}

function isAnyDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9);
}

function asciiDigit(c: number): string {
  if (c >= 0x660 && c <= 0x669) return String.fromCharCode(c - 0x660 + 0x30);
  if (c >= 0x6f0 && c <= 0x6f9) return String.fromCharCode(c - 0x6f0 + 0x30);
  return String.fromCharCode(c);
}

/** `,`/`٬` at i separates digit groups: 1–3 digits before it, exactly 3 after. */
function isGroupSeparator(text: string, i: number): boolean {
  let before = 0;
  for (let j = i - 1; j >= 0 && before <= 3 && isAnyDigit(text.charCodeAt(j)); j--) before++;
  if (before === 0) return false;
  if (before > 3) return false;
  for (let j = i + 1; j <= i + 3; j++) if (!isAnyDigit(text.charCodeAt(j))) return false;
  if (isAnyDigit(text.charCodeAt(i + 4))) return false;
  // A number like 1,234.5 is fine; 12.345,678 (a decimal before) is not ours to touch.
  const k = i - before - 1;
  return !(k >= 0 && text[k] === '.' && isAnyDigit(text.charCodeAt(k - 1)));
}

/**
 * `,` at i is a decimal comma: `2,5` or `12,75` (Arabic lists use «،»), not a list of
 * numbers (`1,2,3`), not a group separator (three digits after, handled first).
 */
function isCommaDecimal(text: string, i: number): boolean {
  if (!isAnyDigit(text.charCodeAt(i - 1)) || !isAnyDigit(text.charCodeAt(i + 1))) return false;
  let after = i + 1;
  while (after < i + 4 && isAnyDigit(text.charCodeAt(after))) after++;
  if (after - i - 1 > 2 || (text[after] === ',' && isAnyDigit(text.charCodeAt(after + 1)))) return false;
  let before = i - 1;
  while (before > i - 16 && isAnyDigit(text.charCodeAt(before - 1))) before--;
  return !((text[before - 1] === ',' || text[before - 1] === '.') && isAnyDigit(text.charCodeAt(before - 2)));
}

/** Pass 1; null when the text holds nothing to clean (the common case). */
export function cleanCharacters(text: string): { text: string; toSource: OffsetMap } | null {
  let start = nextMatch(text, 0);
  if (start < 0) return null;
  const b = new SpokenBuilder(text);
  let copied = 0;
  for (; start >= 0; start = nextMatch(text, matchEnd)) {
    const end = matchEnd;
    const c = text.charCodeAt(start);
    const digit = isAsciiDigit(c); // only dot thousands start with an ASCII digit
    // Not inside a run of digits, dots and commas: a refused match is skipped whole (its comma,
    // after `.ddd`, stays as it is: neither a group separator nor a decimal comma).
    if (digit && /[\d.,]/u.test(text[start - 1] ?? '')) continue;
    b.keep(copied, start);
    copied = end;
    if (digit) {
      b.emit(text.slice(start, end).replace(/\./gu, '').replace(',', '.'), start, end); // dot thousands
    } else if (c === 0x066b || c === 0x066c || c === 0x2c) {
      const betweenDigits = isAnyDigit(text.charCodeAt(start - 1)) && isAnyDigit(text.charCodeAt(end));
      if (c === 0x066b && betweenDigits) b.emit('.', start, end);
      else if (c !== 0x066b && isGroupSeparator(text, start)) b.emit('', start, end);
      else if (c === 0x2c && isCommaDecimal(text, start)) b.emit('.', start, end);
      else b.keep(start, end);
    } else if (c < 0xa0 || (c >= 0xd800 && c <= 0xdfff && end - start === 1)) {
      b.separator(start, end); // control characters, < >, a lone surrogate: junk between words
    } else if (isAnyDigit(c)) {
      let digits = '';
      for (let i = start; i < end; i++) digits += asciiDigit(text.charCodeAt(i));
      b.emit(digits, start, end);
    } else if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefe)) {
      emitPresentationForms(b, text, start, end);
    } else if (/^\p{Extended_Pictographic}|^\p{Regional_Indicator}/u.test(text.slice(start, end))) {
      b.separator(start, end);
    } else {
      b.emit('', start, end); // invisible controls: dropping them joins nothing
    }
  }
  b.keep(copied, text.length);
  return b.finish();
}

function emitPresentationForms(b: SpokenBuilder, text: string, start: number, end: number): void {
  for (let i = start; i < end; i++) {
    const expanded = LIGATURES[text[i]] ?? nfkc(text[i]);
    // Phrase ligatures (ﷺ, ﷻ, ﷽) expand to several words: keep them off their neighbours.
    const phrase = expanded.includes(' ');
    b.emit(expanded, i, i + 1, phrase, phrase);
  }
}
