// Runs inside headless Chromium for bench/voices.bench.mjs: the built bundle inserted next to an
// article, then a click on play, against a bare speechSynthesis.speak() in a click handler of the
// same page. The hooks it reads (window.bench: speak() calls, clicks, long tasks) are installed
// before any script by the bench (voices.bench.mjs, installHooks).
import '../dist/article-reader.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const settle = async (frames = 3) => {
  for (let i = 0; i < frames; i++) await frame();
};
const { bench } = window;

/** The longest long task that ended after `from` (0 when none). */
const longestSince = (from) =>
  Math.max(0, ...bench.longTasks.filter((t) => t.startTime + t.duration >= from).map((t) => t.duration));

function buildArticle(paragraph, chars) {
  const article = document.createElement('article');
  article.id = 'story';
  article.lang = 'ar';
  for (let length = 0; length < chars; length += paragraph.length + 1) {
    const p = document.createElement('p');
    p.textContent = paragraph;
    article.append(p);
  }
  return article;
}

/** Article and reader laid out as `layout` says: reader before it, after it, or in a fixed bar above it. */
window.insertReader = async (layout, paragraph, chars) => {
  const article = buildArticle(paragraph, chars);
  document.body.append(article);
  document.body.offsetHeight; // the page's own layout is not the reader's cost
  await settle();
  const reader = document.createElement('article-reader');
  reader.setAttribute('for', article.id);
  reader.setAttribute('no-remember', '');
  if (layout === 'beside') reader.style.cssText = 'position: fixed; inset: 0 0 auto 0; background: white; z-index: 1';
  const ready = new Promise((resolve) => reader.addEventListener('reader-ready', resolve, { once: true }));
  const from = performance.now();
  if (layout === 'after') article.after(reader);
  else article.before(reader);
  await ready;
  await settle(6);
  await new Promise((resolve) => setTimeout(resolve, 100)); // the voice list settles
  await settle();
  const picker = reader.shadowRoot.querySelector('[part="voice"]');
  return { insertMs: longestSince(from), options: picker ? picker.options.length : 0 };
};

/** After a click (by the bench) on play: wait for its speak() (and `start` when `real`). */
window.afterClick = async (real) => {
  await waitFor(() => bench.speaks.length > 0 && (!real || bench.speaks[0].start !== null));
  await settle();
  const click = bench.clicks[bench.clicks.length - 1];
  const speak = bench.speaks[0];
  const result = {
    speakMs: speak.at - click,
    startMs: real ? speak.start - click : null,
    playMs: longestSince(click - 5),
    text: speak.text,
    voice: speak.voice ? speak.voice.voiceURI : null,
  };
  document.querySelector('article-reader').stop();
  speechSynthesis.cancel();
  await settle();
  bench.speaks.length = 0;
  return result;
};

/** The bare call: a button whose click handler speaks `text` with the reader's voice. */
window.addBare = (text, voiceURI) => {
  const button = document.createElement('button');
  button.id = 'bare';
  button.textContent = 'bare';
  button.style.cssText = 'position: fixed; bottom: 0; left: 0; z-index: 2';
  const voice = speechSynthesis.getVoices().find((v) => v.voiceURI === voiceURI) ?? null;
  button.addEventListener('click', () => {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = voice?.lang ?? 'ar';
    if (voice) utterance.voice = voice;
    speechSynthesis.speak(utterance);
  });
  document.body.append(button);
};

/** Resolves once `ready()` holds (checked every frame), or rejects after 15 s. */
async function waitFor(ready) {
  const deadline = performance.now() + 15000;
  while (!ready()) {
    if (performance.now() > deadline) throw new Error('voices bench: no speak()/start within 15 s');
    await frame();
  }
}
