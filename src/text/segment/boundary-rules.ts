/**
 * Decides whether a punctuation cluster found by the scanner ends a sentence.
 * Each rule reads only a few words around the cluster (see scan.ts), so the
 * decision costs O(1) regardless of the text length.
 */
import { abbreviationKey, type AbbreviationTables } from './abbreviation-tables.js';
import {
  isArabicLetter,
  isArabicMark,
  isCloser,
  isDigit,
  isLatinLetter,
  isLetter,
  isUpperLatin,
  isWhitespace,
  LEFT_DOUBLE_QUOTE,
} from '../chars.js';
import { absorbDetachedCloser, nextOnLine, tokenBefore, wordAt, wordBefore, type WordRange } from '../scan.js';
import type { RuleSwitches } from './rule-switches.js';
import { ATTRIBUTION_CONNECTORS, REPLY_VERBS, SPEECH_TAGS, TAGS_NEEDING_VERB } from '../lexicon/speech-tags.js';

const SPEECH_TAG_KEYS = new Set(SPEECH_TAGS.map(abbreviationKey));
const ATTRIBUTION_KEYS = new Set(ATTRIBUTION_CONNECTORS.map(abbreviationKey));
const REPLY_KEYS = new Set(REPLY_VERBS.map(abbreviationKey));

interface ClusterShape {
  strong: boolean; // ! ? ؟ and friends
  question: boolean; // ? ؟ ⁇ ⁈ ⁉
  ellipsis: boolean; // … or two or more dots
  closer: boolean; // a closing quote/bracket inside the cluster
}

function shapeOf(text: string, i: number, end: number): ClusterShape {
  let dots = 0;
  const shape: ClusterShape = { strong: false, question: false, ellipsis: false, closer: false };
  for (let k = i; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x2e || c === 0x06d4) dots++;
    else if (c === 0x2026) shape.ellipsis = true;
    else if (isCloser(c) || c === LEFT_DOUBLE_QUOTE) shape.closer = true;
    else {
      shape.strong = true;
      if (c === 0x3f || c === 0x061f || (c >= 0x2047 && c <= 0x2049)) shape.question = true;
    }
  }
  if (dots >= 2) shape.ellipsis = true;
  return shape;
}

/** A word's lookup key with surrounding punctuation (quotes, commas, colons) removed. */
function bareKey(text: string, w: WordRange): string {
  let s = w.start;
  let e = w.end;
  while (s < e && !isLetter(text.charCodeAt(s)) && !isDigit(text.charCodeAt(s))) s++;
  while (
    e > s &&
    !isLetter(text.charCodeAt(e - 1)) &&
    !isDigit(text.charCodeAt(e - 1)) &&
    !isArabicMark(text.charCodeAt(e - 1))
  )
    e--;
  return abbreviationKey(text.slice(s, e));
}

/** «"…؟" تساءل», «"…!" كما أضاف»: the quotation is part of the reporting sentence. */
function startsWithSpeechTag(text: string, pos: number, keys: ReadonlySet<string>): boolean {
  const first = wordAt(text, pos);
  const key = bareKey(text, first);
  if (!keys.has(key)) return false;
  if (!TAGS_NEEDING_VERB.has(key)) return true;
  const second = nextOnLine(text, first.end);
  return (
    second >= 0 &&
    SPEECH_TAG_KEYS.has(bareKey(text, wordAt(text, second))) &&
    !TAGS_NEEDING_VERB.has(bareKey(text, wordAt(text, second)))
  );
}

/** إنّ/أنّ and their forms with a pronoun or ب, which open the content of a speech verb. */
const COMPLEMENTIZERS = new Set(
  ['إن', 'أن', 'بأن', 'ان', 'بان'].flatMap((w) => [w, ...['ه', 'ها', 'هم', 'هما', 'هن', 'ني', 'نا'].map((p) => w + p)]),
);

/**
 * إن/أن… right after the speech tag at `pos` or after its subject («قال إن»، «قال المدير إن»):
 * the verb reports content of its own. A comma ends the look («تساءل الوزير، مضيفا أن…»
 * still attributes the quotation).
 */
function opensReportedClause(text: string, pos: number): boolean {
  let w = wordAt(text, pos);
  for (let k = 0; k < 2; k++) {
    const last = text.charCodeAt(w.end - 1);
    if (last === 0x060c || last === 0x2c) return false;
    const next = nextOnLine(text, w.end);
    if (next < 0) return false;
    w = wordAt(text, next);
    if (COMPLEMENTIZERS.has(bareKey(text, w))) return true;
  }
  return false;
}

