import { expect, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import { SENTENCE_HIGHLIGHT } from '../../src/dom/highlighter.js';
import { part, readerWithEngine, settle } from '../helpers/fixtures.js';

// Emulated media features: `emulate-forced-colors` (web-test-runner.config.mjs) and puppeteer's
// emulateMedia both go through the Chrome DevTools protocol: Chromium only.

function longArticle() {
  const paragraphs = Array.from({ length: 40 }, (_, i) => html`<p>فقرة رقم ${i + 1} في مقال طويل. وهذه جملتها الثانية.</p>`);
  return html`<article lang="ar">${paragraphs}</article>`;
}

describe('for every reader, in forced colours and with reduced motion', () => {
  afterEach(async () => {
    await executeServerCommand('emulate-forced-colors', { active: false });
    await emulateMedia({ reducedMotion: 'no-preference' });
    await setViewport({ width: 800, height: 600 });
  });

  it('uses system colours in forced-colors mode, keeping controls and the highlight visible', async () => {
    await executeServerCommand('emulate-forced-colors', { active: true });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const { reader } = await readerWithEngine();
    await reader.play();
    await settle(reader);
    const controls = getComputedStyle(part(reader, 'controls'));
    expect(controls.borderStyle).to.equal('solid');
    expect(CSS.highlights.get(SENTENCE_HIGHLIGHT)!.size).to.equal(1);
    const sheetText = [...document.adoptedStyleSheets]
      .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
      .join('\n');
    const forced = sheetText.slice(sheetText.indexOf('forced-colors: active'));
    expect(forced).to.match(/highlight\(article-reader-sentence\) \{ background-color: highlight; color: highlighttext;/i);
    expect(forced).to.match(/highlight\(article-reader-word\) \{ background-color: mark; color: marktext;/i);
  });
  it('follows the sentence down a long article, without smooth scrolling when motion is reduced', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    await setViewport({ width: 800, height: 400 });
    const { reader, engine } = await readerWithEngine(longArticle());
    window.scrollTo(0, 0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await reader.readFrom(60);
    await settle(reader);
    const range = [...CSS.highlights.get(SENTENCE_HIGHLIGHT)!][0] as Range;
    const box = range.getBoundingClientRect();
    expect(box.top, 'scrolled to at once').to.be.at.least(0);
    expect(box.bottom).to.be.at.most(window.innerHeight);
    engine.finish();
    window.scrollTo(0, 0);
  });
});
