/**
 * The segmenter's lookup sets, built from the lexicon (lexicon/abbreviations.ts) and the
 * caller's extra abbreviations.
 */
import { ABBREVIATIONS, LATIN_LETTER_NAMES, SENTENCE_OPENERS, type SentenceEnd } from '../lexicon/abbreviations.js';
import { foldArabic } from '../fold.js';

const spellings = (ends: SentenceEnd) => ABBREVIATIONS.filter((a) => a.ends === ends).map((a) => a.written);

/** Abbreviations that never end a sentence: titles, "P.O. Box", "e.g.". */
export const NON_FINAL_ABBREVIATIONS: readonly string[] = spellings('never');

/** Abbreviations that end a sentence only when a new sentence visibly starts after them. */
export const FINAL_CAPABLE_ABBREVIATIONS: readonly string[] = spellings('maybe');

/** Lookup key: lower-case, without Arabic diacritics or tatweel. */
export function abbreviationKey(word: string): string {
  return foldArabic(word, 'marks').toLowerCase();
}

function keySet(words: Iterable<string>): Set<string> {
  const set = new Set<string>();
  for (const w of words) set.add(abbreviationKey(w.trim()));
  return set;
}

export interface AbbreviationTables {
  nonFinal: ReadonlySet<string>;
  finalCapable: ReadonlySet<string>;
  letterNames: ReadonlySet<string>;
  sentenceOpeners: ReadonlySet<string>;
  /** Length of the longest key in any table: longer tokens skip the lookups. */
  maxKeyLength: number;
}

function longestKey(...sets: ReadonlySet<string>[]): number {
  let max = 0;
  for (const set of sets) for (const key of set) max = Math.max(max, key.length);
  return max;
}

const nonFinal = keySet(NON_FINAL_ABBREVIATIONS);
const finalCapable = keySet(FINAL_CAPABLE_ABBREVIATIONS);
const letterNames = keySet(LATIN_LETTER_NAMES);
const sentenceOpeners = keySet(SENTENCE_OPENERS);

export const DEFAULT_ABBREVIATIONS: AbbreviationTables = {
  nonFinal,
  finalCapable,
  letterNames,
  sentenceOpeners,
  maxKeyLength: longestKey(nonFinal, finalCapable, letterNames),
};

/**
 * Default tables plus caller-supplied abbreviations, which are treated as
 * never ending a sentence. A missing final dot is added.
 */
export function withExtraAbbreviations(extra: Iterable<string>): AbbreviationTables {
  const nonFinal = new Set(DEFAULT_ABBREVIATIONS.nonFinal);
  for (const raw of extra) {
    const w = raw.trim();
    if (!w) continue;
    nonFinal.add(abbreviationKey(w.endsWith('.') ? w : w + '.'));
  }
  return {
    ...DEFAULT_ABBREVIATIONS,
    nonFinal,
    maxKeyLength: Math.max(DEFAULT_ABBREVIATIONS.maxKeyLength, longestKey(nonFinal)),
  };
}
