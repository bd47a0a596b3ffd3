/**
 * What to say for a sentence, as pure functions: the utterance-sized chunks (with their own
 * language where the article marks one), and, for the text actually spoken, where each article
 * word begins in it. No DOM, no speech: the reading controller calls these and speaks the result.
 */
import type { ReadableArticle } from '../dom/article.js';
import type { LanguageRun } from '../dom/text-map.js';
import { sameLanguage } from '../text/lang.js';
import type { Voice } from '../speech/engine.js';
import { speechChunks } from '../text/chunks.js';
import type { Span } from '../text/segment/sentences.js';
import { normalizeForSpeech } from '../text/normalize/index.js';
import { langForScript } from '../text/script.js';
import { wordSpans } from '../text/words.js';
import type { WordCue } from './word-follower.js';

/** One utterance's worth of a sentence; `lang`/`voice` when it is in another language. */
export interface Chunk extends Span {
  lang?: string;
  voice?: Voice;
}

/** An utterance ready to hand to the engine. */
export interface PlannedUtterance {
  /** What the voice hears: normalised ("50%" → "50 بالمئة"). */
  text: string;
  lang: string;
  /** Where each article word (flat-text offsets) begins in `text`. */
  cues: WordCue[];
}

/**
 * Utterance-sized chunks of `sentence`. A run marked with another language gets utterances of
 * its own when `voiceFor` finds a voice for it; otherwise it stays in the article language's
 * utterance (a voice for another language would mangle it worse than ours). A run marked with a
 * language its text is not written in (Arabic marked `en-US` by a theme) is read as the article.
 */
export function planChunks(
  text: string,
  sentence: Span,
  runs: readonly LanguageRun[],
  speechLang: string,
  voiceFor: (lang: string) => Voice | null,
): Chunk[] {
  const chunks: Chunk[] = [];
  let pending: Span | null = null;
  const flush = () => {
    if (pending) chunks.push(...speechChunks(text, pending));
    pending = null;
  };
  for (const run of runs) {
    const other = run.lang && !sameLanguage(run.lang, speechLang) ? run.lang : null;
    const voice = other && !langForScript(other, text.slice(run.start, run.end)) ? voiceFor(other) : null;
    if (voice) {
      flush();
      for (const chunk of speechChunks(text, run)) chunks.push({ ...chunk, lang: run.lang!, voice });
    } else {
      pending = pending ? { start: pending.start, end: run.end } : { start: run.start, end: run.end };
    }
  }
  flush();
  return chunks.length > 0 ? chunks : speechChunks(text, sentence);
}

/**
 * The utterance for `chunk` of the article text, starting at `from` (the chunk's start, or the
 * word where reading resumes), with a cue for each of the sentence's `words` it contains.
 */
export function planUtterance(
  text: string,
  chunk: Chunk,
  from: number,
  speechLang: string,
  words: readonly Span[],
): PlannedUtterance {
  const lang = chunk.lang ?? speechLang;
  const spoken = normalizeForSpeech(text.slice(from, chunk.end), { lang });
  return { text: spoken.text, lang, cues: wordCues(spoken, from, words) };
}

/**
 * Plan the first utterance of `article` and throw it away: the first call of the normaliser, of
 * the word segmenter (Intl.Segmenter is slow to make) and of this code costs several times what
 * the next ones do. Run while the page is idle, it keeps that cost out of the click on play.
 */
export function rehearse(article: ReadableArticle, speechLang: string): void {
  const sentence = article.sentences[0];
  if (!sentence) return;
  const chunk = speechChunks(article.text, sentence)[0];
  if (chunk) planUtterance(article.text, chunk, chunk.start, speechLang, article.sentenceWords(0));
}

/** Where each article word begins in the spoken text, through the normaliser's offset map. */
export function wordCues(
  spoken: { text: string; toSource(offset: number): number },
  from: number,
  words: readonly Span[],
): WordCue[] {
  const cues: WordCue[] = [];
  for (const spokenWord of wordSpans(spoken.text)) {
    const at = from + spoken.toSource(spokenWord.start);
    // The article word at or before that point ("بالمئة" spoken for "%" belongs to "50%").
    const word = words.findLast((w) => w.start <= at) ?? words.find((w) => w.start >= from);
    if (word && word.start >= from && cues[cues.length - 1]?.word !== word) {
      cues.push({ word, spokenAt: spokenWord.start });
    }
  }
  return cues;
}
