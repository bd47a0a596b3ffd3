/**
 * normalizeForSpeech: rewrite article text into what a speechSynthesis voice should hear.
 * Browsers take no SSML, so symbols the voice misreads (`50%`, `5-10`, `7:30`, `ق.م`,
 * tatweel, emoji, links...) are rewritten into words, with a map back to the original so
 * word boundaries reported on the spoken text land on the original words.
 *
 * Two passes, each with its own offset map, composed at the end:
 *   1. characters (normalize-chars.ts): presentation forms, invisible controls, digits, emoji;
 *   2. tokens (normalize-numbers.ts, normalize-words.ts): numbers, dates, abbreviations, links.
 * Pure TypeScript: no DOM, no Node APIs.
 */
import { cleanCharacters } from './normalize-chars.js';
import { monthNamesFor } from './normalize-data.js';
import { identityMap, type OffsetMap } from './normalize-map.js';
import { NUMBER_RULES } from './normalize-numbers.js';
import { rewriteTokens, type SpeechRule } from './normalize-rules.js';
import { LINK_RULES, WORD_RULES } from './normalize-words.js';

export interface SpokenText {
  /** The text to hand to the voice. */
  text: string;
  /**
   * Offset in `text` (0..text.length) → offset in the original (0..original.length).
   * Monotonic non-decreasing; 0 → 0 and text.length → original.length.
   */
  toSource(offset: number): number;
}

export interface NormalizeOptions {
  /**
   * BCP 47 tag of the text. Arabic (`ar`, `ar-EG`, default when absent) gets every rule;
   * the region picks month names (`ar-LB` → كانون الثاني...). Other languages get only the
   * character cleanup (invisible controls, emoji, presentation forms, digits).
   */
  lang?: string;
}

/** Ties between matches starting at the same offset go to the rule listed first. */
const ARABIC_RULES: readonly SpeechRule[] = [...LINK_RULES, ...NUMBER_RULES, ...WORD_RULES];

export function normalizeForSpeech(text: string, options: NormalizeOptions = {}): SpokenText {
  const lang = options.lang?.toLowerCase();
  const arabic = lang === undefined || lang === '' || lang === 'ar' || lang.startsWith('ar-') || lang.startsWith('ar_');

  const chars = cleanCharacters(text);
  const afterChars = chars ? chars.text : text;
  const tokens = arabic
    ? rewriteTokens(afterChars, ARABIC_RULES, { text: afterChars, months: monthNamesFor(lang) })
    : null;

  if (!chars && !tokens) return { text, toSource: identityMap(text.length) };
  if (!tokens) return chars!;
  if (!chars) return tokens;
  const inner: OffsetMap = tokens.toSource;
  const outer: OffsetMap = chars.toSource;
  return { text: tokens.text, toSource: offset => outer(inner(offset)) };
}
