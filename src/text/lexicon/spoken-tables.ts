/**
 * Spoken forms for ligatures, fractions and ordinals, and harakat for frequent words that
 * espeak-ng misreads bare. Every diacritised spelling was checked with
 * `espeak-ng -v ar -x -q` (see scripts/listen.mjs): e.g. bare `مليون` is read "mallijju:n",
 * `مِلْيُون` "milju:n"; bare `المئة` "?alm?t", `المِئَة` "?alm'i?at".
 */

/**
 * Honorific ligatures: those with no NFKC decomposition (U+FD40–FD4F, U+FDFD–FDFF), and ﷺ ﷻ,
 * whose decompositions are bare (espeak-ng reads «وسلم» "wslm", «عليه» "Aali:jh"). «الله» and
 * «صلى» stay bare: espeak-ng reads them well, and worse with harakat ("?allhu").
 */
export const LIGATURES: Readonly<Record<string, string>> = {
  '\uFD40': 'رَحِمَهُ الله',
  '\uFD41': 'رَضِيَ الله عَنْهُ',
  '\uFD42': 'رَضِيَ الله عَنْهَا',
  '\uFD43': 'رَضِيَ الله عَنْهُمْ',
  '\uFD44': 'رَضِيَ الله عَنْهُمَا',
  '\uFD45': 'رَضِيَ الله عَنْهُنَّ',
  '\uFD46': 'صلى الله عَلَيْهِ وَآلِهِ',
  '\uFD47': 'عَلَيْهِ السَّلَام',
  '\uFD48': 'عَلَيْهِمُ السَّلَام',
  '\uFD49': 'عَلَيْهِمَا السَّلَام',
  '\uFD4A': 'عَلَيْهِ الصَّلَاةُ وَالسَّلَام',
  '\uFD4B': 'قُدِّسَ سِرُّهُ',
  '\uFD4C': 'صلى الله عَلَيْهِ وَآلِهِ وَسَلَّمَ',
  '\uFD4D': 'عَلَيْهَا السَّلَام',
  '\uFD4E': 'تَبَارَكَ وَتَعَالَى',
  '\uFD4F': 'رَحِمَهُمُ الله',
  '\uFDFA': 'صلى الله عَلَيْهِ وَسَلَّمَ',
  '\uFDFB': 'جَلَّ جَلَالُهُ',
  '\uFDFD': 'بسم الله الرحمن الرحيم',
  '\uFDFE': 'سُبْحَانَهُ وَتَعَالَى',
  '\uFDFF': 'عَزَّ وَجَلَّ',
};

/** Denominators 2–10: one part, two parts, the plural after 3–10. */
const PARTS: Readonly<Record<number, readonly [string, string, string]>> = {
  2: ['نِصْف', 'نِصْفَان', 'أَنْصَاف'],
  3: ['ثُلُث', 'ثُلُثَان', 'أَثْلَاث'],
  4: ['رُبْع', 'رُبْعَان', 'أَرْبَاع'],
  5: ['خُمْس', 'خُمْسَان', 'أَخْمَاس'],
  6: ['سُدْس', 'سُدْسَان', 'أَسْدَاس'],
  7: ['سُبْع', 'سُبْعَان', 'أَسْبَاع'],
  8: ['ثُمْن', 'ثُمْنَان', 'أَثْمَان'],
  9: ['تُسْع', 'تُسْعَان', 'أَتْسَاع'],
  10: ['عُشْر', 'عُشْرَان', 'أَعْشَار'],
};

/** `3/4` → 3 أَرْبَاع; null unless 0 < numerator < denominator ≤ 10. */
export function fractionWords(numerator: number, denominator: number): string | null {
  const parts = PARTS[denominator];
  if (!parts || !(numerator > 0 && numerator < denominator)) return null;
  if (numerator === 1) return parts[0];
  if (numerator === 2) return parts[1];
  return `${numerator} ${parts[2]}`;
}

