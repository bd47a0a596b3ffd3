import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import * as ar from './generated/locales/ar.js';

// Runtime mode keeps one file that switches language without a reload; every catalogue is
// bundled because they are small (a few dozen strings each).
const catalogues: Record<string, typeof ar> = { ar };

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: async (locale) => catalogues[locale]!,
});

export { getLocale };

const supported: readonly string[] = [sourceLocale, ...targetLocales];

/** The first supported UI locale among `candidates` (BCP 47 tags, best first), else English. */
export function pickUiLocale(candidates: readonly (string | null | undefined)[]): string {
  for (const candidate of candidates) {
    if (!candidate) continue;
    const primary = candidate.toLowerCase().split(/[-_]/)[0]!;
    if (supported.includes(primary)) return primary;
  }
  return sourceLocale;
}

/** Text direction of a UI locale. */
export function directionOf(locale: string): 'rtl' | 'ltr' {
  return ['ar', 'fa', 'he', 'ur'].includes(locale.split('-')[0]!) ? 'rtl' : 'ltr';
}

/**
 * Switch the UI language. @lit/localize has one active locale per page, so readers that ask for
 * different languages on one page share the last one asked for.
 */
export function useUiLocale(locale: string): Promise<void> {
  return locale === getLocale() ? Promise.resolve() : setLocale(locale);
}
