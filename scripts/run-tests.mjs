#!/usr/bin/env node
// Runs every test group (scripts/engines.mjs: which engine runs which group, and which files an
// engine leaves out, and why), one web-test-runner process per group, and the screen-reader
// checks (node:test), in two lanes side by side (LANES below), and prints one final line, alone
// on its line, summing them all:
//   N passed, N failed[, N skipped]
// Exits non-zero if anything failed. What each group needs (its browser, the private speech
// services, Xvfb and WebKitWebDriver) is started and stopped by web-test-runner.config.mjs; every
// process is a job of scripts/processes.mjs. This script keeps only what web-test-runner cannot do
// (CONTRIBUTING.md, "What the runner script does"): a group whose browser died before any test ran
// is run once more, and says so; a group that hangs is stopped; one group's crash (an uncaught
// WebDriver error ends the runner's process) costs only that group; the Orca checks are not
// browser tests.
// ARTICLE_READER_ENGINES=chromium,firefox runs only those engines; ARTICLE_READER_SKIP_REAL_SPEECH=1
// leaves out the groups that speak; ARTICLE_READER_SKIP_SCREEN_READER=1 the Orca checks.
// Counts come from a reporter in web-test-runner.config.mjs that writes totals to the JSON file
// named by ARTICLE_READER_TEST_RESULTS (more reliable than parsing the runner's output), and from
// node:test's own summary for the Orca checks.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './test-groups.mjs';
import { ENGINES, ENGINE_NAMES, engineBinaryMissing } from './engines.mjs';
import { freePort, runOwned, stopAll } from './processes.mjs';
import { startScreenReaderGroup, screenReaderSkipReason } from './screen-reader-group.mjs';

const GROUP_TIMEOUT_MS = 15 * 60_000; // hard stop for a hung runner
const skipRealSpeech = process.env.ARTICLE_READER_SKIP_REAL_SPEECH === '1';
const SPEAKING = new Set(['real-speech', 'webkit-speech']); // groups that need the speech services
const WTR_BIN = path.join(ROOT, 'node_modules', '@web', 'test-runner', 'dist', 'bin.js');

const totals = { passed: 0, failed: 0, skipped: 0 };
const notes = [];
let interrupted = false;

const log = (msg) => console.log(`[run-tests] ${msg}`);

function finalLine() {
  return `${totals.passed} passed, ${totals.failed} failed` + (totals.skipped ? `, ${totals.skipped} skipped` : '');
}