/** Unicode vulgar fractions as [numerator, denominator]. */
export const VULGAR_FRACTIONS: Readonly<Record<string, readonly [number, number]>> = {
  '½': [1, 2],
  '⅓': [1, 3],
  '⅔': [2, 3],
  '¼': [1, 4],
  '¾': [3, 4],
  '⅕': [1, 5],
  '⅖': [2, 5],
  '⅗': [3, 5],
  '⅘': [4, 5],
  '⅙': [1, 6],
  '⅚': [5, 6],
  '⅐': [1, 7],
  '⅛': [1, 8],
  '⅜': [3, 8],
  '⅝': [5, 8],
  '⅞': [7, 8],
  '⅑': [1, 9],
  '⅒': [1, 10],
};

const UNITS_M = ['', 'الأَوَّل', 'الثَّانِي', 'الثَّالِث', 'الرَّابِع', 'الخَامِس', 'السَّادِس', 'السَّابِع', 'الثَّامِن', 'التَّاسِع', 'العَاشِر'];
const UNITS_F = [
  '',
  'الأُولَى',
  'الثَّانِيَة',
  'الثَّالِثَة',
  'الرَّابِعَة',
  'الخَامِسَة',
  'السَّادِسَة',
  'السَّابِعَة',
  'الثَّامِنَة',
  'التَّاسِعَة',
  'العَاشِرَة',
];
const TENS = ['', '', 'العِشْرِين', 'الثَّلَاثِين', 'الأَرْبَعِين', 'الخَمْسِين', 'السِّتِّين', 'السَّبْعِين', 'الثَّمَانِين', 'التِّسْعِين'];

/**
 * Definite ordinal 1–100 agreeing with its noun: `القرن 21` → الحَادِي وَالعِشْرِين, `الدورة 21`
 * → الحَادِيَة وَالعِشْرِين. Decades take the -ين form, as they are read in the news.
 */
export function ordinalWords(n: number, feminine: boolean): string | null {
  if (!Number.isInteger(n) || n < 1 || n > 100) return null;
  if (n === 100) return 'المِئَة';
  const units = feminine ? UNITS_F : UNITS_M;
  const unit = n % 10;
  const ten = Math.floor(n / 10);
  // In compounds «one» is الحادي/الحادية, not الأول/الأولى.
  const compoundUnit = unit === 1 ? (feminine ? 'الحَادِيَة' : 'الحَادِي') : units[unit];
  if (n <= 10) return units[n];
  if (ten === 1) return `${compoundUnit} ${feminine ? 'عَشْرَة' : 'عَشَر'}`;
  if (unit === 0) return TENS[ten];
  return `${compoundUnit} وَ${TENS[ten]}`;
}

/**
 * Frequent source words espeak-ng misreads without harakat (numbers and percentages in the
 * news). Keyed by the bare spelling; a prefixed و/ب is kept as written.
 */
export const DIACRITISED: Readonly<Record<string, string>> = {
  مليون: 'مِلْيُون',
  ملايين: 'مَلَايِين',
  مليار: 'مِلْيَار',
  مليارات: 'مِلْيَارَات',
  المليون: 'المِلْيُون',
  الملايين: 'المَلَايِين',
  المليار: 'المِلْيَار',
  المليارات: 'المِلْيَارَات',
  مئة: 'مِئَة',
  المئة: 'المِئَة',
  بالمئة: 'بالمِئَة',
  // The older spelling with ا is said mi'a too; espeak-ng reads its alif long ("mi'a:?at").
  مائة: 'مِئَة',
  المائة: 'المِئَة',
  بالمائة: 'بالمِئَة',
  مئات: 'مِئَات',
  مئوية: 'مِئَوِيَّة',
  المئوية: 'المِئَوِيَّة',
};

/** The diacritised spelling of `word` (bare, with tatweel already gone), or `word`. */
export function diacritised(word: string): string {
  return DIACRITISED[word] ?? word;
}
