/**
 * Abbreviations, as data: one row per spelling, with what the segmenter does with its final dot
 * and what the voice says for it. Spellings are written as they appear in text, final dot
 * included; the segmenter looks them up lower-case, without harakat or tatweel (text/fold.ts),
 * and callers add their own (`SegmentOptions.abbreviations`). The code that reads the table:
 * segment/abbreviation-tables.ts (sentence ends) and normalize/words-and-links.ts (speech).
 */

/**
 * What the segmenter does after the abbreviation's dot:
 * - `never`: it introduces something (a title before a name, "P.O. Box", "e.g.") and never
 *   ends a sentence;
 * - `maybe`: it is just as often the last word ("... etc.", "في عام 300 ق.م."): the sentence
 *   ends when a new one visibly starts, an upper-case Latin letter or an Arabic word (Arabic has
 *   no case, and writers leave out the dot when such an abbreviation is mid-sentence).
 * A row without `ends` is for speech only.
 */
export type SentenceEnd = 'never' | 'maybe';

/** Where the voice says the spoken form. */
export type AbbreviationContext =
  | 'anywhere' //        a whole word anywhere
  | 'after-year' //      right after a number (optionally one space): `1445هـ`, `2020 م`
  | 'before-name'; //    word start, not after a number, followed by a space and an Arabic word

export interface Abbreviation {
  /** As written, with its final dot where it takes one. */
  readonly written: string;
  readonly ends?: SentenceEnd;
  /** What the voice says instead; absent: read as written. */
  readonly spoken?: string;
  /** Where `spoken` applies (required with `spoken`). */
  readonly context?: AbbreviationContext;
  /**
   * Swallow the final `.` (when a word follows); otherwise the voice hears the spelling
   * without its final dot and the dot stays as a pause.
   */
  readonly eatsDot?: boolean;
  /** after-year only: fewest digits a bare number needs to count as a year (default 3). */
  readonly minYearDigits?: number;
}

/**
 * `م.` before a name is "المهندس" (engineer), common in Gulf and Egyptian bylines: said only
 * with its dot, before an Arabic word, never after a number (a year, or metres). `هـ` after any
 * number is a Hijri year (`61هـ`); `م` after a 1–2 digit number is more often metres (`50 م`),
 * so it needs a 3–4 digit number or عام/سنة before the number; `1500 م` (a race) is still read
 * as a year: a known limit.
 */
