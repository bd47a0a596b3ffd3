import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ArticleEdit } from '../dom/article.js';
import { lazyPart } from '../lazy-part.js';
import type { Playback, PlaybackOptions } from './playback.js';
import type { ReadingController } from './reading-controller.js';
import { ReaderState, type ReaderErrorCode } from './state.js';

/** The playback chunk (reading controller, highlight, normaliser: `playback.ts`). */
const playbackPart = lazyPart(() => import('./playback.js'));

/** What the element, its controls and the intents use of reading (the reading controller's). */
export type Reading = Pick<
  ReadingController,
  | 'state'
  | 'sentenceIndex'
  | 'loading'
  | 'error'
  | 'sentenceCount'
  | 'secondsLeft'
  | 'play'
  | 'readFrom'
  | 'pause'
  | 'stop'
  | 'next'
  | 'previous'
  | 'goTo'
  | 'respeak'
  | 'articleChanged'
>;

interface Waiting {
  run: ((reading: ReadingController) => unknown) | null;
  readonly play: boolean;
  result?: unknown;
}

/**
 * Reading, before and after the playback chunk arrives. Once it is here, every fact and intent is
 * the reading controller's. Before: nothing is held (idle, no place); an intent waits for the chunk
 * in order (a play unlocks speech at once, in the gesture that asked, and shows that it is
 * loading); pause or stop drop a waiting play. A chunk that cannot be fetched is said
 * (`load-failed`) if something waited for it, and the next intent tries again.
 */
export class ReadingLoader implements Reading, ReactiveController {
  private playback: Playback | null = null;
  private waiting: Waiting[] = [];
  private failed = false;
  /** While an intent waits for the chunk: settles once it has been carried out (or not). */
  arriving: Promise<void> | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: PlaybackOptions & {
      voices: { load(): Promise<unknown> };
      /** A fetch of the part settled (it is here, or it failed), before any waiting intent is carried out. */
      onFetched(): void;
    },
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.dropPlays();
  }

  /** Fetch the chunk (once) and start its controllers; null when it could not be fetched. */
  load(): Promise<Playback | null> {
    if (this.playback) return Promise.resolve(this.playback);
    return playbackPart
      .load()
      .then(
        (part) => (this.playback ??= part.startPlayback(this.host, this.options)),
        () => null,
      )
      .then((playback) => {
        this.options.onFetched();
        return playback;
      });
  }

  /** Whether the playback part is here. */
  get here(): boolean {
    return this.playback !== null;
  }

  /** Plan the first utterance and throw it away (once the part is here), so that play speaks at once. */
  rehearse(): void {
    this.playback?.rehearse();
  }

  get state(): ReaderState {
    return this.playback?.reading.state ?? ReaderState.idle;
  }
  get sentenceIndex(): number {
    return this.playback?.reading.sentenceIndex ?? -1;
  }
  get loading(): boolean {
    return this.playback ? this.playback.reading.loading : this.waiting.some((w) => w.play && w.run);
  }
  get error(): ReaderErrorCode | null {
    return this.playback ? this.playback.reading.error : this.failed ? 'load-failed' : null;
  }
  get sentenceCount(): number {
    return this.options.article()?.sentences.length ?? 0;
  }
  secondsLeft(): number | null {
    return this.playback?.reading.secondsLeft() ?? null;
  }

  play(): Promise<void> {
    return this.act((r) => r.play(), 'play') as Promise<void>;
  }
  readFrom(index: number): Promise<void> {
    if (!this.playback && !(Number.isInteger(index) && index >= 0 && index < this.sentenceCount)) {
      throw new RangeError(`readFrom: no sentence ${index} (there are ${this.sentenceCount})`);
    }
    return this.act((r) => r.readFrom(index), 'play') as Promise<void>;
  }
  pause(): void {
    this.act((r) => r.pause(), 'halt');
  }
  stop(): void {
    this.act((r) => r.stop(), 'halt');
  }
  next(): void {
    this.act((r) => r.next());
  }
  previous(): void {
    this.act((r) => r.previous());
  }
  goTo(index: number): void {
    this.act((r) => r.goTo(index));
  }
  respeak(): void {
    this.playback?.reading.respeak(); // nothing is said before the chunk
  }
  articleChanged(edit: ArticleEdit | null): void {
    this.playback?.reading.articleChanged(edit); // no place is held before the chunk
  }

  /**
   * Carry out `run` on the reading controller, now or once the chunk is here. A play waiting
   * already is not asked for twice; a halt (pause, stop) drops the waiting plays and waits only
   * behind other intents.
   */
  private act(run: (reading: ReadingController) => unknown, kind?: 'play' | 'halt'): unknown {
    if (this.playback) return run(this.playback.reading);
    if (kind === 'play' && this.loading) return Promise.resolve();
    if (kind === 'halt' && !this.dropPlays()) return;
    return this.later(run, kind === 'play');
  }

  /** Carry out `run` once the chunk is here, after the intents that came before it. */
  private later(run: (reading: ReadingController) => unknown, play: boolean): Promise<void> {
    const waiting: Waiting = { run, play };
    this.waiting.push(waiting);
    this.failed = false;
    if (play) {
      // Still in the gesture: unlock speech now, and ask for the voices while the chunk comes.
      this.options.engine().prime?.();
      void this.options.voices.load();
    }
    this.host.requestUpdate();
    const arriving = (this.arriving ??= this.load().then((playback) => this.arrived(playback)));
    return arriving.then(() => waiting.result as Promise<void> | undefined);
  }

  private arrived(playback: Playback | null): void {
    this.arriving = null;
    const waiting = this.waiting.splice(0).filter((w) => w.run);
    if (playback) {
      for (const w of waiting) w.result = w.run!(playback.reading);
      return;
    }
    this.host.requestUpdate();
    if (waiting.length === 0) return;
    this.failed = true;
    this.options.onError('load-failed');
  }

  /** Drop the plays waiting for the chunk (a pause or stop won); true if anything still waits. */
  private dropPlays(): boolean {
    let dropped = false;
    for (const w of this.waiting) {
      if (!w.play || !w.run) continue;
      w.run = null;
      dropped = true;
    }
    if (dropped) this.host.requestUpdate();
    return this.waiting.some((w) => w.run);
  }
}
