import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { micIcon, nextIcon, pauseIcon, playIcon, previousIcon, stopIcon } from '../icons.js';
import type { ReaderIntent, SendIntent } from '../intents.js';
import { continueMessage, listenDescription, progressMessage, timeLeftMessage } from '../messages.js';
import { MAX_RATE, MIN_RATE, RATE_STEP } from '../reading/rate.js';
import type { Voice } from '../speech/engine.js';
import { voiceId } from '../speech/voices.js';
import { KEY_SHORTCUTS } from './keyboard.js';
import { readerStatus, type StatusFacts } from './status.js';
import type { ListenView } from './voice-command-controller.js';
import { voiceLabel } from './voice-label.js';

/** The interface language's side of the bar (the locale controller). */
export interface BarLocale {
  readonly lang: string;
  readonly dir: 'rtl' | 'ltr';
  format(value: number): string;
  minutes(value: number): string;
}

/** The facts the control bar shows; it words them in the interface language itself. */
export interface ControlBarView extends StatusFacts {
  sentenceIndex: number;
  sentenceCount: number;
  rate: number;
  /** The voices the picker offers (its short list, or all). */
  voices: readonly Voice[];
  voice: Voice | null;
  /** Whether the picker shows all its voices; null when the short list holds them all. */
  allVoices: boolean | null;
  /** Index of the toolbar button that holds the toolbar's one Tab stop. */
  focusIndex: number;
  /** Estimated seconds of reading left, or null before reading. */
  secondsLeft: number | null;
  /** A remembered place (sentence index) the listener may continue from, or null. */
  resumeOffer: number | null;
  /** The live region's text (throttled; discrete changes only). */
  announcement: string;
  /** The voice-command toggle, or null when it is not offered. */
  listen: ListenView | null;
}

/** What the controls do: send intents that carry their values, never DOM events to pick apart. */
export interface ControlBarActions {
  send: SendIntent;
  toolbarKeydown(event: KeyboardEvent): void;
  toolbarFocusin(event: FocusEvent): void;
}

// The picker's options, made anew only when the voices offered, the voice in use or the
// interface language change (a play renders the bar many times; a label costs an Intl lookup).
const madeOptions = new WeakMap<readonly Voice[], [Voice | null, string, TemplateResult[]]>();

function voiceOptions(voices: readonly Voice[], voice: Voice | null, lang: string): TemplateResult[] {
  const made = madeOptions.get(voices);
  if (made?.[0] === voice && made[1] === lang) return made[2];
  const options = voices.map(
    (v) => html`<option value=${voiceId(v)} ?selected=${v === voice}>${voiceLabel(v, lang)}</option>`,
  );
  madeOptions.set(voices, [voice, lang, options]);
  return options;
}

/**
 * The control bar: a toolbar of native buttons with one Tab stop (roving tabindex), then the
 * speed slider and voice picker outside it, so their arrow keys never fight the toolbar's.
 * Disabled actions stay focusable and announced (`aria-disabled`), never `disabled`.
 * The progress bar is hidden from screen readers: Orca announced its every change ("40 percent")
 * over our speech, cutting it at each sentence; the same fact is in the progress text beside it.
 */
