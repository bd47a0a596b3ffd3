import { expect, html } from '@open-wc/testing';
import sinon from 'sinon';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import type { ArticleReader } from '../../src/article-reader.js';
import { SENTENCE_HIGHLIGHT } from '../../src/dom/highlighter.js';
import { part, readerWithEngine, settle } from '../helpers/fixtures.js';

const liveRegion = (reader: ArticleReader) => reader.shadowRoot!.querySelector('[role="status"]')!;

function longArticle() {
  const paragraphs = Array.from({ length: 40 }, (_, i) => html`<p>فقرة رقم ${i + 1} في مقال طويل. وهذه جملتها الثانية.</p>`);
  return html`<article lang="ar">${paragraphs}</article>`;
}

describe('for every reader', () => {
  afterEach(async () => {
    await executeServerCommand('emulate-forced-colors', { active: false });
    await emulateMedia({ reducedMotion: 'no-preference' });
    await setViewport({ width: 800, height: 600 });
  });

  it('has a status region from the start, announcing states but never sentence text', async () => {
    const { reader, engine } = await readerWithEngine();
    const region = liveRegion(reader);
    expect(region, 'in the DOM before anything happens').to.exist;
    await reader.play();
    await settle(reader);
    expect(region.textContent!.trim()).to.equal('Reading');
    engine.finish();
    await settle(reader);
    expect(region.textContent).to.not.contain(reader.sentences[1]);
    expect(region.textContent).to.not.contain(reader.sentences[0]);
  });

  it('announces at most once a second, and then the latest change', async () => {
    const { reader } = await readerWithEngine();
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const region = liveRegion(reader);
    const changes: { text: string; at: number }[] = [];
    new MutationObserver(() => changes.push({ text: region.textContent!.trim(), at: performance.now() })).observe(
      region,
      { childList: true, characterData: true, subtree: true },
    );
    try {
      for (const step of [() => reader.play(), () => reader.pause(), () => reader.play(), () => reader.pause()]) {
        await step();
        await reader.updateComplete;
        await clock.tickAsync(100);
      }
      await clock.tickAsync(1300);
    } finally {
      clock.restore();
    }
    const said = changes.map((c) => c.text).filter((text, i, all) => text && text !== all[i - 1]);
    expect(said).to.deep.equal(['Reading', 'Paused']);
    const gaps = changes.slice(1).map((c, i) => c.at - changes[i]!.at);
    expect(gaps.length, 'the second change waited for its turn').to.be.greaterThan(0);
    for (const gap of gaps) expect(gap).to.be.at.least(1000);
  });

  it('never moves focus when the sentence changes', async () => {
    const { reader, engine } = await readerWithEngine();
    const slider = part(reader, 'rate');
    slider.focus();
    await reader.play();
    engine.finish();
    engine.finish();
    await settle(reader);
    expect(reader.shadowRoot!.activeElement).to.equal(slider);
  });

  it('has targets of at least 24 by 24 CSS pixels, and a visible focus ring', async () => {
    const { reader } = await readerWithEngine();
    for (const name of ['play', 'stop', 'previous', 'next', 'rate']) {
      const box = part(reader, name).getBoundingClientRect();
      expect(box.width, `${name} width`).to.be.at.least(24);
      expect(box.height, `${name} height`).to.be.at.least(24);
    }
    part(reader, 'play').focus({ focusVisible: true } as FocusOptions);
    const style = getComputedStyle(part(reader, 'play'));
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });

  it('fits a 320 px wide screen without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const { reader } = await readerWithEngine();
    await settle(reader);
    expect(part(reader, 'controls').scrollWidth).to.be.at.most(reader.clientWidth + 1);
    expect(reader.getBoundingClientRect().right).to.be.at.most(320);
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

  it('leaves the page where the user scrolled it, and can be told never to scroll', async () => {
    await setViewport({ width: 800, height: 400 });
    const { reader } = await readerWithEngine(longArticle());
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    // Scroll events arrive with the next rendered frame (animation frames are not faked).
    const frames = async () => {
      for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    };
    try {
      window.scrollTo(0, 0);
      await frames();
      window.scrollTo(0, 100); // the user scrolls
      await frames();
      await reader.readFrom(60);
      expect(window.scrollY, 'the user scrolled a moment ago').to.equal(100);
      await clock.tickAsync(4100);
      reader.next();
      await frames();
      expect(window.scrollY, 'once the user has left the page alone, it follows again').to.not.equal(100);
      window.scrollTo(0, 100);
      await frames();
      reader.noAutoscroll = true;
      await reader.updateComplete;
      await clock.tickAsync(4100);
      reader.next();
      await frames();
      expect(window.scrollY, 'no-autoscroll: never').to.equal(100);
    } finally {
      clock.restore();
    }
    window.scrollTo(0, 0);
  });
});
