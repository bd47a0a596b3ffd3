/**
 * Abbreviation data for the sentence segmenter. Kept as plain lists so callers
 * can extend them (see `SegmentOptions.abbreviations`). Entries are written as
 * they appear in text, including the final dot; lookups are case-insensitive
 * and ignore Arabic diacritics and tatweel.
 */

/**
 * Abbreviations that introduce something (a name, a number) and so never end
 * a sentence: titles, "P.O. Box", "e.g.".
 */
export const NON_FINAL_ABBREVIATIONS: readonly string[] = [
  // Arabic titles and labels
  'د.', // دكتور
  'أ.د.', // أستاذ دكتور
  'أ.', // أستاذ
  'م.', // مهندس (after a number it is "AD" — handled by the initial rule)
  'ص.ب.', // صندوق بريد
  'ص.ب',
  'ت.', // تليفون
  'ج.', // جزء / جنيه
  'س.', // سؤال
  'ج.م.', // جنيه مصري before an amount
  'د.م.',
  'م.م.',
  'أ.م.د.',
  'ش.', // شارع
  'ح.', // حديث
  'رقم.',
  'ص.', // صفحة
  'مج.', // مجلد
  // Latin titles and prefixes
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
  'prof.',
  'st.',
  'mt.',
  'sr.',
  'rev.',
  'hon.',
  'gen.',
  'col.',
  'capt.',
  'lt.',
  'sgt.',
  'gov.',
  'sen.',
  'rep.',
  'pres.',
  'fr.',
  'no.',
  'nos.',
  'vol.',
  'pp.',
  'p.',
  'fig.',
  'figs.',
  'eq.',
  'ch.',
  'sec.',
  'art.',
  'vs.',
  'v.',
  'cf.',
  'approx.',
  'ca.',
  'dept.',
  'univ.',
  'ave.',
  'blvd.',
  'rd.',
  'e.g.',
  'i.e.',
  'viz.',
  'al.',
  'op.',
  'cit.',
  'ibid.',
  'ed.',
  'eds.',
  'tel.',
  'jan.',
  'feb.',
  'mar.',
  'apr.',
  'jun.',
  'jul.',
  'aug.',
  'sep.',
  'sept.',
  'oct.',
  'nov.',
  'dec.',
];

/**
 * Abbreviations that are just as often the last word of a sentence ("... etc.",
 * "في عام 300 ق.م."). A sentence ends after them when a new sentence visibly
 * starts: an upper-case Latin letter or an Arabic word (Arabic has no case,
 * and writers leave out the dot when such an abbreviation is mid-sentence).
 */
export const FINAL_CAPABLE_ABBREVIATIONS: readonly string[] = [
  'ق.م.', // قبل الميلاد
  'ق.م',
  'ب.م.', // بعد الميلاد
  'هـ.', // هجري
  'ه.',
  'ج.م.ع.', // جمهورية مصر العربية
  'إلخ.', // etc.
  'الخ.',
  'etc.',
  'u.s.',
  'u.k.',
  'u.n.',
  'e.u.',
  'u.s.a.',
  'inc.',
  'ltd.',
  'co.',
  'corp.',
  'a.m.',
  'p.m.',
  'a.d.',
  'b.c.',
  'ph.d.',
  'jr.',
  'bros.',
];

/**
 * Arabic spellings of Latin letter names, used for transliterated initials
 * such as "دي آر. بوبو" (D. R. Bobo) or "جون إف. كينيدي".
 */
export const LATIN_LETTER_NAMES: readonly string[] = [
  'إيه',
  'ايه',
  'أيه',
  'بي',
  'سي',
  'دي',
  'إي',
  'اي',
  'إف',
  'اف',
  'جي',
  'إتش',
  'اتش',
  'آي',
  'جيه',
  'كيه',
  'كاي',
  'إل',
  'ال',
  'إم',
  'ام',
  'إن',
  'أو',
  'كيو',
  'آر',
  'ار',
  'إس',
  'اس',
  'تي',
  'يو',
  'في',
  'دبليو',
  'إكس',
  'اكس',
  'واي',
  'زد',
  'زي',
];

const ARABIC_MARKS = /[\u064b-\u065f\u0670\u0640]/g;

/**
 * Words that typically open a sentence. After a lone letter and a dot they
 * show the letter ended the sentence ("فيتامين د. ويعد...") rather than
 * being an initial ("سامر ف. الحلبي").
 */
export const SENTENCE_OPENERS: readonly string[] = [
  'وقال',
  'وقالت',
  'وأضاف',
  'وأضافت',
  'وأكد',
  'وأكدت',
  'وأشار',
  'وأشارت',
  'وذكر',
  'وذكرت',
  'وأوضح',
  'وكان',
  'وكانت',
  'ويعد',
  'وتعد',
  'ويعتبر',
  'وتعتبر',
  'ويقول',
  'وتقول',
  'وتم',
  'وقد',
  'ولكن',
  'لكن',
  'وفي',
  'ومن',
  'وهو',
  'وهي',
  'وهذا',
  'وهذه',
  'هذا',
  'هذه',
  'كما',
  'ثم',
  'إن',
  'وإن',
  'أما',
  'وأما',
  'وبعد',
  'وقبل',
  'ومع',
  'غير',
  'لذلك',
  'ولذلك',
  'وبذلك',
  'ويذكر',
  'يذكر',
  'يشار',
  'ويشار',
];

/** Lookup key: lower-case, without Arabic diacritics or tatweel. */
export function abbreviationKey(word: string): string {
  return word.replace(ARABIC_MARKS, '').toLowerCase();
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
