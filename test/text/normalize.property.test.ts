import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { normalizeForSpeech } from '../../src/text/normalize/index.js';

/** Pieces that exercise every rule, mixed in random order. */
const PIECES = [
  ...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىة',
  ...'٠١٢٣٤٥٦٧٨٩۰۴۹0123456789',
  ...' \n.,،؛:؟!-−–—/%٪$€£¥﷼&°#•▪·()"«»@',
  ...'abcXYZ',
  'ـ',
  '\u200B',
  '\u200C',
  '\u200F',
  '\u202B',
  '\u202C',
  '\u2066',
  '\u2069',
  '\uFEFF',
  '\u061C',
  'َ',
  'ُ',
  'ِ',
  'ّ',
  'ْ',
  'ً',
  'ٰ',
  'ﷺ',
  'ﻻ',
  'ﺑ',
  'ﹰ',
  'ﷻ',
  '😀',
  '👍🏽',
  '👨‍👩‍👧',
  '🇸🇦',
  '❤️',
  '1️⃣',
  '\uFE0F',
  '\u200D',
  'ق.م',
  'ق.م.',
  'هـ',
  'م.',
  'د. ',
  'أ.د. ',
  'ص.ب',
  'إلخ',
  'ر.س',
  'ج.م',
  'د.إ',
  'https://',
  'www.',
  '.com',
  'info@',
  'عام ',
  'الساعة ',
  'من ',
  'بين ',
  '℃',
  '°C',
  ':30',
  '/11/',
  '/',
  '½',
  '¾',
  '+',
  '+20 ',
  '055-',
  'القرن ',
  'الجولة ',
  'الـ',
  ' م',
  ' ص',
  'مليون',
  'بالمئة',
  'وسلم',
  'سباق ',
  'رقم ',
  '24/7',
  ',5',
  '.000',
  'فاز ',
  'إلى ',
  'في ',
  'عامي ',
  '﷽',
  '﷾',
  '\uFD41',
  '\u0000',
  '\u0007',
  '\uD800',
  '\uDC00',
];

const arabicish = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
const anyText = fc.oneof(
  arabicish,
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

const FORBIDDEN = /[\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u061C]/u;

function checkMap(input: string): void {
  const spoken = normalizeForSpeech(input);
  const n = spoken.text.length;
  // When nothing is left to say (input all emoji or controls), 0 is also the end: the end wins.
  expect(spoken.toSource(0), 'toSource(0)').to.equal(n === 0 ? input.length : 0);
  expect(spoken.toSource(n), 'toSource(end)').to.equal(input.length);
  let previous = 0;
  for (let i = n === 0 ? 1 : 0; i <= n; i++) {
    const at = spoken.toSource(i);
    expect(Number.isInteger(at), `integer at ${i}`).to.equal(true);
    expect(at, `monotonic at ${i}`).to.be.at.least(previous);
    expect(at, `in range at ${i}`).to.be.at.most(input.length);
    previous = at;
  }
}

describe('normalizeForSpeech properties (fast-check)', () => {
  it('toSource is monotonic, 0 → 0 and end → end, for any text', () => {
    fc.assert(
      fc.property(anyText, (input) => checkMap(input)),
      { numRuns: 600 },
    );
  });

  it('never throws and leaves no tatweel or bidi/zero-width controls', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const { text } = normalizeForSpeech(input);
        expect(FORBIDDEN.test(text), JSON.stringify(text)).to.equal(false);
      }),
      { numRuns: 600 },
    );
  });

  it('creates no double spaces where the input had none', () => {
    fc.assert(
      fc.property(arabicish, (input) => {
        fc.pre(!/\s\s/u.test(input));
        expect(normalizeForSpeech(input).text).not.to.match(/ {2}/u);
      }),
      { numRuns: 600 },
    );
  });

  it('keeps harakat: every diacritic of the input is still said', () => {
    fc.assert(
      fc.property(arabicish, (input) => {
        fc.pre(!/https?:|www\.|@/u.test(input)); // a link is replaced whole, marks and all
        const marks = (s: string) => (s.match(/[\u064B-\u065F\u0670]/gu) ?? []).length;
        expect(marks(normalizeForSpeech(input).text)).to.be.at.least(
          marks(input.replace(/[\uFB50-\uFDFF\uFE70-\uFEFF]/gu, '')),
        );
      }),
      { numRuns: 400 },
    );
  });

  it('accepts offsets outside 0..length without throwing', () => {
    const spoken = normalizeForSpeech('ارتفع 50% اليوم');
    expect(spoken.toSource(-3)).to.equal(0);
    expect(spoken.toSource(1e9)).to.equal('ارتفع 50% اليوم'.length);
    expect(spoken.toSource(Number.NaN)).to.equal(0);
  });
});
