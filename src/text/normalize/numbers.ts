/**
 * Number rules: dates, times, ranges, currencies, percent, minus, degrees. Numbers stay
 * digits (espeak-ng reads ASCII digits well); only the symbols around them become words.
 */
import { WORDS } from '../lexicon/spoken-words.js';
import { CURRENCIES, SCALE_WORDS } from '../lexicon/currencies.js';
import { DAYS_IN_MONTH } from '../lexicon/months.js';
import { diacritised, minutesPhrase } from './spoken-forms.js';
import { endsWithWord, keep, span, type Piece, type SpeechRule } from './token-pass.js';

const ALREADY_HOUR = /(?:الساعة|الساعه)\s*$/u;
/** `في الدقيقة 13:10` is minutes:seconds of a match or a clip, not a clock time. */
const NOT_A_CLOCK = /(?:الدقيقة|دقيقة|الثانية|زمن|بزمن|مدة|بمدة|نتيجة|بنتيجة)\s*$/u;
const ALREADY_FROM = /(?:^|[^\p{L}\p{M}])(?:من|مِن)\s*$/u;
const AFTER_BETWEEN = /(?:^|[^\p{L}\p{M}])(?:بين|ما بين)\s*$/u;
/** `بين عامي 2010-2020`, `بين الساعتين 5-7`: one word between بين and the numbers. */
const AFTER_BETWEEN_WORD = /(?:^|[^\p{L}\p{M}])(?:ما\s)?بين\s[\p{L}\p{M}]{2,12}\s$/u;

/** `2023/11/28`, `2023-11-28`, `28/11/2023`, `28-11-2023`, `28.11.2023` (same separator twice). */
const dateRule: SpeechRule = {
  name: 'date',
  needs: /\d/u,
  starts: /\d/,
  // No `u` flag (nothing here needs it): WebKit's regexp engine misreads the back-references
  // `\2`/`\6` of a `u` pattern once nothing (no look-behind) keeps it off its fast path.
  pattern: /(?:(\d{4})([\/.-])(\d{1,2})\2(\d{1,2})|(\d{1,2})([\/.-])(\d{1,2})\6(\d{4}))(?![\d\/-]|\.\d)/dg,
  after: /(?:^|[^\d.\/-])$/u,
  rewrite(m, { text, months }) {
    let day: [number, number];
    let month: [number, number];
    let year: [number, number];
    if (m[1] !== undefined) {
      [year, month, day] = [span(m, 1), span(m, 3), span(m, 4)];
    } else {
      [day, month, year] = [span(m, 5), span(m, 7), span(m, 8)];
      // Arabic writes day first; a middle field over 12 means a US month/day order.
      if (Number(m[7]) > 12 && Number(m[5]) <= 12) [day, month] = [month, day];
    }
    const d = Number(text.slice(day[0], day[1]));
    const mo = Number(text.slice(month[0], month[1]));
    if (mo < 1 || mo > 12 || d < 1 || d > DAYS_IN_MONTH[mo - 1]) return null;
    return {
      spaced: true,
      pieces: [
        { text: String(d), from: day[0], to: day[1] },
        { text: ` ${months[mo - 1]}`, from: month[0], to: month[1] },
        { text: ` ${text.slice(year[0], year[1])}`, from: year[0], to: year[1] },
      ],
    };
  },
};

/** `7:30` → الساعة 7 و30 دقيقة; `7:00` → الساعة 7; an `ص`/`م` after it → صباحًا/مساءً. */
const timeRule: SpeechRule = {
  name: 'time',
  needs: /\d/u,
  starts: /\d/u,
  pattern: /([01]?\d|2[0-3]):([0-5]\d)(?![\d:]|\.\d)(?:\s?([صم])(?![\p{L}\p{M}]))?/dgu,
  after: /(?:^|[^\d:.])$/u,
  rewrite(m, { text }) {
    if (endsWithWord(text, m.index, NOT_A_CLOCK)) return null;
    const [hs, he] = span(m, 1);
    const [, me] = span(m, 2);
    const pieces: Piece[] = [];
    if (!endsWithWord(text, m.index, ALREADY_HOUR)) pieces.push({ text: `${WORDS.hour} `, from: hs, to: hs });
    pieces.push({ text: String(Number(m[1])), from: hs, to: he });
    const minutes = Number(m[2]);
    if (minutes > 0) pieces.push({ text: ` ${minutesPhrase(minutes)}`, from: he, to: me });
    if (m[3] !== undefined) {
      const [ps, pe] = span(m, 3);
      pieces.push({ text: ` ${m[3] === 'ص' ? WORDS.morning : WORDS.evening}`, from: ps, to: pe });
    }
    return { spaced: true, pieces };
  },
};

