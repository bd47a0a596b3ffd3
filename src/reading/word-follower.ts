import type { SpeakOptions, SpeechEngine } from '../speech/engine.js';
import type { Span } from '../text/index.js';

/** Arabic read by a typical voice at rate 1, before the engine has measured this voice. */
const TYPICAL_UNITS_PER_SECOND = 12;
// A boundary this many times beyond where the estimate puts the voice, plus these units, is not
// believed (the estimate may be slow: WebKit's rates above 1 are faster than the rate says).
const FAR_AHEAD = 4;
const AHEAD_SLACK_UNITS = 40;

/** A word of the article (flat-text offsets) and where the voice reaches it in the spoken text. */
export interface WordCue {
  word: Span;
  spokenAt: number;
}

/**
 * UTF-16 units a second that speech with `options` takes: the engine's measured pace of the voice,
 * else a typical voice's.
 */
export function paceOf(engine: SpeechEngine, options: SpeakOptions): number {
  return engine.paceOf?.(options) ?? TYPICAL_UNITS_PER_SECOND * options.rate;
}

/** Estimated seconds of speech from sentence `from` to the end at `pace()`; null before reading. */
export function secondsFrom(sentences: readonly Span[] | undefined, from: number, pace: () => number): number | null {
  if (!sentences || from < 0) return null;
  let units = 0;
  for (let i = from; i < sentences.length; i++) units += sentences[i]!.end - sentences[i]!.start;
  return units / pace();
}

/**
 * Follows the word being spoken in one utterance. Real `boundary` events win; where a voice
 * sends none (Linux, Android, Google network voices) the word is estimated from the time since
 * the utterance started and the voice's pace, which the speech engine measures.
 */
export class WordFollower {
  /** Per voice, whether it sends word boundary events: unknown until an utterance tells. */
  private readonly sendsWords = new Map<string, boolean>();
  private cues: WordCue[] = [];
  /** UTF-16 units of spoken text a second, for this utterance. */
  private pace = TYPICAL_UNITS_PER_SECOND;
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
   * normalised: longer or shorter than the article's) each article word begins; `pace` is how
   * many units of it a second the voice speaks (see {@link paceOf}).
   */
  prepare(cues: WordCue[], pace: number, voiceKey: string): void {
    this.stop();
    this.cues = cues;
    this.pace = pace;
    this.voiceKey = voiceKey;
    this.sawBoundary = false;
    this.lastBoundary = 0;
  }

  /** The voice started speaking the prepared utterance. */
  started(now = performance.now()): void {
    this.startedAt = now;
    if (this.sendsWords.get(this.voiceKey) !== true) this.scheduleEstimate(0);
  }

  /**
   * A real word boundary at offset `spokenAt` of the spoken text. One that goes backwards, or
   * runs far ahead of where the voice can be by now, is ignored: Apple voices sometimes send a
   * `charIndex` far from the word being said (readium/speech#64).
   */
  boundary(spokenAt: number, now = performance.now()): void {
    const expected = ((now - this.startedAt) / 1000) * this.pace;
    if (spokenAt < this.lastBoundary || spokenAt > FAR_AHEAD * expected + AHEAD_SLACK_UNITS) return;
    this.lastBoundary = spokenAt;
    this.sawBoundary = true;
    this.sendsWords.set(this.voiceKey, true);
    this.clearTimer();
    let cue = this.cues[0];
    for (const candidate of this.cues) {
      if (candidate.spokenAt > spokenAt) break;
      cue = candidate;
    }
    this.setCurrent(cue?.word ?? null);
  }

  /** The utterance ended normally: learn whether this voice sends words. */
  ended(): void {
    if (this.cues.length > 1 && !this.sawBoundary) this.sendsWords.set(this.voiceKey, false);
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

  /** Show word `index` now and wake up when the estimate says the next one begins. */
  private scheduleEstimate(index: number): void {
    const cue = this.cues[index];
    if (!cue || this.sawBoundary) return;
    this.setCurrent(cue.word);
    const next = this.cues[index + 1];
    if (!next) return;
    const unitsPerMs = this.pace / 1000;
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
