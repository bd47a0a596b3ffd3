import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { nextIcon, pauseIcon, playIcon, previousIcon, stopIcon } from '../icons.js';
import type { Voice } from '../speech/engine.js';
import { MAX_RATE, MIN_RATE, RATE_STEP } from '../reading/rate.js';
import { KEY_SHORTCUTS } from './keyboard.js';

/** Everything the control bar shows, computed by the element from the reading state. */
export interface ControlBarView {
  playing: boolean;
  canStop: boolean;
  canGoBack: boolean;
  canGoForward: boolean;
  rate: number;
  rateText: string;
  voices: readonly Voice[];
  voice: Voice | null;
  voiceLabel(voice: Voice): string;
  /** Index of the toolbar button that holds the toolbar's one Tab stop. */
  focusIndex: number;
  /** Interface language and direction. */
  lang: string;
  dir: 'rtl' | 'ltr';
  /** "Sentence 3 of 20", or empty before reading. */
  progress: string;
  progressValue: number;
  progressMax: number;
  /** "About 3 minutes left", or empty. */
  timeLeft: string;
  /** "Continue from sentence 12" when a remembered place can be resumed, else null. */
  resumeOffer: string | null;
  /** The visible status or error line. */
  status: string;
  isError: boolean;
  /** The live region's text (throttled; discrete changes only). */
  announcement: string;
}

/** What the controls ask for: intents that carry their values, never DOM events to pick apart. */
export interface ControlBarActions {
  toggle(): void;
  resume(): void;
  stop(): void;
  previous(): void;
  next(): void;
  setRate(rate: number): void;
  selectVoice(voiceURI: string): void;
  toolbarKeydown(event: KeyboardEvent): void;
  toolbarFocusin(event: FocusEvent): void;
}

/**
 * The control bar: a toolbar of native buttons with one Tab stop (roving tabindex), then the
 * speed slider and voice picker outside it, so their arrow keys never fight the toolbar's.
 * Disabled actions stay focusable and announced (`aria-disabled`), never `disabled`.
 */
export function renderControlBar(view: ControlBarView, on: ControlBarActions): TemplateResult {
  const button = (index: number, part: string, label: string, enabled: boolean, action: () => void,
    icon: TemplateResult, shortcut: string) => html`
    <button part=${part} type="button" aria-label=${label} title=${label} aria-keyshortcuts=${shortcut}
      aria-disabled=${enabled ? 'false' : 'true'} tabindex=${index === view.focusIndex ? 0 : -1}
      @click=${() => enabled && action()}>${icon}</button>`;
  return html`
    <div part="controls" lang=${view.lang} dir=${view.dir}>
      <div role="toolbar" aria-label=${msg('Article reader')} class="buttons"
        @keydown=${on.toolbarKeydown} @focusin=${on.toolbarFocusin}>
        ${button(0, 'play', view.playing ? msg('Pause') : msg('Play'), true, on.toggle,
          view.playing ? pauseIcon : playIcon, KEY_SHORTCUTS.toggle)}
        ${button(1, 'stop', msg('Stop'), view.canStop, on.stop, stopIcon, KEY_SHORTCUTS.stop)}
        ${button(2, 'previous', msg('Previous sentence'), view.canGoBack, on.previous, previousIcon,
          KEY_SHORTCUTS.previous)}
        ${button(3, 'next', msg('Next sentence'), view.canGoForward, on.next, nextIcon, KEY_SHORTCUTS.next)}
      </div>
      <label class="rate">
        <span>${msg('Speed')}</span>
        <input part="rate" type="range" min=${MIN_RATE} max=${MAX_RATE} step=${RATE_STEP}
          .value=${String(view.rate)} aria-valuetext=${view.rateText}
          aria-keyshortcuts=${`${KEY_SHORTCUTS.slower} ${KEY_SHORTCUTS.faster}`} @input=${(event: Event) => on.setRate(Number((event.target as HTMLInputElement).value))} />
        <span aria-hidden="true">${view.rateText}</span>
      </label>
      ${view.voices.length > 1
        ? html`<label class="voice">
            <span>${msg('Voice')}</span>
            <select part="voice" @change=${(event: Event) => on.selectVoice((event.target as HTMLSelectElement).value)}>
              ${view.voices.map((voice) => html`<option value=${voice.voiceURI} ?selected=${voice === view.voice}>
                ${view.voiceLabel(voice)}</option>`)}
            </select>
          </label>`
        : nothing}
    </div>
    <div class="status-line" lang=${view.lang} dir=${view.dir}>
      <span part="status" ?data-error=${view.isError}>${view.status}</span>
      ${view.resumeOffer
        ? html`<button part="resume" type="button" class="resume" @click=${on.resume}>${view.resumeOffer}</button>`
        : nothing}
      <span part="progress">${view.progress}</span>
      <span part="time-left">${view.timeLeft}</span>
      ${view.progress
        ? html`<progress part="progress-bar" max=${view.progressMax} .value=${view.progressValue + 1}
            aria-label=${msg('Reading progress')} aria-valuetext=${view.progress}></progress>`
        : nothing}
    </div>
    <div role="status" class="visually-hidden" lang=${view.lang}>${view.announcement}</div>
    <slot></slot>
  `;
}
