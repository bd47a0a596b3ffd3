#!/usr/bin/env node
// Checks (and on Debian/Ubuntu as root, installs) what `npm test` / `npm start` need.
// Plain Node, no dependencies: it runs before anything else.
//
//   node scripts/ensure-deps.mjs --demo   node_modules only (npm ci when missing; the demo runs in your own browser)
//   node scripts/ensure-deps.mjs --test   node_modules + Chromium, Firefox ESR, WebKitGTK's driver
//                                         (+ Xvfb, xauth) + fonts + speech services
//
// Env:
//   CHROME_PATH=/path/to/chrome          use this browser instead of Debian's chromium package
//   ARTICLE_READER_ENGINES=chromium,...  only the packages of these engines (default: all three)
//   ARTICLE_READER_SKIP_REAL_SPEECH=1    do not require (or install) the speech packages; the
//                                        real-speech test group is then skipped by run-tests
//   ARTICLE_READER_SKIP_SCREEN_READER=1  do not install Orca and its desktop (screen-reader group)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const mode = process.argv.includes('--test') ? 'test' : process.argv.includes('--demo') ? 'demo' : null;
if (!mode) {
  console.error('usage: node scripts/ensure-deps.mjs --test | --demo');
  process.exit(2);
}

const say = (msg) => console.log(`[ensure-deps] ${msg}`);
const fail = (msg) => {
  console.error(`[ensure-deps] ERROR: ${msg}`);
  process.exit(1);
};

// ---- node_modules ------------------------------------------------------------------------------
const nodeNeeds = {
  demo: ['lit', 'typescript', 'rollup'],
  test: [
    'lit',
    'typescript',
    'rollup',
    '@web/test-runner',
    '@web/test-runner-chrome',
    '@web/test-runner-commands',
    '@web/dev-server-esbuild',
    '@open-wc/testing',
    'esbuild',
    '@web/test-runner-puppeteer',
    '@web/test-runner-webdriver',
    'globby',
    'size-limit',
    '@size-limit/file',
  ],
};
const missingNodeModules = () =>
  nodeNeeds[mode].filter((p) => !fs.existsSync(path.join(ROOT, 'node_modules', p, 'package.json')));
if (missingNodeModules().length) {
  // A fresh clone: `npm start` and `npm test` install the locked dependencies themselves (no
  // browser download: puppeteer drives the system's browsers).
  say(`node_modules is missing or incomplete (${missingNodeModules().join(', ')}): running npm ci`);
  const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' },
  });
  const still = missingNodeModules();
  if (npm.status !== 0 || still.length)
    fail(`npm ci did not install ${still.join(', ') || 'everything'}; run it by hand`);
}
if (mode === 'demo') {
  say('node_modules present; the demo needs nothing else (it runs in your own browser).');
  process.exit(0);
}

// ---- system packages (--test) ------------------------------------------------------------------
const skipSpeech = process.env.ARTICLE_READER_SKIP_REAL_SPEECH === '1';
const CHROME_PATH = process.env.CHROME_PATH;
const BROWSER_PKGS = ['chromium', 'fonts-dejavu-core'];
// Firefox speaks through the same speech-dispatcher; WebKitGTK's MiniBrowser (a dependency of
// webkit2gtk-driver) has no headless mode, hence Xvfb, and speaks English with flite.
const ENGINE_PKGS = { chromium: [], firefox: ['firefox-esr'], webkit: ['webkit2gtk-driver', 'xvfb', 'xauth'] };
const engines = (process.env.ARTICLE_READER_ENGINES || 'chromium,firefox,webkit').split(',').map((e) => e.trim());
const SPEECH_PKGS = ['speech-dispatcher', 'speech-dispatcher-espeak-ng', 'espeak-ng', 'pulseaudio', 'pulseaudio-utils'];

