// Runs inside headless Chromium for bench/browser.bench.mjs: one measurement of the built bundle
// (dist/article-reader.js) on an article made of the paragraphs it is given.
import '../dist/article-reader.js';

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** A speech engine that speaks nothing and never ends: sentence changes come from next(). */
const silentEngine = {
  supported: true,
  voices: async () => [{ name: 'Bench Arabic', lang: 'ar', voiceURI: 'bench-ar', localService: true, default: true }],
  speak() {},
  cancel() {},
};

function buildArticle(id, paragraphs) {
  const article = document.createElement('article');
  article.id = id;
  article.lang = 'ar';
  for (const text of paragraphs) {
    const p = document.createElement('p');
    p.textContent = text;
    article.append(p);
  }
  return article;
}

function whenReady(reader) {
  return new Promise((resolve) =>
    reader.addEventListener('reader-ready', (e) => resolve(e.detail.sentenceCount), { once: true }),
  );
}

window.measure = async (paragraphs, round) => {
  document.body.replaceChildren();
  const article = buildArticle(`bench-${round}`, paragraphs);
  document.body.append(article);
  document.body.offsetHeight; // style and layout of the page itself are not the reader's cost
  await nextFrame();

  // ICU alone over the same text, in the same page.
  const text = paragraphs.join('\n');
  let t = performance.now();
  const segmenter = new Intl.Segmenter('ar', { granularity: 'sentence' });
  let icuSentences = 0;
  for (const _ of segmenter.segment(text)) icuSentences++;
  const icuMs = performance.now() - t;
  // The same again, warm (the first use of a segmenter in a page loads ICU's rules).
  t = performance.now();
  for (const _ of new Intl.Segmenter('ar', { granularity: 'sentence' }).segment(text));
  const icuWarmMs = performance.now() - t;
  await nextFrame();

  const longTasks = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)));
  observer.observe({ type: 'longtask' });

  const reader = document.createElement('article-reader');
  reader.setAttribute('for', article.id);
  reader.setAttribute('no-remember', '');
  reader.speechEngine = silentEngine;
  const ready = whenReady(reader);
  t = performance.now();
  document.body.prepend(reader);
  const sentenceCount = await ready;
  const readyMs = performance.now() - t;
  await nextFrame();

  // Re-indexing after an edit: one paragraph appended, then one paragraph's text changed.
  let again = whenReady(reader);
  const added = document.createElement('p');
  added.textContent = paragraphs[0];
  t = performance.now();
  article.append(added);
  await again;
  const appendMs = performance.now() - t;
  again = whenReady(reader);
  t = performance.now();
  article.children[Math.floor(article.children.length / 2)].textContent += ' وأضيفت جملة أخرى هنا.';
  await again;
  const editMs = performance.now() - t;
  await nextFrame();

  observer.disconnect(); // the 1,000 changes below run in one task on purpose
  // Sentence changes: highlight, scroll and event, 1,000 times; memory before and after.
  // A first thousand changes warm up what is made once (the word segmenter, compiled code).
  await reader.readFrom(0);
  for (let i = 0; i < 1000; i++) reader.next();
  await nextFrame();
  globalThis.gc?.();
  const heapBefore = performance.memory?.usedJSHeapSize ?? NaN;
  const changes = 1000;
  t = performance.now();
  for (let i = 0; i < changes; i++) reader.next();
  const changeMs = (performance.now() - t) / changes;
  await nextFrame();
  globalThis.gc?.();
  const heapAfter = performance.memory?.usedJSHeapSize ?? NaN;
  reader.stop();
  reader.remove();

  return {
    chars: text.length,
    paragraphs: paragraphs.length,
    sentenceCount,
    icuSentences,
    icuMs,
    icuWarmMs,
    readyMs,
    longestTaskMs: Math.max(0, ...longTasks),
    appendMs,
    editMs,
    changeMs,
    heapDeltaKiB: (heapAfter - heapBefore) / 1024,
  };
};
