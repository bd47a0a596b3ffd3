// Test groups shared by web-test-runner.config.mjs and scripts/run-tests.mjs (plain Node).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * unit:        test/**\/*.test.ts except test/real-speech/** and test/tts-engine/**, Chromium
 *              without speech-dispatcher (speechSynthesis exists but has no voices: a real
 *              "no voice" environment).
 * tts-engine:  test/tts-engine/**\/*.test.ts, Chromium with a test-only chrome.ttsEngine voice.
 * real-speech: test/real-speech/**\/*.test.ts, Chromium with --enable-speech-dispatcher (and
 *              Firefox), talking to the private services of scripts/speech-services.mjs.
 * webkit-speech: test/webkit-speech/**\/*.test.ts, WebKit's own flite voices (English only).
 * Which engine runs which group, and what an engine leaves out: scripts/engines.mjs.
 */
export const GROUPS = {
  unit: {
    files: ['test/**/*.test.ts', '!test/real-speech/**', '!test/tts-engine/**', '!test/webkit-speech/**'],
    match: (rel) =>
      rel.startsWith('test/') &&
      !['test/real-speech/', 'test/tts-engine/', 'test/webkit-speech/'].some((dir) => rel.startsWith(dir)),
  },
  // Chromium with a test-only chrome.ttsEngine extension (test/tts-engine-extension/): a voice
  // that sends real `word` boundary events, which Linux's speech-dispatcher voices never do.
  'tts-engine': {
    files: ['test/tts-engine/**/*.test.ts'],
    match: (rel) => rel.startsWith('test/tts-engine/'),
  },
  'real-speech': {
    files: ['test/real-speech/**/*.test.ts'],
    match: (rel) => rel.startsWith('test/real-speech/'),
  },
  // WebKit only: its flite voices speak English and no Arabic, so real speech there is an English
  // article read through, and an Arabic one that must say it has no voice.
  'webkit-speech': {
    files: ['test/webkit-speech/**/*.test.ts'],
    match: (rel) => rel.startsWith('test/webkit-speech/'),
  },
};

function walk(dir, out) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile() && e.name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

/** Test files of a group, relative to the repo root, with forward slashes. */
export function findTestFiles(groupName, root = ROOT) {
  const group = GROUPS[groupName];
  if (!group) throw new Error(`unknown test group "${groupName}" (known: ${Object.keys(GROUPS).join(', ')})`);
  return walk(path.join(root, 'test'), [])
    .map((p) => path.relative(root, p).split(path.sep).join('/'))
    .filter(group.match)
    .sort();
}
