import { configureLocalization } from '@lit/localize';
import { primarySubtag } from './text/lang.js';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';

// Runtime mode switches language without a reload; each catalogue is fetched when a reader
// first asks for its language (a chunk of its own next to dist/article-reader.js).
const catalogues: Record<string, () => Promise<typeof import('./generated/locales/ar.js')>> = {
  ar: () => import('./generated/locales/ar.js'),
  fr: () => import('./generated/locales/fr.js'),
};

let runtime: ReturnType<typeof configureLocalization> | null = null;

/**
 * Configure @lit/localize on first use, not at import, so that importing the element's module has
 * no side effects. It has one active locale per page: readers that ask for different interface
 * languages on one page share the last one asked for.
 */
function localization(): ReturnType<typeof configureLocalization> {
  runtime ??= configureLocalization({
    sourceLocale,
    targetLocales,
    loadLocale: (locale) => catalogues[locale]!(),
  });
  return runtime;
}

export function getLocale(): string {
  return runtime ? runtime.getLocale() : sourceLocale;
}

const supported: readonly string[] = [sourceLocale, ...targetLocales];

/** The interface language chosen from `candidates` (best first), as a catalogue and a full tag. */
export interface UiLanguage {
  /** The catalogue: `en`, `ar` or `fr`. */
  locale: string;
  /** The tag asked for (e.g. `ar-EG`), which picks digits and number format. */
  tag: string;
}

export function pickUiLanguage(candidates: readonly (string | null | undefined)[]): UiLanguage {
  for (const candidate of candidates) {
    if (!candidate) continue;
    const primary = primarySubtag(candidate);
    if (supported.includes(primary)) return { locale: primary, tag: candidate.trim().replace(/_/g, '-') };
  }
  return { locale: sourceLocale, tag: sourceLocale };
}

/**
 * Switch the interface language (every reader re-renders with it). A catalogue that cannot be
 * fetched leaves the interface in the language it was in (false).
 */
export function useUiLocale(locale: string): Promise<boolean> {
  if (locale === getLocale()) return Promise.resolve(true);
  return localization()
    .setLocale(locale)
    .then(
      () => true,
      () => false,
    );
}

/** A bare `ar` asks for Arabic-Indic digits; any other tag keeps its CLDR default. */
function numberLocale(tag: string): string {
  return tag.toLowerCase() === 'ar' ? 'ar-u-nu-arab' : tag;
}

/**
 * Numbers in the interface language's own digits. A bare `ar` gets Arabic-Indic digits
 * (`١٫٥`); regional tags keep their own custom (`ar-MA` writes `1,5`).
 */
export function formatNumber(tag: string, value: number): string {
  return format(`number ${tag}`, () => new Intl.NumberFormat(numberLocale(tag), { maximumFractionDigits: 2 }), value);
}

// Making a formatter loads locale data (milliseconds); keep one per kind and tag.
const formatters = new Map<string, Intl.NumberFormat | null>();

function format(key: string, make: () => Intl.NumberFormat, value: number): string {
  if (!formatters.has(key)) {
    try {
      formatters.set(key, make());
    } catch {
      formatters.set(key, null); // an unknown tag: plain digits
    }
  }
  return formatters.get(key)?.format(value) ?? String(value);
}

/** A number of minutes with its unit, plural included ("3 minutes", "٣ دقائق", "3 minutes"). */
export function formatMinutes(tag: string, minutes: number): string {
  return format(
    `minutes ${tag}`,
    () => new Intl.NumberFormat(numberLocale(tag), { style: 'unit', unit: 'minute', unitDisplay: 'long' }),
    minutes,
  );
}
