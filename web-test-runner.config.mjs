// @web/test-runner config (wtr 0.20.x, Node 20). `npm test` (scripts/run-tests.mjs) runs one
// group at a time with it; a contributor runs one with `npm run test:unit -- --group NAME`.
//
// Groups (scripts/test-groups.mjs lists their files; without --group, `unit` runs):
//   unit          every test but the three folders below; in Chromium WITHOUT
//                 --enable-speech-dispatcher, so speechSynthesis exists but has no voices.
//   tts-engine    test/tts-engine/: Chromium with a test-only chrome.ttsEngine extension voice
//                 (test/tts-engine-extension/) that sends real word boundaries.
//   real-speech   test/real-speech/: Chromium WITH --enable-speech-dispatcher (and Firefox), one
//                 test file at a time (one speech queue), long timeouts.
//   webkit-speech test/webkit-speech/: WebKit only (English flite voices, no Arabic).
// Each group names its browser (ARTICLE_READER_ENGINE=chromium|firefox|webkit, default chromium;
// scripts/engines.mjs says which groups each engine runs and which files it leaves out, and why),
// and what it needs is started by a plugin for the run and stopped after it: the private speech
// services for real-speech and webkit-speech (scripts/speech-services.mjs), Xvfb and
// WebKitWebDriver for WebKit (scripts/webkit-driver.mjs; after the speech services, whose
// PULSE_SERVER MiniBrowser inherits). Firefox and WebKit run one test file at a time.
//
// Env:
//   CHROME_PATH                          browser binary (default /usr/bin/chromium)
//   FIREFOX_PATH, MINIBROWSER_PATH       the other engines' binaries
//   ARTICLE_READER_TEST_RESULTS          file to write {passed, failed, skipped, ...} JSON to
//   ARTICLE_READER_FAIL_ON_CONSOLE_ERROR=1  count each console.error in the browser as a failure
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { GROUPS, ROOT, findTestFiles, groupFilesNamed } from './scripts/test-groups.mjs';
import { startSpeechServices, stopSpeechServices } from './scripts/speech-services.mjs';
import { ENGINES, MINIBROWSER, exclusionGlobs, exclusionLines } from './scripts/engines.mjs';
import { distCopiesMiddleware } from './scripts/dist-copies.mjs';
import { forcedColorsPlugin, keyChordPlugin } from './scripts/test-commands.mjs';
import { startWebKitDriver, stopWebKitDriver } from './scripts/webkit-driver.mjs';

const ENGINE = process.env.ARTICLE_READER_ENGINE || 'chromium';
if (!(ENGINE in ENGINES)) {
  console.error(`[wtr config] unknown ARTICLE_READER_ENGINE "${ENGINE}"; known: ${Object.keys(ENGINES).join(', ')}`);
  process.exit(2);
}
const CHROME_PATH = ENGINES.chromium.binary;
const CHROME_ARGS = ENGINES.chromium.args;

function selectedGroup(argv = process.argv) {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--group') return argv[i + 1];
    if (argv[i].startsWith('--group=')) return argv[i].slice('--group='.length);
  }
  return undefined;
}

// `--files a.test.ts b.test.ts`: run only those files of the group (wtr's own --files does not
// reach into groups).
function selectedFiles(argv = process.argv) {
  const at = argv.findIndex((arg) => arg === '--files' || arg.startsWith('--files='));
  if (at < 0) return null;
  const files = argv[at].startsWith('--files=') ? [argv[at].slice('--files='.length)] : [];
  for (let i = at + 1; i < argv.length && !argv[i].startsWith('--'); i++) files.push(argv[i]);
  return files.map((file) => path.relative(ROOT, path.resolve(file)).split(path.sep).join('/'));
}
const onlyFiles = selectedFiles();

