/**
 * Changes waiting to be told to the host, in order. They are told only once the change that
 * queued them is complete. A listener may change things again meanwhile: what that queues is
 * told after, by the same loop (never nested), and `tell` checks every notice against the
 * present when its turn comes, so one that a listener made untrue is dropped, not told late.
 */
export class Notices<T> {
  private queue: T[] = [];
  private delivering = false;

  constructor(private readonly tell: (notice: T) => void) {}

  add(notice: T): void {
    this.queue.push(notice);
  }

  deliver(): void {
    if (this.delivering) return; // the outer call goes on with what this one queued
    this.delivering = true;
    try {
      for (let notice = this.queue.shift(); notice !== undefined; notice = this.queue.shift()) this.tell(notice);
    } finally {
      this.delivering = false;
    }
  }
}
