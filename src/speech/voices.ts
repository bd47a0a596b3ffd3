import { normalizeLang, sameLanguage } from '../text/lang.js';
import { scriptOfLang } from '../text/script.js';
import type { Voice } from './engine.js';

// Names that platforms give their better voices (Edge/Windows "Natural", Apple "Enhanced"/"Premium").
const QUALITY_WORDS = /natural|neural|enhanced|premium|online/i;

/**
 * How well a voice fits a language, higher is better, or -1 when it does not speak it at all.
 * Ranking: the language's own script first (`fa` text: an Arabic-script Persian voice before a
 * `fa-Latn` one), then exact language and region, then any voice of the language; within those,
 * higher-quality voices, then the platform default, then local voices (they start faster).
 */
function voiceScore(voice: Voice, lang: string): number {
  if (!sameLanguage(voice.lang, lang)) return -1;
  let score = scriptOfLang(voice.lang) === scriptOfLang(lang) ? 1000 : 0;
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
 * What identifies a voice for the picker and the remembered choice: its voiceURI, or where the
 * platform gives none (WebKit: every voiceURI is empty) its name and language.
 */
export function voiceId(voice: Voice): string {
  return voice.voiceURI || `${voice.name}|${voice.lang}`;
}

/** Whether `wanted` (a voiceId, a name or a voiceURI) names this voice. */
export function isNamed(voice: Voice, wanted: string): boolean {
  return voiceId(voice) === wanted || voice.name === wanted || (voice.voiceURI !== '' && voice.voiceURI === wanted);
}

/**
 * The voice to use: the one the site owner or user named (by name or voiceURI) when it exists,
 * else the best-ranked voice for the language, else null. `inUse`, the voice already in use,
 * stays while the list grows (voices arrive in batches in Firefox) unless a better one arrives.
 */
export function chooseVoice(
  voices: readonly Voice[],
  lang: string,
  preferred?: string | null,
  inUse?: Voice | null,
): Voice | null {
  if (preferred) {
    const named = voices.find((v) => isNamed(v, preferred));
    if (named) return named;
  }
  const best = voicesFor(voices, lang)[0] ?? null;
  const kept = inUse ? voices.find((v) => voiceId(v) === voiceId(inUse) && v.name === inUse.name) : undefined;
  if (kept && best && voiceScore(kept, lang) >= voiceScore(best, lang)) return kept;
  return best;
}

/** Each voice once: iOS and Android list some twice (same name, language and voiceURI). */
export function uniqueVoices(voices: readonly Voice[]): Voice[] {
  const seen = new Set<string>();
  return voices.filter((v) => {
    const key = `${v.name}|${v.lang}|${v.voiceURI}`;
    return !seen.has(key) && !!seen.add(key);
  });
}

/**
 * The picker's short list of `ranked` (best first): the best few, and the voice in use wherever
 * it ranks (speech-dispatcher lists a voice per espeak variant: over a hundred for Arabic).
 */
export function shortList(ranked: readonly Voice[], inUse: Voice | null, size = 5): Voice[] {
  const list = ranked.slice(0, size);
  if (inUse && ranked.includes(inUse) && !list.includes(inUse)) list.push(inUse);
  return list;
}
