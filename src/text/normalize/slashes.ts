/**
 * Slashes and fractions, which voices read as the English word "slash": `3/4 كوب`,
 * `في 3/4`, `رقم 12/2025`, `24/7`, `يناير/كانون الثاني`, `الطالب/الطالبة`, `14½`.
 * Full dates with a year (`28/11/2023`) are the date rule's (numbers.ts).
 */
import { WORDS } from '../lexicon/spoken-words.js';
import { DAYS_IN_MONTH, MONTHS_EGYPT_GULF, MONTHS_LEVANT } from '../lexicon/months.js';
import { endsWithWord, keep, span, type Piece, type SpeechRule } from './token-pass.js';
import { VULGAR_FRACTIONS } from '../lexicon/number-words.js';
import { fractionWords } from './spoken-forms.js';

/** Words after which `3/4` is a day and a month. */
const DATE_BEFORE =
  /(?:^|[^\p{L}\p{M}])(?:[وف]?(?:في|يوم|بتاريخ|تاريخ|حتى|منذ|من|إلى|قبل|بعد|الموافق|صباح|مساء|ليلة|مطلع|أواخر|نهاية|بداية))\s*$/u;
/** Words after which `12/2025` is a law or decision number read «12 لسنة 2025». */
const NUMBER_BEFORE =
  /(?:^|[^\p{L}\p{M}])[وفبل]?(?:رقم|ال?قانون|ال?قرار|ال?مرسوم|ال?أمر|ال?لائحة|ال?تعميم|ال?قضية|ال?دعوى)\s*$/u;
/** A noun after `a/b` (not a particle: `8/10 في التقييم` is a mark). */
const NOUN_AFTER = /^\s?(?!(?:في|من|على|إلى|عن|مع|ثم|أو|و|لكن)(?![\p{L}\p{M}]))\p{Script=Arabic}/u;
/** `الحلقة 1/2`, `الجزء 2/3`: a part out of a whole, said «1 من 2». */
const PART_BEFORE =
  /(?:^|[^\p{L}\p{M}])[وفبل]?(?:ال)?(?:جزء|حلقة|صفحة|مرحلة|فصل|مجلد|موسم|شوط|جولة|سؤال|بند|خطوة)\s*$/u;
const YEAR = /^(?:1[89]|20)\d\d$/u;
const FOR_YEAR = 'لِسَنَة';
const ROUND_THE_CLOCK = 'على مَدَارِ السَّاعَة';

function validDay(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1];
}

/** `a/b` between two numbers (no third part: that is a full date). */
const numberSlashRule: SpeechRule = {
  name: 'number-slash',
  needs: /\d/u,
  starts: /\d/u,
  pattern: /(\d{1,4})\s?[\/\u2044]\s?(\d{1,4})(?![\d\/\u2044]|[.,:-]\d)/dgu,
  after: /(?:^|[^\d\/.:,-])$/u,
  rewrite(m, { text, months }) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const [as, ae] = span(m, 1);
    const [bs, be] = span(m, 2);
    const whole = (said: string) => ({
      spaced: true,
      pieces: [{ text: said, from: m.index, to: m.index + m[0].length }],
    });
    const between = (word: string): { spaced: boolean; pieces: Piece[] } => ({
      spaced: true,
      pieces: [keep(text, as, ae), { text: ` ${word} `, from: ae, to: bs }, keep(text, bs, be)],
    });
    if (a === 24 && b === 7) return whole(ROUND_THE_CLOCK);
    if (YEAR.test(m[2])) {
      // `رقم 12/2025` → 12 لسنة 2025; `11/2023` → نوفمبر 2023.
      if (endsWithWord(text, m.index, NUMBER_BEFORE) || a > 12 || a === 0) return between(FOR_YEAR);
      return {
        spaced: true,
        pieces: [{ text: months[a - 1], from: as, to: ae }, { text: ' ', from: ae, to: bs }, keep(text, bs, be)],
      };
    }
    if (endsWithWord(text, m.index, NUMBER_BEFORE)) return null;
    if (PART_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)) && a <= b) return between('من');
    const dateContext = endsWithWord(text, m.index, DATE_BEFORE);
    // `3/4 كوب`, `1/2 ساعة`: a fraction before a word, or with a small denominator.
    const fraction = fractionWords(a, b);
    const wordFollows = NOUN_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8));
    if (fraction !== null && !dateContext && (b <= 4 || wordFollows)) return whole(fraction);
    if (m[1].length <= 2 && m[2].length <= 2 && validDay(a, b) && (dateContext || a > b)) {
      // Arabic writes the day first: `في 3/4` is the 3rd of April; `25/12` can only be a date.
      return { spaced: true, pieces: [keep(text, as, ae), { text: ` ${months[b - 1]}`, from: ae, to: be }] };
    }
    // `8/10` (a mark out of ten), `150/200`.
    return between(a <= b ? 'من' : 'على');
  },
};

const MONTH_NAMES = new Set([...MONTHS_EGYPT_GULF, ...MONTHS_LEVANT].flatMap((name) => name.split(' ')));
MONTH_NAMES.delete('الثاني');
MONTH_NAMES.delete('الأول');

/** The word ending at `end` (at most 12 letters back) or starting at `start`. */
function wordAround(text: string, at: number, step: 1 | -1): string {
  let k = at;
  const limit = 12;
  if (step === -1) {
    while (k > 0 && at - k < limit && /[\p{L}\p{M}]/u.test(text[k - 1])) k--;
    return text.slice(k, at);
  }
  while (k < text.length && k - at < limit && /[\p{L}\p{M}]/u.test(text[k])) k++;
  return text.slice(at, k);
}

/** `يناير/كانون الثاني` → يناير كانون الثاني; `الطالب/الطالبة` → الطالب أو الطالبة. */
const wordSlashRule: SpeechRule = {
  name: 'word-slash',
  needs: /\//u,
  starts: /[\s/]/u,
  pattern: /\s?\/\s?(?=\p{Script=Arabic})/gu,
  rewrite(m, { text }) {
    if (m.index === 0 || !/[\p{Script=Arabic}\p{M}]/u.test(text[m.index - 1]) || /\d/u.test(text[m.index - 1]))
      return null;
    const before = wordAround(text, m.index, -1);
    const after = wordAround(text, m.index + m[0].length, 1);
    // Ends/starts with: a month glued to the word before it still reads as a month.
    const months =
      [...MONTH_NAMES].some((a) => before.endsWith(a)) && [...MONTH_NAMES].some((a) => after.startsWith(a));
    // `و/أو` (and/or) already says both words.
    const andOr = before === 'و' && after === 'أو';
    return {
      spaced: true,
      pieces: [{ text: months || andOr ? ' ' : ` ${WORDS.or} `, from: m.index, to: m.index + m[0].length }],
    };
  },
};

/** `¾` → 3 أَرْبَاع; `14½` → 14 ونِصْف. */
const vulgarFractionRule: SpeechRule = {
  name: 'vulgar-fraction',
  starts: /[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒]/u,
  pattern: /[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒]/gu,
  rewrite(m, { text }) {
    const [n, d] = VULGAR_FRACTIONS[m[0]];
    const said = fractionWords(n, d)!;
    const afterNumber = /\d\s?$/u.test(text.slice(Math.max(0, m.index - 2), m.index));
    return { spaced: true, pieces: [{ text: afterNumber ? `و${said}` : said, from: m.index, to: m.index + 1 }] };
  },
};

export const SLASH_RULES: readonly SpeechRule[] = [numberSlashRule, vulgarFractionRule, wordSlashRule];