export const ABBREVIATIONS: readonly Abbreviation[] = [
  // Arabic: the sentence may end after them
  { written: 'ق.م.', ends: 'maybe', spoken: 'قبل الميلاد', context: 'anywhere', eatsDot: false }, // قبل الميلاد
  { written: 'ق.م', ends: 'maybe' },
  { written: 'ب.م.', ends: 'maybe' }, // بعد الميلاد
  { written: 'هـ.', ends: 'maybe', spoken: 'هجري', context: 'after-year', eatsDot: false, minYearDigits: 1 }, // هجري
  { written: 'ه.', ends: 'maybe', spoken: 'هجري', context: 'after-year', eatsDot: false, minYearDigits: 1 },
  { written: 'ج.م.ع.', ends: 'maybe' }, // جمهورية مصر العربية
  { written: 'إلخ.', ends: 'maybe', spoken: 'إلى آخِرِه', context: 'anywhere', eatsDot: false }, // etc.
  { written: 'الخ.', ends: 'maybe', spoken: 'إلى آخِرِه', context: 'anywhere', eatsDot: false },
  // Latin: the sentence may end after them
  { written: 'etc.', ends: 'maybe' },
  { written: 'u.s.', ends: 'maybe' },
  { written: 'u.k.', ends: 'maybe' },
  { written: 'u.n.', ends: 'maybe' },
  { written: 'e.u.', ends: 'maybe' },
  { written: 'u.s.a.', ends: 'maybe' },
  { written: 'inc.', ends: 'maybe' },
  { written: 'ltd.', ends: 'maybe' },
  { written: 'co.', ends: 'maybe' },
  { written: 'corp.', ends: 'maybe' },
  { written: 'a.m.', ends: 'maybe' },
  { written: 'p.m.', ends: 'maybe' },
  { written: 'a.d.', ends: 'maybe' },
  { written: 'b.c.', ends: 'maybe' },
  { written: 'ph.d.', ends: 'maybe' },
  { written: 'jr.', ends: 'maybe' },
  { written: 'bros.', ends: 'maybe' },
  // Arabic titles and labels: never the end of a sentence
  { written: 'د.', ends: 'never', spoken: 'الدكتور', context: 'before-name', eatsDot: true }, // دكتور
  { written: 'أ.د.', ends: 'never', spoken: 'الأستاذ الدكتور', context: 'before-name', eatsDot: true }, // أستاذ دكتور
  { written: 'أ.', ends: 'never' }, // أستاذ
  { written: 'م.', ends: 'never', spoken: 'المهندس', context: 'before-name', eatsDot: true }, // مهندس (after a number it is "AD" — handled by the initial rule)
  { written: 'ص.ب.', ends: 'never' }, // صندوق بريد
  { written: 'ص.ب', ends: 'never', spoken: 'صندوق بريد', context: 'anywhere', eatsDot: true },
  { written: 'ت.', ends: 'never' }, // تليفون
  { written: 'ج.', ends: 'never' }, // جزء / جنيه
  { written: 'س.', ends: 'never' }, // سؤال
  { written: 'ج.م.', ends: 'never' }, // جنيه مصري before an amount
  { written: 'د.م.', ends: 'never' },
  { written: 'م.م.', ends: 'never' },
  { written: 'أ.م.د.', ends: 'never' },
  { written: 'ش.', ends: 'never' }, // شارع
  { written: 'ح.', ends: 'never' }, // حديث
  { written: 'رقم.', ends: 'never' },
  { written: 'ص.', ends: 'never' }, // صفحة
  { written: 'مج.', ends: 'never' }, // مجلد
  // Latin titles and prefixes
  { written: 'mr.', ends: 'never' },
  { written: 'mrs.', ends: 'never' },
  { written: 'ms.', ends: 'never' },
  { written: 'dr.', ends: 'never' },
  { written: 'prof.', ends: 'never' },
  { written: 'st.', ends: 'never' },
  { written: 'mt.', ends: 'never' },
  { written: 'sr.', ends: 'never' },
  { written: 'rev.', ends: 'never' },
  { written: 'hon.', ends: 'never' },
  { written: 'gen.', ends: 'never' },
  { written: 'col.', ends: 'never' },
  { written: 'capt.', ends: 'never' },
  { written: 'lt.', ends: 'never' },
  { written: 'sgt.', ends: 'never' },
  { written: 'gov.', ends: 'never' },
  { written: 'sen.', ends: 'never' },
  { written: 'rep.', ends: 'never' },
  { written: 'pres.', ends: 'never' },
  { written: 'fr.', ends: 'never' },
  { written: 'no.', ends: 'never' },
  { written: 'nos.', ends: 'never' },
  { written: 'vol.', ends: 'never' },
  { written: 'pp.', ends: 'never' },
  { written: 'p.', ends: 'never' },
  { written: 'fig.', ends: 'never' },
  { written: 'figs.', ends: 'never' },
  { written: 'eq.', ends: 'never' },
  { written: 'ch.', ends: 'never' },
  { written: 'sec.', ends: 'never' },
  { written: 'art.', ends: 'never' },
  { written: 'vs.', ends: 'never' },
  { written: 'v.', ends: 'never' },
  { written: 'cf.', ends: 'never' },
  { written: 'approx.', ends: 'never' },
  { written: 'ca.', ends: 'never' },
  { written: 'dept.', ends: 'never' },
  { written: 'univ.', ends: 'never' },
  { written: 'ave.', ends: 'never' },
  { written: 'blvd.', ends: 'never' },
  { written: 'rd.', ends: 'never' },
  { written: 'e.g.', ends: 'never' },
  { written: 'i.e.', ends: 'never' },
  { written: 'viz.', ends: 'never' },
  { written: 'al.', ends: 'never' },
  { written: 'op.', ends: 'never' },
  { written: 'cit.', ends: 'never' },
  { written: 'ibid.', ends: 'never' },
  { written: 'ed.', ends: 'never' },
  { written: 'eds.', ends: 'never' },
  { written: 'tel.', ends: 'never' },
  { written: 'jan.', ends: 'never' },
  { written: 'feb.', ends: 'never' },
  { written: 'mar.', ends: 'never' },
  { written: 'apr.', ends: 'never' },
  { written: 'jun.', ends: 'never' },
  { written: 'jul.', ends: 'never' },
  { written: 'aug.', ends: 'never' },
  { written: 'sep.', ends: 'never' },
  { written: 'sept.', ends: 'never' },
  { written: 'oct.', ends: 'never' },
  { written: 'nov.', ends: 'never' },
  { written: 'dec.', ends: 'never' },
  { written: 'م', spoken: 'ميلادي', context: 'after-year', eatsDot: false },
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
