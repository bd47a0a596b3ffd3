// Xvfb and WebKitWebDriver for the WebKit test runs (plain Node, no dependencies).
//
//   const handle = await startWebKitDriver({ env });   // { port, display, children }
//   ... webdriverLauncher({ port: handle.port, ... }) ...
//   await stopWebKitDriver(handle);
//
// WebKitGTK's MiniBrowser has no headless mode, so it gets a virtual X display; WebKitWebDriver
// launches it (with that DISPLAY, and `env`) for each session. WebKit speaks through GStreamer:
// give it PULSE_SERVER (our PulseAudio null sink) in `env`, or every utterance ends at once. Both run as our children in their own process
// groups and are stopped by PID: TERM to the group, then KILL after a grace period.
import { spawn } from 'node:child_process';
import net from 'node:net';

const READY_TIMEOUT_MS = 20_000;
const TERM_GRACE_MS = 3_000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const alive = (child) => child && child.exitCode === null && child.signalCode === null;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function portOpen(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => socket.end(() => resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

async function stop(child) {
  if (!alive(child)) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const signal = (sig) => {
    try {
      process.kill(-child.pid, sig);
    } catch {
      try {
        child.kill(sig);
      } catch {
        /* gone */
      }
    }
  };
  signal('SIGTERM');
  if (await Promise.race([exited.then(() => true), sleep(TERM_GRACE_MS).then(() => false)])) return;
  signal('SIGKILL');
  await Promise.race([exited, sleep(TERM_GRACE_MS)]);
}

/** Xvfb on a display it picks itself (-displayfd), resolved once the server is ready. */
function startXvfb() {
  const child = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => fail(new Error(`Xvfb did not report a display within ${READY_TIMEOUT_MS} ms`)),
      READY_TIMEOUT_MS,
    );
    const fail = (error) => {
      clearTimeout(timer);
      stop(child).finally(() => reject(new Error(`${error.message}\n${stderr.trim()}`)));
    };
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`Xvfb exited with code ${code}`)));
    let out = '';
    child.stdio[3].on('data', (d) => {
      out += d;
      if (!out.includes('\n')) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({ child, display: `:${out.trim()}` });
    });
  });
}

async function startDriver(display, env) {
  const port = await freePort();
  const child = spawn('WebKitWebDriver', [`--port=${port}`], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
    env: { ...process.env, ...env, DISPLAY: display },
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!alive(child)) throw new Error(`WebKitWebDriver exited with code ${child.exitCode}: ${stderr.trim()}`);
    if (await portOpen(port)) return { child, port };
    await sleep(100);
  }
  await stop(child);
  throw new Error(`WebKitWebDriver did not listen on port ${port} within ${READY_TIMEOUT_MS} ms`);
}

export async function startWebKitDriver({ log = () => {}, env = {} } = {}) {
  const xvfb = await startXvfb();
  try {
    const driver = await startDriver(xvfb.display, env);
    log(
      `[webkit-driver] Xvfb ${xvfb.display} (pid ${xvfb.child.pid}), WebKitWebDriver port ${driver.port} (pid ${driver.child.pid})`,
    );
    return { port: driver.port, display: xvfb.display, children: [driver.child, xvfb.child] };
  } catch (e) {
    await stop(xvfb.child);
    throw e;
  }
}

export async function stopWebKitDriver(handle) {
  if (!handle) return;
  for (const child of handle.children) await stop(child);
}
