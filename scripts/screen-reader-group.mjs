// The screen-reader test group for scripts/run-tests.mjs: Orca against the reader in Chromium and
// Firefox ESR (test/screen-reader/orca.test.mjs, run as a child process by PID). It runs where
// the stack can be installed and started (Debian, root, Linux); elsewhere it is skipped with one
// line. ARTICLE_READER_SKIP_SCREEN_READER=1 skips it anywhere (so does
// ARTICLE_READER_SKIP_REAL_SPEECH=1: the group needs the speech service).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { STACK_PROGRAMS, which } from './screen-reader-stack.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DRIVER = path.join(ROOT, 'test', 'screen-reader', 'orca.test.mjs');
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

/**
 * Run the group; `onChild` gets the child process (so a signal handler can stop it) and null
 * when it has exited. Resolves to { passed, failed, skipped, problems, seconds }.
 */
export function runScreenReaderGroup({ onChild = () => {} } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ar-sr-results-'));
  const resultsFile = path.join(dir, 'results.json');
  const started = Date.now();
  const env = { ...process.env, ARTICLE_READER_TEST_RESULTS: resultsFile };
  delete env.SPEECHD_ADDRESS;
  delete env.PULSE_SERVER;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [DRIVER], { cwd: ROOT, env, stdio: 'inherit' });
    onChild(child);
    const timer = setTimeout(() => {
      console.error(`[screen-reader] no result after ${TIMEOUT_MS / 60_000} min: stopping pid ${child.pid}`);
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 20_000).unref();
    }, TIMEOUT_MS);
    let done = false;
    const finish = (code) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      onChild(null);
      let r = null;
      try {
        r = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
      } catch {
        /* no results: counted as a failure below */
      }
      fs.rmSync(dir, { recursive: true, force: true });
      const out = {
        passed: r?.passed ?? 0,
        failed: r?.failed ?? 0,
        skipped: r?.skipped ?? 0,
        problems: r?.problems ?? [],
      };
      if (code !== 0 && out.failed === 0) {
        out.failed = 1;
        out.problems.push(`the driver exited with code ${code}` + (r ? '' : ' before reporting results'));
      }
      resolve({ ...out, seconds: (Date.now() - started) / 1000 });
    };
    child.on('error', (error) => finish(`${127} (${error.message})`));
    child.on('exit', (code, signal) => finish(code ?? 128 + (os.constants.signals[signal] ?? 0)));
  });
}
