import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { FIRST, SECOND, part, readerWithEngine, settle } from '../helpers/fixtures.js';

describe('keyboard shortcuts', () => {
  it('work while focus is in the reader: K play/pause, L next, J previous, =/- speed, S stop', async () => {
    const { reader, engine } = await readerWithEngine();
    part(reader, 'play').focus();
    await sendKeys({ press: 'k' });
    await settle(reader);
    expect(reader.state).to.equal('playing');
    await sendKeys({ press: 'l' });
    expect(engine.speaking!.text).to.equal(SECOND);
    await sendKeys({ press: 'j' });
    expect(engine.speaking!.text).to.equal(FIRST);
    await sendKeys({ press: '=' });
    await settle(reader);
    expect(reader.rate).to.equal(1.25);
    await sendKeys({ press: '-' });
    await sendKeys({ press: '-' });
    await settle(reader);
    expect(reader.rate).to.equal(0.75);
    await sendKeys({ press: 'k' });
    expect(reader.state).to.equal('paused');
    await sendKeys({ press: 's' });
    expect(reader.state).to.equal('idle');
  });

  it('are announced to assistive technology with aria-keyshortcuts', async () => {
    const { reader } = await readerWithEngine();
    expect(part(reader, 'play').getAttribute('aria-keyshortcuts')).to.equal('K');
    expect(part(reader, 'next').getAttribute('aria-keyshortcuts')).to.equal('L');
    expect(part(reader, 'previous').getAttribute('aria-keyshortcuts')).to.equal('J');
    expect(part(reader, 'stop').getAttribute('aria-keyshortcuts')).to.equal('S');
    expect(part(reader, 'rate').getAttribute('aria-keyshortcuts')).to.equal('- =');
  });

  it('do not take keys on the page unless the site owner opts in', async () => {
    const { reader } = await readerWithEngine();
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    await sendKeys({ press: 'k' });
    await settle(reader);
    expect(reader.state).to.equal('idle');

    reader.shortcuts = 'page';
    await sendKeys({ press: 'k' });
    await settle(reader);
    expect(reader.state).to.equal('playing');
    outside.remove();
  });

  it('never fire while the user types in a text field, even when opted in on the page', async () => {
    const wrapper = await fixture(html`<div><input type="text" /><textarea></textarea></div>`);
    const { reader } = await readerWithEngine();
    reader.shortcuts = 'page';
    for (const field of wrapper.querySelectorAll<HTMLElement>('input, textarea')) {
      field.focus();
      await sendKeys({ type: 'kls-=' });
      await settle(reader);
      expect(reader.state).to.equal('idle');
      expect(reader.rate).to.equal(1);
      expect((field as HTMLInputElement).value).to.equal('kls-=');
    }
  });

  it('ignore keys with Ctrl, Alt or Meta', async () => {
    const { reader } = await readerWithEngine();
    part(reader, 'play').focus();
    // Not sendKeys' down/up: WebDriver (WebKit) supports only press and type there.
    await executeServerCommand('press-chord', { keys: ['Control', 'k'] });
    await settle(reader);
    expect(reader.state).to.equal('idle');
  });
});