for (const [sig, num] of [
  ['SIGINT', 2],
  ['SIGTERM', 15],
  ['SIGHUP', 1],
]) {
  process.on(sig, async () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n[run-tests] ${sig}: stopping the test runner and the screen-reader checks...`);
    await stopAll();
    totals.failed += 1;
    console.log(`[run-tests] interrupted by ${sig}`);
    console.log(finalLine());
    process.exit(128 + num);
  });
}

async function runGroup(engine, group) {
  const resultsFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ar-wtr-')), 'results.json');
  const env = { ...process.env, ARTICLE_READER_ENGINE: engine, ARTICLE_READER_TEST_RESULTS: resultsFile };
  const args = [
    WTR_BIN,
    '--config',
    path.join(ROOT, 'web-test-runner.config.mjs'),
    '--group',
    group,
    '--static-logging',
    // Its own port: web-test-runner's default search from 8000 races with the other lane's.
    '--port',
    String(await freePort()),
  ];
  // SIGINT is what web-test-runner handles (it closes its browsers and exits; on SIGTERM puppeteer
  // only closes the browser and the runner can linger), then SIGKILL after 10 s.
  const { child, done } = runOwned(process.execPath, args, {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    handleSignals: false,
    stopSignal: 'SIGINT',
    graceMs: 10_000,
    timeoutMs: GROUP_TIMEOUT_MS,
  });
  // Kept until the group ends and printed whole: the other lane's output would interleave with it.
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const run = await done;
  log(`${engine} ${group}`);
  process.stdout.write(output);
  if (run.timedOut)
    console.error(
      `[run-tests] ${engine} ${group}: no result after ${GROUP_TIMEOUT_MS / 60_000} min; stopped the runner`,
    );
  return { ...run, resultsFile };
}

function readResults(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

// A browser that died before any test could report (at launch, or "Target closed" mid-run).
const BROWSER_DIED =
  /launch|target closed|browser (has )?(disconnected|closed)|protocol error|session not created|ECONNREFUSED|socket hang up/i;

function diedBeforeTests(code, r) {
  if (code === 0) return false;
  if (!r) return true;
  return r.testsFailed === 0 && (r.passed === 0 || r.problems.some((p) => BROWSER_DIED.test(p)));
}

const byEngine = {};

async function group(engine, name) {
  const tag = `${engine} ${name}`;
  let run = await runGroup(engine, name);
  let r = readResults(run.resultsFile);
  if (!interrupted && !run.error && diedBeforeTests(run.code, r)) {
    const why = (r?.problems?.[0] ?? `web-test-runner exited with code ${run.code} before reporting results`)
      .split('\n')[0]
      .trim();
    log(`${tag}: the browser failed before its tests ran (${why}); retrying once`);
    notes.push(`${tag}: retried once after: ${why}`);
    const first = run.seconds;
    run = await runGroup(engine, name);
    run.seconds += first;
    r = readResults(run.resultsFile);
  }
  const { code, error, seconds } = run;
  let { passed = 0, failed = 0, skipped = 0 } = r ?? {};
  if (error) notes.push(`${tag}: could not start web-test-runner: ${error.message}`);
  if (code !== 0 && failed === 0) {
    failed = 1; // the runner failed without a failing test: config error, crash, browser launch...
    notes.push(`${tag}: web-test-runner exited with code ${code}` + (r ? '' : ' before reporting results'));
  }
  for (const p of r?.problems ?? []) notes.push(`${tag}: ${p}`);
  if (r?.consoleErrors) notes.push(`${tag}: ${r.consoleErrors} console.error call(s) in the browser (see logs above)`);
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  const line = `${name} ${passed} passed, ${failed} failed, ${skipped} skipped (${seconds.toFixed(1)} s)`;
  (byEngine[engine] ??= { lines: [], seconds: 0 }).lines.push(line);
  byEngine[engine].seconds += seconds;
  log(`${tag}: ${passed} passed, ${failed} failed, ${skipped} skipped (${seconds.toFixed(1)} s)`);
}

function notRun(engine, name, why) {
  (byEngine[engine] ??= { lines: [], seconds: 0 }).lines.push(`${name} NOT RUN (${why})`);
}

async function runEngine(engine) {
  const missingBinary = engineBinaryMissing(engine);
  if (missingBinary) {
    totals.failed += 1;
    notes.push(`${engine}: browser not found at ${missingBinary} (run: node scripts/ensure-deps.mjs --test)`);
    notRun(engine, 'all groups', `no browser at ${missingBinary}`);
    return;
  }
  for (const name of ENGINES[engine].groups) {
    if (interrupted) return;
    if (SPEAKING.has(name) && skipRealSpeech) {
      log(`${engine} ${name}: SKIPPED (ARTICLE_READER_SKIP_REAL_SPEECH=1)`);
      notes.push(`${engine} ${name}: skipped by ARTICLE_READER_SKIP_REAL_SPEECH=1`);
      notRun(engine, name, 'ARTICLE_READER_SKIP_REAL_SPEECH=1');
      continue;
    }
    await group(engine, name);
  }
}

const t0 = Date.now();
const engines = (process.env.ARTICLE_READER_ENGINES || ENGINE_NAMES.join(','))
  .split(',')
  .map((e) => e.trim())
  .filter(Boolean);

/** The Orca checks (node:test), printed whole when they end. */
async function runScreenReader() {
  const why = screenReaderSkipReason();
  if (why) {
    totals.skipped += 1;
    log(`group screen-reader: SKIPPED (${why})`);
    return;
  }
  const r = await startScreenReaderGroup().done;
  log('screen-reader');
  process.stdout.write(r.output);
  totals.passed += r.passed;
  totals.failed += r.failed;
  totals.skipped += r.skipped;
  for (const p of r.problems) notes.push(`screen-reader: ${p}`);
  log(`group screen-reader: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped (${r.seconds.toFixed(1)} s)`);
}

// Two lanes side by side, each one job after another. Every job has its own browser, speech
// service and display, and the tests mostly wait (on speech, timers, the browser): one lane
// alone kept the 2-core machine about a quarter busy. WebKit and the Orca checks (both under
// Xvfb, the slowest two) share the second lane, so at most two jobs ever run at once.
const LANES = [
  ['chromium', 'firefox'],
  ['screen-reader', 'webkit'],
];

async function runLane(jobs) {
  for (const job of jobs) {
    if (interrupted) return;
    if (job === 'screen-reader') await runScreenReader();
    else await runEngine(job);
  }
}

try {
  const unknown = engines.filter((e) => !(e in ENGINES));
  if (unknown.length) throw new Error(`unknown engine(s) in ARTICLE_READER_ENGINES: ${unknown.join(', ')}`);
  if (!fs.existsSync(WTR_BIN)) {
    totals.failed += 1;
    notes.push(`web-test-runner not found at ${path.relative(ROOT, WTR_BIN)}: run npm ci`);
  } else {
    const jobs = [...engines, 'screen-reader'];
    const lanes = LANES.map((lane) => lane.filter((job) => jobs.includes(job)));
    lanes[0].push(...jobs.filter((job) => !LANES.flat().includes(job))); // an engine of no lane
    await Promise.all(lanes.map(runLane));
  }
} catch (e) {
  totals.failed += 1;
  notes.push(`run-tests crashed: ${e instanceof Error ? e.stack : e}`);
}

if (!interrupted) {
  for (const n of notes) log(n);
  for (const [engine, { lines, seconds }] of Object.entries(byEngine)) {
    log(`${engine} (${seconds.toFixed(1)} s): ${lines.join('; ')}`);
  }
  log(`total time ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  console.log(finalLine());
  process.exit(totals.failed > 0 ? 1 : 0);
}