export function renderControlBar(view: ControlBarView, locale: BarLocale, on: ControlBarActions): TemplateResult {
  const { state, sentenceIndex: index, sentenceCount: count, listen } = view;
  // The Tab stop falls back to play when the button holding it is gone (voice commands turned off).
  const focus = view.focusIndex < (listen ? 5 : 4) ? view.focusIndex : 0;
  const playing = state === 'playing' || view.loading;
  const status = readerStatus(view);
  const rateText = `${locale.format(view.rate)}×`;
  const progress = index >= 0 ? progressMessage(locale.format(index + 1), locale.format(count)) : '';
  const seconds = view.secondsLeft;
  const timeLeft = seconds === null ? '' : timeLeftMessage(locale.minutes(Math.max(1, Math.round(seconds / 60))));
  const button = (
    index: number,
    part: string,
    label: string,
    enabled: boolean,
    intent: ReaderIntent,
    icon: TemplateResult,
    shortcut: string,
  ) =>
    html` <button
      part=${part}
      type="button"
      aria-label=${label}
      title=${label}
      aria-keyshortcuts=${shortcut}
      aria-disabled=${enabled ? 'false' : 'true'}
      tabindex=${index === focus ? 0 : -1}
      @click=${() => enabled && on.send(intent)}
    >
      ${icon}
    </button>`;
  return html`
    <div part="controls" lang=${locale.lang} dir=${locale.dir}>
      <div
        role="toolbar"
        aria-label=${msg('Article reader')}
        class="buttons"
        @keydown=${on.toolbarKeydown}
        @focusin=${on.toolbarFocusin}
      >
        ${button(
          0,
          'play',
          playing ? msg('Pause') : msg('Play'),
          true,
          { type: 'toggle' },
          playing ? pauseIcon : playIcon,
          KEY_SHORTCUTS.toggle,
        )}
        ${button(1, 'stop', msg('Stop'), state === 'playing' || state === 'paused', { type: 'stop' }, stopIcon, KEY_SHORTCUTS.stop)}
        ${button(
          2,
          'previous',
          msg('Previous sentence'),
          count > 0 && index > 0,
          { type: 'previous' },
          previousIcon,
          KEY_SHORTCUTS.previous,
        )}
        ${button(3, 'next', msg('Next sentence'), count > 0 && index + 1 < count, { type: 'next' }, nextIcon, KEY_SHORTCUTS.next)}
        ${
          listen
            ? html`<button
                part="listen"
                type="button"
                aria-label=${msg('Voice commands')}
                title=${`${msg('Voice commands')}: ${listenDescription(listen.onDevice)}`}
                aria-pressed=${listen.listening ? 'true' : 'false'}
                aria-describedby="listen-about"
                aria-keyshortcuts=${KEY_SHORTCUTS.listen}
                tabindex=${focus === 4 ? 0 : -1}
                @click=${() => on.send({ type: 'listen' })}
              >
                ${micIcon}
              </button>`
            : nothing
        }
      </div>
      ${listen ? html`<span id="listen-about" hidden>${listenDescription(listen.onDevice)}</span>` : nothing}
      <label class="rate">
        <span>${msg('Speed')}</span>
        <input
          part="rate"
          type="range"
          min=${MIN_RATE}
          max=${MAX_RATE}
          step=${RATE_STEP}
          .value=${String(view.rate)}
          aria-valuetext=${rateText}
          aria-keyshortcuts=${`${KEY_SHORTCUTS.slower} ${KEY_SHORTCUTS.faster}`}
          @input=${(event: Event) => on.send({ type: 'rate', rate: Number((event.target as HTMLInputElement).value) })}
        />
        <span aria-hidden="true">${rateText}</span>
      </label>
      ${
        view.voices.length > 1
          ? html`<label class="voice">
                <span>${msg('Voice')}</span>
                <select
                  part="voice"
                  id="voice-list"
                  @change=${(event: Event) =>
                    on.send({ type: 'voice', voice: (event.target as HTMLSelectElement).value })}
                >
                  ${voiceOptions(view.voices, view.voice, locale.lang)}
                </select>
              </label>
              ${
                view.allVoices === null
                  ? nothing
                  : html`<button
                      type="button"
                      class="more"
                      aria-expanded=${view.allVoices ? 'true' : 'false'}
                      aria-controls="voice-list"
                      @click=${() => on.send({ type: 'more-voices' })}
                    >
                      ${msg('More voices')}
                    </button>`
              }`
          : nothing
      }
    </div>
    <div class="status-line" lang=${locale.lang} dir=${locale.dir}>
      <span part="status" ?data-error=${status.error}>${status.text}</span>
      ${
        view.resumeOffer !== null
          ? html`<button part="resume" type="button" class="resume" @click=${() => on.send({ type: 'resume' })}>
              ${continueMessage(locale.format(view.resumeOffer + 1))}
            </button>`
          : nothing
      }
      <span part="progress">${progress}</span>
      <span part="time-left">${timeLeft}</span>
      ${
        progress
          ? html`<progress
              part="progress-bar"
              max=${count}
              .value=${index + 1}
              aria-hidden="true"
              aria-label=${msg('Reading progress')}
              aria-valuetext=${progress}
            ></progress>`
          : nothing
      }
    </div>
    <div role="status" class="visually-hidden" lang=${locale.lang}>${view.announcement}</div>
    <slot></slot>
  `;
}