/** Within a few words after these, `2-1` is a score. */
const SCORE_BEFORE =
  /(?:فاز|فوز|خسر|خسارة|تعادل|تغلب|هزم|هزيمة|نتيجة|النتيجة|بنتيجة|انتهت|المباراة|مباراة|الشوط|بهدف|أهداف|سجل)[\p{L}\p{M}]*\s(?:[\p{L}\p{M}]+\s){0,3}$/u;
/** After these, inserting «من» would be ungrammatical: `في 5-10 دقائق` → في 5 إلى 10 دقائق. */
const NO_FROM_AFTER = /(?:^|[^\p{L}\p{M}])[وف]?(?:في|منذ|حتى|خلال|نحو|حوالي)\s*$/u;
/** `إلى 5-10 درجات` → إلى ما بين 5 و10 درجات. */
const AFTER_TO = /(?:^|[^\p{L}\p{M}])[وف]?إلى\s*$/u;

/**
 * `5-10`, `2010–2020` → من 5 إلى 10; `بين عامي 2010-2020` → بين عامي 2010 و2020; a score
 * (`فاز 2-1`, or a first number larger than the second) → 2 مقابل 1. Numbers with a leading
 * zero are codes or phone numbers, left alone.
 */
const rangeRule: SpeechRule = {
  name: 'range',
  needs: /\d/u,
  starts: /\d/u,
  pattern: /(\d{1,9}(?:\.\d{1,9})?)\s?[-–—]\s?(\d{1,9}(?:\.\d{1,9})?)(?![\d\/:]|[-–—.]\d)/dgu,
  after: /(?:^|[^A-Za-z\d.\/:,-])$/u,
  rewrite(m, { text }) {
    if (/^0\d/u.test(m[1]) || /^0\d/u.test(m[2])) return null;
    const [as, ae] = span(m, 1);
    const [bs, be] = span(m, 2);
    const a = Number(m[1]);
    const b = Number(m[2]);
    const small = m[1].length <= 2 && m[2].length <= 2 && !m[1].includes('.') && !m[2].includes('.');
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const tight = bs - ae === 1; // `2-1`; `10 - 3` may be a subtraction
    if (small && ((a >= b && tight) || SCORE_BEFORE.test(before))) {
      const dash = ae + text.slice(ae, bs).search(/[-–—]/u);
      return {
        spaced: true,
        pieces: [keep(text, as, ae), { text: ` ${WORDS.versus} `, from: dash, to: dash + 1 }, keep(text, bs, be)],
      };
    }
    if (!(a < b)) return null;
    const between = endsWithWord(text, m.index, AFTER_BETWEEN) || AFTER_BETWEEN_WORD.test(before);
    const afterTo = !between && endsWithWord(text, m.index, AFTER_TO);
    const pieces: Piece[] = [];
    if (afterTo) pieces.push({ text: `${WORDS.between} `, from: as, to: as });
    else if (!between && !endsWithWord(text, m.index, ALREADY_FROM) && !endsWithWord(text, m.index, NO_FROM_AFTER)) {
      pieces.push({ text: `${WORDS.from} `, from: as, to: as });
    }
    pieces.push(keep(text, as, ae));
    pieces.push({ text: between || afterTo ? ` ${WORDS.and}` : ` ${WORDS.to} `, from: ae, to: bs });
    pieces.push(keep(text, bs, be));
    return { spaced: true, pieces };
  },
};

const SCALES = SCALE_WORDS.join('|');
const NUMBER = String.raw`\d+(?:\.\d+)?`;

/** `$50`, `€20`, `$5 مليون` → 50 دولار, 20 يورو, 5 مليون دولار. */
const currencyBeforeRule: SpeechRule = {
  name: 'currency-before',
  needs: /\d/u,
  starts: /[$€£¥﷼]/u,
  pattern: new RegExp(String.raw`([$€£¥﷼])\s?(${NUMBER})(?:(\s)(${SCALES})(?![\p{L}\p{M}]))?`, 'dgu'),
  rewrite(m, { text }) {
    const [ss, se] = span(m, 1);
    const [ns, ne] = span(m, 2);
    const pieces: Piece[] = [keep(text, ns, ne)];
    if (m[4] !== undefined) pieces.push({ text: ` ${diacritised(m[4])}`, from: span(m, 4)[0], to: span(m, 4)[1] });
    pieces.push({ text: ` ${CURRENCIES[m[1]]}`, from: ss, to: se });
    return { spaced: true, pieces };
  },
};

