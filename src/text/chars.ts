/**
 * Character classes used by the segmenters. All tests are on UTF-16 code
 * units so the scanner never allocates while walking the text. The class of
 * every code unit is computed once into a 128 KB table, so each exported
 * predicate is a single array load.
 */

/** Characters that can end a sentence. */
function computeTerminator(c: number): boolean {
  return (
    c === 0x2e || // .
    c === 0x21 || // !
    c === 0x3f || // ?
    c === 0x061f || // ؟ Arabic question mark
    c === 0x06d4 || // ۔ Arabic full stop
    c === 0x2026 || // … horizontal ellipsis
    c === 0x203c || // ‼
    c === 0x2047 || // ⁇
    c === 0x2048 || // ⁈
    c === 0x2049 // ⁉
  );
}

/** Line breaks always end a sentence (headlines, bylines, list items). */
function computeLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2029 || c === 0x2028 || c === 0x85 || c === 0x0b || c === 0x0c;
}

function computeWhitespace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x85 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Closing marks that stay with the sentence they close. `“` is handled
 * separately because in Arabic text it is often typed as a closing quote.
 */
function computeCloser(c: number): boolean {
  return (
    c === 0x22 || // "
    c === 0x27 || // '
    c === 0x201d || // ”
    c === 0x2019 || // ’
    c === 0xbb || // »
    c === 0x203a || // ›
    c === 0x29 || // )
    c === 0x5d || // ]
    c === 0x7d || // }
    c === 0xfd3f // ﴿ ornate parenthesis (closes in RTL reading order)
  );
}

export const LEFT_DOUBLE_QUOTE = 0x201c; // “

function computeDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}

/** Arabic letters (not digits, punctuation, diacritics or tatweel). */
function computeArabicLetter(c: number): boolean {
  return (
    (c >= 0x0621 && c <= 0x063a) ||
    (c >= 0x0641 && c <= 0x064a) ||
    (c >= 0x0671 && c <= 0x06d3) ||
    c === 0x06d5 ||
    (c >= 0x06fa && c <= 0x06fc) ||
    (c >= 0x0750 && c <= 0x077f)
  );
}

/** Harakat, superscript alef and tatweel: they decorate a letter, never separate words. */
function computeArabicMark(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640;
}

function computeLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

function computeUpperLatin(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

/** Letters of any script we care about; other scripts count via a cheap fallback. */
function computeLetter(c: number): boolean {
  if (c < 0x80) return computeLatinLetter(c);
  if (computeArabicLetter(c) || computeLatinLetter(c)) return true;
  // Other alphabets (Greek, Cyrillic, Hebrew, CJK...): anything above Latin-1
  // that is not punctuation/space/mark we know about.
  return (
    c > 0x24f &&
    !computeWhitespace(c) &&
    !computeTerminator(c) &&
    !computeCloser(c) &&
    !computeArabicMark(c) &&
    !(c >= 0x2000 && c <= 0x206f) &&
    !(c >= 0x060c && c <= 0x061f) &&
    c !== 0x066b &&
    c !== 0x066c
  );
}

const flags = new Uint16Array(0x10000);
const TERMINATOR = 1 << 0;
const LINE_BREAK = 1 << 1;
const WHITESPACE = 1 << 2;
const CLOSER = 1 << 3;
const DIGIT = 1 << 4;
const ARABIC_LETTER = 1 << 5;
const ARABIC_MARK = 1 << 6;
const LATIN_LETTER = 1 << 7;
const UPPER_LATIN = 1 << 8;
const LETTER = 1 << 9;
for (let c = 0; c < 0x10000; c++) {
  flags[c] =
    (computeTerminator(c) ? TERMINATOR : 0) |
    (computeLineBreak(c) ? LINE_BREAK : 0) |
    (computeWhitespace(c) ? WHITESPACE : 0) |
    (computeCloser(c) ? CLOSER : 0) |
    (computeDigit(c) ? DIGIT : 0) |
    (computeArabicLetter(c) ? ARABIC_LETTER : 0) |
    (computeArabicMark(c) ? ARABIC_MARK : 0) |
    (computeLatinLetter(c) ? LATIN_LETTER : 0) |
    (computeUpperLatin(c) ? UPPER_LATIN : 0) |
    (computeLetter(c) ? LETTER : 0);
}

/** Characters that can end a sentence: . ! ? ؟ ۔ … ‼ ⁇ ⁈ ⁉ */
export function isTerminator(c: number): boolean {
  return (flags[c] & TERMINATOR) !== 0;
}

/** Line breaks always end a sentence (headlines, bylines, list items). */
export function isLineBreak(c: number): boolean {
  return (flags[c] & LINE_BREAK) !== 0;
}

/** Unicode white space, including NBSP and BOM. */
export function isWhitespace(c: number): boolean {
  return (flags[c] & WHITESPACE) !== 0;
}

/** Closing quotes/brackets that stay with the sentence they close (not `“`, see LEFT_DOUBLE_QUOTE). */
export function isCloser(c: number): boolean {
  return (flags[c] & CLOSER) !== 0;
}

/** The ASCII digits 0–9 only. */
export function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** ASCII, Arabic-Indic and Eastern Arabic-Indic digits. */
export function isDigit(c: number): boolean {
  return (flags[c] & DIGIT) !== 0;
}

/** Arabic letters (not digits, punctuation, diacritics or tatweel). */
export function isArabicLetter(c: number): boolean {
  return (flags[c] & ARABIC_LETTER) !== 0;
}

/** Harakat, superscript alef and tatweel: they decorate a letter, never separate words. */
export function isArabicMark(c: number): boolean {
  return (flags[c] & ARABIC_MARK) !== 0;
}

/** Basic and extended Latin letters. */
export function isLatinLetter(c: number): boolean {
  return (flags[c] & LATIN_LETTER) !== 0;
}

/** Upper-case Latin letters. */
export function isUpperLatin(c: number): boolean {
  return (flags[c] & UPPER_LATIN) !== 0;
}

/** Letters of any script. */
export function isLetter(c: number): boolean {
  return (flags[c] & LETTER) !== 0;
}

export function isLetterOrDigit(c: number): boolean {
  return (flags[c] & (LETTER | DIGIT)) !== 0;
}

export function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

export function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
