// The desktop a screen reader needs, started privately for the screen-reader tests (plain Node):
//   Xvfb → a private session bus → the accessibility bus + registry → speech-dispatcher (log
//   level 5, on a PulseAudio null sink: scripts/speech-services.mjs) → Orca with its own prefs.
// Recipe in CONTRIBUTING.md (The screen-reader stack). Every process is started and stopped by
// scripts/processes.mjs. What Orca says is read back from the speech-dispatcher log (speechLog()).
//
//   const stack = await startScreenReaderStack();   // stack.env: DISPLAY, buses, SPEECHD_ADDRESS…
//   … launch a browser with stack.env, send keys with xdotool, poll stack.speechLog() …
//   await stopScreenReaderStack(stack);
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSpeechServices, stopSpeechServices } from './speech-services.mjs';
import { ownPid, spawnOwned, stopOwned, waitReady, which } from './processes.mjs';
import { startXvfb } from './webkit-driver.mjs';

// A hang guard, not a wait: each step polls and goes on as soon as its program answers (under
// load, a load average of about 10 on 2 cores, the AT-SPI registry took over 20 s to answer).
const READY_MS = 60_000;
/** How many times the AT-SPI registry is started before the stack gives up (see step 3). */
const REGISTRY_STARTS = 10;
const until = (what, check, opts = {}) => waitReady(what, check, { timeoutMs: READY_MS, intervalMs: 150, ...opts });

/** Programs the stack needs (Debian packages orca xvfb xauth xdotool at-spi2-core dbus). */
export const STACK_PROGRAMS = [
  'Xvfb',
  'xdotool',
  'orca',
  'dbus-daemon',
  'dbus-send',
  '/usr/libexec/at-spi-bus-launcher',
  '/usr/libexec/at-spi2-registryd',
];

export { which };

function dbusSend(env, args) {
  const r = spawnSync('dbus-send', ['--print-reply', ...args], { env, encoding: 'utf8', timeout: 5000 });
  return r.status === 0 ? r.stdout : null;
}

// Orca's settings: its defaults, except that it must not start reading a page on load (the first
// Tab would interrupt that and send focus back to the document).
const ORCA_SETTINGS = {
  general: { sayAllOnLoad: false, pageSummaryOnLoad: true, firstStartCompleted: true },
  profiles: { default: { profile: ['Default', 'default'], sayAllOnLoad: false } },
  keybindings: {},
  pronunciations: {},
};

