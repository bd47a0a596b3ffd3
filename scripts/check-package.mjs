#!/usr/bin/env node
// `npm run check:package` (after `npm run build`): the package as npm would publish it.
// publint (every "exports", "main", "module" and "types" target exists and is well formed) and
// @arethetypeswrong/cli (each entry point's types resolve, ESM only) run first; this script checks
// what they do not:
//   - every "customElements" and "sideEffects" file is in the tarball (`npm pack --dry-run`), and
//     nothing from src/, test/ or the demo is, nor a stale lib/ module;
//   - `article-reader/sentences` loads in plain Node (no DOM) through the package's own exports;
//   - only the define module and the bundles call customElements.define, and they are exactly the
//     files that "sideEffects" lists (lib/article-reader.js, the class, has none);
//   - dist/article-reader.js loads its chunks only with import() of relative ./chunks/ URLs, every
//     chunk it names is published (and no other), and dist/article-reader.bundled.js, exported
//     as `article-reader/bundled`, imports nothing;
//   - custom-elements.json describes <article-reader> with its attributes, events and parts.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const problems = [];
const check = (ok, message) => {
  if (!ok) problems.push(message);
};
const rel = (p) => p.replace(/^\.\//, '');

// ---- the tarball ---------------------------------------------------------------------------
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const packed = JSON.parse(
  execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' }),
)[0];
const files = new Set(packed.files.map((f) => f.path));
const inTarball = (p, what) => check(files.has(rel(p)), `${what}: ${p} is not in the package (npm pack)`);

inTarball(pkg.customElements, 'customElements');
for (const file of pkg.sideEffects) inTarball(file, 'sideEffects');
for (const file of files) {
  check(!/^(src|test|demo|bench|scripts|xliff|\.ci)\//.test(file), `${file} should not be published`);
}
// lib/ is tsc's output and is not cleaned: a module whose source is gone must not be published.
for (const file of files) {
  const source = file.match(/^lib\/(.+?)(\.d)?\.js$|^lib\/(.+?)\.d\.ts$/);
  if (!source) continue;
  const stem = source[1] ?? source[3];
  check(
    fs.existsSync(path.join(ROOT, 'src', `${stem}.ts`)),
    `${file} is stale (no src/${stem}.ts): delete lib/ and rebuild`,
  );
}

// ---- side effects: who defines the element ----------------------------------------------------
function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}
const defining = walk(path.join(ROOT, 'lib'))
  .filter((f) => f.endsWith('.js') && files.has(path.relative(ROOT, f).split(path.sep).join('/')))
  .filter((f) => /customElements\s*\.\s*define\s*\(/.test(fs.readFileSync(f, 'utf8')))
  .map((f) => path.relative(ROOT, f).split(path.sep).join('/'));
const declared = new Set(pkg.sideEffects.map(rel));
for (const file of defining)
  check(declared.has(file), `${file} calls customElements.define but is not in "sideEffects"`);
check(
  defining.length === 1 && defining[0] === 'lib/define.js',
  `only lib/define.js should call customElements.define; found: ${defining.join(', ') || 'none'}`,
);
check(!defining.includes('lib/article-reader.js'), 'lib/article-reader.js (the class) must not define the element');
check(
  /^import\s+['"]\.\/define\.js['"]/m.test(fs.readFileSync(path.join(ROOT, 'lib/index.js'), 'utf8')),
  'lib/index.js should import ./define.js',
);
// ---- dist/: the split build (the entry and its chunks) and the one-file variant ---------------
// The entry may import only its own chunks, by relative URLs, and only with import(): then a
// page that loads it from a CDN or a copied dist/ folder fetches them from next to it. A chunk
// imports the entry (the code they share) and nothing outside dist/.
const read = (file) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const definesElement = (code) => /customElements\.define\(/.test(code) && /["']article-reader["']/.test(code);
const staticImports = (code) => [
  ...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]+from\s*)?["']([^"']+)["']/g),
];
const dynamicImports = (code) => [...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
const ENTRY = 'dist/article-reader.js';
const entry = read(ENTRY);
check(definesElement(entry), `${ENTRY} should define <article-reader>`);
check(staticImports(entry).length === 0, `${ENTRY} should have no static imports (it is the file a page loads)`);
check(!/\bfrom\s*["'](lit|@lit)/.test(entry), `${ENTRY} should include Lit`);
const chunks = dynamicImports(entry);
check(chunks.length > 0, `${ENTRY} should fetch its parts with import() (a split build)`);
for (const specifier of chunks) {
  const file = path.posix.join('dist', specifier);
  check(/^\.\/chunks\/[\w-]+\.js$/.test(specifier), `${ENTRY} imports ${specifier}: only ./chunks/*.js, relative`);
  if (!fs.existsSync(path.join(ROOT, file))) {
    problems.push(`${ENTRY} imports ${specifier}, which is missing`);
    continue;
  }
  inTarball(file, `the chunk ${specifier}`);
  for (const [, imported] of staticImports(read(file))) {
    const target = path.posix.join('dist/chunks', imported);
    check(
      imported.startsWith('.') && target.startsWith('dist/') && fs.existsSync(path.join(ROOT, target)),
      `${file} imports ${imported}: only files of dist/, relative`,
    );
  }
  check(!definesElement(read(file)), `${file} should not define the element (the entry does)`);
}
const published = [...files].filter((f) => f.startsWith('dist/chunks/'));
for (const file of published) {
  check(chunks.includes(`./${file.slice('dist/'.length)}`), `${file} is published but the entry never loads it`);
}
const BUNDLED = 'dist/article-reader.bundled.js';
if (!fs.existsSync(path.join(ROOT, BUNDLED))) {
  problems.push(`${BUNDLED} is missing: run \`npm run build\``);
} else {
  const bundled = read(BUNDLED);
  check(definesElement(bundled), `${BUNDLED} should define <article-reader>`);
  check(
    staticImports(bundled).length === 0 && dynamicImports(bundled).length === 0,
    `${BUNDLED} should be self-contained (no import of any kind)`,
  );
  check(pkg.exports['./bundled']?.default === `./${BUNDLED}`, `exports["./bundled"] should be ./${BUNDLED}`);
}

// ---- article-reader/sentences in plain Node, through "exports" (self-reference) ---------------
check(typeof globalThis.document === 'undefined', 'this check must run without a DOM');
try {
  const sentences = await import('article-reader/sentences');
  const spans = sentences.segmentSentences('قال د. أحمد إن الجو جميل. ثم غادر.');
  check(Array.isArray(spans) && spans.length === 2, `segmentSentences in Node gave ${JSON.stringify(spans)}`);
} catch (error) {
  problems.push(`import('article-reader/sentences') in Node failed: ${error.message}`);
}

// ---- custom-elements.json -------------------------------------------------------------------
const manifestFile = path.join(ROOT, pkg.customElements);
if (!fs.existsSync(manifestFile)) {
  problems.push(`${pkg.customElements} is missing: run \`npm run build\``);
} else {
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'article-reader');
  if (!element) {
    problems.push('custom-elements.json has no <article-reader>');
  } else {
    const names = (list) => new Set((list ?? []).map((x) => x.name));
    const expect = (kind, list, wanted) => {
      const have = names(list);
      for (const name of wanted) check(have.has(name), `custom-elements.json: ${kind} "${name}" missing`);
    };
    expect('attribute', element.attributes, ['for', 'rate', 'voice', 'ui-lang', 'shortcuts', 'no-autoscroll', 'lang']);
    expect('member', element.members, [
      'for',
      'rate',
      'voice',
      'uiLang',
      'shortcuts',
      'noAutoscroll',
      'speechEngine',
      'state',
      'sentenceIndex',
      'sentences',
      'play',
      'pause',
      'stop',
      'next',
      'previous',
      'readFrom',
    ]);
    expect('event', element.events, [
      'reader-ready',
      'reader-statechange',
      'reader-sentence',
      'reader-ratechange',
      'reader-error',
    ]);
    expect('part', element.cssParts, ['controls', 'play', 'stop', 'previous', 'next', 'rate', 'status']);
    expect('custom property', element.cssProperties, [
      '--article-reader-bar-background',
      '--article-reader-bar-color',
      '--article-reader-accent',
      '--article-reader-focus-ring',
      '--article-reader-radius',
    ]);
    check(!(element.members ?? []).some((m) => m.privacy === 'private'), 'custom-elements.json lists private members');
    const definition = manifest.modules
      .flatMap((m) => m.exports ?? [])
      .find((e) => e.kind === 'custom-element-definition');
    check(
      definition?.name === 'article-reader',
      'custom-elements.json has no custom-element-definition for article-reader',
    );
  }
}

if (problems.length > 0) {
  for (const p of problems) console.error(`[package] ${p}`);
  console.error(`[package] ${problems.length} problem(s)`);
  process.exit(1);
}
console.log(
  `[package] ${packed.name}@${packed.version}: ${packed.entryCount} files, ${(packed.size / 1024).toFixed(1)} KiB packed, ` +
    `${(packed.unpackedSize / 1024).toFixed(1)} KiB unpacked; sideEffects and custom-elements.json OK`,
);
