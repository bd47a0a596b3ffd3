/**
 * Keyboard behaviour of the control bar, as pure functions: the toolbar's roving focus
 * (WAI-ARIA APG toolbar pattern) and the reader's shortcuts.
 */
import type { ReaderIntent } from '../intents.js';

/**
 * The control to focus after `key` in a toolbar of `count` controls, or null if the key is not
 * a toolbar key. Arrows follow the visual order, so they are mirrored in right-to-left.
 */
export function toolbarTarget(key: string, current: number, count: number, rtl: boolean): number | null {
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case forward:
      return (current + 1) % count;
    case backward:
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/**
 * The intent of each shortcut, by physical key (`KeyboardEvent.code`), so they work the same on an
 * Arabic keyboard layout. Shown to assistive technology through `aria-keyshortcuts`.
 */
const SHORTCUT_INTENTS: Record<string, ReaderIntent> = {
  KeyK: { type: 'toggle' },
  MediaPlayPause: { type: 'toggle' },
  KeyS: { type: 'stop' },
  MediaStop: { type: 'stop' },
  KeyJ: { type: 'previous' },
  MediaTrackPrevious: { type: 'previous' },
  KeyL: { type: 'next' },
  MediaTrackNext: { type: 'next' },
  Minus: { type: 'rate-step', by: -1 },
  NumpadSubtract: { type: 'rate-step', by: -1 },
  Equal: { type: 'rate-step', by: 1 },
  NumpadAdd: { type: 'rate-step', by: 1 },
  KeyM: { type: 'listen' }, // the microphone (only when voice commands are offered)
};

/** `aria-keyshortcuts` values of the controls. */
export const KEY_SHORTCUTS = {
  toggle: 'K',
  stop: 'S',
  previous: 'J',
  next: 'L',
  slower: '-',
  faster: '=',
  listen: 'M',
};

/** True while the user is typing: shortcuts must never steal those keys. */
function isTyping(event: KeyboardEvent): boolean {
  const target = event.composedPath()[0];
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['range', 'checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  }
  return false;
}

/** The reader's intent for a key press, or null when the press is not ours to take. */
export function shortcutFor(event: KeyboardEvent): ReaderIntent | null {
  if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || isTyping(event)) return null;
  return SHORTCUT_INTENTS[event.code] ?? null;
}
