import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReaderIntent } from '../intents.js';
import { lazyPart } from '../lazy-part.js';
import { recognizer } from './recognizer.js';
import type { ListenView, VoiceCommandController, VoiceCommandOptions } from './voice-command-controller.js';

// The controller, the command phrases and their matcher: fetched only for a reader with
// `voice-commands` in a browser that can recognise speech.
const part = lazyPart(() => import('./voice-command-controller.js'));

/**
 * Stands in for the {@link VoiceCommandController} until it has arrived: nothing is offered
 * meanwhile, and a failed fetch leaves the listen control out, said once with `onLoadError`.
 */
export class VoiceCommands implements ReactiveController {
  private controller: VoiceCommandController | null = null;
  private fetching = false;
  /** While the controller is being fetched. */
  arriving: Promise<void> | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: VoiceCommandOptions & { onLoadError(): void },
  ) {
    host.addController(this);
  }

  get view(): ListenView | null {
    return this.controller?.view ?? null;
  }

  get message(): string | null {
    return this.controller?.message ?? null;
  }

  hostUpdate(): void {
    if (this.controller || this.fetching || this.options.mode() === null || !recognizer()) return;
    this.fetching = true;
    this.arriving = part.load().then(
      ({ VoiceCommandController }) => {
        this.arriving = null;
        // Adding a controller to a connected host connects it; the update asks the browser.
        this.controller = new VoiceCommandController(this.host, this.options);
        this.host.requestUpdate();
      },
      () => {
        this.arriving = null;
        this.options.onLoadError();
      },
    );
  }

  interruptedBy(intent: ReaderIntent): void {
    this.controller?.interruptedBy(intent);
  }

  toggle(): void {
    this.controller?.toggle();
  }
}
