import { normalizeLang, sameLanguage } from '../lang.js';
import type { Voice } from './engine.js';

// Names that platforms give their better voices (Edge/Windows "Natural", Apple "Enhanced"/"Premium").
const QUALITY_WORDS = /natural|neural|enhanced|premium|online/i;

/**
 * How well a voice fits a language, higher is better, or -1 when it does not speak it at all.
 * Ranking: exact language and region first, then any voice of the language; within those,
 * higher-quality voices, then the platform default, then local voices (they start faster).
 */
function voiceScore(voice: Voice, lang: string): number {
  if (!sameLanguage(voice.lang, lang)) return -1;
  let score = 0;
  if (normalizeLang(voice.lang) === normalizeLang(lang)) score += 100;
  if (QUALITY_WORDS.test(voice.name)) score += 10;
  if (voice.default) score += 5;
  if (voice.localService) score += 1;
  return score;
}

/** Voices that speak `lang`, best first (stable for equal scores). */
export function voicesFor(voices: readonly Voice[], lang: string): Voice[] {
  return voices
    .map((voice, order) => ({ voice, order, score: voiceScore(voice, lang) }))
    .filter((entry) => entry.score >= 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((entry) => entry.voice);
}

/**
 * The voice to use: the one the site owner or user named (by name or voiceURI) when it exists,
 * else the best-ranked voice for the language, else null.
 */
export function chooseVoice(
  voices: readonly Voice[],
  lang: string,
  preferred?: string | null,
): Voice | null {
  if (preferred) {
    const named = voices.find((v) => v.name === preferred || v.voiceURI === preferred);
    if (named) return named;
  }
  return voicesFor(voices, lang)[0] ?? null;
}
