// Xvfb and WebKitWebDriver for the WebKit test runs (plain Node, no dependencies), started once per
// run by a plugin of web-test-runner.config.mjs:
//
//   const handle = await startWebKitDriver({ env });   // { port, display, children }
//   ... webdriverLauncher({ port: handle.port, ... }) ...
//   await stopWebKitDriver(handle);
//
// WebKitGTK's MiniBrowser has no headless mode, so it gets a virtual X display; WebKitWebDriver
// launches it (with that DISPLAY, and `env`) for each session. WebKit speaks through GStreamer:
// give it PULSE_SERVER (our PulseAudio null sink) in `env`, or every utterance ends at once. Both
// are started and stopped by scripts/processes.mjs.
import net from 'node:net';
import { freePort, spawnOwned, stopOwned, waitReady } from './processes.mjs';

const READY_TIMEOUT_MS = 20_000;

function portOpen(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => socket.end(() => resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** Xvfb on a display it picks itself (-displayfd 3 writes the number once the server is ready). */
export async function startXvfb({ logFile } = {}) {
  const child = spawnOwned('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    logFile,
    stdio: ['ignore', 'ignore', 'log', 'pipe'],
  });
  let out = '';
  child.stdio[3].on('data', (d) => (out += d));
  try {
    const display = await waitReady('Xvfb', () => /\d+\n/.test(out) && out.trim(), {
      child,
      timeoutMs: READY_TIMEOUT_MS,
    });
    return { child, display: `:${display}` };
  } catch (e) {
    await stopOwned(child);
    throw e;
  }
}

export async function startWebKitDriver({ log = () => {}, env = {} } = {}) {
  const xvfb = await startXvfb();
  const port = await freePort();
  const driver = spawnOwned('WebKitWebDriver', [`--port=${port}`], {
    env: { ...process.env, ...env, DISPLAY: xvfb.display },
  });
  try {
    await waitReady('WebKitWebDriver', () => portOpen(port), { child: driver, timeoutMs: READY_TIMEOUT_MS });
  } catch (e) {
    await stopOwned(driver);
    await stopOwned(xvfb.child);
    throw e;
  }
  log(`[webkit-driver] Xvfb ${xvfb.display} (pid ${xvfb.child.pid}), WebKitWebDriver port ${port} (pid ${driver.pid})`);
  return { port, display: xvfb.display, children: [driver, xvfb.child] };
}

export async function stopWebKitDriver(handle) {
  if (!handle) return;
  for (const child of handle.children) await stopOwned(child);
}
