import { readStored, writeStored } from './storage.js';

/** The listener's choices (speed, voice), kept across pages; skipped where storage is refused. */
export interface Preferences {
  rate?: number;
  voice?: string;
}

const KEY = 'preferences';

export function loadPreferences(): Preferences {
  const saved = readStored(KEY);
  if (!saved || typeof saved !== 'object') return {};
  const { rate, voice } = saved as Record<string, unknown>;
  return {
    ...(typeof rate === 'number' && Number.isFinite(rate) ? { rate } : {}),
    ...(typeof voice === 'string' ? { voice } : {}),
  };
}

export function savePreferences(change: Preferences): void {
  writeStored(KEY, { ...loadPreferences(), ...change });
}
