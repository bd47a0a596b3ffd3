import { expect, html, waitUntil } from '@open-wc/testing';
import { forgetPreferences, part, settle } from '../helpers/fixtures.js';
import { ChromeDesktop } from './chrome-desktop.js';
import { errorsOf, readerOn } from './platform-reader.js';

// Chrome on a desktop: Google's voices are network voices; a listener who picked one and loses
// the connection still hears the article, in a local voice.

const ENGLISH = html`<article lang="en">
  <p>Sam likes to read in the morning. He sits by the window with a cup of tea.</p>
</article>`;

describe('Chrome desktop: Google network voices without the network', () => {
  afterEach(forgetPreferences);

  it('the Google voice the listener picked fails offline: reading goes on in a local voice, from its place', async () => {
    const chrome = new ChromeDesktop();
    const reader = await readerOn(chrome, ENGLISH);
    const errors = errorsOf(reader);
    await reader.play();
    chrome.finish();
    await settle(reader);
    const picker = part(reader, 'voice') as HTMLSelectElement;
    picker.selectedIndex = [...picker.options].findIndex((o) => o.textContent!.includes('Google US English'));
    picker.dispatchEvent(new Event('change'));
    await settle(reader);
    expect(chrome.said?.voice).to.equal('Google US English');
    chrome.goOffline();
    await settle(reader);
    expect(chrome.said?.voice).to.match(/^Microsoft (David|Zira)/);
    expect(chrome.said?.text, 'the second sentence, not the first again').to.match(/^He sits by the window/);
    expect(errors).to.deep.equal([]);
    expect(part(reader, 'status').textContent).to.contain('reading on with Microsoft');
  });

  it('picking a voice again ends the stand-in: the listener has the last word', async () => {
    const chrome = new ChromeDesktop();
    chrome.online = false;
    const reader = await readerOn(chrome, ENGLISH);
    // The picker is drawn once the voice list has been read, in a task of its own (it may come after reader-ready).
    await waitUntil(() => reader.shadowRoot!.querySelector('[part="voice"]'), 'the voice picker is drawn');
    const picker = part(reader, 'voice') as HTMLSelectElement;
    picker.selectedIndex = [...picker.options].findIndex((o) => o.textContent!.includes('Google US English'));
    picker.dispatchEvent(new Event('change'));
    await reader.play();
    await settle(reader);
    expect(chrome.said?.voice).to.match(/^Microsoft/);
    chrome.online = true;
    picker.selectedIndex = [...picker.options].findIndex((o) => o.textContent!.includes('Google US English'));
    picker.dispatchEvent(new Event('change'));
    await settle(reader);
    expect(chrome.said?.voice).to.equal('Google US English');
    expect(part(reader, 'status').textContent).to.not.contain('reading on with');
  });
});
