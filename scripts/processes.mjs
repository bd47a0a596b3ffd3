// Every process the tests start (speech services, Xvfb, WebKitWebDriver, the screen-reader
// stack) is started, awaited and stopped here, and nowhere else (plain Node, no dependencies).
//
//   const child = spawnOwned('Xvfb', ['-displayfd', '3'], { stdio: [..., 'pipe'] });
//   await waitReady('Xvfb', () => displayKnown, { child });   // polls; fails early if it exits
//   await stopOwned(child);                                     // TERM the group, then KILL
//   const { child, done } = runOwned(node, [bin], { timeoutMs });  // a job: awaited to its end
//
// Each child runs in its own process group (so it is stopped with whatever it started) and, with
// util-linux's `setpriv`, gets a parent-death signal: even a SIGKILLed Node leaves nothing behind.
// A process that exits without stopping its children SIGKILLs every group still running (an
// 'exit' hook), and SIGINT, SIGTERM or SIGHUP stop them all (TERM, then KILL) before exiting
// 128 + n, unless the caller handles that signal itself (handleSignals: false).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const TERM_GRACE_MS = 3_000;
const owned = new Set(); // children, and PIDs we must stop that are not our children
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export const alive = (child) => Boolean(child) && child.exitCode === null && child.signalCode === null;

/** The full path of a program on PATH (or of an absolute path), if it is executable. */
export function which(cmd) {
  const dirs = cmd.includes('/') ? [''] : (process.env.PATH || '/usr/local/bin:/usr/bin:/bin').split(':');
  for (const dir of dirs) {
    // An absolute or relative path is taken as it is (path.join('.', '/usr/x') would make it relative).
    const p = dir ? path.join(dir, cmd) : cmd;
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return p;
    } catch {
      /* keep looking */
    }
  }
  return null;
}

function signalGroup(pid, signal) {
  // Never 0 or less: kill(-0) would signal our own process group (a PID not found yet is 0).
  if (!(pid > 0)) return;
  try {
    process.kill(-pid, signal); // the whole process group (a daemon and its modules)
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      /* already gone */
    }
  }
}

let hooksInstalled = false;
function installHooks(handleSignals) {
  if (!hooksInstalled) {
    hooksInstalled = true;
    process.on('exit', () => {
      for (const p of owned) signalGroup(typeof p === 'number' ? p : p.pid, 'SIGKILL');
    });
  }
  if (handleSignals) installSignalHandlers();
}

let signalsInstalled = false;
function installSignalHandlers() {
  if (signalsInstalled) return;
  signalsInstalled = true;
  for (const [sig, num] of [
    ['SIGINT', 2],
    ['SIGTERM', 15],
    ['SIGHUP', 1],
  ]) {
    process.once(sig, async () => {
      if (owned.size) console.error(`\n[processes] ${sig}: stopping ${owned.size} process(es) we started`);
      await stopAll();
      process.exit(128 + num);
    });
  }
}

/**
 * Spawn `cmd args` in its own process group, owned until stopOwned(). Output goes to `logFile`
 * (appended); a `stdio` array may say otherwise, with 'log' for that file. The child's 'error'
 * is reported by waitReady(). `stopSignal` is what stopOwned() sends first (web-test-runner
 * closes its browsers on SIGINT; on SIGTERM it can linger), `graceMs` how long it waits then.
 */
export function spawnOwned(
  cmd,
  args,
  { env = process.env, cwd, logFile, stdio, handleSignals = true, stopSignal = 'SIGTERM', graceMs } = {},
) {
  installHooks(handleSignals);
  const out = logFile ? fs.openSync(logFile, 'a') : 'ignore';
  const setpriv = which('setpriv');
  const [file, argv] = setpriv ? [setpriv, ['--pdeathsig', 'KILL', '--', cmd, ...args]] : [cmd, args];
  try {
    const fds = (stdio ?? ['ignore', 'log', 'log']).map((s) => (s === 'log' ? out : s));
    const child = spawn(file, argv, { env, cwd, detached: true, stdio: fds });
    child.name = cmd;
    child.stopSignal = stopSignal;
    child.graceMs = graceMs;
    child.on('error', (error) => {
      child.spawnError = error;
    });
    child.once('exit', () => owned.delete(child));
    owned.add(child);
    return child;
  } finally {
    if (typeof out === 'number') fs.closeSync(out);
  }
}

