// @web/test-runner config (wtr 0.20.x, Node 20).
//
// Groups (select one with `--group NAME`; scripts/run-tests.mjs runs them one after the other):
//   unit         test/**/*.test.ts except test/real-speech/** and test/tts-engine/**: Chromium
//                WITHOUT --enable-speech-dispatcher, so speechSynthesis exists but has no voices.
//   tts-engine   test/tts-engine/**/*.test.ts: Chromium with a test-only chrome.ttsEngine
//                extension voice (test/tts-engine-extension/) that sends real word boundaries.
//   real-speech  test/real-speech/**/*.test.ts: Chromium WITH --enable-speech-dispatcher, one test
//                file at a time (one speech queue), long timeouts. Needs SPEECHD_ADDRESS from
//                scripts/speech-services.mjs; when it is not set, this config starts the services
//                itself for the run (and stops them afterwards).
// Without --group, `unit` runs, plus `real-speech` only when SPEECHD_ADDRESS is already set.
//
// Env:
//   CHROME_PATH                          browser binary (default /usr/bin/chromium)
//   ARTICLE_READER_TEST_RESULTS          file to write {passed, failed, skipped, ...} JSON to
//   ARTICLE_READER_FAIL_ON_CONSOLE_ERROR=1  count each console.error in the browser as a failure
import fs from 'node:fs';
import path from 'node:path';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { GROUPS, ROOT, findTestFiles } from './scripts/test-groups.mjs';
import { startSpeechServices, stopSpeechServices } from './scripts/speech-services.mjs';

const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

function selectedGroup(argv = process.argv) {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--group') return argv[i + 1];
    if (argv[i].startsWith('--group=')) return argv[i].slice('--group='.length);
  }
  return undefined;
}

const chosen = selectedGroup();
if (chosen !== undefined && !(chosen in GROUPS)) {
  console.error(`[wtr config] unknown group "${chosen}"; known groups: ${Object.keys(GROUPS).join(', ')}`);
  process.exit(2);
}
const wanted = chosen ? [chosen] : ['unit', ...(process.env.SPEECHD_ADDRESS ? ['real-speech'] : [])];
if (!chosen && !process.env.SPEECHD_ADDRESS) {
  console.log('[wtr config] real-speech group not run (no SPEECHD_ADDRESS). Run it with ' +
    '`npm run test:unit -- --group real-speech` or `node scripts/run-tests.mjs`.');
}
// wtr throws on a group without files; leave empty groups out and say so.
const groupNames = wanted.filter(name => {
  if (findTestFiles(name).length > 0) return true;
  console.log(`[wtr config] group "${name}" has no test files (${GROUPS[name].files.join(' ')}); skipped.`);
  return false;
});
if (groupNames.length === 0) {
  console.log('[wtr config] nothing to run.');
  writeResults({ passed: 0, failed: 0, skipped: 0, files: 0, problems: [], consoleErrors: 0 });
  process.exit(0);
}
const withRealSpeech = groupNames.includes('real-speech');

const TTS_EXTENSION = path.join(ROOT, 'test', 'tts-engine-extension');

function launcher({ speech = false, ttsExtension = false }) {
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
  const summarize = sessions => {
    const totals = { passed: 0, failed: 0, skipped: 0, files: sessions.length, problems: [], consoleErrors };
    for (const session of sessions) {
      const c = countTests(session.testResults, { passed: 0, failed: 0, skipped: 0 });
      totals.passed += c.passed;
      totals.failed += c.failed;
      totals.skipped += c.skipped;
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
        console.log(`\n[wtr] ${consoleErrors} console.error call(s) in the browser (logs above)` +
          (strictConsole ? ', counted as failures.' : '.'));
      }
    },
  };
}

// ---- real-speech: start private speech services unless the caller did -------------------------
function speechServicesPlugin() {
  let handle;
  return {
    name: 'article-reader-speech-services',
    async serverStart() {
      if (process.env.SPEECHD_ADDRESS) return;
      console.log('[wtr config] SPEECHD_ADDRESS not set: starting private speech services for this run.');
      handle = await startSpeechServices(undefined, { log: m => console.log(m) });
      Object.assign(process.env, handle.env); // Chromium inherits it when launched (after serverStart)
    },
    async serverStop() {
      if (handle) await stopSpeechServices(handle);
    },
  };
}

// `forced-colors` emulation (Windows High Contrast), which @web/test-runner-commands lacks.
// Tests call executeServerCommand('emulate-forced-colors', { active: true | false }).
function forcedColorsPlugin() {
  // The emulation lasts only as long as the DevTools session that set it: keep one per page.
  const clients = new WeakMap();
  return {
    name: 'article-reader-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      // Puppeteer's emulateMediaFeatures rejects this feature name; the DevTools protocol takes it.
      if (!clients.has(page)) clients.set(page, await page.createCDPSession());
      await clients.get(page).send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}

export default {
  rootDir: ROOT,
  nodeResolve: { exportConditions: ['production'] },
  plugins: [
    // tsconfig: esbuild then honours experimentalDecorators + useDefineForClassFields: false (Lit).
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: path.join(ROOT, 'tsconfig.json') }),
    forcedColorsPlugin(),
    ...(withRealSpeech ? [speechServicesPlugin()] : []),
  ],
  groups: groupNames.map(name => ({
    name,
    files: GROUPS[name].files,
    browsers: [launcher({ speech: name === 'real-speech', ttsExtension: name === 'tts-engine' })],
  })),
  testFramework: {
    config: { timeout: withRealSpeech ? 60_000 : 10_000 },
  },
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: withRealSpeech ? 300_000 : 120_000,
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
