/**
 * Arabic folding: the one place that decides which spellings of a word compare equal. Each
 * depth drops more than the one before it:
 * - `tatweel`: the stretching tatweel (ـ) only; harakat stay (the voice reads them);
 * - `marks`: also harakat and the superscript alef (how the segmenter keys its word lists);
 * - `letters`: also Latin accents, Quranic marks, hamza seats (أ إ آ ؤ ئ → ا و ي, lone ء dropped),
 *   alef wasla as alef, taa marbuta as haa, alef maqsura and Farsi yeh as yaa, and every run of
 *   punctuation as one space (how a speech recogniser's words are matched to a command).
 * Only `letters` lower-cases, trims and decomposes (NFD); lower-case a `marks` key yourself.
 */
export type FoldDepth = 'tatweel' | 'marks' | 'letters';

const TATWEEL = /\u0640/gu;
const MARKS = /[\u064b-\u065f\u0670\u0640]/gu;
const LETTER_MARKS = /[\u0300-\u036f\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u0621]/gu;

export function foldArabic(text: string, depth: FoldDepth): string {
  if (depth === 'tatweel') return text.replace(TATWEEL, '');
  if (depth === 'marks') return text.replace(MARKS, '');
  // NFD splits أ إ آ ؤ ئ into a bare letter and a combining hamza or madda, dropped with the
  // diacritics (and Latin accents); what NFD leaves is folded by hand.
  return text
    .normalize('NFD')
    .toLowerCase()
    .replace(LETTER_MARKS, '')
    .replace(/\u0671/gu, '\u0627')
    .replace(/\u0629/gu, '\u0647')
    .replace(/[\u0649\u06cc]/gu, '\u064a')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
