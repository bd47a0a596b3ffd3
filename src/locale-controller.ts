import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { directionOf } from './text/lang.js';
import {
  formatMinutes,
  formatNumber,
  getLocale,
  pickUiLanguage,
  useUiLocale,
  type UiLanguage,
} from './localization.js';

/**
 * The one owner of the interface language: which catalogue, which direction, which digits. The
 * reader's own `ui-lang` wins, then the page's `<html lang>`, then the browser's languages.
 */
export class LocaleController implements ReactiveController {
  private ui: UiLanguage | null = null;
  private switching: Promise<void> | null = null;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly requested: () => string | null,
  ) {
    updateWhenLocaleChanges(host);
    host.addController(this);
  }

  hostUpdate(): void {
    const ui = pickUiLanguage([this.requested(), document.documentElement.lang, ...navigator.languages]);
    // Switch the page-wide locale only when this reader's own choice changes: two readers asking
    // for different languages would otherwise switch it back and forth forever.
    const changed = !this.ui || ui.locale !== this.ui.locale || ui.tag !== this.ui.tag;
    this.ui = ui;
    if (!changed) return;
    const switching = useUiLocale(ui.locale).then(() => {
      if (this.switching === switching) this.switching = null;
    });
    this.switching = switching;
  }

  /** While this reader's catalogue is being fetched: settles once it is in use (or failed). */
  get arriving(): Promise<void> | null {
    return this.switching;
  }

  /** The active catalogue's language (`en`, `ar` or `fr`). */
  get lang(): string {
    return getLocale();
  }

  get dir(): 'rtl' | 'ltr' {
    return directionOf(getLocale());
  }

  /** A number in the interface language's digits (`١٫٥` in Arabic). */
  format(value: number): string {
    return formatNumber(this.numberTag(), value);
  }

  /** A number of minutes with its unit, plural included. */
  minutes(value: number): string {
    return formatMinutes(this.numberTag(), value);
  }

  /** This reader's own tag (e.g. `ar-MA`) once its catalogue is the active one. */
  private numberTag(): string {
    return this.ui && this.ui.locale === getLocale() ? this.ui.tag : getLocale();
  }
}
