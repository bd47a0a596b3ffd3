/**
 * Spoken forms built from the lexicon's data: fractions, ordinals, minutes, the month names of
 * a language tag, the diacritised spelling of a word.
 */
import { DIACRITISED } from '../lexicon/diacritised.js';
import {
  LEVANT_LANGUAGES,
  LEVANT_REGIONS,
  MONTHS_EGYPT_GULF,
  MONTHS_LEVANT,
  type MonthNames,
} from '../lexicon/months.js';
import {
  FRACTION_PARTS,
  ORDINAL_PARTS,
  ORDINAL_TENS,
  ORDINAL_UNITS_F,
  ORDINAL_UNITS_M,
} from '../lexicon/number-words.js';
import { MINUTES } from '../lexicon/spoken-words.js';
import { primarySubtag, regionSubtag } from '../lang.js';

/** Month names for a BCP 47 tag such as `ar-LB`, `ar-Arab-SY` or `apc`; Egypt/Gulf names otherwise. */
export function monthNamesFor(lang: string | undefined): MonthNames {
  if (lang === undefined) return MONTHS_EGYPT_GULF;
  if (LEVANT_LANGUAGES.has(primarySubtag(lang))) return MONTHS_LEVANT;
  const region = regionSubtag(lang);
  return region !== null && LEVANT_REGIONS.has(region) ? MONTHS_LEVANT : MONTHS_EGYPT_GULF;
}

/** Minutes after the hour, with the noun agreeing with the number (1, 2, 3–10, 11+). */
export function minutesPhrase(minutes: number): string {
  if (minutes === 1) return MINUTES.one;
  if (minutes === 2) return MINUTES.two;
  if (minutes <= 10) return `و${minutes} ${MINUTES.few}`;
  return `و${minutes} ${MINUTES.many}`;
}

/** `3/4` → 3 أَرْبَاع; null unless 0 < numerator < denominator ≤ 10. */
export function fractionWords(numerator: number, denominator: number): string | null {
  const parts = FRACTION_PARTS[denominator];
  if (!parts || !(numerator > 0 && numerator < denominator)) return null;
  if (numerator === 1) return parts[0];
  if (numerator === 2) return parts[1];
  return `${numerator} ${parts[2]}`;
}

/**
 * Definite ordinal 1–100 agreeing with its noun: `القرن 21` → الحَادِي وَالعِشْرِين, `الدورة 21`
 * → الحَادِيَة وَالعِشْرِين. Decades take the -ين form, as they are read in the news.
 */
export function ordinalWords(n: number, feminine: boolean): string | null {
  if (!Number.isInteger(n) || n < 1 || n > 100) return null;
  if (n === 100) return ORDINAL_PARTS.hundredth;
  const units = feminine ? ORDINAL_UNITS_F : ORDINAL_UNITS_M;
  const unit = n % 10;
  const ten = Math.floor(n / 10);
  const compoundUnit =
    unit === 1 ? (feminine ? ORDINAL_PARTS.oneInCompoundF : ORDINAL_PARTS.oneInCompoundM) : units[unit];
  if (n <= 10) return units[n];
  if (ten === 1) return `${compoundUnit} ${feminine ? ORDINAL_PARTS.teenF : ORDINAL_PARTS.teenM}`;
  if (unit === 0) return ORDINAL_TENS[ten];
  return `${compoundUnit} ${ORDINAL_PARTS.and}${ORDINAL_TENS[ten]}`;
}

/** The diacritised spelling of `word` (bare, with tatweel already gone), or `word`. */
export function diacritised(word: string): string {
  return DIACRITISED[word] ?? word;
}
