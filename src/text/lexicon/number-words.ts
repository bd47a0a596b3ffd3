/**
 * Number words: fractions and ordinals, with harakat where espeak-ng misreads the bare spelling
 * (checked with `espeak-ng -v ar -x -q`, see scripts/listen.mjs).
 */

/** Denominators 2–10: one part, two parts, the plural after 3–10. */
export const FRACTION_PARTS: Readonly<Record<number, readonly [string, string, string]>> = {
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

/** Definite ordinals 1–10 (index = number), masculine and feminine, and the decades 20–90. */
export const ORDINAL_UNITS_M = [
  '',
  'الأَوَّل',
  'الثَّانِي',
  'الثَّالِث',
  'الرَّابِع',
  'الخَامِس',
  'السَّادِس',
  'السَّابِع',
  'الثَّامِن',
  'التَّاسِع',
  'العَاشِر',
];
export const ORDINAL_UNITS_F = [
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
export const ORDINAL_TENS = [
  '',
  '',
  'العِشْرِين',
  'الثَّلَاثِين',
  'الأَرْبَعِين',
  'الخَمْسِين',
  'السِّتِّين',
  'السَّبْعِين',
  'الثَّمَانِين',
  'التِّسْعِين',
];

/** The other words of an ordinal: «one» in a compound (الحادي, not الأول), the teens, 100th. */
export const ORDINAL_PARTS = {
  oneInCompoundM: 'الحَادِي',
  oneInCompoundF: 'الحَادِيَة',
  teenM: 'عَشَر',
  teenF: 'عَشْرَة',
  and: 'وَ',
  hundredth: 'المِئَة',
} as const;
