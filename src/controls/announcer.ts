import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A screen reader hears at most one status change a second. */
const MIN_INTERVAL_MS = 1000;

/**
 * What the live region says: discrete changes only (never sentence text), at most once a
 * second. A change that comes sooner waits, and only the latest waiting one is said.
 */
export class Announcer implements ReactiveController {
  /** The text in the live region now. */
  text = '';
  private lastAt = -Infinity;
  private waiting: string | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  announce(message: string): void {
    if (message === (this.waiting ?? this.text)) return;
    const wait = this.lastAt + MIN_INTERVAL_MS - performance.now();
    if (wait <= 0) {
      this.say(message);
      return;
    }
    this.waiting = message;
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      const latest = this.waiting;
      this.waiting = null;
      if (latest !== null) this.say(latest);
    }, wait);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.waiting = null;
  }

  private say(message: string): void {
    this.text = message;
    this.lastAt = performance.now();
    this.host.requestUpdate();
  }
}
