#!/usr/bin/env node
// Private speech services for the real-speech tests (plain Node, no dependencies).
//
//   import { startSpeechServices, stopSpeechServices } from './speech-services.mjs';
//   const handle = await startSpeechServices();      // or startSpeechServices(dir)
//   ... spawn the test runner with { env: { ...process.env, ...handle.env } } ...
//   await stopSpeechServices(handle);
//
// CLI wrapper (starts the services, runs the command with their env, always stops them):
//   node scripts/speech-services.mjs -- npm run test:unit -- --group real-speech
//
// What runs (why: docs/browsers.md, Speech):
//   1. PulseAudio with only a null sink and an anonymous unix socket, with its own HOME and
//      XDG_RUNTIME_DIR inside `dir` (speech needs an audio sink; without one an utterance
//      starts and never ends and speech-dispatcher can wedge).
//   2. speech-dispatcher with a minimal config (espeak-ng module, audio to that PulseAudio),
//      listening on a unix socket inside `dir`.
// Both run in the foreground as our children, each in its own process group, so they are
// stopped by PID (TERM to the group, then KILL after a few seconds). With util-linux's
// `setpriv`, they also get a parent-death signal, so even a SIGKILLed Node leaves nothing behind.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const READY_TIMEOUT_MS = 15_000;
const TERM_GRACE_MS = 3_000;
const KILL_GRACE_MS = 2_000;
// Unix socket paths are limited to 107 bytes on Linux.
const MAX_SOCKET_PATH = 100;

const active = new Set();
let handlersInstalled = false;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function which(cmd) {
  for (const dir of (process.env.PATH || '/usr/local/bin:/usr/bin:/bin').split(':')) {
    const p = path.join(dir || '.', cmd);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return p;
    } catch {
      /* keep looking */
    }
  }
  return null;
}

function tail(file, lines = 25) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function isAlive(child) {
  return child && child.exitCode === null && child.signalCode === null;
}

function killGroup(child, signal) {
  if (!child || !child.pid) return;
  try {
    process.kill(-child.pid, signal); // whole process group (daemon + its modules)
  } catch {
    try {
      process.kill(child.pid, signal);
    } catch {
      /* already gone */
    }
  }
}

function waitExit(child, ms) {
  if (!isAlive(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.off('exit', onExit);
      resolve(false);
    }, ms);
    function onExit() {
      clearTimeout(timer);
      resolve(true);
    }
    child.once('exit', onExit);
  });
}

async function stopChild(child, name, log) {
  if (!child) return;
  // The process group may still hold children (e.g. sd_espeak-ng) even after the leader exited.
  if (!isAlive(child)) {
    killGroup(child, 'SIGKILL');
    return;
  }
  killGroup(child, 'SIGTERM');
  if (await waitExit(child, TERM_GRACE_MS)) {
    killGroup(child, 'SIGKILL');
    return;
  }
  log(`speech-services: ${name} (pid ${child.pid}) ignored SIGTERM for ${TERM_GRACE_MS} ms; sending SIGKILL`);
  killGroup(child, 'SIGKILL');
  if (!(await waitExit(child, KILL_GRACE_MS))) {
    log(`speech-services: WARNING: ${name} (pid ${child.pid}) still running after SIGKILL`);
  }
}

/** Spawn `cmd args` in its own process group, dying with us when setpriv is available. */
function spawnService(cmd, args, env, logFile) {
  const out = fs.openSync(logFile, 'a');
  const setpriv = which('setpriv');
  const [file, argv] = setpriv ? [setpriv, ['--pdeathsig', 'KILL', '--', cmd, ...args]] : [cmd, args];
  try {
    const child = spawn(file, argv, { env, detached: true, stdio: ['ignore', out, out] });
    child.on('error', () => {}); // reported through waitFor()
    return child;
  } finally {
    fs.closeSync(out);
  }
}

async function waitFor(what, check, child, logFile, timeoutMs = READY_TIMEOUT_MS) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (check()) return;
    if (!isAlive(child)) {
      throw new Error(
        `${what}: process exited early (code ${child.exitCode}, signal ${child.signalCode}).\n` +
          `--- ${logFile} ---\n${tail(logFile)}`,
      );
    }
    if (Date.now() > deadline) {
      throw new Error(`${what}: not ready after ${timeoutMs} ms.\n--- ${logFile} ---\n${tail(logFile)}`);
    }
    await sleep(100);
  }
}