/** Start the whole stack inside a fresh directory; throws (after stopping what started) on failure. */
export async function startScreenReaderStack({ log = (m) => console.log(m) } = {}) {
  const missing = STACK_PROGRAMS.filter((p) => !which(p));
  if (missing.length) throw new Error(`screen-reader stack: missing ${missing.join(', ')}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ar-orca-'));
  const logs = path.join(dir, 'log');
  const home = path.join(dir, 'home');
  const runtime = path.join(dir, 'runtime');
  for (const d of [logs, home, runtime]) fs.mkdirSync(d, { recursive: true, mode: 0o700 });
  const stack = { dir, logs, env: {}, children: [], speech: null, registryPid: 0, log };
  const env = {
    ...process.env,
    HOME: home,
    XDG_RUNTIME_DIR: runtime,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local/share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    GTK_MODULES: 'gail:atk-bridge',
    NO_AT_BRIDGE: '0',
    GNOME_ACCESSIBILITY: '1',
    LANG: 'C.UTF-8',
  };
  delete env.SPEECHD_ADDRESS;
  delete env.PULSE_SERVER;
  delete env.AT_SPI_BUS_ADDRESS;
  try {
    // 1. Xvfb picks a free display itself (-displayfd) and tells us its number.
    const xvfb = await startXvfb({ logFile: path.join(logs, 'xvfb.log') });
    stack.children.push(xvfb.child);
    env.DISPLAY = xvfb.display;

    // 2. A private session bus (foreground, so its PID is ours).
    const dbus = spawnOwned('dbus-daemon', ['--session', '--nofork', '--nopidfile', '--print-address=1'], {
      env,
      logFile: path.join(logs, 'dbus.log'),
      stdio: ['pipe', 'pipe', 'log'],
    });
    stack.children.push(dbus);
    let address = '';
    dbus.stdout.on('data', (d) => {
      address += d;
    });
    env.DBUS_SESSION_BUS_ADDRESS = await until('dbus-daemon', () => address.includes('\n') && address.trim(), {
      child: dbus,
    });

    // 3. The accessibility bus, switched on (Chromium watches IsEnabled), and its registry.
    const a11y = spawnOwned('/usr/libexec/at-spi-bus-launcher', ['--launch-immediately'], {
      env,
      logFile: path.join(logs, 'at-spi.log'),
    });
    stack.children.push(a11y);
    // Wait until our launcher owns org.a11y.Bus before calling it: a method call to the name while
    // it has no owner makes the session bus D-Bus-activate a second launcher (its .service file),
    // and under load that one sometimes took the name first; ours then exited with status 0 and the
    // stack failed ("at-spi registry: exited before it was ready (code 0, signal null)"). Asking the
    // bus itself who owns the name never activates anything.
    const ownerPid = () =>
      Number(
        /uint32 (\d+)/.exec(
          dbusSend(env, [
            '--session',
            '--dest=org.freedesktop.DBus',
            '/org/freedesktop/DBus',
            'org.freedesktop.DBus.GetConnectionUnixProcessID',
            'string:org.a11y.Bus',
          ]) ?? '',
        )?.[1] ?? 0,
      );
    const launcherPid = await until('at-spi bus name', ownerPid, { child: a11y });
    if (launcherPid !== a11y.pid)
      throw new Error(`at-spi bus: org.a11y.Bus is owned by pid ${launcherPid}, not by our launcher (pid ${a11y.pid})`);
    const busReply = await until(
      'at-spi bus',
      () => dbusSend(env, ['--session', '--dest=org.a11y.Bus', '/org/a11y/bus', 'org.a11y.Bus.GetAddress']),
      { child: a11y },
    );
    const a11yAddress = /string "([^"]+)"/.exec(busReply)?.[1];
    dbusSend(env, [
      '--session',
      '--dest=org.a11y.Bus',
      '/org/a11y/bus',
      'org.freedesktop.DBus.Properties.Set',
      'string:org.a11y.Status',
      'string:IsEnabled',
      'variant:boolean:true',
    ]);
    // The registry is D-Bus activated on the accessibility bus (the launcher may already have
    // asked for it): start it by name and record its PID, since it is not our child.
    const onA11y = (args) =>
      dbusSend(env, [`--bus=${a11yAddress}`, '--dest=org.freedesktop.DBus', '/org/freedesktop/DBus', ...args]);
    // Under load the registry sometimes took the name, then could not open the X display ("AT-SPI:
    // Cannot open default display" in at-spi.log) and exited, and the stack waited 60 s for nothing
    // (up to 3 times in a row, within 0.3 s; waiting first until Xvfb answered a client did not help).
    // The answer to StartServiceByName comes once the registry holds the name (or after 5 s): a name
    // with no owner after it means the registry is gone, and the bus is asked to start it again.
    const startRegistry = () =>
      onA11y(['org.freedesktop.DBus.StartServiceByName', 'string:org.a11y.atspi.Registry', 'uint32:0']);
    startRegistry();
    let registryStarts = 1;
    stack.registryPid = Number(
      /uint32 (\d+)/.exec(
        await until(
          'at-spi registry',
          () => {
            const owner = onA11y(['org.freedesktop.DBus.GetConnectionUnixProcessID', 'string:org.a11y.atspi.Registry']);
            if (owner || registryStarts >= REGISTRY_STARTS) return owner;
            registryStarts++;
            log(`screen-reader stack: the at-spi registry is not on its bus; starting it again (${registryStarts})`);
            startRegistry();
            return null;
          },
          { child: a11y, logFile: path.join(logs, 'at-spi.log') },
        ),
      )[1],
    );
    ownPid(stack.registryPid);

    // 4. speech-dispatcher logging every text, shared by Orca and the browser.
    stack.speech = await startSpeechServices(path.join(dir, 'speech'), { log, logLevel: 5 });
    Object.assign(env, stack.speech.env);
    stack.speechLogFile = path.join(dir, 'speech', 'log', 'speech-dispatcher.log');

    // 5. Orca with its own prefs; ready once it said "Screen reader on".
    const prefs = path.join(dir, 'orca-prefs');
    fs.mkdirSync(prefs, { recursive: true });
    fs.writeFileSync(path.join(prefs, 'user-settings.conf'), JSON.stringify(ORCA_SETTINGS, null, 1));
    const orcaLog = path.join(logs, 'orca.log');
    const orca = spawnOwned('orca', ['--replace', '--user-prefs', prefs], { env, logFile: orcaLog });
    stack.children.push(orca);
    await until('orca', () => spokenTexts(stack).some((t) => /screen reader on/i.test(t)), {
      child: orca,
      logFile: orcaLog,
      timeoutMs: 45_000,
    });
    stack.env = env;
    log(
      `screen-reader stack: DISPLAY=${env.DISPLAY}, pids xvfb ${xvfb.child.pid}, dbus ${dbus.pid}, at-spi ${a11y.pid}, ` +
        `registry ${stack.registryPid}, orca ${orca.pid}; logs in ${logs}`,
    );
    return stack;
  } catch (error) {
    await stopScreenReaderStack(stack, { keep: true });
    throw error;
  }
}

/** Stop everything, newest first; keep the logs when asked (a failed run). Safe to call twice. */
export function stopScreenReaderStack(stack, { keep = false } = {}) {
  if (!stack) return Promise.resolve();
  stack.stopping ??= (async () => {
    const [orca, ...rest] = stack.children.slice().reverse();
    if (orca) await stopOwned(orca);
    await stopSpeechServices(stack.speech).catch(() => {});
    // The registry was started by the accessibility bus, not by us: stop it by its recorded PID.
    await stopOwned(stack.registryPid);
    for (const c of rest) await stopOwned(c);
    if (keep || process.env.ARTICLE_READER_KEEP_SCREEN_READER_RUN)
      stack.log(`screen-reader stack: logs kept in ${stack.dir}`);
    else fs.rmSync(stack.dir, { recursive: true, force: true });
  })();
  return stack.stopping;
}

/**
 * Every text speech-dispatcher was asked to say, in order: [{ t: epoch ms, client, text }].
 * `client` is the CLIENT_NAME the connection gave (Orca: "unknown:Orca:default"), else "fd N".
 */
export function speechEntries(stack) {
  try {
    return parseSpeechLog(fs.readFileSync(stack.speechLogFile, 'utf8'));
  } catch {
    return [];
  }
}

function spokenTexts(stack) {
  return speechEntries(stack).map((e) => e.text);
}

// A log entry: "[Sun Nov 29 14:24:49 2026 : 304261] speechd:     15:DATA:|text\n| (91)". After a
// client's "SPEAK" its DATA entries are the text, up to a lone ".". Orca sends SSML: tags dropped.
function parseSpeechLog(raw) {
  const out = [];
  const clients = new Map();
  const speaking = new Set();
  for (const entry of raw.split(/\n(?=\[\w{3} \w{3} )/)) {
    const m = /^\[\w{3} (\w{3} +\d+ [\d:]+ \d{4}) : (\d+)\] speechd:\s+(\d+):DATA:\|([\s\S]*?)\n\| \(\d+\)\s*$/.exec(
      entry,
    );
    if (!m) continue;
    const [, date, micros, fd] = m;
    const data = m[4].replace(/\r/g, '');
    const name = /^SET self CLIENT_NAME "?([^"]*)"?$/i.exec(data);
    if (name) clients.set(fd, name[1].trim());
    else if (data.trim().toUpperCase() === 'SPEAK') speaking.add(fd);
    else if (speaking.has(fd) && data === '.') speaking.delete(fd);
    else if (speaking.has(fd)) {
      const [mon, day, time, year] = date.split(/ +/);
      const t = Date.parse(`${mon} ${day} ${year} ${time}`) + Math.round(Number(micros) / 1000);
      const text = data
        .replace(/<[^>]+>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&')
        .trim();
      out.push({ t, client: clients.get(fd) ?? `fd ${fd}`, text });
    }
  }
  return out;
}