const chosen = selectedGroup();
if (chosen !== undefined && !(chosen in GROUPS)) {
  console.error(`[wtr config] unknown group "${chosen}"; known groups: ${Object.keys(GROUPS).join(', ')}`);
  process.exit(2);
}
if (chosen !== undefined && !ENGINES[ENGINE].groups.includes(chosen)) {
  console.error(
    `[wtr config] group "${chosen}" does not run in ${ENGINE} (it runs: ${ENGINES[ENGINE].groups.join(', ')})`,
  );
  process.exit(2);
}
const wanted = [chosen ?? 'unit'];
// wtr throws on a group without files; leave empty groups out and say so.
const groupNames = wanted.filter((name) => {
  if (findTestFiles(name).length > 0) return true;
  console.log(`[wtr config] group "${name}" has no test files (${GROUPS[name].files.join(' ')}); skipped.`);
  return false;
});
if (groupNames.length === 0) {
  console.log('[wtr config] nothing to run.');
  writeResults({ passed: 0, failed: 0, skipped: 0, files: 0, problems: [], consoleErrors: 0 });
  process.exit(0);
}
// webkit-speech needs only the PulseAudio of the speech services (WebKit speaks through GStreamer).
const withRealSpeech = groupNames.includes('real-speech') || groupNames.includes('webkit-speech');
for (const name of groupNames) {
  for (const line of exclusionLines(ENGINE, name)) console.log(`[wtr config] ${ENGINE} ${name}: excluded ${line}`);
}

const TTS_EXTENSION = path.join(ROOT, 'test', 'tts-engine-extension');

function launcher({ speech = false, ttsExtension = false }) {
  if (ENGINE === 'firefox') return firefoxLauncher({ speech });
  if (ENGINE === 'webkit') return webkitLauncher();
  const args = [...CHROME_ARGS];
  if (speech) args.push('--enable-speech-dispatcher');
  if (ttsExtension) args.push(`--load-extension=${TTS_EXTENSION}`, `--disable-extensions-except=${TTS_EXTENSION}`);
  return chromeLauncher({
    concurrency: speech || ttsExtension ? 1 : undefined,
    launchOptions: {
      executablePath: CHROME_PATH,
      headless: true,
      args,
      // Puppeteer disables extensions by default; the test voice is one.
      ...(ttsExtension ? { ignoreDefaultArgs: ['--disable-extensions'] } : {}),
    },
  });
}

// Without a speech service of ours, Firefox spawns the system's speech-dispatcher (which cannot play
// audio here and outlives the browser). Outside real-speech, point it at a socket nobody serves: a
// real "no voice" Firefox, as Chromium without --enable-speech-dispatcher is.
const NO_SPEECHD = { SPEECHD_ADDRESS: `unix_socket:${path.join(os.tmpdir(), 'article-reader-no-speechd.sock')}` };

function firefoxLauncher({ speech }) {
  return puppeteerLauncher({
    concurrency: 1,
    launchOptions: {
      browser: 'firefox',
      executablePath: ENGINES.firefox.binary,
      headless: true,
      // Firefox MUST inherit SPEECHD_ADDRESS and PULSE_SERVER: without them it starts a system
      // speech-dispatcher of its own that cannot play audio (and outlives the browser). Read at
      // launch (a getter: the runner copies these options then), after speechServicesPlugin's
      // serverStart has set them; read when this config loads, they were not set yet and
      // Firefox had no speech service (7 of 8 real-speech tests failed).
      get env() {
        return { ...process.env, ...(speech ? {} : NO_SPEECHD) };
      },
      timeout: 60_000,
    },
  });
}

// The port is filled in by webkitDriverPlugin.
const webkitOptions = {
  automationProtocol: 'webdriver',
  hostname: '127.0.0.1',
  port: undefined,
  connectionRetryTimeout: 60_000,
  capabilities: {
    browserName: 'MiniBrowser',
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
  },
};

function webkitLauncher() {
  return webdriverLauncher(webkitOptions);
}

function webkitDriverPlugin() {
  let handle;
  return {
    name: 'article-reader-webkit-driver',
    async serverStart() {
      handle = await startWebKitDriver({ log: (m) => console.log(m) });
      webkitOptions.port = handle.port;
    },
    async serverStop() {
      await stopWebKitDriver(handle);
    },
  };
}

// ---- results: totals for scripts/run-tests.mjs, console errors surfaced -----------------------
let consoleErrors = 0;

