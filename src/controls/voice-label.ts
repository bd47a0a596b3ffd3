import { regionSubtag } from '../text/lang.js';
import type { Voice } from '../speech/engine.js';

/** A voice's name, with its region where the name does not say it (e.g. "Laila (Egypt)"). */
export function voiceLabel(voice: Voice, uiLocale: string): string {
  const region = regionSubtag(voice.lang);
  if (!region) return voice.name;
  let regionName = region;
  try {
    regionName = new Intl.DisplayNames([uiLocale], { type: 'region' }).of(region) ?? region;
  } catch {
    // An unknown region code: show the code itself.
  }
  return voice.name.includes(regionName) ? voice.name : `${voice.name} (${regionName})`;
}
