/**
 * Words that normalizeForSpeech inserts. Plain data so regions and new abbreviations can be
 * added without touching the rules. Spellings were chosen by listening to espeak-ng
 * (`espeak-ng -v ar -q -x`): where the bare spelling is misread, the word carries harakat
 * (e.g. `بالمئة` is read "bilm?t", `بالمِئَة` "bilm'i?at"); where full harakat made it worse
 * (`الدُّكْتُور` loses its stress), the bare spelling stays.
 */

/** Gregorian month names, January first. */
export type MonthNames = readonly [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];

/** Egypt, the Gulf, Sudan, Libya: the default. */
export const MONTHS_EGYPT_GULF: MonthNames = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'مايو',
  'يونيو',
  'يوليو',
  'أغسطس',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
];

/** Syria, Lebanon, Jordan, Palestine, Iraq. */
export const MONTHS_LEVANT: MonthNames = [
  'كانون الثاني',
  'شباط',
  'آذار',
  'نيسان',
  'أيار',
  'حزيران',
  'تموز',
  'آب',
  'أيلول',
  'تشرين الأول',
  'تشرين الثاني',
  'كانون الأول',
];

const LEVANT_REGIONS = new Set(['SY', 'LB', 'JO', 'PS', 'IQ']);

/** Month names for a BCP 47 tag such as `ar-LB`; Egypt/Gulf names otherwise. */
/** Levantine and Mesopotamian Arabic (ISO 639-3), which use the Syriac month names. */
const LEVANT_LANGUAGES = new Set(['apc', 'ajp', 'acm']);

/** Month names for a BCP 47 tag such as `ar-LB`, `ar-Arab-SY` or `apc`; Egypt/Gulf names otherwise. */
export function monthNamesFor(lang: string | undefined): MonthNames {
  const subtags = lang?.split(/[-_]/u) ?? [];
  if (LEVANT_LANGUAGES.has(subtags[0]?.toLowerCase())) return MONTHS_LEVANT;
  // The region is the first later subtag of two letters (a script subtag has four).
  const region = subtags
    .slice(1)
    .find((s) => s.length === 2)
    ?.toUpperCase();
  return region !== undefined && LEVANT_REGIONS.has(region) ? MONTHS_LEVANT : MONTHS_EGYPT_GULF;
}

export const WORDS = {
  percent: 'بالمِئَة',
  minus: 'سالب',
  from: 'من',
  to: 'إلى',
  and: 'و',
  hour: 'الساعة',
  degree: 'درجة',
  celsius: 'مِئَوِيَّة',
  fahrenheit: 'فَهْرَنْهَايْت',
  morning: 'صَبَاحًا',
  evening: 'مَسَاءً',
  link: 'رابط',
  plus: 'زائد',
  metre: 'متر',
  versus: 'مقابل',
  or: 'أو',
  between: 'ما بين',
  /** «وسلم» bare is read "wslm". */
  andPeace: 'وَسَلَّمَ',
  /** «عليه» bare is read "Aali:jh". */
  onHim: 'عَلَيْهِ',
} as const;

/** Minutes after the hour, with the noun agreeing with the number (1, 2, 3–10, 11+). */
export function minutesPhrase(minutes: number): string {
  if (minutes === 1) return 'و دَقِيقَة';
  if (minutes === 2) return 'و دَقِيقَتَان';
  if (minutes <= 10) return `و${minutes} دَقَائِق`;
  return `و${minutes} دقيقة`;
}

/** Currency signs and abbreviations → the word read after the number. */
export const CURRENCIES: Readonly<Record<string, string>> = {
  $: 'دولار',
  '€': 'يورو',
  '£': 'جنيه إسترليني',
  '¥': 'ين',
  '﷼': 'ريال',
  'ر.س': 'ريال سعودي',
  'ج.م': 'جنيه مصري',
  'د.إ': 'درهم إماراتي',
  'د.ك': 'دينار كويتي',
};

/** Scale words that belong between a prefixed currency sign's number and the currency. */
export const SCALE_WORDS = ['ألف', 'آلاف', 'مليون', 'ملايين', 'مليار', 'مليارات', 'تريليون'] as const;

/** Where an abbreviation may be expanded. */
export type AbbreviationContext =
  | 'anywhere' //        a whole word anywhere
  | 'after-year' //      right after a number (optionally one space): `1445هـ`, `2020 م`
  | 'before-name'; //    word start, not after a number, followed by a space and an Arabic word

export interface SpeechAbbreviation {
  /** As written, tatweel already removed; `.` may be followed by an optional space. */
  readonly written: string;
  readonly spoken: string;
  readonly context: AbbreviationContext;
  /** Swallow a final `.` (when followed by a word); otherwise the dot stays as a pause. */
  readonly eatsDot: boolean;
  /** after-year only: fewest digits a bare number needs to count as a year (default 3). */
  readonly minYearDigits?: number;
}

/**
 * Order matters only for readability: longer matches win because candidates starting
 * earlier are taken first, and the rule regex lists longer spellings first.
 * `م.` before a name is "المهندس" (engineer): common in Gulf/Egyptian bylines; we expand
 * it only with its dot, before an Arabic word, and never after a number (year or metre).
 */
export const SPEECH_ABBREVIATIONS: readonly SpeechAbbreviation[] = [
  { written: 'ق.م', spoken: 'قبل الميلاد', context: 'anywhere', eatsDot: false },
  { written: 'ص.ب', spoken: 'صندوق بريد', context: 'anywhere', eatsDot: true },
  { written: 'أ.د.', spoken: 'الأستاذ الدكتور', context: 'before-name', eatsDot: true },
  { written: 'د.', spoken: 'الدكتور', context: 'before-name', eatsDot: true },
  { written: 'م.', spoken: 'المهندس', context: 'before-name', eatsDot: true },
  { written: 'إلخ', spoken: 'إلى آخِرِه', context: 'anywhere', eatsDot: false },
  { written: 'الخ', spoken: 'إلى آخِرِه', context: 'anywhere', eatsDot: false },
  // `هـ` after any number is a Hijri year (`61هـ`). `م` after a 1–2 digit number is more
  // often metres (`50 م`), so it needs a 3–4 digit number or عام/سنة before the number;
  // `1500 م` (a race) is still read as a year: a known limit.
  { written: 'هـ', spoken: 'هجري', context: 'after-year', eatsDot: false, minYearDigits: 1 },
  { written: 'ه', spoken: 'هجري', context: 'after-year', eatsDot: false, minYearDigits: 1 },
  { written: 'م', spoken: 'ميلادي', context: 'after-year', eatsDot: false },
];
