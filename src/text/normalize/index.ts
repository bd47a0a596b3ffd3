/**
 * normalizeForSpeech: rewrite article text into what a speechSynthesis voice should hear.
 * Browsers take no SSML, so symbols the voice misreads (`50%`, `5-10`, `7:30`, `ق.م`,
 * tatweel, emoji, links...) are rewritten into words, with a map back to the original so
 * word boundaries reported on the spoken text land on the original words.
 *
 * Two passes, each with its own offset map, composed at the end:
 *   1. characters (characters.ts): presentation forms, invisible controls, digits, emoji;
 *   2. tokens (numbers.ts, words-and-links.ts, context.ts, slashes.ts): numbers, dates, abbreviations, links.
 * Pure TypeScript: no DOM, no Node APIs.
 */
import { cleanCharacters } from './characters.js';
import { monthNamesFor } from './spoken-forms.js';
import { primarySubtag } from '../lang.js';
import { identityMap, type OffsetMap } from './spoken-builder.js';
import { NUMBER_RULES } from './numbers.js';
import { rewriteTokens, type SpeechRule } from './token-pass.js';
import { CONTEXT_NUMBER_RULES, CONTEXT_WORD_RULES } from './context.js';
import { SLASH_RULES } from './slashes.js';
import { LINK_RULES, WORD_RULES } from './words-and-links.js';

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
const ARABIC_RULES: readonly SpeechRule[] = [
  ...LINK_RULES,
  ...CONTEXT_NUMBER_RULES,
  ...NUMBER_RULES,
  ...SLASH_RULES,
  ...CONTEXT_WORD_RULES,
  ...WORD_RULES,
];

/**
 * ISO 639 codes of Arabic: the macrolanguage (`ar`, `ara`) and its members (`arz` Egyptian,
 * `apc` Levantine, `ary` Moroccan...), so `arz-EG` gets the Arabic rules too.
 */
const ARABIC_CODES = new Set(
  (
    'ar ara arb arz apc ajp acm acq acw acx acy adf aeb aec afb apd aao abh abv arq ars ary auz ' +
    'avl ayh ayl ayn ayp bbz pga shu ssh'
  ).split(' '),
);

export function normalizeForSpeech(text: string, options: NormalizeOptions = {}): SpokenText {
  // Tolerate what plain JavaScript callers pass: null options, a null or non-string lang.
  const tag = typeof options?.lang === 'string' ? options.lang.trim().toLowerCase() : '';
  const arabic = tag === '' || ARABIC_CODES.has(primarySubtag(tag));
  const lang = tag === '' ? undefined : tag;

  const chars = cleanCharacters(text);
  const afterChars = chars ? chars.text : text;
  const tokens = arabic
    ? rewriteTokens(afterChars, ARABIC_RULES, {
        text: afterChars,
        months: monthNamesFor(lang),
        hasDigit: /\d/u.test(afterChars),
      })
    : null;

  if (!chars && !tokens) return { text, toSource: identityMap(text.length) };
  if (!tokens) return chars!;
  if (!chars) return tokens;
  const inner: OffsetMap = tokens.toSource;
  const outer: OffsetMap = chars.toSource;
  return { text: tokens.text, toSource: (offset) => outer(inner(offset)) };
}
