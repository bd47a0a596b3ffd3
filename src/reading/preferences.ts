/**
 * The listener's choices (speed, voice) kept across pages in localStorage, namespaced, and
 * silently skipped where storage is unavailable (private modes, sandboxed frames, quotas).
 */
const PREFIX = 'article-reader:';

export interface Preferences {
  rate?: number;
  voice?: string;
}

/** localStorage, or null where the page may not use it. */
export function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // Accessing localStorage itself throws in some sandboxed frames.
  }
}

export function loadPreferences(): Preferences {
  try {
    const raw = storage()?.getItem(`${PREFIX}preferences`);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (!parsed || typeof parsed !== 'object') return {};
    const { rate, voice } = parsed as Record<string, unknown>;
    return {
      ...(typeof rate === 'number' && Number.isFinite(rate) ? { rate } : {}),
      ...(typeof voice === 'string' ? { voice } : {}),
    };
  } catch {
    return {};
  }
}

export function savePreferences(change: Preferences): void {
  try {
    storage()?.setItem(`${PREFIX}preferences`, JSON.stringify({ ...loadPreferences(), ...change }));
  } catch {
    // Full or refused storage: the choice still applies to this page.
  }
}
