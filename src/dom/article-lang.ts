import { langForScript } from '../text/script.js';
import type { ReadableArticle } from './article.js';

const chosen = new WeakMap<ReadableArticle, Map<string, string>>();
const told = new Set<string>();

/**
 * The language to read `article` in when its declared language is `declared`: `declared`, unless
 * its text is overwhelmingly in a script that language is not written in (text/script.ts); then
 * the script's language, said once in the console. Worked out once per article and language.
 */
export function readingLang(declared: string, article: ReadableArticle | null): string {
  if (!article) return declared;
  let known = chosen.get(article);
  if (!known) chosen.set(article, (known = new Map()));
  let lang = known.get(declared);
  if (lang === undefined) {
    const override = langForScript(declared, article.text);
    lang = override?.lang ?? declared;
    known.set(declared, lang);
    const key = `${declared}>${lang}`;
    if (override && !told.has(key)) {
      told.add(key);
      console.info(`<article-reader>: reading in "${lang}", not the declared lang="${declared}": ${override.reason}.`);
    }
  }
  return lang;
}
