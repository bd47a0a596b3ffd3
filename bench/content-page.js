// Runs inside headless Chromium for bench/content.bench.mjs, on one fixture page: which of the
// sentences our text map reads (with the reader's default rules) are the article, and the same
// for Mozilla Readability's output (loaded as a classic script: `Readability` is a global).
import { ArticleIndex } from '../lib/dom/article-index.js';
import { articleOf } from '../lib/dom/article.js';
import { contentFilter } from '../lib/dom/skip-rules.js';

/** The whole article of `root`, indexed at once (as test/helpers/index-article.ts). */
function indexArticle(root, filter) {
  const index = new ArticleIndex(root, filter);
  index.step(Infinity);
  return articleOf(index.units);
}

const letters = (text) => text.replace(/\s+/g, '').length;

/** Non-space characters of `range` that lie inside an element marked data-gold, and all of them. */
function goldShare(range) {
  const root = range.commonAncestorContainer;
  const walker = document.createTreeWalker(
    root.nodeType === Node.TEXT_NODE ? root.parentNode : root,
    NodeFilter.SHOW_TEXT,
  );
  let gold = 0;
  let all = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!range.intersectsNode(node)) continue;
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.data.length;
    const count = letters(node.data.slice(start, end));
    all += count;
    if (node.parentElement.closest('[data-gold]')) gold += count;
  }
  return { gold, all };
}

/** What a listener hears of `root`: per sentence, its text, its characters, and its gold ones. */
function sentencesOf(root, filter) {
  const article = indexArticle(root, filter);
  return article.sentences.map((span, index) => {
    const range = article.rangeFor(span.start, span.end);
    const { gold, all } = range ? goldShare(range) : { gold: 0, all: 0 };
    return { text: article.sentenceText(index), chars: all, gold };
  });
}

function summary(sentences, goldTotal) {
  const junk = sentences.filter((s) => s.gold * 2 < s.chars);
  const chars = sentences.reduce((sum, s) => sum + s.chars, 0);
  return {
    sentences: sentences.length,
    junkSentences: junk.length,
    chars,
    junkChars: junk.reduce((sum, s) => sum + s.chars, 0),
    goldRead: sentences.reduce((sum, s) => sum + s.gold, 0),
    goldTotal,
    junkTexts: junk.map((s) => s.text),
  };
}

window.measure = () => {
  const goldTotal = [...document.querySelectorAll('[data-gold]')]
    .filter((element) => !element.parentElement.closest('[data-gold]'))
    .reduce((sum, element) => sum + letters(element.textContent), 0);
  const root = document.querySelector('[data-reader-root]');
  const ours = summary(sentencesOf(root, contentFilter(root)), goldTotal);

  // Readability on a copy of the page; its title and its content, read as a reader would.
  const parsed = new window.Readability(document.cloneNode(true)).parse();
  const out = document.createElement('div');
  out.lang = document.documentElement.lang;
  const title = document.createElement('h1');
  title.textContent = parsed?.title ?? '';
  // Its title counts as the article when it is the marked headline.
  const headline = document.querySelector('h1[data-gold], h2[data-gold], h3[data-gold]');
  if (headline && letters(headline.textContent) === letters(title.textContent)) title.dataset.gold = '';
  const body = document.createElement('div');
  body.innerHTML = parsed?.content ?? ''; // our own fixture, parsed by Readability: bench only
  out.append(title, body);
  document.body.append(out);
  const theirs = summary(sentencesOf(out, contentFilter(out, { all: true })), goldTotal);
  out.remove();
  return { ours, theirs };
};
