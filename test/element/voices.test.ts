import { expect, fixture, html } from '@open-wc/testing';
import type { ArticleReader } from '../../src/article-reader.js';
import { FIRST, forgetPreferences, part, readerWithEngine, settle } from '../helpers/fixtures.js';
import { ScriptedEngine, arabicVoice, englishVoice } from '../helpers/scripted-engine.js';

const egyptian = { ...arabicVoice, name: 'Scripted Egyptian', voiceURI: 'scripted-eg', lang: 'ar-EG' };

async function readerWithVoices(): Promise<{ reader: ArticleReader; engine: ScriptedEngine }> {
  const engine = new ScriptedEngine();
  engine.voiceList = [englishVoice, arabicVoice, egyptian];
  const reader = await fixture<ArticleReader>(
    html`<article-reader .speechEngine=${engine}
      ><article lang="ar"><p>${FIRST}</p></article></article-reader
    >`,
  );
  await settle(reader);
  return { reader, engine };
}

describe('choosing a voice and a speed', () => {
  beforeEach(forgetPreferences);
  afterEach(forgetPreferences);

  it('lists the Arabic voices by readable name (region added where the name lacks it), and no others', async () => {
    const { reader } = await readerWithVoices();
    const picker = part(reader, 'voice') as HTMLSelectElement;
    const labels = [...picker.options].map((option) => option.textContent!.trim());
    expect(labels).to.deep.equal(['Scripted Arabic (Saudi Arabia)', 'Scripted Egyptian']);
    await expect(reader).to.be.accessible();
  });

  it('shows no picker when there is nothing to choose', async () => {
    const { reader } = await readerWithEngine();
    await settle(reader);
    expect(reader.shadowRoot!.querySelector('[part="voice"]')).to.equal(null);
  });

  it('speaks with the chosen voice, at once, and remembers it on the next page', async () => {
    const { reader, engine } = await readerWithVoices();
    await reader.play();
    expect(engine.speaking!.options.voice).to.equal(arabicVoice);
    const picker = part(reader, 'voice') as HTMLSelectElement;
    picker.value = egyptian.voiceURI;
    picker.dispatchEvent(new Event('change'));
    expect(engine.speaking!.options.voice).to.equal(egyptian);
    reader.remove();

    const next = await readerWithVoices();
    await next.reader.play();
    expect(next.engine.speaking!.options.voice).to.equal(egyptian);
  });

  it('remembers the speed the listener chose on the next page', async () => {
    const { reader } = await readerWithVoices();
    const slider = part(reader, 'rate') as HTMLInputElement;
    slider.value = '1.5';
    slider.dispatchEvent(new Event('input'));
    reader.remove();
    const next = await readerWithVoices();
    expect(next.reader.rate).to.equal(1.5);
  });

  it('keeps working when storage is refused', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    try {
      const { reader } = await readerWithVoices();
      const slider = part(reader, 'rate') as HTMLInputElement;
      slider.value = '1.75';
      slider.dispatchEvent(new Event('input'));
      expect(reader.rate).to.equal(1.75);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });
});