function isExecutable(p) {
  try {
    fs.accessSync(p, fs.constants.X_OK);
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
function which(cmd) {
  for (const dir of (process.env.PATH || '/usr/local/bin:/usr/bin:/bin').split(':')) {
    if (dir && isExecutable(path.join(dir, cmd))) return path.join(dir, cmd);
  }
  return null;
}
function run(cmd, args, opts = {}) {
  return spawnSync(cmd, args, { encoding: 'utf8', ...opts });
}

if (CHROME_PATH && !isExecutable(CHROME_PATH)) {
  fail(`CHROME_PATH=${CHROME_PATH} is not an executable file.`);
}

const isDebian = fs.existsSync('/etc/debian_version') && !!which('dpkg-query');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = !!which('apt-get');
const osId = (() => {
  try {
    return /^ID=(.*)$/m.exec(fs.readFileSync('/etc/os-release', 'utf8'))?.[1]?.replace(/"/g, '') ?? '';
  } catch {
    return '';
  }
})();

// Which packages are needed at all (CHROME_PATH replaces the chromium package).
const wanted = [
  ...BROWSER_PKGS.filter((p) => !(p === 'chromium' && CHROME_PATH)),
  ...engines.flatMap((e) => ENGINE_PKGS[e] ?? []),
  ...(skipSpeech ? [] : SPEECH_PKGS),
];
// The screen-reader group (Orca, scripts/screen-reader-group.mjs) runs only on Debian as root,
// so only there are its packages wanted; elsewhere that group is skipped, never a reason to stop.
const SCREEN_READER_PKGS = ['orca', 'xvfb', 'xauth', 'xdotool', 'at-spi2-core', 'dbus', 'firefox-esr'];
if (isDebian && isRoot && !skipSpeech && process.env.ARTICLE_READER_SKIP_SCREEN_READER !== '1') {
  wanted.push(...SCREEN_READER_PKGS.filter((p) => !wanted.includes(p)));
}
if (CHROME_PATH) say(`using CHROME_PATH=${CHROME_PATH} (chromium package not required)`);
if (skipSpeech)
  say('ARTICLE_READER_SKIP_REAL_SPEECH=1: speech packages not required; real-speech tests will be SKIPPED.');

/** Missing packages: via dpkg on Debian/Ubuntu, else by probing for the programs/files. */
function findMissing(pkgs) {
  if (isDebian) {
    return pkgs.filter((p) => {
      const r = run('dpkg-query', ['-W', '-f=${Status}', p]);
      return r.status !== 0 || !/\binstall ok installed\b/.test(r.stdout);
    });
  }
  const probes = {
    chromium: () => ['/usr/bin/chromium', '/usr/bin/chromium-browser'].some(isExecutable) || !!which('chromium'),
    'fonts-dejavu-core': () => {
      const r = run('fc-list', []);
      return r.status === 0 ? /DejaVu/i.test(r.stdout) : true; // cannot tell: do not block
    },
    'speech-dispatcher': () => !!which('speech-dispatcher'),
    'speech-dispatcher-espeak-ng': () =>
      [
        '/usr/lib/speech-dispatcher-modules',
        '/usr/lib64/speech-dispatcher-modules',
        '/usr/libexec/speech-dispatcher-modules',
        '/usr/lib/x86_64-linux-gnu/speech-dispatcher-modules',
      ].some((d) => fs.existsSync(path.join(d, 'sd_espeak-ng'))),
    'espeak-ng': () => !!which('espeak-ng'),
    pulseaudio: () => !!which('pulseaudio'),
    'firefox-esr': () => !!which('firefox-esr'),
    'webkit2gtk-driver': () => !!which('WebKitWebDriver'),
    xvfb: () => !!which('Xvfb'),
    xauth: () => !!which('xauth'),
    'pulseaudio-utils': () => !!which('pactl'),
  };
  return pkgs.filter((p) => !probes[p]());
}

let missing = findMissing(wanted);
if (missing.length === 0) {
  say(`system packages OK: ${wanted.join(' ')}`);
  process.exit(0);
}
say(`missing: ${missing.join(' ')}`);

const aptLine = (pkgs) =>
  `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${pkgs.join(' ')}`;

if (isDebian && isRoot && hasApt) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  say('running: apt-get update');
  let r = run('apt-get', ['update'], { stdio: 'inherit', env });
  if (r.status !== 0) fail(`apt-get update failed (exit ${r.status}).`);
  const args = ['install', '-y', '--no-install-recommends', ...missing];
  say(`running: DEBIAN_FRONTEND=noninteractive apt-get ${args.join(' ')}`);
  r = run('apt-get', args, { stdio: 'inherit', env });
  if (r.status !== 0) fail(`apt-get install failed (exit ${r.status}).`);
  missing = findMissing(wanted);
  if (missing.length) fail(`still missing after apt-get install: ${missing.join(' ')}`);
  say(`installed; system packages OK: ${wanted.join(' ')}`);
  process.exit(0);
}

// Not something we may install: explain exactly what to do.
const why = !isDebian ? 'this is not a Debian/Ubuntu system' : !isRoot ? 'not running as root' : 'apt-get not found';
const lines = [`cannot install automatically (${why}). Install:`];
if (isDebian) {
  lines.push(`    sudo sh -c '${aptLine(missing)}'`);
  if (osId === 'ubuntu' && missing.includes('chromium')) {
    lines.push(
      "    (Ubuntu's apt 'chromium' is a snap wrapper; any Chrome/Chromium works: set CHROME_PATH=/path/to/chrome)",
    );
  }
} else {
  lines.push(`    the equivalents of these Debian packages: ${missing.join(' ')}`);
  lines.push(
    '    (programs needed: chromium, speech-dispatcher + its espeak-ng module, espeak-ng, pulseaudio, pactl; DejaVu fonts)',
  );
}
if (missing.includes('chromium')) {
  lines.push('  or point CHROME_PATH at an installed Chrome/Chromium.');
}
const speechMissing = missing.filter((p) => SPEECH_PKGS.includes(p));
const browserMissing = missing.filter((p) => !SPEECH_PKGS.includes(p));
if (speechMissing.length && browserMissing.length === 0) {
  // (with ARTICLE_READER_SKIP_REAL_SPEECH=1 the speech packages are not in `wanted` at all)
  lines.push('  or, to run without real speech, set ARTICLE_READER_SKIP_REAL_SPEECH=1');
  lines.push('  (the browser tests then run, and the real-speech tests are SKIPPED).');
}
fail(lines.join('\n'));
