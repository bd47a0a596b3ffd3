/**
 * Rules that read the words around a number: phone numbers, ordinals, `م` as metres, `ص`/`م`
 * after an hour, and harakat for frequent words espeak-ng misreads bare.
 */
import { isAsciiDigit } from '../chars.js';
import { WORDS } from '../lexicon/spoken-words.js';
import { keep, span, wordForWord, type Piece, type SpeechRule } from './token-pass.js';
import { DIACRITISED } from '../lexicon/diacritised.js';
import { ordinalWords } from './spoken-forms.js';

/** Digit groups of a phone number: groups over three digits are read in pairs (a leading three if odd). */
function phoneGroups(digits: string): string[] {
  if (digits.length <= 3) return [digits];
  const groups: string[] = [];
  let k = digits.length % 2 === 1 ? 3 : 2;
  groups.push(digits.slice(0, k));
  for (; k < digits.length; k += 2) groups.push(digits.slice(k, k + 2));
  return groups;
}

const isDigitAt = (text: string, k: number) => isAsciiDigit(text.charCodeAt(k));

/**
 * `+20 10 1234 5678` → زائد 20، 10، 12 34، 56 78; `055-7654321` → 055، 765 43 21. Read as
 * groups, not as one huge number or a range. Needs 7 digits or more.
 */
const phoneRule: SpeechRule = {
  name: 'phone',
  needs: /\d/u,
  starts: /[+0]/u,
  // WebKit's engine scans this pattern at 30–45 ms a megabyte, matches or not (Chromium: 1–3).
  seek: true,
  // `+` and two digits (maybe a space or a dash between), or `0` and a digit: `+2+2…` tries nothing.
  mayMatchAt: (text, at) =>
    isDigitAt(text, at + 1) &&
    (text.charCodeAt(at) === 0x30 ||
      isDigitAt(text, at + 2) ||
      ((text[at + 2] === ' ' || text[at + 2] === '-') && isDigitAt(text, at + 3))),
  pattern: /(?:\+\d{1,3}(?:[ -]?\d{1,5}){1,6}|0(?:\d{1,4}(?:[ -]\d{2,8}){1,4}|\d{8,11}))(?![\w\/-]|[.,]\d)/gu,
  // Not inside a word, a number or another code (`\w` is ASCII letters, digits and `_`).
  after: /(?:^|[^\w+.,\/-])$/u,
  rewrite(m) {
    // Each digit group is said over its own written group, so word highlighting stays put.
    const parts = [...m[0].matchAll(/\d+/gu)];
    if (parts.reduce((n, p) => n + p[0].length, 0) < 7) return null;
    const pieces: Piece[] = [];
    if (m[0].startsWith('+')) pieces.push({ text: WORDS.plus, from: m.index, to: m.index + 1 });
    parts.forEach((p, i) => {
      const said = phoneGroups(p[0]).join(' ') + (i < parts.length - 1 ? '،' : '');
      const from = m.index + p.index;
      pieces.push({ text: pieces.length > 0 ? ` ${said}` : said, from, to: from + p[0].length });
    });
    return { spaced: true, pieces };
  },
};

const ORDINAL_NOUNS = 'قرن|فصل|جولة|دورة|مرتبة|نسخة';

/** The prefixes a definite noun may carry: ال، بال، وال، فال، كال، لل، ولل... */
const DEFINITE_PREFIX = /(?:^|[^\p{L}\p{M}])(?:[وف]?[بك]?ال|[وف]?لل)$/u;
const LETTER = /[\p{L}\p{M}\d]/u;

/** `القرن 21`, `بالمرتبة 3`, `الدورة الـ21` → القرن الحادي والعشرين, بالمرتبة الثالثة... */
const ordinalAfterNounRule: SpeechRule = {
  name: 'ordinal-after-noun',
  needs: /\d/u,
  starts: new RegExp(
    `[${ORDINAL_NOUNS.split('|')
      .map((noun) => noun[0])
      .join('')}]`,
    'u',
  ),
  pattern: new RegExp(String.raw`(${ORDINAL_NOUNS})\s(?:ال)?(\d{1,3})(?![\d\/:\p{L}]|[.,]\d)`, 'dgu'),
  rewrite(m, { text }) {
    if (!DEFINITE_PREFIX.test(text.slice(Math.max(0, m.index - 5), m.index))) return null;
    const said = ordinalWords(Number(m[2]), m[1].endsWith('ة'));
    if (said === null) return null;
    const we = m.index + m[1].length;
    // Not `spaced`: the noun is glued to its prefix (بالمرتبة), which stays as written.
    return { pieces: [keep(text, m.index, we), { text: ` ${said}`, from: we + 1, to: m.index + m[0].length }] };
  },
};

