#!/usr/bin/env node
// Runs every test group (scripts/engines.mjs: which engine runs which group, and which files an
// engine leaves out, and why), one web-test-runner process per group, one after the other, then
// the screen-reader checks, and prints one final line, alone on its line, summing them all:
//   N passed, N failed[, N skipped]
// Exits non-zero if anything failed. What each group needs (its browser, the private speech
// services, Xvfb and WebKitWebDriver) is started and stopped by web-test-runner.config.mjs. This
// script keeps only what web-test-runner cannot do (CONTRIBUTING.md, "What the runner script does"):
// a group whose browser died before any test ran is run once more, and says so; a group that hangs
// is stopped; one group's crash (an uncaught WebDriver error ends the runner's process) costs only
// that group; the Orca checks are not browser tests.
// ARTICLE_READER_ENGINES=chromium,firefox runs only those engines; ARTICLE_READER_SKIP_REAL_SPEECH=1
// leaves out the groups that speak; ARTICLE_READER_SKIP_SCREEN_READER=1 the Orca checks.
// Counts come from a reporter in web-test-runner.config.mjs that writes totals to the JSON file
// named by ARTICLE_READER_TEST_RESULTS (more reliable than parsing the runner's output).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './test-groups.mjs';
import { ENGINES, ENGINE_NAMES, engineBinaryMissing } from './engines.mjs';
import { runScreenReaderGroup, screenReaderSkipReason } from './screen-reader-group.mjs';

const GROUP_TIMEOUT_MS = 15 * 60_000; // hard stop for a hung runner
const skipRealSpeech = process.env.ARTICLE_READER_SKIP_REAL_SPEECH === '1';
const SPEAKING = new Set(['real-speech', 'webkit-speech']); // groups that need the speech services
const WTR_BIN = path.join(ROOT, 'node_modules', '@web', 'test-runner', 'dist', 'bin.js');

const totals = { passed: 0, failed: 0, skipped: 0 };
const notes = [];
let child = null;
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
    console.error(`\n[run-tests] ${sig}: stopping the test runner...`);
    await stopRunner(child);
    totals.failed += 1;
    console.log(`[run-tests] interrupted by ${sig}`);
    console.log(finalLine());
    process.exit(128 + num);
  });
}

/**
 * Stop web-test-runner: SIGINT is what it handles (it closes its browsers and exits; on SIGTERM
 * puppeteer only closes the browser and the runner can linger), then SIGKILL after 10 s.
 */
function stopRunner(proc) {
  if (!proc || proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => proc.kill('SIGKILL'), 10_000);
    proc.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    proc.kill('SIGINT');
  });
}

function runGroup(engine, group) {
  const resultsFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ar-wtr-')), 'results.json');
  const env = { ...process.env, ARTICLE_READER_ENGINE: engine, ARTICLE_READER_TEST_RESULTS: resultsFile };
  const args = [
    WTR_BIN,
    '--config',
    path.join(ROOT, 'web-test-runner.config.mjs'),
    '--group',
    group,
    '--static-logging',
  ];
  const started = Date.now();
  return new Promise((resolve) => {
    child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: 'inherit' });
    const timer = setTimeout(() => {
      console.error(
        `[run-tests] ${engine} ${group}: no result after ${GROUP_TIMEOUT_MS / 60_000} min; killing the runner`,
      );
      stopRunner(child);
    }, GROUP_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: 127, error, resultsFile, seconds: (Date.now() - started) / 1000 });
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      child = null;
      resolve({
        code: code ?? 128 + (os.constants.signals[signal] ?? 0),
        resultsFile,
        seconds: (Date.now() - started) / 1000,
      });
    });
  });
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
    log(`${engine} ${name}`);
    await group(engine, name);
  }
}

const t0 = Date.now();
const engines = (process.env.ARTICLE_READER_ENGINES || ENGINE_NAMES.join(','))
  .split(',')
  .map((e) => e.trim())
  .filter(Boolean);
try {
  const unknown = engines.filter((e) => !(e in ENGINES));
  if (unknown.length) throw new Error(`unknown engine(s) in ARTICLE_READER_ENGINES: ${unknown.join(', ')}`);
  if (!fs.existsSync(WTR_BIN)) {
    totals.failed += 1;
    notes.push(`web-test-runner not found at ${path.relative(ROOT, WTR_BIN)}: run npm ci`);
  } else {
    for (const engine of engines) {
      if (interrupted) break;
      await runEngine(engine);
    }
  }
  // Last, the screen-reader checks (their own stack and speech service).
  const srSkip = interrupted ? 'interrupted' : screenReaderSkipReason();
  if (srSkip) {
    totals.skipped += 1;
    log(`group screen-reader: SKIPPED (${srSkip})`);
  } else {
    const r = await runScreenReaderGroup({
      onChild: (c) => {
        child = c;
      },
    });
    totals.passed += r.passed;
    totals.failed += r.failed;
    totals.skipped += r.skipped;
    for (const p of r.problems) notes.push(`screen-reader: ${p}`);
    log(
      `group screen-reader: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped (${r.seconds.toFixed(1)} s)`,
    );
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
