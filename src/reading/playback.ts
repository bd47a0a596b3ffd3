/**
 * The playback part, a chunk of its own in `dist/` (with the normaliser, its largest piece): the
 * reading controller, the highlight, the page lifecycle and everything that speaks. The entry
 * shows the controls and indexes without it; `ReadingLoader` fetches it when the page is idle after
 * the article is indexed, and a play that comes first waits for it (speech unlocked in the gesture).
 */
import type { ReactiveControllerHost } from 'lit';
import { HighlightController } from '../dom/highlighter.js';
import { PageLifecycle } from './page-lifecycle.js';
import { ReadingController } from './reading-controller.js';
import type { ReadingOptions } from './reading-options.js';
import { ReaderState } from './state.js';
import { rehearse } from './utterance-plan.js';

export interface PlaybackOptions extends Omit<ReadingOptions, 'highlight'> {
  /** Whether to scroll the sentence being read into view. */
  autoscroll(): boolean;
  /** The page is going away: pause, keeping the place. */
  pause(): void;
}

export interface Playback {
  readonly reading: ReadingController;
  /** Plan the first utterance and throw it away (see `rehearse`), so that play speaks at once. */
  rehearse(): void;
}

/** The playback controllers, added to `host` (connected at once if it is). */
export function startPlayback(host: ReactiveControllerHost & HTMLElement, options: PlaybackOptions): Playback {
  const highlight = new HighlightController(host, { article: options.article, autoscroll: options.autoscroll });
  const lifecycle = new PageLifecycle(host, {
    playing: () => reading.state === ReaderState.playing,
    pause: options.pause,
  });
  const reading: ReadingController = new ReadingController(host, {
    ...options,
    highlight,
    onStateChange: (state) => {
      lifecycle.readingChanged();
      options.onStateChange(state);
    },
  });
  return {
    reading,
    rehearse: () => {
      const article = options.article();
      if (article) rehearse(article, options.lang());
    },
  };
}
