#!/usr/bin/env node
// The README's picture: the demo's first article in headless Chromium, with the reader reading
// its second sentence (sentence and word highlighted), saved as docs/images/reader-arabic.webp.
//
//   npm run build && node scripts/screenshot.mjs [--out docs/images/reader-arabic.webp]
//
// The picture must not depend on a speech service, so the reader is given a stand-in speech
// engine (its public `speechEngine` property) that starts the sentence and reports one word
// boundary, then holds there: what a listener sees a second into that sentence.
import { startDevServer } from '@web/dev-server';
import fs from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const outFlag = process.argv.indexOf('--out');
const out = path.resolve(outFlag > 0 ? process.argv[outFlag + 1] : 'docs/images/reader-arabic.webp');
if (!fs.existsSync('dist/article-reader.js')) {
  console.error('[screenshot] dist/article-reader.js is missing: run `npm run build` first.');
  process.exit(1);
}

const server = await startDevServer({
  config: { rootDir: '.', port: 0, hostname: '127.0.0.1', watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const { port } = server.server.address();
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--lang=ar'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 760, height: 900, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  await page.goto(`http://127.0.0.1:${port}/demo/index.html`, { waitUntil: 'networkidle0' });
  await page.evaluate(async () => {
    const reader = document.querySelector('article-reader');
    await new Promise((resolve) => {
      if (reader.sentences.length > 0) resolve();
      else reader.addEventListener('reader-ready', resolve, { once: true });
    });
    const voice = { name: 'Arabic', lang: 'ar', voiceURI: 'ar', localService: true, default: true };
    reader.speechEngine = {
      supported: true,
      voices: async () => [voice],
      speak(text, _options, callbacks) {
        // The fourth word of what is spoken: start, then one boundary, and no end.
        const words = [...text.matchAll(/\S+/g)];
        const word = words[Math.min(3, words.length - 1)];
        setTimeout(() => {
          callbacks.start?.();
          callbacks.word?.(word.index, word[0].length);
        }, 50);
      },
      cancel() {},
    };
    await reader.readFrom(1);
    await new Promise((resolve) => setTimeout(resolve, 600));
    /** @type {HTMLElement} */ (document.activeElement)?.blur();
  });
  const reader = await page.$('article-reader');
  const box = await reader.boundingBox();
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await page.screenshot({
    path: out,
    type: out.endsWith('.png') ? 'png' : 'webp',
    quality: out.endsWith('.png') ? undefined : 80,
    clip: { x: box.x - 8, y: box.y - 8, width: box.width + 16, height: Math.min(box.height, 560) + 16 },
  });
  console.log(`[screenshot] ${path.relative(process.cwd(), out)}: ${Math.round(fs.statSync(out).size / 1024)} KiB`);
} finally {
  await browser.close();
  await server.stop();
}