/**
 * Run `cmd args` (spawnOwned's options) to its end. `done` resolves to { code, error, timedOut,
 * seconds }, code 128 + n after signal n; after `timeoutMs` the job is stopped (a hang guard).
 */
export function runOwned(cmd, args, { timeoutMs = 0, ...options } = {}) {
  const started = Date.now();
  const child = spawnOwned(cmd, args, options);
  const done = new Promise((resolve) => {
    let timedOut = false;
    const timer =
      timeoutMs &&
      setTimeout(() => {
        timedOut = true;
        stopOwned(child);
      }, timeoutMs);
    let finished = false;
    const finish = (code, error) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      resolve({ code, error, timedOut, seconds: (Date.now() - started) / 1000 });
    };
    child.once('error', (error) => finish(127, error));
    // 'close' comes once its output is read to the end; a grandchild holding the pipe cannot hold us.
    child.once('exit', (code, signal) => {
      const status = code ?? 128 + (os.constants.signals[signal] ?? 0);
      child.once('close', () => finish(status));
      setTimeout(() => finish(status), 2_000).unref();
    });
  });
  return { child, done };
}

/** A TCP port free on every interface just now (for a server we are about to start). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Also stop this PID (a process our children started, e.g. a D-Bus activated service). */
export function ownPid(pid) {
  if (pid) owned.add(pid);
}

function tail(file, chars = 2000) {
  try {
    return `\n--- ${file} ---\n${fs.readFileSync(file, 'utf8').slice(-chars)}`;
  } catch {
    return '';
  }
}

/**
 * Poll `check` until it returns a truthy value (resolved with it); fail as soon as `child` exits,
 * or after `timeoutMs`, a hang guard rather than a wait: under load a program can take tens of
 * seconds to answer, and every step goes on as soon as it does.
 */
export async function waitReady(what, check, { child, logFile, timeoutMs = 60_000, intervalMs = 100 } = {}) {
  const deadline = Date.now() + timeoutMs;
  const exited = child ? new Promise((resolve) => child.once('exit', resolve)) : null;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (child && !alive(child)) {
      const why = child.spawnError ? child.spawnError.message : `code ${child.exitCode}, signal ${child.signalCode}`;
      throw new Error(`${what}: exited before it was ready (${why})${tail(logFile)}`);
    }
    if (Date.now() > deadline) throw new Error(`${what}: not ready after ${timeoutMs} ms${tail(logFile)}`);
    await Promise.race([sleep(intervalMs), exited].filter(Boolean));
  }
}

/** TERM the child's process group, KILL it after a grace period (and any leftovers). Safe twice. */
export async function stopOwned(child, { graceMs = child?.graceMs ?? TERM_GRACE_MS, log = () => {} } = {}) {
  if (typeof child === 'number') {
    signalGroup(child, 'SIGKILL');
    owned.delete(child);
    return;
  }
  if (!child?.pid) return;
  if (alive(child)) {
    const exited = new Promise((resolve) => child.once('exit', () => resolve(true)));
    signalGroup(child.pid, child.stopSignal ?? 'SIGTERM');
    if (!(await Promise.race([exited, sleep(graceMs).then(() => false)]))) {
      log(
        `[processes] ${child.name} (pid ${child.pid}) ignored ${child.stopSignal} for ${graceMs} ms; sending SIGKILL`,
      );
      signalGroup(child.pid, 'SIGKILL');
      await Promise.race([exited, sleep(graceMs)]);
    }
  }
  signalGroup(child.pid, 'SIGKILL'); // what the leader left behind in its group
  owned.delete(child);
}

/** Stop every process still owned, newest first. */
export async function stopAll() {
  for (const p of [...owned].reverse()) await stopOwned(p);
}