/** Visible start of a new sentence: Arabic (which has no case), an upper-case Latin letter, or an opening quote. */
function looksLikeSentenceStart(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  return isArabicLetter(c) || isUpperLatin(c) || c === 0x22 || c === 0xab || c === LEFT_DOUBLE_QUOTE || c === 0x28;
}

/** The word at `pos` is a typical sentence opener (وقال، كما، ثم...). */
function opensSentence(text: string, pos: number, tables: AbbreviationTables): boolean {
  return tables.sentenceOpeners.has(bareKey(text, wordAt(text, pos)));
}

function sameScript(a: number, b: number): boolean {
  return (
    (isArabicLetter(a) && isArabicLetter(b)) ||
    (isLatinLetter(a) && isLatinLetter(b)) ||
    (!isArabicLetter(a) && !isLatinLetter(a))
  );
}

function isAllDigits(text: string, w: WordRange): boolean {
  if (w.end <= w.start) return false;
  for (let k = w.start; k < w.end; k++) if (!isDigit(text.charCodeAt(k))) return false;
  return true;
}

/** Letters of a token with Arabic marks skipped, e.g. "فَ" → 1 letter; -1 if it has other characters. */
function letterCount(text: string, w: WordRange): number {
  let count = 0;
  for (let k = w.start; k < w.end; k++) {
    const c = text.charCodeAt(k);
    if (isArabicMark(c)) continue;
    if (!isLetter(c)) return -1;
    count++;
  }
  return count;
}

/** Characters of a token other than Arabic marks (its lookup-key length minus the dot). */
function keyLength(text: string, w: WordRange): number {
  let count = 0;
  for (let k = w.start; k < w.end; k++) if (!isArabicMark(text.charCodeAt(k))) count++;
  return count;
}

/** "U.S", "ج.م.ع", "e.g": single letters joined by dots. */
function isDottedLetters(text: string, w: WordRange): boolean {
  let letters = 0;
  let run = 0;
  for (let k = w.start; k < w.end; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x2e) {
      if (run !== 1) return false;
      run = 0;
    } else if (isLetter(c)) {
      run++;
      letters++;
    } else if (!isArabicMark(c)) return false;
  }
  return run === 1 && letters >= 2;
}

/** Transliterated Latin initials written out ("دي آر. بوبو"): at most two letter names in a row; longer runs are acronyms (سي إن إن.) that may end a sentence. */
function isLetterNameInitial(text: string, w: WordRange, floor: number, tables: AbbreviationTables): boolean {
  if (!tables.letterNames.has(abbreviationKey(text.slice(w.start, w.end)))) return false;
  let run = 1;
  let at = w.start;
  while (run <= 2) {
    const prev = wordBefore(text, at, floor);
    if (!prev || !tables.letterNames.has(abbreviationKey(text.slice(prev.start, prev.end)))) break;
    run++;
    at = prev.start;
  }
  return run <= 2;
}

/** True when the single `.` at `dot` belongs to an abbreviation, an initial or a list number. */
function isNonFinalDot(
  text: string,
  sentenceStart: number,
  dot: number,
  follow: number,
  tables: AbbreviationTables,
  on: RuleSwitches,
): boolean {
  const tok = tokenBefore(text, dot, sentenceStart);
  if (!tok || tok.end === tok.start) return false;
  // Fast path for ordinary words: too long to be in any table or an initial.
  const length = keyLength(text, tok);
  if (length >= tables.maxKeyLength) return on.listMarkers && tok.start === sentenceStart && isAllDigits(text, tok);
  const raw = text.slice(tok.start, dot + 1);
  const key = length === dot - tok.start ? raw.toLowerCase() : abbreviationKey(raw);
  if (tables.finalCapable.has(key)) return !looksLikeSentenceStart(text, follow);
  if (letterCount(text, tok) === 1) {
    if (!on.initials) return false;
    // After a number a lone letter is a unit or era ("سنة 1990 م."), not an initial.
    const prev = wordBefore(text, tok.start, sentenceStart);
    if (prev && isAllDigits(text, prev)) return false;
    // An initial is followed by the rest of a name in the same script:
    // "كريس ف. نيكولسون", "John F. Kennedy" — but not "الحرف u. وقال".
    if (!sameScript(text.charCodeAt(tok.start), text.charCodeAt(follow)) || opensSentence(text, follow, tables))
      return false;
    // A Latin initial also follows a Latin name or another initial ("John F.", "J. R."), or
    // opens the sentence ("F. Scott"): after an Arabic word it is a label ending a sentence
    // ("الخطة B. The plan...").
    if (!isLatinLetter(text.charCodeAt(tok.start)) || !prev || isLatinLetter(text.charCodeAt(prev.start))) return true;
    return text.charCodeAt(follow + 1) === 0x2e && isUpperLatin(text.charCodeAt(follow)); // "عن J. R. R. Tolkien"
  }
  if (tables.nonFinal.has(key)) return true;
  if (isDottedLetters(text, tok)) return !looksLikeSentenceStart(text, follow);
  if (on.letterNameInitials && isLetterNameInitial(text, tok, sentenceStart, tables))
    return !opensSentence(text, follow, tables);
  // "1. " at the start of a line or sentence is a list marker.
  return on.listMarkers && tok.start === sentenceStart && isAllDigits(text, tok);
}

