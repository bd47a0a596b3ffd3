import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface LifecycleOptions {
  /** Whether the reader is reading now. */
  playing(): boolean;
  /** The page is going away (or into the back/forward cache): hold the place, silently. */
  pause(): void;
  /** The page came back from the back/forward cache: show the place that was held. */
  returned(): void;
}

/**
 * The page around the reader: leaving it pauses (WebKit cancels speech when a page enters the
 * back/forward cache, mdn/dom-examples#307), a return from that cache shows the held place,
 * paused; and while reading, a screen wake lock keeps a phone from locking its screen, which
 * would stop the voice (internetarchive/bookreader#1076; morsebrowser#211 holds one too). The
 * platform drops the lock whenever the page is hidden: it is asked for again on return.
 */
export class PageLifecycle implements ReactiveController {
  private lock: WakeLockSentinel | null = null;
  // Counts lock requests: one answered after a later release (or request) lets its lock go.
  private asked = 0;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: LifecycleOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.onPageHide);
    window.addEventListener('pageshow', this.onPageShow);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.onPageHide);
    window.removeEventListener('pageshow', this.onPageShow);
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.release();
  }

  /** Reading started or stopped: hold the screen on while it reads. */
  readingChanged(): void {
    if (this.options.playing()) void this.hold();
    else this.release();
  }

  private async hold(): Promise<void> {
    const api = navigator.wakeLock;
    if (!api || document.hidden || (this.lock && !this.lock.released)) return;
    const asked = ++this.asked;
    try {
      const lock = await api.request('screen');
      if (asked === this.asked && this.options.playing()) this.lock = lock;
      else void lock.release();
    } catch {
      // Refused (battery saver, a frame without permission): reading goes on without it.
    }
  }

  private release(): void {
    this.asked++;
    const lock = this.lock;
    this.lock = null;
    if (lock && !lock.released) lock.release().catch(() => {});
  }

  private readonly onPageHide = () => this.options.pause();
  private readonly onPageShow = (event: PageTransitionEvent) => event.persisted && this.options.returned();
  private readonly onVisibility = () => !document.hidden && this.readingChanged();
}
