import { normalizeLang, primarySubtag } from '../text/lang.js';
import { scriptOfLang } from '../text/script.js';
import type { Voice } from './engine.js';

// Names that platforms give their better voices (Edge/Windows "Natural", Apple "Enhanced"/"Premium").
const QUALITY_WORDS = /natural|neural|enhanced|premium|online/i;

/** The voices of one language, best first, with their scores: ranked once, then reused. */
export interface RankedVoices {
  /** Every voice the ranking looked at (a named voice may speak another language). */
  readonly all: readonly Voice[];
  /** The voices that speak `lang`, best first (stable for equal scores). */
  readonly voices: readonly Voice[];
  /** Each of `voices`' score, in the same order. */
  readonly scores: readonly number[];
}

/**
 * Voices of `lang`, best first. Ranking: the language's own script first (`fa` text: an
 * Arabic-script Persian voice before a `fa-Latn` one), then exact language and region, then any
 * voice of the language; within those, higher-quality voices, then the platform default, then
 * local voices (they start faster). Each voice's tag is normalised once (speech-dispatcher
 * lists thousands of voices, and a ranking is kept until the list changes).
 */
export function rankVoices(all: readonly Voice[], lang: string): RankedVoices {
  const wanted = normalizeLang(lang);
  const language = primarySubtag(wanted);
  const script = scriptOfLang(wanted);
  const entries: { voice: Voice; score: number }[] = [];
  // Per tag as the platform spells it: its score for script and language, or -1 (another
  // language). Thousands of voices share a few hundred tags.
  const byTag = new Map<string, number>();
  for (const voice of all) {
    let score = byTag.get(voice.lang);
    if (score === undefined) {
      const own = normalizeLang(voice.lang);
      score =
        primarySubtag(own) !== language ? -1 : (scriptOfLang(own) === script ? 1000 : 0) + (own === wanted ? 100 : 0);
      byTag.set(voice.lang, score);
    }
    if (score < 0) continue;
    if (QUALITY_WORDS.test(voice.name)) score += 10;
    if (voice.default) score += 5;
    if (voice.localService) score += 1;
    entries.push({ voice, score });
  }
  entries.sort((a, b) => b.score - a.score); // stable: equal scores keep the platform's order
  return { all, voices: entries.map((e) => e.voice), scores: entries.map((e) => e.score) };
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
 * The voice to use from a ranking: the one the site owner or user named (by name or voiceURI)
 * when it exists, else the best-ranked voice, else null. `inUse`, the voice already in use, stays
 * while the list grows (voices arrive in batches in Firefox) unless a better one arrives.
 */
export function chooseVoice(ranked: RankedVoices, preferred?: string | null, inUse?: Voice | null): Voice | null {
  if (preferred) {
    const named = ranked.all.find((v) => isNamed(v, preferred));
    if (named) return named;
  }
  const best = ranked.voices[0] ?? null;
  const kept = inUse ? ranked.voices.findIndex((v) => voiceId(v) === voiceId(inUse) && v.name === inUse.name) : -1;
  if (kept >= 0 && ranked.scores[kept]! >= ranked.scores[0]!) return ranked.voices[kept]!;
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
