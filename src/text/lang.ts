/**
 * Language tags (BCP 47), the one place that takes them apart. Browsers and platforms spell them
 * loosely (`ar_EG`, `AR-eg`), so every comparison goes through `normalizeLang`.
 */

/** Lower-case tag with `-` separators (`ar_EG` and `AR-eg` both become `ar-eg`). */
export function normalizeLang(lang: string): string {
  return lang.trim().replace(/_/g, '-').toLowerCase();
}

// Firefox on Android tags voices with three-letter codes, `ara-EG-f000` (ken107/read-aloud#405,
// HadrienGardeur/web-speech-recommended-voices#17): the codes of the languages we know.
const THREE_LETTER: ReadonlyMap<string, string> = new Map([
  ['ara', 'ar'],
  ['eng', 'en'],
  ['fra', 'fr'],
]);

/** The language without script or region (`ar-EG`, `ar_EG`, `ara-EG` → `ar`). */
export function primarySubtag(lang: string): string {
  // As normalizeLang(lang).split('-')[0], without building the whole tag (voice lists are long).
  const tag = lang.trim();
  const cut = tag.search(/[-_]/);
  const primary = (cut < 0 ? tag : tag.slice(0, cut)).toLowerCase();
  return THREE_LETTER.get(primary) ?? primary;
}

/** The two-letter region of a tag (`ar-EG` → `EG`), or null. */
export function regionSubtag(lang: string): string | null {
  const region = normalizeLang(lang)
    .split('-')
    .slice(1)
    .find((subtag) => /^[a-z]{2}$/.test(subtag));
  return region ? region.toUpperCase() : null;
}

/** Whether two tags name the same language, whatever their regions. */
export function sameLanguage(a: string, b: string): boolean {
  return primarySubtag(a) === primarySubtag(b);
}

const RIGHT_TO_LEFT = new Set(['ar', 'arz', 'ara', 'fa', 'he', 'ur', 'ps', 'yi']);

/** Text direction of a language. */
export function directionOf(lang: string): 'rtl' | 'ltr' {
  return RIGHT_TO_LEFT.has(primarySubtag(lang)) ? 'rtl' : 'ltr';
}
