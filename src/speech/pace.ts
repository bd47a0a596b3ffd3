import type { SpeakOptions } from './engine.js';
import { voiceId } from './voices.js';

// A pace is learned from utterances at least this long (shorter ones are mostly latency).
const MIN_MEASURED_MS = 1000;
// Weight of the newest utterance in a voice's running pace.
const NEWEST_WEIGHT = 0.5;

/**
 * How fast each voice speaks, in UTF-16 units of spoken text a second, learned from the utterances
 * that ended: per voice and rate, and per voice at rate 1 from utterances at rates of 1 and below.
 * WebKit maps rates above 1 onto Apple's own scale, where speed grows faster than the rate (WebKit
 * `PlatformSpeechSynthesizerCocoa.mm` `mapSpeechRateToPlatformRate`): a pace measured there says
 * nothing of other rates, so it is kept for its own rate only.
 */
export class VoicePaces {
  private readonly perSecond = new Map<string, number>();

  /** An utterance of `units` spoken with `options` ended `ms` after it started. */
  measure(options: SpeakOptions, units: number, ms: number): void {
    if (ms < MIN_MEASURED_MS || units <= 0) return;
    const seen = units / (ms / 1000);
    const key = paceKey(options);
    this.learn(`${key}@${options.rate}`, seen);
    if (options.rate <= 1) this.learn(key, seen / options.rate);
  }

  /** Units a second for `options`: measured at this very rate, else at rate 1 scaled by the rate. */
  of(options: SpeakOptions): number | undefined {
    const key = paceKey(options);
    const linear = this.perSecond.get(key);
    return this.perSecond.get(`${key}@${options.rate}`) ?? (linear && linear * options.rate);
  }

  private learn(key: string, seen: number): void {
    const known = this.perSecond.get(key);
    this.perSecond.set(key, known === undefined ? seen : known + NEWEST_WEIGHT * (seen - known));
  }
}

const paceKey = ({ voice, lang }: SpeakOptions): string => (voice ? voiceId(voice) : `|${lang}`);