function isSocket(p) {
  try {
    return fs.statSync(p).isSocket();
  } catch {
    return false;
  }
}

let exitHookInstalled = false;
function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Last resort when the process exits without awaiting stopSpeechServices().
  process.on('exit', () => {
    for (const h of active) {
      killGroup(h.speechd, 'SIGKILL');
      killGroup(h.pulse, 'SIGKILL');
    }
  });
}

function installSignalHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const [sig, num] of [
    ['SIGINT', 2],
    ['SIGTERM', 15],
    ['SIGHUP', 1],
  ]) {
    process.on(sig, async () => {
      if (active.size) console.error(`\nspeech-services: ${sig}: stopping speech services...`);
      await Promise.allSettled([...active].map((h) => stopSpeechServices(h)));
      process.exit(128 + num);
    });
  }
}

/**
 * Start PulseAudio (null sink) and speech-dispatcher (espeak-ng) inside `dir`.
 * Without `dir`, a fresh directory is made with mkdtemp (and removed by stopSpeechServices).
 * Resolves to a handle; `handle.env` holds SPEECHD_ADDRESS and PULSE_SERVER for the browser.
 */
export async function startSpeechServices(
  dir,
  { log = (msg) => console.error(msg), handleSignals = true, logLevel = 3 } = {},
) {
  for (const cmd of ['pulseaudio', 'speech-dispatcher']) {
    if (!which(cmd)) {
      throw new Error(`speech-services: '${cmd}' not found; run: node scripts/ensure-deps.mjs --test`);
    }
  }
  const ownDir = !dir;
  dir = ownDir ? fs.mkdtempSync(path.join(os.tmpdir(), 'ar-speech-')) : path.resolve(dir);
  const pulseSock = path.join(dir, 'pulse.sock');
  const speechdSock = path.join(dir, 'speechd.sock');
  if (Buffer.byteLength(speechdSock) > MAX_SOCKET_PATH) {
    throw new Error(`speech-services: directory path too long for a unix socket: ${dir}`);
  }

  const home = path.join(dir, 'home');
  const runtime = path.join(dir, 'runtime');
  const conf = path.join(dir, 'conf');
  const logs = path.join(dir, 'log');
  for (const d of [dir, home, runtime, conf, path.join(conf, 'modules'), logs]) {
    fs.mkdirSync(d, { recursive: true, mode: 0o700 });
  }
  fs.chmodSync(runtime, 0o700);
  for (const s of [pulseSock, speechdSock]) fs.rmSync(s, { force: true });

  const handle = { dir, ownDir, env: {}, pulse: null, speechd: null, stopping: null, log };
  active.add(handle);
  installExitHook();
  // On SIGINT/SIGTERM/SIGHUP: stop the services, then exit 128+n. Callers with their own signal
  // handling (scripts/run-tests.mjs) pass handleSignals: false and call stopSpeechServices().
  if (handleSignals) installSignalHandlers();

  const baseEnv = {
    ...process.env,
    HOME: home,
    XDG_RUNTIME_DIR: runtime,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
  };
  delete baseEnv.DBUS_SESSION_BUS_ADDRESS;
  delete baseEnv.SPEECHD_ADDRESS;
  delete baseEnv.PULSE_SERVER;

  try {
    // 1. PulseAudio with a null sink, in the foreground (we own the PID).
    const pulseLog = path.join(logs, 'pulseaudio.log');
    handle.pulse = spawnService(
      'pulseaudio',
      [
        '--daemonize=no',
        '--exit-idle-time=-1',
        '--use-pid-file=no',
        '--disallow-exit',
        '--log-target=stderr',
        '-n',
        '--load=module-null-sink sink_name=nullsink',
        `--load=module-native-protocol-unix auth-anonymous=1 socket=${pulseSock}`,
      ],
      baseEnv,
      pulseLog,
    );
    await waitFor('pulseaudio', () => isSocket(pulseSock), handle.pulse, pulseLog);

    // 2. speech-dispatcher, minimal config, espeak-ng, audio through our PulseAudio.
    const systemModuleConf = '/etc/speech-dispatcher/modules/espeak-ng.conf';
    const moduleConf = path.join(conf, 'modules', 'espeak-ng.conf');
    if (fs.existsSync(systemModuleConf)) fs.copyFileSync(systemModuleConf, moduleConf);
    else fs.writeFileSync(moduleConf, '');
    fs.writeFileSync(
      path.join(conf, 'speechd.conf'),
      [
        'AudioOutputMethod "pulse"',
        'AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"',
        'DefaultModule espeak-ng',
        // 5 logs every text spoken (the screen-reader tests read what Orca said from it).
        `LogLevel ${logLevel}`,
        '',
      ].join('\n'),
    );
    const speechdLog = path.join(logs, 'speech-dispatcher.stderr.log');
    handle.speechd = spawnService(
      'speech-dispatcher',
      [
        '-s',
        '-t',
        '0',
        '-C',
        conf,
        '-c',
        'unix_socket',
        '-S',
        speechdSock,
        '-P',
        path.join(dir, 'speechd.pid'),
        '-L',
        logs,
      ],
      { ...baseEnv, PULSE_SERVER: `unix:${pulseSock}` },
      speechdLog,
    );
    await waitFor(
      'speech-dispatcher',
      () => isSocket(speechdSock),
      handle.speechd,
      path.join(logs, 'speech-dispatcher.log'),
    );

    handle.env = {
      SPEECHD_ADDRESS: `unix_socket:${speechdSock}`,
      PULSE_SERVER: `unix:${pulseSock}`,
    };
    log(
      `speech-services: pulseaudio pid ${handle.pulse.pid}, speech-dispatcher pid ${handle.speechd.pid}, ` +
        `SPEECHD_ADDRESS=${handle.env.SPEECHD_ADDRESS}`,
    );
    return handle;
  } catch (error) {
    await stopSpeechServices(handle, { keepDir: true });
    throw error;
  }
}

