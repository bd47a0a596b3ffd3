/**
 * Words that normalizeForSpeech inserts. Plain data so regions and new abbreviations can be
 * added without touching the rules. Spellings were chosen by listening to espeak-ng
 * (`espeak-ng -v ar -q -x`): where the bare spelling is misread, the word carries harakat
 * (e.g. `بالمئة` is read "bilm?t", `بالمِئَة` "bilm'i?at"); where full harakat made it worse
 * (`الدُّكْتُور` loses its stress), the bare spelling stays.
 */

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

/** Minutes after the hour, by how the noun agrees with the number: 1, 2, 3–10, 11 and more. */
export const MINUTES = {
  one: 'و دَقِيقَة',
  two: 'و دَقِيقَتَان',
  /** After و and the number: `و5 دَقَائِق`. */
  few: 'دَقَائِق',
  many: 'دقيقة',
} as const;
