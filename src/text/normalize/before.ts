/**
 * What comes before a match, read in code: the rules' patterns hold no look-behind, because
 * WebKit's regexp engine (JavaScriptCore's YARR) runs a pattern with one about ten times slower
 * (docs/text.md, "No look-behind"). Each helper says what the look-behind it replaces said.
 */

/** The code point that ends at `at` (a surrogate pair read whole), or '' at the start. */
export function codePointBefore(text: string, at: number): string {
  if (at <= 0) return '';
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(at - 2, at);
  }
  return text[at - 1];
}

/** `\d` (ASCII, as with the `u` flag) at `i`; false outside the text. */
export function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

const SPACE = /\s/u;

/** `\s` at `i`; false outside the text. */
export function isSpaceAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && SPACE.test(text[i]);
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** `(?<![\p{L}\p{M}])` at `at`. */
export function notAfterLetter(text: string, at: number): boolean {
  return !LETTER_OR_MARK.test(codePointBefore(text, at));
}

/** `(?<=\d\s?)` at `at`: a digit just before, or a digit and one space. */
export function afterDigit(text: string, at: number): boolean {
  return isDigitAt(text, at - 1) || (isSpaceAt(text, at - 1) && isDigitAt(text, at - 2));
}

/** `(?<![chars])` at `at`, for a set of BMP characters: `notAfter('.,')`. */
export function notAfter(chars: string, digits = false): (text: string, at: number) => boolean {
  return (text, at) => at === 0 || !(chars.includes(text[at - 1]) || (digits && isDigitAt(text, at - 1)));
}