/** Length of the run of Arabic letters (marks skipped) ending before `pos` or starting at `pos`. */
function arabicRun(text: string, pos: number, step: 1 | -1): number {
  let count = 0;
  for (let k = step === 1 ? pos : pos - 1, steps = 0; k >= 0 && k < text.length && steps < 4; k += step) {
    const c = text.charCodeAt(k);
    if (isArabicMark(c)) continue;
    if (!isArabicLetter(c)) break;
    count++;
    steps++;
  }
  return count;
}

/** A terminator glued to the next word: only a missing space between two Arabic words counts as an end. */
function isGluedEnd(text: string, i: number, end: number, shape: ClusterShape, on: RuleSwitches): boolean {
  if (shape.ellipsis || !on.gluedEnd) return false;
  const left = arabicRun(text, i, -1);
  const right = arabicRun(text, end, 1);
  if (left === 0 || right === 0) return false; // URLs, decimals, 01.AI, Node.js, e-mail
  return shape.strong || (left >= 2 && right >= 2);
}

/**
 * Returns the exclusive end of the sentence if the cluster [i, end) ends one,
 * or -1 if the sentence continues.
 */
export function sentenceEndAt(
  text: string,
  sentenceStart: number,
  i: number,
  end: number,
  tables: AbbreviationTables,
  on: RuleSwitches,
): number {
  const shape = shapeOf(text, i, end);
  if (end < text.length && !isWhitespace(text.charCodeAt(end))) {
    return isGluedEnd(text, i, end, shape, on) ? end : -1;
  }
  const follow = nextOnLine(text, end);
  if (follow < 0) return end; // a line end closes every sentence
  const absorbed = on.detachedCloser ? absorbDetachedCloser(text, end) : end;
  if (absorbed !== end) return absorbed;
  if (shape.strong) {
    if (on.speechTagAfterQuote && shape.closer && startsWithSpeechTag(text, follow, SPEECH_TAG_KEYS)) {
      // A question is not answered by its own speaker: «"…؟" أجاب الوزير» reports a new utterance.
      if (on.replyAfterQuestion && shape.question && REPLY_KEYS.has(bareKey(text, wordAt(text, follow)))) return end;
      // «"…؟" قال المدير إن العمل مستمر»: the verb has its own content (إنّ/أنّ), so it
      // reports another statement, not the quotation.
      return on.reportedClauseAfterQuote && opensReportedClause(text, follow) ? end : -1;
    }
    // "Yahoo! is" — a Latin exclamation glued inside a lower-case clause.
    const f = text.charCodeAt(follow);
    if (
      on.latinExclamation &&
      !shape.closer &&
      isLatinLetter(f) &&
      !isUpperLatin(f) &&
      isLatinLetter(text.charCodeAt(i - 1))
    )
      return -1;
    return end;
  }
  if (shape.ellipsis) return -1; // a mid-line ellipsis trails off within the clause
  if (shape.closer) return on.attributionAfterQuote && startsWithSpeechTag(text, follow, ATTRIBUTION_KEYS) ? -1 : end;
  return isNonFinalDot(text, sentenceStart, i, follow, tables, on) ? -1 : end;
}
