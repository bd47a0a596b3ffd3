import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import type { ArticleReader } from '../../src/article-reader.js';
import { part, readerWithEngine, settle } from '../helpers/fixtures.js';

// The emulated-screen checks (a 320 px screen, scrolling, forced colours, reduced motion) are in
// viewport.test.ts and media-emulation.test.ts: they need commands not every engine's driver has.

const liveRegion = (reader: ArticleReader) => reader.shadowRoot!.querySelector('[role="status"]')!;

describe('for every reader', () => {
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
});
