import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReaderIntent, SendIntent } from '../intents.js';
import { shortcutFor, toolbarTarget } from './keyboard.js';

export interface KeyboardOptions {
  /** Where shortcuts work: only inside the reader, or anywhere on the page. */
  scope(): 'reader' | 'page';
  /** Whether the interface is right-to-left (arrows follow the visual order). */
  rtl(): boolean;
  send: SendIntent;
  /** Whether the reader offers this intent now (a key for an absent control is left alone). */
  offers?(intent: ReaderIntent): boolean;
}

/**
 * The keyboard: the toolbar's roving focus (one Tab stop, the last button used) and the
 * reader's shortcuts. The key decisions themselves are the pure functions of `keyboard.ts`.
 */
export class KeyboardController implements ReactiveController {
  /** The toolbar button that holds the toolbar's one Tab stop. */
  focusIndex = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: KeyboardOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.onShortcut);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.onShortcut);
  }

  readonly onToolbarKeydown = (event: KeyboardEvent): void => {
    const buttons = this.buttons();
    const target = toolbarTarget(event.key, this.focusIndex, buttons.length, this.options.rtl());
    if (target === null) return;
    event.preventDefault();
    this.focusIndex = target;
    this.host.requestUpdate();
    buttons[target]!.focus();
  };

  readonly onToolbarFocusin = (event: FocusEvent): void => {
    const index = this.buttons().indexOf(event.target as HTMLButtonElement);
    if (index < 0 || index === this.focusIndex) return;
    this.focusIndex = index;
    this.host.requestUpdate();
  };

  private buttons(): HTMLButtonElement[] {
    return [...(this.host.shadowRoot?.querySelectorAll<HTMLButtonElement>('[role="toolbar"] button') ?? [])];
  }

  /** Shortcuts: inside the reader always; on the whole page only when the scope is `page`. */
  private readonly onShortcut = (event: KeyboardEvent) => {
    if (!event.composedPath().includes(this.host) && this.options.scope() !== 'page') return;
    const intent = shortcutFor(event);
    if (!intent || this.options.offers?.(intent) === false) return;
    event.preventDefault();
    this.options.send(intent);
  };
}
