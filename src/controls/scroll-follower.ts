/** After the user scrolls, leave the page where they put it for this long. */
const USER_SCROLL_RESPECT_MS = 4000;
/** Scroll events this soon after our own scroll are ours (smooth scrolls go on a while). */
const OWN_SCROLL_MS = 1200;

/**
 * Keeps the sentence being read in view: when it leaves the viewport it is scrolled back, unless
 * the user scrolled in the last few seconds (they are looking elsewhere on purpose).
 */
export class ScrollFollower {
  private lastUserScroll = -Infinity;
  private ownScrollUntil = -Infinity;
  private readonly onScroll = () => {
    if (performance.now() > this.ownScrollUntil) this.lastUserScroll = performance.now();
  };

  connect(): void {
    // Capture: scrolls of any scrolling container in the page, not only the window.
    document.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
  }

  disconnect(): void {
    document.removeEventListener('scroll', this.onScroll, { capture: true });
  }

  reveal(range: Range | null): void {
    if (!range || performance.now() - this.lastUserScroll < USER_SCROLL_RESPECT_MS) return;
    const box = range.getBoundingClientRect();
    const inView = box.top >= 0 && box.bottom <= window.innerHeight;
    if (inView || (box.width === 0 && box.height === 0)) return;
    const block = range.startContainer.parentElement;
    if (!block) return;
    const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.ownScrollUntil = performance.now() + OWN_SCROLL_MS;
    block.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
  }
}
