#!/usr/bin/env node
// `npm run size` (after `npm run build`): the files a page loads, minified, then gzip (level 9)
// and brotli (quality 11), against their budgets: the entry dist/article-reader.js (what a page
// loads before the controls show), each chunk it fetches later from dist/chunks/ (the
// playback part with the normaliser when idle after the first index, the voice commands with `voice-commands`, a catalogue
// per interface language but English), their total, and the one-file variant
// dist/article-reader.bundled.js. Then where the entry's bytes come from, module by module.
//
// The ceilings `npm test` enforces are size-limit's (.size-limit.json, `npx size-limit`, with
// the same gzip figures): a ratchet at today's size where the budget is not met yet, so that the
// files can only shrink towards the budget. Lower a limit there whenever the build shrinks.
//
// The per-module figures are an approximation: rollup builds lib/index.js again without
// minifying, each module's rendered code (after tree-shaking) is minified on its own with terser
// and gzipped on its own. Separate gzip streams share no dictionary, so these add up to more than
// the file's figure; the "share" column scales them to the real one.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { minify } from 'terser';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const ENTRY = 'article-reader.js';
const BUNDLED = 'article-reader.bundled.js';
const KiB = 1024;
// Budgets (gzip) from the issue. Neither is met yet (entry 28.31 KiB, total 48.90 KiB, with issues
// 19, 20, the voice cache, the synchronous play path and the normaliser's start tables for WebKit
// in; the playback chunk took 3.33 KiB off the entry and added 1.10 KiB to the total, as shared
// code is exported across the split): .size-limit.json holds the ceilings just above those figures.
const ENTRY_BUDGET = 20 * KiB;
const ENTRY_AIM = 16 * KiB;
const TOTAL_BUDGET = 42 * KiB;

const gzip = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const brotli = (buf) =>
  zlib.brotliCompressSync(buf, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
    },
  }).length;
const kib = (n) => `${(n / KiB).toFixed(2)} KiB`;
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

if (!fs.existsSync(path.join(DIST, ENTRY))) {
  console.log('[size] dist/article-reader.js is missing: run `npm run build` first.');
  process.exit(0);
}

// ---- the files as shipped ---------------------------------------------------------------------
function measure(file) {
  const buf = fs.readFileSync(path.join(DIST, file));
  return { file: `dist/${file}`, min: buf.length, gzip: gzip(buf), brotli: brotli(buf) };
}
const chunkDir = path.join(DIST, 'chunks');
const chunkFiles = fs.existsSync(chunkDir)
  ? fs
      .readdirSync(chunkDir)
      .filter((f) => f.endsWith('.js'))
      .sort()
  : [];
const entry = measure(ENTRY);
const chunks = chunkFiles.map((f) => measure(`chunks/${f}`));
const sum = (rows, key) => rows.reduce((n, r) => n + r[key], 0);
const total = {
  file: `total (entry + ${chunks.length} chunks)`,
  min: entry.min + sum(chunks, 'min'),
  gzip: entry.gzip + sum(chunks, 'gzip'),
  brotli: entry.brotli + sum(chunks, 'brotli'),
};
const bundled = fs.existsSync(path.join(DIST, BUNDLED)) ? measure(BUNDLED) : null;

console.log(`  ${pad('file', 46)}${lpad('min B', 9)}${lpad('gzip B', 9)}${lpad('gzip', 11)}${lpad('brotli B', 10)}`);
for (const row of [entry, ...chunks, total, ...(bundled ? [bundled] : [])]) {
  console.log(
    `  ${pad(row.file, 46)}${lpad(row.min, 9)}${lpad(row.gzip, 9)}${lpad(kib(row.gzip), 11)}${lpad(row.brotli, 10)}`,
  );
}
if (!bundled) console.log(`  dist/${BUNDLED} is missing: \`npm run build\` makes it.`);

const against = (name, size, budget, aim) => {
  const verdict =
    size <= (aim ?? budget)
      ? aim
        ? 'within the aim'
        : 'within the budget'
      : size <= budget
        ? 'within the budget, above the aim'
        : 'OVER the budget';
  console.log(
    `  ${name}: ${kib(size)} gzip; budget ${kib(budget)}${aim ? ` (aim ${kib(aim)})` : ''}: ${verdict}` +
      ` (${size <= budget ? `${kib(budget - size)} to spare` : `${kib(size - budget)} over`})`,
  );
};
against('entry', entry.gzip, ENTRY_BUDGET, ENTRY_AIM);
against('total', total.gzip, TOTAL_BUDGET);
if (bundled) {
  const more = ((100 * (total.gzip - bundled.gzip)) / bundled.gzip).toFixed(1);
  console.log(
    `  one file: ${kib(bundled.gzip)} gzip (the split total is ${more}% more: each file is compressed on its own)`,
  );
}
// ---- per module, per file ---------------------------------------------------------------------
const build = await rollup({
  input: path.join(ROOT, 'lib', 'index.js'),
  preserveEntrySignatures: 'allow-extension',
  plugins: [nodeResolve({ exportConditions: ['production'] })],
  onwarn: () => {},
});
const { output } = await build.generate({ format: 'es' });
await build.close();

function nameOf(id) {
  const r = path.relative(ROOT, id).split(path.sep).join('/');
  const pkg = r.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  if (pkg) return `${pkg[1]}/${r.split(`${pkg[1]}/`).pop()}`;
  return r.replace(/^lib\//, 'src/').replace(/\.js$/, '.ts');
}

for (const chunk of output.filter((o) => o.type === 'chunk')) {
  const rows = [];
  for (const [id, info] of Object.entries(chunk.modules)) {
    if (!info.code || !info.code.trim()) continue;
    // unused: false, since a module on its own looks unused (its exports are the file's business).
    const min =
      (await minify(info.code, { ecma: 2022, module: true, compress: { unused: false }, format: { comments: false } }))
        .code ?? '';
    const buf = Buffer.from(min);
    rows.push({ name: nameOf(id), min: buf.length, gzip: gzip(buf) });
  }
  const sumGzip = sum(rows, 'gzip');
  const label = chunk.isEntry ? `the entry (${ENTRY})` : `the chunk of ${nameOf(chunk.facadeModuleId ?? chunk.name)}`;
  console.log(`\n${label}, by module (largest first; share of its modules gzipped separately):`);
  console.log(`  ${pad('module', 58)}${lpad('min B', 8)}${lpad('gzip B', 8)}${lpad('share', 8)}`);
  for (const r of rows.sort((a, b) => b.gzip - a.gzip)) {
    console.log(
      `  ${pad(r.name, 58)}${lpad(r.min, 8)}${lpad(r.gzip, 8)}${lpad(`${((100 * r.gzip) / sumGzip).toFixed(1)}%`, 8)}`,
    );
  }
  console.log(
    `  ${pad(`sum of ${rows.length} modules gzipped separately`, 58)}${lpad(sum(rows, 'min'), 8)}${lpad(sumGzip, 8)}`,
  );
}
