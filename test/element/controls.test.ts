import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { part, readerWithEngine } from '../helpers/fixtures.js';

async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

describe('controls', () => {
  it('exposes the parts site owners style', async () => {
    const { reader } = await readerWithEngine();
    for (const name of ['controls', 'play', 'stop', 'previous', 'next', 'rate', 'status']) {
      expect(part(reader, name), name).to.exist;
    }
  });

  it('is accessible to assistive technology when idle and while reading', async () => {
    const { reader, engine } = await readerWithEngine();
    await expect(reader).to.be.accessible();
    await reader.play();
    await reader.updateComplete;
    await expect(reader).to.be.accessible();
    engine.fail('synthesis-failed');
    await reader.updateComplete;
    await expect(reader).to.be.accessible();
  });

  it('can be used with the keyboard alone: Tab to play, Enter and Space on each control', async () => {
    const { reader, engine } = await readerWithEngine();
    const play = part(reader, 'play');
    const before = document.createElement('button');
    before.textContent = 'before';
    reader.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(reader.shadowRoot!.activeElement).to.equal(play);

    await sendKeys({ press: 'Enter' });
    await engine.voices();
    await reader.updateComplete;
    expect(reader.state).to.equal('playing');
    expect(play.getAttribute('aria-label')).to.equal('Pause');

    await sendKeys({ press: 'Space' });
    expect(reader.state).to.equal('paused');

    // Tab order: play, stop, previous, next, speed.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(reader.shadowRoot!.activeElement).to.equal(part(reader, 'next'));
    await sendKeys({ press: 'Enter' });
    expect(reader.sentenceIndex).to.equal(1);
    await sendKeys({ press: 'Space' });
    expect(reader.sentenceIndex).to.equal(2);
    await shiftTab();
    expect(reader.shadowRoot!.activeElement).to.equal(part(reader, 'previous'));
    await sendKeys({ press: 'Enter' });
    expect(reader.sentenceIndex).to.equal(1);

    await shiftTab();
    await sendKeys({ press: 'Enter' });
    expect(reader.state, 'stop').to.equal('idle');

    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(reader.shadowRoot!.activeElement).to.equal(part(reader, 'rate'));
    await sendKeys({ press: 'ArrowRight' });
    await reader.updateComplete;
    expect(reader.rate).to.equal(1.25);
    before.remove();
  });
});
