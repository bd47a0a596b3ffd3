import { expect, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import { SENTENCE_HIGHLIGHT } from '../../src/dom/highlighter.js';
import { part, readerWithEngine, settle } from '../helpers/fixtures.js';
import { listenButton, restoreRecognition, voiceReader } from '../helpers/voice-fixtures.js';

// Emulated media features: `emulate-forced-colors` (web-test-runner.config.mjs) and puppeteer's
// emulateMedia both go through the Chrome DevTools protocol: Chromium only.

function longArticle() {
  const paragraphs = Array.from(
    { length: 40 },
    (_, i) => html`<p>فقرة رقم ${i + 1} في مقال طويل. وهذه جملتها الثانية.</p>`,
  );
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
    expect(forced).to.match(
      /highlight\(article-reader-sentence\) \{ background-color: highlight; color: highlighttext;/i,
    );
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

describe('the voice-command listen control, in forced colours and on a narrow screen', () => {
  afterEach(restoreRecognition);

  it('shows the pressed state by more than colour, also in forced-colors mode, and fits 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { reader } = await voiceReader();
      const button = listenButton(reader)!;
      const box = button.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
      expect(part(reader, 'controls').scrollWidth).to.be.at.most(reader.clientWidth + 1);
      expect(button.title, 'sighted users see the privacy note too').to.contain('online speech service');
      const before = getComputedStyle(button).backgroundColor;
      button.click();
      await settle(reader);
      expect(getComputedStyle(button).backgroundColor).to.not.equal(before);
      await executeServerCommand('emulate-forced-colors', { active: true });
      expect(getComputedStyle(button).forcedColorAdjust).to.equal('none');
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
      await setViewport({ width: 800, height: 600 });
    }
  });
});
