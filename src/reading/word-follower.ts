import type { Span } from '../text/index.js';

/** Arabic read by a typical voice at rate 1, before this voice has been measured. */
const DEFAULT_UNITS_PER_SECOND = 12;
// Weight of the newest measurement in the running speed estimate.
const CALIBRATION_WEIGHT = 0.5;
// A boundary this many times beyond where the estimate puts the voice, plus these units, is not
// believed (the estimate may be slow: WebKit's rates above 1 are faster than the rate says).
const FAR_AHEAD = 4;
const AHEAD_SLACK_UNITS = 40;

/** A word of the article (flat-text offsets) and where the voice reaches it in the spoken text. */
export interface WordCue {
  word: Span;
  spokenAt: number;
}

interface VoiceSpeed {
  /** Whether this voice sends word boundary events: unknown until an utterance tells. */
  sendsWords: boolean | undefined;
  /** Measured UTF-16 units per second at rate 1. */
  unitsPerSecond: number;
}

/**
 * Follows the word being spoken in one utterance. Real `boundary` events win; where a voice
 * sends none (Linux, Android, Google network voices) the word is estimated from the time since
 * the utterance started and this voice's measured speed, re-measured at every utterance end.
 */
export class WordFollower {
  private readonly speeds = new Map<string, VoiceSpeed>();
  private cues: WordCue[] = [];
  private spokenLength = 0;
  private rate = 1;
  private voiceKey = '';
  private startedAt = 0;
  private sawBoundary = false;
  private lastBoundary = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The word being spoken (flat-text offsets), or null. */
  current: Span | null = null;

  constructor(private readonly show: (word: Span | null) => void) {}

  /**
   * A new utterance is about to be spoken: `cues` say where in its spoken text (which may be
   * normalised: longer or shorter than the article's) each article word begins.
   */
  prepare(cues: WordCue[], spokenLength: number, rate: number, voiceKey: string): void {
    this.stop();
    this.cues = cues;
    this.spokenLength = spokenLength;
    this.rate = rate;
    this.voiceKey = voiceKey;
    this.sawBoundary = false;
    this.lastBoundary = 0;
  }

  /** The voice started speaking the prepared utterance. */
  started(now = performance.now()): void {
    this.startedAt = now;
    if (this.speed().sendsWords !== true) this.scheduleEstimate(0);
  }

  /**
   * A real word boundary at offset `spokenAt` of the spoken text. One that goes backwards, or
   * runs far ahead of where the voice can be by now, is ignored: Apple voices sometimes send a
   * `charIndex` far from the word being said (readium/speech#64).
   */
  boundary(spokenAt: number, now = performance.now()): void {
    const expected = ((now - this.startedAt) / 1000) * this.speed().unitsPerSecond * this.rate;
    if (spokenAt < this.lastBoundary || spokenAt > FAR_AHEAD * expected + AHEAD_SLACK_UNITS) return;
    this.lastBoundary = spokenAt;
    this.sawBoundary = true;
    this.speed().sendsWords = true;
    this.clearTimer();
    let cue = this.cues[0];
    for (const candidate of this.cues) {
      if (candidate.spokenAt > spokenAt) break;
      cue = candidate;
    }
    this.setCurrent(cue?.word ?? null);
  }

  /** The utterance ended normally: learn this voice's speed and whether it sends words. */
  ended(now = performance.now()): void {
    const speed = this.speed();
    const seconds = (now - this.startedAt) / 1000;
    const units = this.spokenLength;
    if (this.cues.length > 1 && !this.sawBoundary) speed.sendsWords = false;
    if (seconds > 0.2 && units > 0) {
      const measured = units / seconds / this.rate;
      speed.unitsPerSecond += CALIBRATION_WEIGHT * (measured - speed.unitsPerSecond);
    }
    this.stop();
  }

  /** Stop following (pause, stop, error); the last word stays known in `current` until reset. */
  stop(): void {
    this.clearTimer();
  }

  reset(): void {
    this.stop();
    this.setCurrent(null);
  }

  /** Measured speed of a voice, in UTF-16 units per second at rate 1 (for estimates and tests). */
  unitsPerSecond(voiceKey: string): number {
    return this.speeds.get(voiceKey)?.unitsPerSecond ?? DEFAULT_UNITS_PER_SECOND;
  }

  private speed(): VoiceSpeed {
    let speed = this.speeds.get(this.voiceKey);
    if (!speed) {
      speed = { sendsWords: undefined, unitsPerSecond: DEFAULT_UNITS_PER_SECOND };
      this.speeds.set(this.voiceKey, speed);
    }
    return speed;
  }

  /** Show word `index` now and wake up when the estimate says the next one begins. */
  private scheduleEstimate(index: number): void {
    const cue = this.cues[index];
    if (!cue || this.sawBoundary) return;
    this.setCurrent(cue.word);
    const next = this.cues[index + 1];
    if (!next) return;
    const unitsPerMs = (this.speed().unitsPerSecond * this.rate) / 1000;
    const dueAt = this.startedAt + next.spokenAt / unitsPerMs;
    this.timer = setTimeout(() => this.scheduleEstimate(index + 1), Math.max(0, dueAt - performance.now()));
  }

  private setCurrent(word: Span | null): void {
    if (word === this.current) return;
    this.current = word;
    this.show(word);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
