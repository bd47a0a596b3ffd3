import { expect } from '@open-wc/testing';
import { chooseVoice, rankVoices } from '../../src/speech/voices.js';
import { normalizeForSpeech } from '../../src/text/index.js';
import { arabicScriptLang, dominantScript, langForScript, scriptOfLang } from '../../src/text/script.js';

// Text we wrote for these tests (not from any corpus or real page).
const ARABIC = 'افتتحت البلدية مكتبة جديدة في وسط المدينة، وستبقى مفتوحة طوال الأسبوع.';
const PERSIAN = 'کتابخانه تازه‌ای در مرکز شهر باز شد و همه روزهای هفته باز می‌ماند.';
const URDU = 'شہر کے مرکز میں ایک نئی لائبریری کھل گئی ہے اور یہ پورے ہفتے کھلی رہے گی۔';
const ENGLISH = 'The new library in the city centre stays open all week.';

describe('the script of a text', () => {
  it('knows the script a language is written in, by its subtag or by the language', () => {
    expect(scriptOfLang('ar-EG')).to.equal('Arab');
    expect(scriptOfLang('fa-IR')).to.equal('Arab');
    expect(scriptOfLang('fa-Latn')).to.equal('Latn');
    expect(scriptOfLang('en-US')).to.equal('Latn');
    expect(scriptOfLang('he')).to.equal('Hebr');
  });

  it('finds the script most letters are in, ignoring digits and punctuation', () => {
    expect(dominantScript(ARABIC)).to.deep.equal({ script: 'Arab', share: 1 });
    expect(dominantScript('2024 - 12 / 3')).to.equal(null);
    expect(dominantScript(`${ARABIC} (Reuters)`)!.share)
      .to.be.above(0.8)
      .and.below(1);
  });

  it('overrides a declared language its text is not written in, saying why', () => {
    const override = langForScript('en-US', ARABIC);
    expect(override?.lang).to.equal('ar');
    expect(override?.reason).to.contain('en-US').and.contain('Arab');
    expect(langForScript('en-US', PERSIAN)?.lang).to.equal('fa');
    expect(langForScript('en', URDU)?.lang).to.equal('ur');
  });

  it('keeps the declared language when it fits, or when the text is mixed or has no letters', () => {
    expect(langForScript('ar', ARABIC)).to.equal(null);
    expect(langForScript('fa-IR', PERSIAN)).to.equal(null);
    expect(langForScript('en', ENGLISH)).to.equal(null);
    expect(langForScript('en', `${ENGLISH} ${ARABIC.slice(0, 30)}`)).to.equal(null);
    expect(langForScript('en', '2024 / 12')).to.equal(null);
    // A Latin text under lang="ar" has no one language to read it in: the declared one stays.
    expect(langForScript('ar', ENGLISH)).to.equal(null);
  });

  it('tells Persian and Urdu from Arabic by their own letters', () => {
    expect(arabicScriptLang(ARABIC)).to.equal('ar');
    expect(arabicScriptLang(PERSIAN)).to.equal('fa');
    expect(arabicScriptLang(URDU)).to.equal('ur');
  });
});

describe('voices by script', () => {
  const voice = (name: string, lang: string) => ({ name, lang, voiceURI: name, localService: true, default: false });
  const pinglish = voice('Persian (Pinglish)', 'fa-Latn');
  const persian = voice('Persian', 'fa');

  it('gives Persian text an Arabic-script Persian voice before a fa-Latn one', () => {
    expect(chooseVoice(rankVoices([pinglish, persian], 'fa-IR'))).to.equal(persian);
    expect(chooseVoice(rankVoices([pinglish, persian], 'fa'))).to.equal(persian);
    expect(chooseVoice(rankVoices([pinglish], 'fa-IR'))).to.equal(pinglish); // better than no voice
    expect(chooseVoice(rankVoices([pinglish, persian], 'fa-Latn'))).to.equal(pinglish);
  });
});

describe('number words are Arabic only for Arabic', () => {
  it('reads a percentage in Arabic words for Arabic, not for Persian or Urdu in Arabic script', () => {
    expect(normalizeForSpeech('زاد 25%', { lang: 'ar' }).text).to.contain('بالمِئَة');
    expect(normalizeForSpeech('افزایش 25%', { lang: 'fa-IR' }).text).to.equal('افزایش 25%');
    expect(normalizeForSpeech('اضافہ 25%', { lang: 'ur' }).text).to.equal('اضافہ 25%');
  });
});
