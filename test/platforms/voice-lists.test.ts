import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ArticleReader } from '../../src/article-reader.js';
import { forgetPreferences, part, settle } from '../helpers/fixtures.js';
import { ANDROID_VOICES, AndroidChrome, FIREFOX_ANDROID_VOICES } from './android-chrome.js';
import { IosSafari } from './ios-safari.js';
import { MacosSafari } from './macos-safari.js';
import { PlatformSynthesis, type FakeVoice } from './platform-synthesis.js';
import { errorsOf, readerOn } from './platform-reader.js';

// The voice lists platforms give: voices listed twice, three-letter and `001` tags, and the
// hundreds of espeak-ng variants speech-dispatcher lists on a Linux desktop.

const picker = (reader: ArticleReader) => part(reader, 'voice') as HTMLSelectElement;
const offered = (reader: ArticleReader) => [...picker(reader).options].map((o) => o.textContent!.trim());
const moreButton = (reader: ArticleReader) => reader.shadowRoot!.querySelector<HTMLButtonElement>('button.more');

// speech-dispatcher lists one voice per espeak-ng variant: 133 for Arabic on the Debian machine
// the issue measured (about 13,000 in all).
const ESPEAK_VARIANTS: FakeVoice[] = Array.from({ length: 133 }, (_, i) => ({
  name: `Arabic+variant${i}`,
  lang: 'ar',
  voiceURI: `espeak-ng:ar+variant${i}`,
  localService: true,
  default: false,
}));

describe('voice lists: each voice once, every Arabic tag understood', () => {
  afterEach(forgetPreferences);

  it('a voice listed twice (iOS, Android) is offered once', async () => {
    const ios = new IosSafari();
    const reader = await readerOn(ios);
    expect(offered(reader)).to.deep.equal(['Majed', 'Laila']);
    ios.dispose();
    const android = await readerOn(new AndroidChrome());
    const labels = offered(android);
    expect(labels).to.have.length(new Set(labels).size);
    expect(labels).to.have.length(ANDROID_VOICES.length - 2); // the English voice is not offered
  });

  it('a three-letter tag (Firefox on Android: `ara-EG`) is Arabic', async () => {
    const firefox = new PlatformSynthesis('firefox', FIREFOX_ANDROID_VOICES);
    const reader = await readerOn(firefox);
    const errors = errorsOf(reader);
    await reader.play();
    expect(errors).to.deep.equal([]);
    expect(firefox.said?.voice).to.equal('ara-EG-f000');
  });

  it("Apple's `ar-001` voices are Arabic (already understood: a guard)", async () => {
    const mac = new MacosSafari();
    const reader = await readerOn(mac);
    await reader.play();
    expect(mac.said?.voice).to.equal('Majed');
  });
});

describe('voice lists: the picker offers a short list, then all', () => {
  afterEach(forgetPreferences);

  it('offers the best few and a "More voices" disclosure that shows the rest, by keyboard', async () => {
    const linux = new PlatformSynthesis('chromium', ESPEAK_VARIANTS);
    const reader = await readerOn(linux, html`<article lang="ar"><p>يحب سامي القراءة.</p></article>`);
    expect(offered(reader)).to.have.length(5);
    const more = moreButton(reader)!;
    expect(more.textContent!.trim(), 'its accessible name').to.equal('More voices');
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    expect(more.getAttribute('aria-controls')).to.equal(picker(reader).id);
    await expect(reader).to.be.accessible();
    more.focus();
    await sendKeys({ press: 'Enter' });
    await settle(reader);
    expect(offered(reader)).to.have.length(133);
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(reader.shadowRoot!.activeElement, 'focus stays on the disclosure').to.equal(more);
    await expect(reader).to.be.accessible();
    // A voice from the long list stays offered in the short list once chosen.
    picker(reader).value = picker(reader).options[100]!.value;
    picker(reader).dispatchEvent(new Event('change'));
    await settle(reader);
    more.click();
    await settle(reader);
    expect(offered(reader)).to.have.length(6);
    expect(offered(reader)).to.include('Arabic+variant100');
    expect(picker(reader).selectedOptions[0]!.textContent!.trim()).to.equal('Arabic+variant100');
  });

  it('no disclosure when the short list holds every voice', async () => {
    const ios = new IosSafari();
    const reader = await readerOn(ios);
    expect(moreButton(reader)).to.equal(null);
    ios.dispose();
  });
});
