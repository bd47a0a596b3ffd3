// The screen-reader group for scripts/run-tests.mjs: Orca against the reader in Chromium and
// Firefox ESR (test/screen-reader/orca.test.mjs, on node:test, as a job of scripts/processes.mjs).
// It runs where the stack can be installed and started (Debian, root, Linux); elsewhere it is
// skipped with one line. ARTICLE_READER_SKIP_SCREEN_READER=1 skips it anywhere (so does
// ARTICLE_READER_SKIP_REAL_SPEECH=1: the group needs the speech service).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runOwned } from './processes.mjs';
import { STACK_PROGRAMS, which } from './screen-reader-stack.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHECKS = path.join(ROOT, 'test', 'screen-reader', 'orca.test.mjs');
const TIMEOUT_MS = 12 * 60_000; // hard stop for a hung run (a normal one takes 2–4 min)

/** Why the group cannot run here, or null. */
export function screenReaderSkipReason(env = process.env) {
  if (env.ARTICLE_READER_SKIP_SCREEN_READER === '1') return 'ARTICLE_READER_SKIP_SCREEN_READER=1';
  if (env.ARTICLE_READER_SKIP_REAL_SPEECH === '1')
    return 'ARTICLE_READER_SKIP_REAL_SPEECH=1 (it needs the speech service)';
  if (process.platform !== 'linux' || !fs.existsSync('/etc/debian_version')) return 'needs Debian (Orca, Xvfb, AT-SPI)';
  if (process.getuid?.() !== 0) return 'needs root (to install and run orca xvfb xdotool at-spi2-core dbus)';
  const missing = STACK_PROGRAMS.filter((p) => !which(p));
  if (missing.length) return `missing ${missing.join(', ')} (scripts/ensure-deps.mjs --test installs them)`;
  return null;
}

/** node:test's closing summary ("ℹ pass 34" ...) as counts; null if it never printed one. */
export function summaryCounts(output) {
  const n = (name) => Number(new RegExp(`^ℹ ${name} (\\d+)$`, 'm').exec(output)?.[1] ?? NaN);
  if (Number.isNaN(n('tests'))) return null;
  return { passed: n('pass'), failed: n('fail') + n('cancelled'), skipped: n('skipped') + n('todo') };
}

/**
 * Start the group; it runs beside the browser groups (its own display, bus and speech service).
 * `done` resolves to { passed, failed, skipped, problems, seconds, output }: node:test's spec
 * report, kept until the caller prints it (so it does not interleave with the runner's).
 */
export function startScreenReaderGroup() {
  const env = { ...process.env };
  delete env.SPEECHD_ADDRESS;
  delete env.PULSE_SERVER;
  const job = runOwned(process.execPath, ['--test-reporter=spec', CHECKS], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    handleSignals: false,
    graceMs: 20_000, // on SIGTERM it stops its browser and the whole stack before it exits
    timeoutMs: TIMEOUT_MS,
  });
  let output = '';
  job.child.stdout.on('data', (chunk) => (output += chunk));
  job.child.stderr.on('data', (chunk) => (output += chunk));
  const done = job.done.then(({ code, error, timedOut, seconds }) => {
    const counts = summaryCounts(output) ?? { passed: 0, failed: 0, skipped: 0 };
    const problems = [];
    if (timedOut) problems.push(`no result after ${TIMEOUT_MS / 60_000} min: stopped`);
    if (error) problems.push(`could not start node: ${error.message}`);
    if (code !== 0 && counts.failed === 0) {
      counts.failed = 1;
      problems.push(`node --test exited with code ${code}` + (summaryCounts(output) ? '' : ' before its summary'));
    }
    return { ...counts, problems, seconds, output };
  });
  return { child: job.child, done };
}
