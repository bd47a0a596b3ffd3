import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { segmentSentences, speechChunks } from '../../src/text/index.js';
import { spanViolation } from './invariants.js';

const ARABIC = [...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةىؤئـ'];
const MARKS = ['\u064e', '\u0650', '\u0651', '\u0652', '\u0670'];
const LATIN = [...'abcdefgxyzABCDEFXYZ'];
const DIGITS = [...'0123456789٠١٢٣٤٥'];
const SPACES = [' ', ' ', ' ', '\n', '\u2029', '\t', '\u00a0'];
const PUNCT = [...'.!?؟۔…،؛,:"”“»«)(][’\'٫', '...', 'د.', 'ق.م', 'www.x.org', 'https://a.b/c', '😀'];
const WORDS = ['قال', 'قالت', 'تساءل', 'كما', 'أضاف', 'دي', 'آر', 'سي', 'إن', 'etc', 'Mr', 'U.S'];

/** Strings mixing Arabic, Latin, digits, spaces, line breaks and every punctuation rule. */
const mixedText = fc
  .array(
    fc.constantFrom(...ARABIC, ...ARABIC, ...MARKS, ...LATIN, ...DIGITS, ...SPACES, ...SPACES, ...PUNCT, ...WORDS),
    { maxLength: 300 },
  )
  .map((parts) => parts.join(''));

/** Sentences made of words: every chunk must fit the limit. */
const wordyText = fc
  .array(
    fc.tuple(
      fc.stringMatching(/^[ابتثجحخدرسعفقكلمنهوي]{1,12}$/),
      fc.constantFrom(' ', ' ', ' ', '، ', ', ', ': ', '؛ ', '  '),
    ),
    { minLength: 1, maxLength: 120 },
  )
  .map((pairs) =>
    pairs
      .map(([w, sep]) => w + sep)
      .join('')
      .trim(),
  );

describe('properties: segmentSentences', () => {
  it('returns ordered, trimmed, non-overlapping spans covering every non-space char once', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        const violation = spanViolation(text, segmentSentences(text));
        if (violation) throw new Error(`${violation} in ${JSON.stringify(text)}`);
      }),
      { numRuns: 1500 },
    );
  });

  it('is deterministic and never produces whitespace-only sentences', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        const a = segmentSentences(text);
        expect(a).to.deep.equal(segmentSentences(text));
        for (const s of a) expect(text.slice(s.start, s.end).trim()).not.to.equal('');
      }),
      { numRuns: 300 },
    );
  });

  it('keeps text with no terminator and no line break as a single sentence, quotes included', () => {
    const QUOTES = [...'"”“«»()\'’', '" "', '» «'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...ARABIC, ...LATIN, ...DIGITS, ...QUOTES, ...WORDS, ' ', ' ', '،', ':'), {
          minLength: 1,
          maxLength: 200,
        }),
        (chars) => {
          const text = chars.join('');
          expect(segmentSentences(text)).to.have.length(text.trim() ? 1 : 0);
        },
      ),
    );
  });

  it('accepts extra abbreviations without breaking the invariants', () => {
    fc.assert(
      fc.property(mixedText, fc.array(fc.constantFrom('قال', 'د', 'etc.', 'x'), { maxLength: 3 }), (text, extra) => {
        const violation = spanViolation(text, segmentSentences(text, { abbreviations: extra }));
        if (violation) throw new Error(`${violation} in ${JSON.stringify(text)}`);
      }),
      { numRuns: 300 },
    );
  });
});

describe('properties: speechChunks', () => {
  it('covers each sentence exactly, trimmed and in order, for any limit', () => {
    fc.assert(
      fc.property(mixedText, fc.integer({ min: 1, max: 80 }), (text, max) => {
        for (const sentence of segmentSentences(text)) {
          const chunks = speechChunks(text, sentence, max);
          const violation = spanViolation(text, chunks, sentence.start, sentence.end);
          if (violation) throw new Error(`${violation} (max ${max}) in ${JSON.stringify(text)}`);
          for (const c of chunks) {
            // A hard cut never splits a surrogate pair, so only a lone pair may exceed a limit of 1.
            expect(c.end - c.start <= Math.max(max, 2), `chunk too long in ${JSON.stringify(text)}`).to.equal(true);
            const first = text.charCodeAt(c.start);
            expect(first >= 0xdc00 && first <= 0xdfff, 'chunk starts inside a surrogate pair').to.equal(false);
          }
        }
      }),
      { numRuns: 800 },
    );
  });

  it('keeps every chunk within maxLength when the sentence has word breaks', () => {
    fc.assert(
      fc.property(wordyText, fc.integer({ min: 12, max: 120 }), (text, max) => {
        const chunks = speechChunks(text, { start: 0, end: text.length }, max);
        expect(spanViolation(text, chunks)).to.equal(null);
        for (const c of chunks) expect(c.end - c.start).to.be.at.most(max);
      }),
      { numRuns: 500 },
    );
  });
});
