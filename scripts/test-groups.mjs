// Test groups shared by web-test-runner.config.mjs and scripts/run-tests.mjs (plain Node): each
// is a list of globs, listed with globby, the library web-test-runner itself lists them with.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import globby from 'globby';

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
  },
  // Chromium with a test-only chrome.ttsEngine extension (test/tts-engine-extension/): a voice
  // that sends real `word` boundary events, which Linux's speech-dispatcher voices never do.
  'tts-engine': { files: ['test/tts-engine/**/*.test.ts'] },
  'real-speech': { files: ['test/real-speech/**/*.test.ts'] },
  // WebKit only: its flite voices speak English and no Arabic, so real speech there is an English
  // article read through, and an Arabic one that must say it has no voice.
  'webkit-speech': { files: ['test/webkit-speech/**/*.test.ts'] },
};

/** Test files of a group, relative to the root, sorted. */
export function findTestFiles(groupName, root = ROOT) {
  const group = GROUPS[groupName];
  if (!group) throw new Error(`unknown test group "${groupName}" (known: ${Object.keys(GROUPS).join(', ')})`);
  return globby.sync(group.files, { cwd: root, gitignore: false }).sort();
}

/** The files of a group that `patterns` (paths or globs, relative to the root) name. */
export function groupFilesNamed(groupName, patterns, root = ROOT) {
  const inGroup = new Set(findTestFiles(groupName, root));
  return globby.sync(patterns, { cwd: root }).filter((file) => inGroup.has(file));
}