/** The word before ends in ة, or in ت + a pronoun (ة before a suffix): الدورة، دورتها. */
const FEMININE_BEFORE = /(?:ة|ت(?:ها|هما|هم|هن|ه|كما|كم|كن|ك|نا|ي))\s$/u;

/** The word before is a plural (ين، ون، ات، ي + pronoun): `اللاعبين الـ12` are twelve players. */
const PLURAL_BEFORE = /(?:ين|ون|ات|ات\p{L}{1,2}|ي(?:ها|هما|هم|هن|ه|نا|كم))\s$/u;

/**
 * An indefinite noun right after the number is what it counts (`الـ21 عاما`, `الـ22 تهمة`,
 * `الـ11 لاعبا`); a definite word, a ل-phrase or a particle is not (`الذكرى الـ50 لتأسيس`).
 */
const COUNTED_AFTER =
  /^\s(?:\p{L}+(?:ا|اً|ًا)(?![\p{L}\p{M}])|(?![وفبك]?ال|ل|(?:في|من|على|إلى|عن|مع|منذ|حتى|بعد|قبل|عند|خلال|بين|ضد|حول|لدى|نحو|أو|ثم|التي|الذي|هو|هي)(?![\p{L}\p{M}]))\p{Script=Arabic}{2})/u;

/**
 * `الذكرى الـ50`, `الدورة الـ21`, `بالـ 3` (tatweel already gone: `ال21`, `ال 21`): an ordinal,
 * feminine after a word in ة; after a plural it is a count, said as the bare number. A
 * prefixed ب، و، ف، ك stays as written; `للـ21` → للحادي والعشرين.
 */
const definiteNumberRule: SpeechRule = {
  name: 'definite-number',
  needs: /\d/u,
  starts: /[ال]/u,
  // Not a percentage (`الـ5%`, or the same said: `ال5 بالمئة`, `في المئة`).
  pattern: /(?:ال|لل)\s?(\d{1,3})(?![\d\/:\p{L}%٪]|[.,]\d|\s?[%٪]|\s(?:بالم|في\sالم))/dgu,
  rewrite(m, { text }) {
    let k = m.index;
    while (k > 0 && m.index - k < 2 && 'وفبك'.includes(text[k - 1])) k--;
    if (k > 0 && LETTER.test(text[k - 1])) return null;
    const before = text.slice(Math.max(0, k - 8), k);
    const withLam = m[0].startsWith('لل');
    // A count: after a plural, or before its counted noun (`الـ21 عاما`: accusative, 11–99).
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 14);
    const count = PLURAL_BEFORE.test(before) || (Number(m[1]) > 10 && COUNTED_AFTER.test(after));
    let said = count ? m[1] : ordinalWords(Number(m[1]), FEMININE_BEFORE.test(before));
    if (said === null) return null;
    if (withLam) said = `ل${said.replace(/^ال/u, 'ل')}`;
    // Said over the number itself: `الـ 7` is two written words, the number the second.
    const [ns, ne] = span(m, 1);
    return { pieces: [{ text: said, from: withLam ? m.index : ns, to: ne }] };
  },
};

/** Start of the number that ends at `end` after at most one space, or -1 (reads 12 characters at most). */
function numberBefore(text: string, end: number): number {
  if (text[end - 1] === ' ') end--;
  let k = end;
  while (k > 0 && end - k < 12 && /[\d.]/u.test(text[k - 1])) k--;
  while (k < end && text[k] === '.') k++;
  return k < end && !/[\d.:]/u.test(text[k - 1] ?? ' ') ? k : -1;
}

