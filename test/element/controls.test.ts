import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { ArticleReader } from '../../src/article-reader.js';
import { part, readerWithEngine, settle } from '../helpers/fixtures.js';
import { englishVoice } from '../helpers/scripted-engine.js';

// The Space key: Chromium's CDP input also knows it as 'Space', Firefox's BiDi input only as ' '.
const SPACE = ' ';

async function shiftTab(): Promise<void> {
  // Not sendKeys' down/up: WebDriver (WebKit) supports only press and type there.
  await executeServerCommand('press-chord', { keys: ['Shift', 'Tab'] });
}

const focused = (reader: ArticleReader) => reader.shadowRoot!.activeElement;

/** A focusable button just before the reader, to Tab in from. */
function buttonBefore(reader: ArticleReader): HTMLButtonElement {
  const before = document.createElement('button');
  before.textContent = 'before';
  reader.before(before);
  return before;
}

describe('controls', () => {
  it('exposes the parts site owners style', async () => {
    const { reader } = await readerWithEngine();
    for (const name of ['controls', 'play', 'stop', 'previous', 'next', 'rate', 'status']) {
      expect(part(reader, name), name).to.exist;
    }
  });

  it('is accessible in every state, in English and in Arabic', async () => {
    for (const uiLang of ['en', 'ar']) {
      const { reader, engine } = await readerWithEngine();
      reader.uiLang = uiLang;
      await settle(reader);
      await expect(reader, `${uiLang} idle`).to.be.accessible();
      await reader.play();
      await settle(reader);
      await expect(reader, `${uiLang} playing`).to.be.accessible();
      reader.pause();
      await settle(reader);
      await expect(reader, `${uiLang} paused`).to.be.accessible();
      await reader.play();
      engine.fail('synthesis-failed');
      await settle(reader);
      await expect(reader, `${uiLang} error`).to.be.accessible();
      engine.voiceList = [englishVoice];
      reader.stop();
      await reader.play();
      await settle(reader);
      await expect(reader, `${uiLang} no voice, controls disabled`).to.be.accessible();
      reader.remove();
    }
    const empty = await fixture<ArticleReader>(html`<article-reader><p hidden>x</p></article-reader>`);
    await settle(empty);
    await expect(empty, 'nothing to read: every action but play disabled').to.be.accessible();
  });

  it('is one Tab stop: Tab enters the toolbar at play, the next Tab goes to the speed', async () => {
    const { reader } = await readerWithEngine();
    const before = buttonBefore(reader);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(reader)).to.equal(part(reader, 'play'));
    await sendKeys({ press: 'Tab' });
    expect(focused(reader)).to.equal(part(reader, 'rate'));
    await shiftTab();
    expect(focused(reader)).to.equal(part(reader, 'play'));
    before.remove();
  });

  it('moves with the arrows in visual order (left to right in English), Home and End to the ends', async () => {
    const { reader } = await readerWithEngine();
    reader.uiLang = 'en';
    await settle(reader);
    part(reader, 'play').focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(reader)).to.equal(part(reader, 'stop'));
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(reader)).to.equal(part(reader, 'previous'));
    await sendKeys({ press: 'End' });
    expect(focused(reader)).to.equal(part(reader, 'next'));
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(reader), 'wraps').to.equal(part(reader, 'play'));
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(reader)).to.equal(part(reader, 'next'));
    await sendKeys({ press: 'Home' });
    expect(focused(reader)).to.equal(part(reader, 'play'));
  });

  it('mirrors the arrows in right-to-left (Arabic interface)', async () => {
    const { reader } = await readerWithEngine();
    reader.uiLang = 'ar';
    await settle(reader);
    const play = part(reader, 'play');
    const stop = part(reader, 'stop');
    expect(stop.getBoundingClientRect().right, 'stop sits left of play').to.be.at.most(
      play.getBoundingClientRect().left + 1,
    );
    play.focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(reader)).to.equal(stop);
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(reader)).to.equal(play);
    reader.uiLang = 'en';
    await settle(reader);
  });

  it('remembers the last focused control as the Tab stop', async () => {
    const { reader } = await readerWithEngine();
    const before = buttonBefore(reader);
    part(reader, 'play').focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(reader)).to.equal(part(reader, 'previous'));
    before.remove();
  });

  it('operates every control with Enter and Space', async () => {
    const { reader, engine } = await readerWithEngine();
    part(reader, 'play').focus();
    await sendKeys({ press: 'Enter' });
    await settle(reader);
    expect(reader.state).to.equal('playing');
    expect(part(reader, 'play').getAttribute('aria-label')).to.equal('Pause');
    await sendKeys({ press: SPACE });
    expect(reader.state).to.equal('paused');

    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Enter' });
    expect(reader.sentenceIndex, 'next').to.equal(1);
    await sendKeys({ press: SPACE });
    expect(reader.sentenceIndex, 'next').to.equal(2);
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'Enter' });
    expect(reader.sentenceIndex, 'previous').to.equal(1);
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: SPACE });
    expect(reader.state, 'stop').to.equal('idle');

    await sendKeys({ press: 'Tab' });
    expect(focused(reader)).to.equal(part(reader, 'rate'));
    await sendKeys({ press: 'ArrowRight' });
    await settle(reader);
    expect(reader.rate).to.equal(1.25);
    expect(part(reader, 'rate').getAttribute('aria-valuetext')).to.equal('1.25×');
    expect(engine.spoken.length).to.be.greaterThan(0);
  });

  it('keeps disabled actions focusable and announced, and does nothing when they are used', async () => {
    const { reader } = await readerWithEngine();
    const stop = part(reader, 'stop');
    expect(stop.getAttribute('aria-disabled')).to.equal('true');
    expect(stop.hasAttribute('disabled')).to.equal(false);
    stop.focus();
    expect(focused(reader)).to.equal(stop);
    await sendKeys({ press: 'Enter' });
    expect(reader.state).to.equal('idle');
    expect(part(reader, 'previous').getAttribute('aria-disabled')).to.equal('true');
    expect(part(reader, 'next').getAttribute('aria-disabled')).to.equal('false');
  });

  it('gives play/pause a label that changes, and no aria-pressed', async () => {
    const { reader } = await readerWithEngine();
    const play = part(reader, 'play');
    expect(play.getAttribute('aria-label')).to.equal('Play');
    expect(play.hasAttribute('aria-pressed')).to.equal(false);
    await reader.play();
    await settle(reader);
    expect(play.getAttribute('aria-label')).to.equal('Pause');
    expect(play.hasAttribute('aria-pressed')).to.equal(false);
  });
});
