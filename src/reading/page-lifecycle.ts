import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface LifecycleOptions {
  /** Whether the reader is reading now. */
  playing(): boolean;
  /** The page is going away (or into the back/forward cache): hold the place, silently. */
  pause(): void;
}

/**
 * The page around the reader: leaving it pauses, keeping the place (WebKit cancels speech when a
 * page enters the back/forward cache, WebKit PR #65834; a page back from that cache finds the
 * reader paused there, its highlight kept with the document); and while reading, a screen wake lock keeps a phone from locking its screen, which
 * would stop the voice (internetarchive/bookreader#1076; morsebrowser#211 holds one too). The
 * platform drops the lock whenever the page is hidden: it is asked for again on return.
 */
export class PageLifecycle implements ReactiveController {
  private lock: Promise<WakeLockSentinel | undefined> | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: LifecycleOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('pagehide', this);
    document.addEventListener('visibilitychange', this);
  }

  hostDisconnected(): void {
    removeEventListener('pagehide', this);
    document.removeEventListener('visibilitychange', this);
    this.release();
  }

  handleEvent(event: Event): void {
    if (event.type === 'pagehide') this.options.pause();
    else if (!document.hidden) this.readingChanged();
  }

  /** Reading started or stopped: hold the screen on while it reads. */
  readingChanged(): void {
    if (!this.options.playing()) return this.release();
    const api = navigator.wakeLock;
    if (this.lock || !api || document.hidden) return;
    const lock = (this.lock = api.request('screen').then(
      (held) => {
        // Let go by the platform (the page was hidden): asked for again on return.
        held.onrelease = () => this.lock === lock && (this.lock = undefined);
        return held;
      },
      // Refused (battery saver, a frame without permission): reading goes on without it.
      () => undefined,
    ));
  }

  private release(): void {
    const lock = this.lock;
    this.lock = undefined;
    void lock?.then((held) => held?.release());
  }
}
