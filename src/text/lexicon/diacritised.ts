/**
 * Harakat for frequent words that espeak-ng misreads bare. Every diacritised spelling was checked with
 * `espeak-ng -v ar -x -q` (see scripts/listen.mjs): e.g. bare `مليون` is read "mallijju:n",
 * `مِلْيُون` "milju:n"; bare `المئة` "?alm?t", `المِئَة` "?alm'i?at".
 */

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
