import { expect } from '@open-wc/testing';
import type { Voice } from '../../src/speech/engine.js';
import { chooseVoice, rankVoices, voiceId } from '../../src/speech/voices.js';

const voice = (name: string, lang: string, extra: Partial<Voice> = {}): Voice => ({
  name,
  lang,
  voiceURI: name,
  localService: true,
  default: false,
  ...extra,
});

describe('choosing a voice', () => {
  const english = voice('English', 'en-US', { default: true });
  const saudi = voice('Saudi', 'ar-SA');
  const egyptian = voice('Egyptian', 'ar-EG');
  const egyptianNatural = voice('Microsoft Salma Online (Natural) - Arabic (Egypt)', 'ar-EG', { localService: false });
  const generic = voice('Arabic espeak-ng', 'ar');

  it('prefers the exact language and region of the page', () => {
    expect(chooseVoice(rankVoices([english, saudi, egyptian], 'ar-EG'))).to.equal(egyptian);
  });

  it('prefers a higher-quality voice within the same region', () => {
    expect(chooseVoice(rankVoices([egyptian, egyptianNatural], 'ar-EG'))).to.equal(egyptianNatural);
  });

  it('takes any Arabic voice when the region has none', () => {
    expect(chooseVoice(rankVoices([english, saudi], 'ar-MA'))).to.equal(saudi);
    expect(chooseVoice(rankVoices([english, generic], 'ar'))).to.equal(generic);
  });

  it('accepts the underscore and case variants platforms use', () => {
    expect(chooseVoice(rankVoices([voice('Android', 'ar_EG'), saudi], 'AR-eg'))!.name).to.equal('Android');
  });

  it('never picks a voice of another language', () => {
    expect(chooseVoice(rankVoices([english], 'ar'))).to.equal(null);
    expect(rankVoices([english, saudi, egyptian], 'ar').voices.map((v) => v.name)).to.deep.equal(['Saudi', 'Egyptian']);
  });

  it('honours a voice named by name or voiceURI', () => {
    expect(chooseVoice(rankVoices([saudi, egyptian], 'ar-SA'), 'Egyptian')).to.equal(egyptian);
    expect(chooseVoice(rankVoices([saudi, voice('x', 'ar', { voiceURI: 'urn:x' })], 'ar'), 'urn:x')!.name).to.equal(
      'x',
    );
    expect(chooseVoice(rankVoices([saudi], 'ar'), 'Missing')).to.equal(saudi);
    // Named, a voice of another language is still the one used.
    expect(chooseVoice(rankVoices([english, saudi], 'ar'), 'English')).to.equal(english);
  });
});

describe('choosing a voice while the list grows (Firefox lists voices in batches)', () => {
  const first = voice('Arabic espeak-ng', 'ar');
  const other = voice('Arabic (Klatt)', 'ar');
  const egyptian = voice('Egyptian', 'ar-EG');

  it('keeps the voice in use when a batch brings only equally good ones, wherever they land', () => {
    const inUse = chooseVoice(rankVoices([first], 'ar-EG'));
    expect(inUse).to.equal(first);
    expect(chooseVoice(rankVoices([other, first], 'ar-EG'), null, inUse)).to.equal(first);
  });

  it('moves to a better voice when one arrives', () => {
    expect(chooseVoice(rankVoices([other, first, egyptian], 'ar-EG'), null, first)).to.equal(egyptian);
  });

  it('names a voice with an empty voiceURI (WebKit) by its name and language', () => {
    const a = voice('kal', 'en-US', { voiceURI: '' });
    const b = voice('slt', 'en-US', { voiceURI: '' });
    expect(voiceId(b)).to.equal('slt|en-US');
    expect(chooseVoice(rankVoices([a, b], 'en'), voiceId(b))).to.equal(b);
    expect(chooseVoice(rankVoices([a, b], 'en'), '')).to.equal(a);
  });
});