/** `50$`, `100 ر.س`, `20 ج.م` → 50 دولار, 100 ريال سعودي, 20 جنيه مصري. */
const currencyAfterRule: SpeechRule = {
  name: 'currency-after',
  needs: /\d/u,
  starts: /[$€£¥﷼رجد]/u,
  pattern: /(?:[$€£¥﷼]|[رجد]\.\s?[سمإك])(?![\p{L}\p{M}]|\.[\p{L}])/gu,
  after: /\d\s?$/u,
  rewrite(m) {
    const word = CURRENCIES[m[0].replace(/\s/gu, '')];
    if (word === undefined) return null;
    return { spaced: true, pieces: [{ text: word, from: m.index, to: m.index + m[0].length }] };
  },
};

/** `50%`, `50 %`, `50٪` → 50 بالمئة (the space, if any, is kept). */
const percentAfterRule: SpeechRule = {
  name: 'percent-after',
  needs: /\d/u,
  starts: /[%٪]/u,
  pattern: /[%٪]/gu,
  after: /\d\s?$/u,
  rewrite: (m) => ({ spaced: true, pieces: [{ text: WORDS.percent, from: m.index, to: m.index + 1 }] }),
};

/** `٪50` (sign typed first, as in some Arabic text) → 50 بالمئة. */
const percentBeforeRule: SpeechRule = {
  name: 'percent-before',
  needs: /\d/u,
  starts: /[%٪]/u,
  pattern: /([%٪])\s?(\d+(?:\.\d+)?)(?![\d.]|\s?[%٪])/dgu,
  after: /(?:^|[^\d.])$/u,
  rewrite(m, { text }) {
    const [ns, ne] = span(m, 2);
    return {
      spaced: true,
      pieces: [keep(text, ns, ne), { text: ` ${WORDS.percent}`, from: m.index, to: m.index + 1 }],
    };
  },
};

/** A minus sign starting a number (`-5`, `(−3`) → سالب; never between numbers. */
const minusRule: SpeechRule = {
  name: 'minus',
  needs: /\d/u,
  starts: /[-−]/u,
  pattern: /[-−](?=\d)/gu,
  // After a space, an opening bracket or quote, `،`, `:` or `=` (or at the start).
  after: /(?:^|[\s(\[{«"“'،:=])$/u,
  rewrite(m, { text }) {
    // Not after a digit and spaces (`5 -3` is a subtraction), however many spaces.
    let k = m.index;
    while (k > 0 && /\s/u.test(text[k - 1])) k--;
    if (k > 0 && /\d/u.test(text[k - 1])) return null;
    return { spaced: true, pieces: [{ text: WORDS.minus, from: m.index, to: m.index + 1 }] };
  },
};

/** `30°` → 30 درجة; `30°C`, `30°م`, `30℃` → 30 درجة مئوية; `°F`/`℉` → فهرنهايت. */
const degreeRule: SpeechRule = {
  name: 'degree',
  starts: /[℃℉°º]/u,
  pattern: /(℃|℉|[°º])([CcFfم](?![\p{L}\p{M}]))?/gu,
  rewrite(m) {
    const scale =
      m[1] === '℃' || /[Ccم]/u.test(m[2] ?? '')
        ? WORDS.celsius
        : m[1] === '℉' || /[Ff]/u.test(m[2] ?? '')
          ? WORDS.fahrenheit
          : '';
    const said = scale ? `${WORDS.degree} ${scale}` : WORDS.degree;
    return { spaced: true, pieces: [{ text: said, from: m.index, to: m.index + m[0].length }] };
  },
};

/** In priority order for matches starting at the same offset. */
export const NUMBER_RULES: readonly SpeechRule[] = [
  dateRule,
  timeRule,
  currencyBeforeRule,
  currencyAfterRule,
  rangeRule,
  percentBeforeRule,
  percentAfterRule,
  degreeRule,
  minusRule,
];