/** Stop speech-dispatcher, then PulseAudio (TERM, then KILL). Safe to call twice. */
export function stopSpeechServices(handle, opts = {}) {
  if (!handle) return Promise.resolve();
  // A second caller (e.g. a signal handler racing a finally block) waits for the same stop.
  handle.stopping ??= doStop(handle, opts);
  return handle.stopping;
}

async function doStop(handle, { keepDir = false }) {
  const log = handle.log || ((msg) => console.error(msg));
  try {
    await stopChild(handle.speechd, 'speech-dispatcher', log);
    await stopChild(handle.pulse, 'pulseaudio', log);
  } finally {
    active.delete(handle);
    if (handle.ownDir && !keepDir && !process.env.ARTICLE_READER_KEEP_SPEECH_RUN) {
      fs.rmSync(handle.dir, { recursive: true, force: true });
    } else if (keepDir) {
      log(`speech-services: logs kept in ${path.join(handle.dir, 'log')}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// CLI: node scripts/speech-services.mjs [--dir DIR] -- command [args...]
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  let dir;
  if (argv[0] === '--dir') {
    dir = argv[1];
    argv.splice(0, 2);
  }
  if (argv[0] === '--') argv.shift();
  if (argv.length === 0) {
    console.error(
      'usage: node scripts/speech-services.mjs [--dir DIR] -- command [args...]\n' +
        'Starts PulseAudio (null sink) + speech-dispatcher, runs the command with SPEECHD_ADDRESS and\n' +
        'PULSE_SERVER set, then stops both services.\n' +
        'e.g. node scripts/speech-services.mjs -- npm run test:unit -- --group real-speech',
    );
    process.exit(2);
  }
  let handle;
  let code = 1;
  try {
    handle = await startSpeechServices(dir);
    const child = spawn(argv[0], argv.slice(1), { stdio: 'inherit', env: { ...process.env, ...handle.env } });
    const forward = (sig) => () => child.kill(sig);
    process.on('SIGTERM', forward('SIGTERM'));
    process.on('SIGHUP', forward('SIGHUP'));
    code = await new Promise((resolve) => {
      child.on('error', (e) => {
        console.error(`speech-services: cannot run ${argv[0]}: ${e.message}`);
        resolve(127);
      });
      child.on('exit', (c, s) => resolve(c ?? (s ? 128 + (os.constants.signals[s] || 0) : 1)));
    });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
  } finally {
    await stopSpeechServices(handle);
  }
  process.exit(code);
}
