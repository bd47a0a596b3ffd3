/** Gregorian month names by region, and the length of each month (a leap February). */

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

/** Regions (ISO 3166) that use the Syriac month names. */
export const LEVANT_REGIONS: ReadonlySet<string> = new Set(['SY', 'LB', 'JO', 'PS', 'IQ']);

/** Levantine and Mesopotamian Arabic (ISO 639-3), which use the Syriac month names. */
export const LEVANT_LANGUAGES: ReadonlySet<string> = new Set(['apc', 'ajp', 'acm']);

/** Days in each month, January first; February as in a leap year (a date is checked, not a calendar). */
export const DAYS_IN_MONTH: readonly number[] = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
