/**
 * Which script a text is written in, and the language to read it in when the declared one is
 * not written in that script (a WordPress theme's `lang="en-US"` over Arabic text). Pure: no DOM.
 */
import { normalizeLang, primarySubtag } from './lang.js';

/** Scripts told apart, with the language read when a text in it is declared in another script. */
const SCRIPTS = [
  { script: 'Arab', letters: /\p{Script=Arabic}/u, lang: 'ar' },
  { script: 'Hebr', letters: /\p{Script=Hebrew}/u, lang: 'he' },
  { script: 'Grek', letters: /\p{Script=Greek}/u, lang: 'el' },
  { script: 'Latn', letters: /\p{Script=Latin}/u, lang: null },
] as const;

// Languages written in the scripts above (any other is taken as written in Latin letters, or in
// a script that has no one language to read it in: either way, never overridden towards it).
const WRITTEN_IN: Record<string, string> = {
  ar: 'Arab',
  arz: 'Arab',
  ara: 'Arab',
  fa: 'Arab',
  ur: 'Arab',
  ps: 'Arab',
  ckb: 'Arab',
  sd: 'Arab',
  ug: 'Arab',
  he: 'Hebr',
  iw: 'Hebr',
  yi: 'Hebr',
  el: 'Grek',
};

/** Share of a text's letters that must be in one script for it to outweigh the declared language. */
const OVERWHELMING = 0.8;
/** Letters looked at: enough to know, few enough to cost nothing on a long article. */
const SAMPLE = 4000;

/** The script a language tag is written in: its script subtag (`fa-Latn`), else its language's. */
export function scriptOfLang(lang: string): string {
  const subtag = normalizeLang(lang)
    .split('-')
    .slice(1)
    .find((part) => /^[a-z]{4}$/.test(part));
  if (subtag) return subtag[0]!.toUpperCase() + subtag.slice(1);
  return WRITTEN_IN[primarySubtag(lang)] ?? 'Latn';
}

/** The script most of `text`'s letters are in, and their share; null when it has no letter. */
export function dominantScript(text: string): { script: string; share: number } | null {
  const counts = new Map<string, number>();
  let letters = 0;
  for (const char of text.slice(0, SAMPLE)) {
    if (!/\p{L}/u.test(char)) continue;
    letters++;
    const script = SCRIPTS.find((entry) => entry.letters.test(char))?.script ?? 'other';
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  if (letters === 0) return null;
  const [script, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  return { script, share: count / letters };
}

// Letters of Persian and of Urdu that Arabic does not use (Farsi yeh and keheh are everywhere in Persian).
const PERSIAN_LETTERS = /[\u06CC\u06A9\u067E\u0686\u0698\u06AF]/gu;
const URDU_LETTERS = /[\u0679\u0688\u0691\u06BA\u06C1\u06D2]/gu;
/** Of the Arabic-script letters, the share of these that marks the text as that language. */
const OWN_LETTERS = 0.02;

/** The language of an Arabic-script text: Urdu or Persian by their own letters, else Arabic. */
export function arabicScriptLang(text: string): 'ar' | 'fa' | 'ur' {
  const sample = text.slice(0, SAMPLE);
  const letters = sample.match(/\p{Script=Arabic}/gu)?.length ?? 0;
  const count = (pattern: RegExp) => sample.match(pattern)?.length ?? 0;
  if (letters === 0) return 'ar';
  if (count(URDU_LETTERS) >= letters * OWN_LETTERS) return 'ur';
  return count(PERSIAN_LETTERS) >= letters * OWN_LETTERS ? 'fa' : 'ar';
}

/**
 * The language to read `text` in instead of `declared`, with why; null to keep `declared`. Only
 * when the text is overwhelmingly in a script the declared language is not written in, and that
 * script has one language to read it in (Arabic script: Arabic).
 */
export function langForScript(declared: string, text: string): { lang: string; reason: string } | null {
  const found = dominantScript(text);
  if (!found || found.share < OVERWHELMING || found.script === scriptOfLang(declared)) return null;
  const lang =
    found.script === 'Arab' ? arabicScriptLang(text) : SCRIPTS.find((entry) => entry.script === found.script)?.lang;
  if (!lang) return null;
  const percent = Math.round(found.share * 100);
  return {
    lang,
    reason: `${percent}% of the letters are in the ${found.script} script, which "${declared}" is not written in`,
  };
}
