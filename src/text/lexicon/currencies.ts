/** Currencies: the word read after an amount. */

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
