/**
 * Word rules: links, e-mail addresses, abbreviations, `&`, bullets, hashtags.
 */
import { WORDS } from '../lexicon/spoken-words.js';
import { ABBREVIATIONS, type Abbreviation, type AbbreviationContext } from '../lexicon/abbreviations.js';
import { foldArabic } from '../fold.js';
import { span, wordForWord, type SpeechRule } from './token-pass.js';

/** A label and its dot: letters and digits, hyphens inside. */
const LABEL = /[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\./uy;
/** The last label, to the end: a letter first. */
const TOP_LABEL = /\p{L}[\p{L}\p{N}-]*$/uy;

/**
 * `^(?:label\.)+top$`, one label at a time (a label holds no dot, so the dots split the host
 * into its labels whatever the engine tries): as one pattern, WebKit's engine took 150 ms on
 * the host of a 1 MB link (Chromium 2).
 */
function isHost(host: string): boolean {
  let at = 0;
  for (LABEL.lastIndex = 0; LABEL.test(host);) at = LABEL.lastIndex;
  TOP_LABEL.lastIndex = at;
  return at > 0 && TOP_LABEL.test(host);
}

/** The host of a link without `www.`, or null when there is none worth saying. */
function domainOf(link: string): string | null {
  const host = link
    .replace(/^[a-z][a-z0-9+.-]*:\/\//iu, '')
    .replace(/^[^/?#@]*@/u, '')
    .split(/[/?#:]/u)[0]
    .replace(/^www\d?\./iu, '');
  return isHost(host) ? host.toLowerCase() : null;
}

/** `https://www.example.com/a?b=1` → example.com; a link without a readable host → رابط. */
const urlRule: SpeechRule = {
  name: 'url',
  needs: /https?:\/\/|www\./iu,
  starts: /[hw]/iu,
  // Trailing punctuation belongs to the sentence, not the link.
  pattern: /\b(?:https?:\/\/|www\.)[^\s<>"«»]*[^\s<>"«».,;:!?،؛)\]}'’”]/giu,
  rewrite: (m) => ({
    spaced: true,
    pieces: [{ text: domainOf(m[0]) ?? WORDS.link, from: m.index, to: m.index + m[0].length }],
  }),
};

/** Separators inside an address, said the way an address is dictated. */
const ADDRESS_MARKS: Readonly<Record<string, string>> = {
  '.': ' dot ',
  _: ' underscore ',
  '-': ' dash ',
  '+': ' plus ',
  '%': ' ',
};

/** The rest of a run of mailbox characters (`[A-Za-z0-9._%+-]`). */
const MAILBOX_RUN = /[\w.%+-]*/uy;

/** `info@example.org` → info at example dot org: the mailbox is half the address. */
const emailRule: SpeechRule = {
  name: 'email',
  needs: /@/u,
  starts: /[\w.%+-]/u,
  // Matched from the start of a run of address characters with bounded parts (RFC 5321:
  // 64 for the mailbox, 63 a label); a run that is no address is taken whole (the second
  // alternative), so a long run without `@` costs one short look, not a scan from every position.
  pattern:
    /[\w.%+-]{1,64}@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.){1,8}\p{L}[\p{L}\p{N}]{0,62}(?![\p{L}\p{N}-])|[\w.%+-]+/gu,
  // Only from the start of a run; a refused start skips the rest of its run.
  after: /(?:^|[^\w.%+-])$/u,
  skip(text, at) {
    MAILBOX_RUN.lastIndex = at;
    MAILBOX_RUN.test(text);
    return MAILBOX_RUN.lastIndex;
  },
  rewrite: (m) =>
    m[0].includes('@')
      ? {
          spaced: true,
          pieces: [
            {
              text: m[0]
                .toLowerCase()
                .replace(/@/u, ' at ')
                .replace(/[._%+-]/gu, (c) => ADDRESS_MARKS[c])
                .replace(/ {2,}/gu, ' ')
                .trim(),
              from: m.index,
              to: m.index + m[0].length,
            },
          ],
        }
      : null, // a run with no address
};

/** An abbreviation the voice says another way, as the rules need it. */
interface SpeechAbbreviation {
  /** As the rule matches it: tatweel removed, and without the final dot that stays as a pause. */
  readonly written: string;
  readonly spoken: string;
  readonly context: AbbreviationContext;
  readonly eatsDot: boolean;
  readonly minYearDigits?: number;
}

/** The lexicon's abbreviations that have a spoken form. */
const SPEECH_ABBREVIATIONS: readonly SpeechAbbreviation[] = ABBREVIATIONS.flatMap((a: Abbreviation) => {
  if (a.spoken === undefined || a.context === undefined) return [];
  const eatsDot = a.eatsDot ?? false;
  const bare = foldArabic(a.written, 'tatweel');
  const written = !eatsDot && bare.endsWith('.') ? bare.slice(0, -1) : bare;
  return [{ written, spoken: a.spoken, context: a.context, eatsDot, minYearDigits: a.minYearDigits }];
});

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/** Lookup key: the abbreviation without tatweel, spaces or dots. */
const keyOf = (s: string) => foldArabic(s, 'tatweel').replace(/[\s.]/gu, '');

function writtenPattern(bare: string, eatsDot: boolean): string {
  const endsWithDot = bare.endsWith('.');
  const body = escapeRegExp(endsWithDot ? bare.slice(0, -1) : bare).replace(/\\\./gu, String.raw`\.\s?`);
  if (endsWithDot) return `${body}\\.`;
  // A dot right after it is swallowed only when a word follows (otherwise it ends the sentence).
  return eatsDot ? String.raw`${body}(?:\.(?=\s?[\p{L}\p{N}]))?` : body;
}

/** Not followed by a letter or a mark. */
const WHOLE = String.raw`(?![\p{L}\p{M}])`;

/**
 * Each context: what follows the spellings (in the pattern), and what may come before them (in
 * code, `after`: what a look-behind said).
 */
const CONTEXTS: Record<AbbreviationContext, [string, (minYearDigits: number) => RegExp]> = {
  // Not after a letter or a mark.
  anywhere: [WHOLE, () => /(?:^|[^\p{L}\p{M}])$/u],
  // Not after a letter, a digit or a dot, nor after a digit and a space.
  'before-name': [String.raw`(?=\s?\p{Script=Arabic})`, () => /(?:^|[^\p{L}\p{M}\d.\s]|(?:^|\D)\s)$/u],
  // A year, then maybe a space: minYearDigits–4 digits (not after `.`, `:` or `/`), or 1–4 digits
  // after عام/سنة (and العام، لعام، السنة، لسنة, which end the same) and a space. Twelve characters
  // hold either; a shorter slice is the start of the text, where `^` is true. (No `u` flag: all
  // it reads is ASCII, Arabic letters and spaces.)
  'after-year': [WHOLE, (min) => new RegExp(String.raw`(?:(?:^|[^\d.:\/])\d{${min},4}|(?:عام|سنة)\s\d{1,4})\s?$`)],
};

/** The rules' order: the order of CONTEXTS. */
const CONTEXT_ORDER = Object.keys(CONTEXTS);

/** The first two characters of the entries' spellings, as alternatives (`ال` rather than every `ا`). */
const openings = (entries: SpeechAbbreviation[]) =>
  [...new Set(entries.map((a) => escapeRegExp(a.written.slice(0, 2))))].join('|');

/** One rule per context (and year length), built from SPEECH_ABBREVIATIONS, in CONTEXT_ORDER. */
function abbreviationRules(): SpeechRule[] {
  const groups = new Map<string, SpeechAbbreviation[]>();
  const ordered = [...SPEECH_ABBREVIATIONS].sort(
    (a, b) =>
      CONTEXT_ORDER.indexOf(a.context) - CONTEXT_ORDER.indexOf(b.context) ||
      (a.minYearDigits ?? 3) - (b.minYearDigits ?? 3),
  );
  for (const a of ordered) {
    const key = `${a.context}/${a.minYearDigits ?? 3}`;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  return [...groups.entries()].map(([key, entries]) => {
    const { context, minYearDigits } = entries[0];
    const spoken = new Map(entries.map((a) => [keyOf(a.written), a.spoken]));
    // Longer spellings first so `أ.د.` is tried before `د.`.
    const alternatives = [...new Set(entries.map((a) => writtenPattern(a.written, a.eatsDot)))]
      .sort((a, b) => b.length - a.length)
      .join('|');
    return {
      name: `abbreviation-${key}`,
      ...(context === 'after-year' ? { needs: /\d/u } : {}),
      starts: new RegExp(`(?:${[...new Set(entries.map((a) => escapeRegExp(a.written[0])))].join('|')})`, 'u'),
      // A look-ahead on the first letters lets the engine skip most positions at once.
      pattern: new RegExp(`(?=${openings(entries)})(?:${alternatives})${CONTEXTS[context][0]}`, 'gu'),
      after: CONTEXTS[context][1](minYearDigits ?? 3),
      rewrite(m: RegExpExecArray) {
        const said = spoken.get(keyOf(m[0]));
        return said === undefined ? null : { spaced: true, pieces: wordForWord(said, m[0], m.index) };
      },
    };
  });
}

const ampersandRule: SpeechRule = {
  name: 'ampersand',
  starts: /&/u,
  pattern: /&/gu,
  rewrite: (m) => ({ spaced: true, pieces: [{ text: WORDS.and, from: m.index, to: m.index + 1 }] }),
};

/** List bullets and a middle dot say nothing, but they separate words. */
const bulletRule: SpeechRule = {
  name: 'bullet',
  starts: /[•▪◦‣·●]/u,
  pattern: /[•▪◦‣·●]+/gu,
  rewrite: () => ({ pieces: [], separator: true }),
};

/** `#وسم_جديد` → وسم جديد; a lone `#` is dropped. `C#`/`F#` (after a Latin letter) stay. */
const hashtagRule: SpeechRule = {
  name: 'hashtag',
  needs: /#/u,
  starts: /#/u,
  pattern: /#+([\p{L}\p{M}\p{N}_]*)/dgu,
  after: /(?:^|[^A-Za-z])$/u,
  rewrite(m) {
    const [bs, be] = span(m, 1);
    if (bs === be) return { pieces: [], separator: true };
    const words = m[1].replace(/_+/gu, ' ').trim();
    return { pieces: [{ text: words, from: bs, to: be }] };
  },
};

/** Links hold digits, `&`, `#` and `%` that no other rule may touch: try them first. */
export const LINK_RULES: readonly SpeechRule[] = [urlRule, emailRule];

export const WORD_RULES: readonly SpeechRule[] = [...abbreviationRules(), ampersandRule, bulletRule, hashtagRule];
