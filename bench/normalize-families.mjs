// The adversarial inputs of the normaliser benches (bench/normalize-linear.bench.mjs in Node,
// bench/normalize-engines.bench.mjs in three browsers): each family builds a text of `size` characters.
import { SAMPLE_PARAGRAPH, repeatTo } from './sample-text.mjs';

/** Repeats `unit` with no separator up to exactly `size` characters. */
const fill = (unit) => (size) => repeatTo(unit, size, '').slice(0, size);

export const FAMILIES = {
  'normal article (own sample)': (size) => repeatTo(SAMPLE_PARAGRAPH, size).slice(0, size),
  '5% repeated': fill('5%'),
  '٪5 repeated': fill('٪5'),
  'د. علي repeated': fill('د. علي '),
  'letters and dots, no @': fill('abc.def_'),
  'mailbox-like run, no @': fill('a'),
  'digits with commas': fill('1,2'),
  'digits with dots': fill('1.2'),
  'digit run': fill('7'),
  'slashes between digits': fill('1/2'),
  'word/word': fill('نعم/لا'),
  'ranges chained': fill('1-2'),
  'spaced dashes': fill('1 - '),
  'years with م': fill('عام 2020 م '),
  'times chained': fill('1:2'),
  'www. repeated': fill('www.'),
  'https:// repeated': fill('https://a'),
  hashes: fill('#'),
  spaces: fill(' '),
  'ligatures and emoji': fill('ﷺ😀ﻻ'),
  controls: fill('\u0000\u200f'),
  'currency signs': fill('$1 '),
  'plus digits (phones)': fill('+2'),
  'phone-like groups': fill('055-765 '),
  'ordinal nouns': fill('الجولة 5 القرن ال21 '),
  'metres after distance': fill('سباق 1500 م '),
  'hours with ص/م': fill('الساعة 9 ص 8 م '),
  fractions: fill('14½ ¾ 3/4 '),
  'harakat run': fill('\u064e'),
  'Arabic letters, no spaces': fill('بتث'),
  'numbers to diacritise': fill('5 مليون بالمئة '),
};