function writeResults(results) {
  const file = process.env.ARTICLE_READER_TEST_RESULTS;
  if (file) fs.writeFileSync(file, JSON.stringify(results, null, 2));
}

function countTests(suite, acc) {
  if (!suite) return acc;
  for (const t of suite.tests ?? []) {
    if (t.skipped) acc.skipped++;
    else if (t.passed) acc.passed++;
    else acc.failed++;
  }
  for (const s of suite.suites ?? []) countTests(s, acc);
  return acc;
}

function totalsReporter() {
  const strictConsole = process.env.ARTICLE_READER_FAIL_ON_CONSOLE_ERROR === '1';
  const summarize = (sessions) => {
    // testsFailed: failing tests alone (the runner retries a run where no test ran or failed).
    const totals = {
      passed: 0,
      failed: 0,
      skipped: 0,
      testsFailed: 0,
      files: sessions.length,
      problems: [],
      consoleErrors,
    };
    for (const session of sessions) {
      const c = countTests(session.testResults, { passed: 0, failed: 0, skipped: 0 });
      totals.passed += c.passed;
      totals.failed += c.failed;
      totals.skipped += c.skipped;
      totals.testsFailed += c.failed;
      // A file that failed without a failing test (load error, uncaught error, timeout, hook error)
      // still counts as one failure.
      if (session.passed !== true && c.failed === 0) {
        totals.failed++;
        const msg = session.errors?.[0]?.message ?? `session ${session.status}`;
        totals.problems.push(`${path.relative(ROOT, session.testFile)}: ${msg}`);
      }
    }
    if (strictConsole) totals.failed += consoleErrors;
    return totals;
  };
  let last;
  return {
    onTestRunFinished({ sessions }) {
      last = summarize(sessions);
      writeResults(last);
    },
    stop({ sessions }) {
      last = summarize(sessions);
      writeResults(last);
      if (consoleErrors > 0) {
        console.log(
          `\n[wtr] ${consoleErrors} console.error call(s) in the browser (logs above)` +
            (strictConsole ? ', counted as failures.' : '.'),
        );
      }
    },
  };
}

// ---- real-speech, webkit-speech: private speech services for the run ---------------------------
function speechServicesPlugin() {
  let handle;
  return {
    name: 'article-reader-speech-services',
    async serverStart() {
      handle = await startSpeechServices(undefined, { log: (m) => console.log(m) });
      Object.assign(process.env, handle.env); // Chromium inherits it when launched (after serverStart)
    },
    async serverStop() {
      if (handle) await stopSpeechServices(handle);
    },
  };
}

export default {
  rootDir: ROOT,
  nodeResolve: { exportConditions: ['production'] },
  // Copies of dist/ under other paths, for the tests of the split build.
  middleware: [distCopiesMiddleware(ROOT)],
  plugins: [
    // tsconfig: esbuild then honours experimentalDecorators + useDefineForClassFields: false (Lit).
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: path.join(ROOT, 'tsconfig.json') }),
    forcedColorsPlugin(),
    keyChordPlugin(),
    ...(withRealSpeech ? [speechServicesPlugin()] : []),
    ...(ENGINE === 'webkit' ? [webkitDriverPlugin()] : []),
  ],
  ...(ENGINE === 'chromium' ? {} : { concurrency: 1 }),
  groups: groupNames.map((name) => ({
    name,
    files: onlyFiles ? groupFilesNamed(name, onlyFiles) : [...GROUPS[name].files, ...exclusionGlobs(ENGINE, name)],
    browsers: [launcher({ speech: name === 'real-speech', ttsExtension: name === 'tts-engine' })],
  })),
  testFramework: {
    config: { timeout: withRealSpeech ? 60_000 : 10_000 },
  },
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  // A hang guard per file, not a time budget: a busy machine can make the model test take minutes.
  testsFinishTimeout: 600_000,
  filterBrowserLogs(log) {
    if (log.type === 'error') consoleErrors++;
    return true;
  },
  reporters: [
    defaultReporter({ reportTestResults: true, reportTestProgress: true }),
    summaryReporter({ flatten: false, reportTestLogs: false, reportTestErrors: false }),
    totalsReporter(),
  ],
};
