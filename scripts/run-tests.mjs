#!/usr/bin/env node
// Runs the browser test groups one after the other and prints one final line, alone on its line:
//   N passed, N failed[, N skipped]
// summing every group. Exits non-zero if anything failed.
//
//   1. unit         web-test-runner --group unit (Chromium without speech-dispatcher)
//   2. tts-engine   web-test-runner --group tts-engine (a test-only chrome.ttsEngine extension
//                   voice that sends real word boundary events; no services)
//   3. real-speech  private PulseAudio + speech-dispatcher (scripts/speech-services.mjs), then
//                   web-test-runner --group real-speech with SPEECHD_ADDRESS/PULSE_SERVER set;
//                   the services are always stopped afterwards (finally + signal handlers).
//                   Skipped when ARTICLE_READER_SKIP_REAL_SPEECH=1.
//   4. screen-reader Orca against the reader in Chromium and Firefox (scripts/screen-reader-group.mjs);
//                   skipped off Debian/root and when ARTICLE_READER_SKIP_SCREEN_READER=1.
// Counts come from a reporter in web-test-runner.config.mjs that writes totals to the JSON file
// named by ARTICLE_READER_TEST_RESULTS (more reliable than parsing the runner's output).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, findTestFiles } from './test-groups.mjs';
import { startSpeechServices, stopSpeechServices } from './speech-services.mjs';
import { runScreenReaderGroup, screenReaderSkipReason } from './screen-reader-group.mjs';

const GROUP_TIMEOUT_MS = 15 * 60_000; // hard stop for a hung runner
const skipRealSpeech = process.env.ARTICLE_READER_SKIP_REAL_SPEECH === '1';
const WTR_BIN = path.join(ROOT, 'node_modules', '@web', 'test-runner', 'dist', 'bin.js');

const totals = { passed: 0, failed: 0, skipped: 0 };
const notes = [];
let child = null;
let services = null;
let interrupted = false;

const log = msg => console.log(`[run-tests] ${msg}`);

function finalLine() {
  return `${totals.passed} passed, ${totals.failed} failed` + (totals.skipped ? `, ${totals.skipped} skipped` : '');
}

for (const [sig, num] of [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]]) {
  process.on(sig, async () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n[run-tests] ${sig}: stopping the test runner and speech services...`);
    await stopRunner(child);
    await stopSpeechServices(services).catch(() => {});
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
  return new Promise(resolve => {
    const killer = setTimeout(() => proc.kill('SIGKILL'), 10_000);
    proc.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    proc.kill('SIGINT');
  });
}

function runGroup(group, extraEnv) {
  const resultsFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ar-wtr-')), 'results.json');
  const env = { ...process.env, ...extraEnv, ARTICLE_READER_TEST_RESULTS: resultsFile };
  if (group !== 'real-speech') {
    delete env.SPEECHD_ADDRESS;
    delete env.PULSE_SERVER;
  }
  const args = [WTR_BIN, '--config', path.join(ROOT, 'web-test-runner.config.mjs'), '--group', group, '--static-logging'];
  const started = Date.now();
  return new Promise(resolve => {
    child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: 'inherit' });
    const timer = setTimeout(() => {
      console.error(`[run-tests] group ${group}: no result after ${GROUP_TIMEOUT_MS / 60_000} min; killing the runner`);
      stopRunner(child);
    }, GROUP_TIMEOUT_MS);
    child.on('error', error => {
      clearTimeout(timer);
      resolve({ code: 127, error, resultsFile, seconds: (Date.now() - started) / 1000 });
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      child = null;
      resolve({ code: code ?? 128 + (os.constants.signals[signal] ?? 0), resultsFile, seconds: (Date.now() - started) / 1000 });
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

async function group(name, extraEnv = {}) {
  const { code, error, resultsFile, seconds } = await runGroup(name, extraEnv);
  const r = readResults(resultsFile);
  let { passed = 0, failed = 0, skipped = 0 } = r ?? {};
  if (error) notes.push(`${name}: could not start web-test-runner: ${error.message}`);
  if (code !== 0 && failed === 0) {
    failed = 1; // the runner failed without a failing test: config error, crash, browser launch...
    notes.push(`${name}: web-test-runner exited with code ${code}` + (r ? '' : ' before reporting results'));
  }
  for (const p of r?.problems ?? []) notes.push(`${name}: ${p}`);
  if (r?.consoleErrors) notes.push(`${name}: ${r.consoleErrors} console.error call(s) in the browser (see logs above)`);
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  log(`group ${name}: ${passed} passed, ${failed} failed, ${skipped} skipped (${seconds.toFixed(1)} s)`);
}

const t0 = Date.now();
try {
  if (!fs.existsSync(WTR_BIN)) {
    totals.failed += 1;
    notes.push(`web-test-runner not found at ${path.relative(ROOT, WTR_BIN)}: run npm ci`);
  } else {
    // 1. unit group
    const unitFiles = findTestFiles('unit');
    if (unitFiles.length === 0) log('group unit: no test files (test/**/*.test.ts outside test/real-speech/); nothing to run');
    else {
      log(`group unit: ${unitFiles.length} file(s)`);
      await group('unit');
    }

    // 2. tts-engine group: real boundary events from a test-only extension voice (no services)
    const ttsFiles = findTestFiles('tts-engine');
    if (!interrupted && ttsFiles.length > 0) {
      log(`group tts-engine: ${ttsFiles.length} file(s)`);
      await group('tts-engine');
    }

    // 3. real-speech group
    const speechFiles = findTestFiles('real-speech');
    if (interrupted) {
      /* signal handler finishes the run */
    } else if (skipRealSpeech) {
      log('group real-speech: SKIPPED (ARTICLE_READER_SKIP_REAL_SPEECH=1)');
      notes.push(`real-speech: skipped by ARTICLE_READER_SKIP_REAL_SPEECH=1 (${speechFiles.length} file(s) not run)`);
    } else if (speechFiles.length === 0) {
      log('group real-speech: no test files (test/real-speech/**/*.test.ts); nothing to run');
    } else {
      log(`group real-speech: ${speechFiles.length} file(s); starting speech services`);
      try {
        services = await startSpeechServices(undefined, { log: m => console.log(m), handleSignals: false });
      } catch (e) {
        totals.failed += 1;
        notes.push(`real-speech: speech services did not start: ${e instanceof Error ? e.message : e}`);
        console.error(e instanceof Error ? e.message : e);
      }
      if (services && !interrupted) await group('real-speech', services.env);
    }
  }
  // 4. screen-reader group (its own stack and speech service, after the real-speech ones stop)
  await stopSpeechServices(services);
  services = null;
  const srSkip = interrupted ? 'interrupted' : screenReaderSkipReason();
  if (srSkip) {
    totals.skipped += 1;
    log(`group screen-reader: SKIPPED (${srSkip})`);
  } else {
    const r = await runScreenReaderGroup({ onChild: c => { child = c; } });
    totals.passed += r.passed;
    totals.failed += r.failed;
    totals.skipped += r.skipped;
    for (const p of r.problems) notes.push(`screen-reader: ${p}`);
    log(`group screen-reader: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped (${r.seconds.toFixed(1)} s)`);
  }
} catch (e) {
  totals.failed += 1;
  notes.push(`run-tests crashed: ${e instanceof Error ? e.stack : e}`);
} finally {
  await stopSpeechServices(services).catch(e => notes.push(`stopping speech services: ${e.message}`));
  services = null;
}

if (!interrupted) {
  for (const n of notes) log(n);
  log(`total time ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  console.log(finalLine());
  process.exit(totals.failed > 0 ? 1 : 0);
}
