#!/usr/bin/env node
// Private speech services for the real-speech tests (plain Node, no dependencies).
//
//   import { startSpeechServices, stopSpeechServices } from './speech-services.mjs';
//   const handle = await startSpeechServices();      // or startSpeechServices(dir)
//   ... launch the browser with { ...process.env, ...handle.env } ...
//   await stopSpeechServices(handle);
// web-test-runner.config.mjs starts them once per run (a plugin) when a group needs speech.
//
// What runs (why: docs/browsers.md, Speech):
//   1. PulseAudio with only a null sink and an anonymous unix socket, with its own HOME and
//      XDG_RUNTIME_DIR inside `dir` (speech needs an audio sink; without one an utterance
//      starts and never ends and speech-dispatcher can wedge).
//   2. speech-dispatcher with a minimal config (espeak-ng module, audio to that PulseAudio),
//      listening on a unix socket inside `dir`.
// Both run in the foreground as our children, started and stopped by scripts/processes.mjs.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnOwned, stopOwned, waitReady, which } from './processes.mjs';

const READY_TIMEOUT_MS = 15_000;
// Unix socket paths are limited to 107 bytes on Linux.
const MAX_SOCKET_PATH = 100;

function isSocket(p) {
  try {
    return fs.statSync(p).isSocket();
  } catch {
    return false;
  }
}

/**
 * Start PulseAudio (null sink) and speech-dispatcher (espeak-ng) inside `dir`.
 * Without `dir`, a fresh directory is made with mkdtemp (and removed by stopSpeechServices).
 * Resolves to a handle; `handle.env` holds SPEECHD_ADDRESS and PULSE_SERVER for the browser.
 */
export async function startSpeechServices(dir, { log = (msg) => console.error(msg), logLevel = 3 } = {}) {
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
    handle.pulse = spawnOwned(
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
      { env: baseEnv, logFile: pulseLog },
    );
    await waitReady('pulseaudio', () => isSocket(pulseSock), {
      child: handle.pulse,
      logFile: pulseLog,
      timeoutMs: READY_TIMEOUT_MS,
    });

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
    handle.speechd = spawnOwned(
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
      { env: { ...baseEnv, PULSE_SERVER: `unix:${pulseSock}` }, logFile: speechdLog },
    );
    await waitReady('speech-dispatcher', () => isSocket(speechdSock), {
      child: handle.speechd,
      logFile: path.join(logs, 'speech-dispatcher.log'),
      timeoutMs: READY_TIMEOUT_MS,
    });

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
    await stopOwned(handle.speechd, { log });
    await stopOwned(handle.pulse, { log });
  } finally {
    if (handle.ownDir && !keepDir && !process.env.ARTICLE_READER_KEEP_SPEECH_RUN) {
      fs.rmSync(handle.dir, { recursive: true, force: true });
    } else if (keepDir) {
      log(`speech-services: logs kept in ${path.join(handle.dir, 'log')}`);
    }
  }
}
