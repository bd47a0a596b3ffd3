// What the reader reads of real-markup pages, against Mozilla Readability, in headless Chromium:
// the share of junk in what is read (sentences and characters) and the share of the article's
// text still read. The pages are bench/fixtures/content/*.html: our own Arabic text in the markup
// patterns of common CMSs and themes, the article's blocks marked `data-gold`, the element a
// site owner would point the reader at marked `data-reader-root`. Figures on these fixtures say
// how the rules do on pages we wrote, not on pages they have never seen.
// Run with `npm run bench` (after `npm run build`); `--junk` lists the junk sentences read.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { ENGINES } from '../scripts/engines.mjs';

const CHROME = ENGINES.chromium.binary;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = path.join(ROOT, 'bench', 'fixtures', 'content');
const READABILITY = '/node_modules/@mozilla/readability/Readability.js';
const showJunk = process.argv.includes('--junk');

if (!fs.existsSync(CHROME) || !fs.existsSync(path.join(ROOT, 'lib', 'dom', 'article.js'))) {
  console.log(`[bench:content] skipped: needs ${CHROME} and a build (npm run build).`);
  process.exit(0);
}

const TYPES = { '.js': 'text/javascript', '.html': 'text/html; charset=utf-8' };
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const file = path.join(ROOT, path.normalize(url.pathname));
  if (!file.startsWith(ROOT) || !fs.existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
  if (file.endsWith('.html')) {
    // The fixture as it is, with Readability and the measuring page added at its end.
    const scripts = `<script src="${READABILITY}"></script><script type="module" src="/bench/content-page.js"></script>`;
    res.end(fs.readFileSync(file, 'utf8').replace('</body>', `${scripts}</body>`));
  } else fs.createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const pct = (part, whole) => (whole > 0 ? `${((100 * part) / whole).toFixed(1)}%` : '-');
const row = (name, r) =>
  `  ${name.padEnd(22)} ${String(r.sentences).padStart(4)} ${pct(r.junkSentences, r.sentences).padStart(7)} ` +
  `${pct(r.junkChars, r.chars).padStart(7)} ${pct(r.goldRead, r.goldTotal).padStart(7)}`;
const add = (a, b) =>
  Object.fromEntries(Object.keys(b).map((k) => [k, typeof b[k] === 'number' ? (a[k] ?? 0) + b[k] : []]));

const browser = await puppeteer.launch({
  executablePath: CHROME,
  headless: true,
  args: ENGINES.chromium.args,
});
try {
  const files = fs
    .readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.html'))
    .sort();
  console.log(`[bench:content] ${files.length} fixture pages of our own (bench/fixtures/content): not unseen pages`);
  console.log(`  ${'page / reader'.padEnd(22)} sent.   junk s.  junk c.  kept`);
  let ours = {};
  let theirs = {};
  for (const file of files) {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`http://127.0.0.1:${port}/bench/fixtures/content/${file}`);
    try {
      await page.waitForFunction(() => typeof window.measure === 'function', { timeout: 30_000 });
    } catch (error) {
      // A page that cannot load its measuring module says why, rather than only timing out.
      throw new Error(`${file}: the measuring page did not load (${errors.join('; ') || error.message})`);
    }
    const result = await page.evaluate(() => window.measure());
    await page.close();
    const name = file.replace(/\.html$/, '');
    console.log(row(`${name}: ours`, result.ours));
    console.log(row(`${''.padEnd(name.length)}  Readability`, result.theirs));
    if (showJunk) for (const text of result.ours.junkTexts) console.log(`      junk read: ${text}`);
    if (errors.length > 0) console.log(`      page errors: ${errors.join('; ')}`);
    ours = add(ours, result.ours);
    theirs = add(theirs, result.theirs);
  }
  console.log(row('all: ours', ours));
  console.log(row('     Readability', theirs));
  console.log('  (sent.: sentences read; junk s. / junk c.: share of them, and of their characters, not the article;');
  console.log('   kept: share of the article text read. Goal on unseen pages: junk ≤ 10% / 4%, kept ≥ 98%.)');
} finally {
  await browser.close();
  server.close();
}
