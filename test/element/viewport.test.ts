import { expect, html } from '@open-wc/testing';
import sinon from 'sinon';
import { setViewport } from '@web/test-runner-commands';
import { part, readerWithEngine, settle } from '../helpers/fixtures.js';

// setViewport: puppeteer (Chromium, Firefox) has it, WebDriver (WebKit) not.

function longArticle() {
  const paragraphs = Array.from(
    { length: 40 },
    (_, i) => html`<p>فقرة رقم ${i + 1} في مقال طويل. وهذه جملتها الثانية.</p>`,
  );
  return html`<article lang="ar">${paragraphs}</article>`;
}

describe('for every reader, on small screens and long pages', function () {
  this.timeout(30_000); // a busy machine renders frames slowly: see the wait for the smooth scroll
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('fits a 320 px wide screen without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const { reader } = await readerWithEngine();
    await settle(reader);
    expect(part(reader, 'controls').scrollWidth).to.be.at.most(reader.clientWidth + 1);
    expect(reader.getBoundingClientRect().right).to.be.at.most(320);
  });

  it('leaves the page where the user scrolled it, and can be told never to scroll', async () => {
    await setViewport({ width: 800, height: 400 });
    const { reader } = await readerWithEngine(longArticle());
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    // Scroll events arrive with the next rendered frame (animation frames are not faked).
    const frames = async () => {
      for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    };
    // Without this, the browser's scroll anchoring moves the page by a few pixels when the control
    // bar grows (progress appears), depending on what ran before: this test is about the reader.
    document.documentElement.style.overflowAnchor = 'none';
    try {
      window.scrollTo(0, 0);
      await frames();
      window.scrollTo(0, 100); // the user scrolls
      await frames();
      await reader.readFrom(60);
      expect(window.scrollY, 'the user scrolled a moment ago').to.equal(100);
      await clock.tickAsync(4100);
      reader.next();
      // A smooth scroll: Firefox applies it off the main thread, and on a busy machine it reaches
      // scrollY some frames later. Wait for it frame by frame (timers are faked), up to about 10 s.
      for (let i = 0; i < 200 && window.scrollY === 100; i++) await frames();
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
      document.documentElement.style.overflowAnchor = '';
    }
    window.scrollTo(0, 0);
  });
});