/** A distance or a height before the number: `سباق 1500 م`, `ارتفاع 3,000 م`, `على بعد 200 م`. */
const DISTANCE_BEFORE =
  /(?:^|[^\p{L}\p{M}])(?:[وفبل]?(?:ال)?(?:سباق|ارتفاع|عمق|طول|مسافة|عرض|قطر|سباحة|جري|عدو|ركض|تتابع|حواجز|قفز)[\p{L}\p{M}]{0,3}|على\sبعد|[يت](?:رتفع|متد|نخفض))\s(?:[\p{L}\p{M}]+\s){0,2}$/u;

/** `م` after a distance is متر, not ميلادي (which the year rule would say after 3–4 digits). */
const metreRule: SpeechRule = {
  name: 'metre',
  needs: /\d/u,
  starts: /م/u,
  pattern: /م(?![\p{L}\p{M}])/gu,
  after: /\d\s?$/u,
  rewrite(m, { text }) {
    const number = numberBefore(text, m.index);
    if (number < 0 || !DISTANCE_BEFORE.test(text.slice(Math.max(0, number - 40), number))) return null;
    return { spaced: true, pieces: [{ text: WORDS.metre, from: m.index, to: m.index + 1 }] };
  },
};

const HOUR_BEFORE = /(?:الساعة|الساعه)\s*$/u;
const MORNING_NEAR = /\d\s?ص(?![\p{L}\p{M}])/u;

/**
 * `9 ص` → 9 صباحًا; `8 م` → 8 مساءً only after الساعة or near a `ص` time (`من 9 ص إلى 5 م`):
 * after a bare number `م` is more often metres or a year.
 */
const hourSuffixRule: SpeechRule = {
  name: 'hour-suffix',
  needs: /\d/u,
  starts: /[صم]/u,
  pattern: /[صم](?![\p{L}\p{M}]|\.\p{L})/gu,
  after: /\d\s?$/u,
  rewrite(m, { text }) {
    const number = numberBefore(text, m.index);
    const digits = number < 0 ? '' : text.slice(number, m.index).trim();
    if (!/^\d{1,2}$/u.test(digits) || Number(digits) < 1 || Number(digits) > 12) return null;
    const before = text.slice(Math.max(0, number - 24), number);
    if (m[0] === 'م' && !HOUR_BEFORE.test(before) && !MORNING_NEAR.test(before)) return null;
    if (m[0] === 'ص' && /(?:ص|صفحة|الصفحة)\s*$/u.test(before)) return null;
    const said = m[0] === 'ص' ? WORDS.morning : WORDS.evening;
    return { spaced: true, pieces: [{ text: said, from: m.index, to: m.index + 1 }] };
  },
};

const WORD_KEYS = Object.keys(DIACRITISED)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** `5 مليون` → 5 مِلْيُون...; a prefixed و or ب stays as written. */
const diacritiseRule: SpeechRule = {
  name: 'diacritise',
  starts: new RegExp(
    `[${Object.keys(DIACRITISED)
      .map((word) => word[0])
      .join('')}]`,
    'u',
  ),
  pattern: new RegExp(String.raw`(?:${WORD_KEYS})(?![\p{L}\p{M}])`, 'gu'),
  rewrite(m, { text }) {
    let k = m.index;
    if (k > 0 && (text[k - 1] === 'و' || text[k - 1] === 'ب')) k--;
    if (k > 0 && LETTER.test(text[k - 1])) return null;
    return { pieces: [{ text: DIACRITISED[m[0]], from: m.index, to: m.index + m[0].length }] };
  },
};

/** The blessing written out: «صلى الله عليه وسلم» (bare «عليه وسلم» is read "Aali:jh wslm"). */
const blessingRule: SpeechRule = {
  name: 'blessing',
  starts: /ع/u,
  pattern: /عليه\sوسلم(?![\p{L}\p{M}])/gu,
  after: /الله\s$/u,
  rewrite: (m) => ({ pieces: wordForWord(`${WORDS.onHim} ${WORDS.andPeace}`, m[0], m.index) }),
};

/** Phones before ranges (`055-7654321` is no range); ordinals before bare numbers. */
export const CONTEXT_NUMBER_RULES: readonly SpeechRule[] = [
  phoneRule,
  ordinalAfterNounRule,
  definiteNumberRule,
  metreRule,
  hourSuffixRule,
];
export const CONTEXT_WORD_RULES: readonly SpeechRule[] = [diacritiseRule, blessingRule];
