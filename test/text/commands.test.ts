import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { commandKey, hasCommands, matchCommand, type VoiceCommand } from '../../src/text/commands.js';
import { SPOKEN } from '../helpers/spoken-commands.js';

/** Tolerant matching: the forms recognisers and people actually write. */
const TOLERANT: [string, VoiceCommand][] = [
  ['تَابِعْ', 'play'], // diacritics
  ['تـــابع', 'play'], // tatweel
  ['اقرا', 'play'],
  ['اقراء', 'play'],
  ['إقرأ', 'play'],
  ['آقرأ', 'play'], // hamza and alef forms
  ['اوقف', 'pause'],
  ['إوقف', 'pause'],
  ['ٱوقف', 'pause'],
  ['الجمله التاليه', 'next'], // taa marbuta written as haa
  ['التالى', 'next'],
  ['التالی', 'next'], // alef maqsura / Persian yeh for yaa
  ['وتابع', 'play'],
  ['فالتالي', 'next'],
  ['والسابق', 'previous'],
  ['فتوقف', 'pause'], // leading و / ف
  ['من فضلك التالي', 'next'],
  ['التالي من فضلك', 'next'],
  ['لو سمحت توقف', 'pause'],
  ['تابع الآن رجاءً', 'play'],
  ['ومن فضلك التالي', 'next'],
  ['من فضلك وتابع', 'play'],
  ['التالي.', 'next'],
  ['«توقف»!', 'pause'],
  ['  أسرع  ', 'faster'], // punctuation and spaces
  ['أسرع قليلا', 'faster'],
  ['أبطأ قليلاً', 'slower'],
];

const ENGLISH: [string, VoiceCommand][] = [
  ['play', 'play'],
  ['Continue', 'play'],
  ['resume', 'play'],
  ['pause', 'pause'],
  ['Stop.', 'pause'],
  ['next', 'next'],
  ['next sentence please', 'next'],
  ['Previous', 'previous'],
  ['go back', 'previous'],
  ['faster', 'faster'],
  ['slow down', 'slower'],
  ['from the beginning', 'restart'],
  ['start over', 'restart'],
  ['stop listening', 'stop-listening'],
  ['OK, next!', 'next'],
];

const FRENCH: [string, VoiceCommand][] = [
  ['lecture', 'play'],
  ['Continue', 'play'],
  ['reprends', 'play'],
  ['pause', 'pause'],
  ['arrête', 'pause'],
  ['Arrete', 'pause'],
  ['suivant', 'next'],
  ['phrase suivante', 'next'],
  ['précédent', 'previous'],
  ['precedent', 'previous'],
  ['plus vite', 'faster'],
  ['ralentis', 'slower'],
  ['depuis le début', 'restart'],
  ["arrête d'écouter", 'stop-listening'],
  ["suivant s'il te plaît", 'next'],
];

describe('matchCommand', () => {
  for (const [table, lang] of [
    [SPOKEN, 'ar'],
    [TOLERANT, 'ar'],
    [ENGLISH, 'en'],
    [FRENCH, 'fr'],
  ] as const) {
    it(`understands every ${lang} form in its table${table === TOLERANT ? ' (tolerant forms)' : ''}`, () => {
      for (const [spoken, command] of table) {
        expect(matchCommand([spoken], [lang]), spoken).to.deep.equal({ command, transcript: spoken });
      }
    });
  }

  it('does not take a sentence that merely contains a command word', () => {
    for (const heard of [
      'أحب الجملة التالية كثيرا',
      'هل توقف المطر',
      'the next day',
      'je lis le suivant demain',
      '',
      '   ',
      'من فضلك',
    ]) {
      expect(matchCommand([heard], ['ar', 'en', 'fr']), heard).to.equal(null);
    }
  });

  it('prefers the longer command: «توقف عن الاستماع» stops listening, it does not pause', () => {
    expect(matchCommand(['توقف عن الاستماع'], ['ar'])?.command).to.equal('stop-listening');
    expect(matchCommand(['ابدأ من البداية'], ['ar'])?.command).to.equal('restart');
  });

  it('uses every alternative, best first: the first that is a command wins', () => {
    expect(matchCommand(['التاني', 'التالي', 'السابق'], ['ar'])).to.deep.equal({
      command: 'next',
      transcript: 'التالي',
    });
    expect(matchCommand(['تابعني', 'توقف'], ['ar'])).to.deep.equal({ command: 'pause', transcript: 'توقف' });
    expect(matchCommand(['كلام', 'غير', 'مفهوم'], ['ar'])).to.equal(null);
  });

  it('matches in the languages given, in order, and only in those', () => {
    expect(matchCommand(['next'], ['ar'])).to.equal(null);
    expect(matchCommand(['next'], ['ar', 'en'])?.command).to.equal('next');
    expect(matchCommand(['suivant'], ['ar', 'fr'])?.command).to.equal('next');
    expect(matchCommand(['التالي'], ['de'])).to.equal(null);
    // "continue" is play in English and in French; "stop" is pause in both.
    expect(matchCommand(['stop'], ['fr', 'en'])?.command).to.equal('pause');
  });

  it('knows which languages have commands', () => {
    expect(['ar', 'en', 'fr'].every(hasCommands)).to.equal(true);
    expect(hasCommands('de')).to.equal(false);
    expect(hasCommands('constructor')).to.equal(false);
  });

  it('folds Arabic spelling variants to one key', () => {
    expect(commandKey('أَإِآٱ')).to.equal('اااا');
    expect(commandKey('ـمؤئءةى')).to.equal('مويهي');
    expect(commandKey('Arrête, S’IL-vous')).to.equal('arrete s il vous');
  });

  it('ignores any diacritics and tatweel sprinkled into a command (property)', () => {
    const marks = fc.constantFrom(
      '\u064B',
      '\u064C',
      '\u064D',
      '\u064E',
      '\u064F',
      '\u0650',
      '\u0651',
      '\u0652',
      '\u0670',
      '\u0640',
    );
    const spoken = fc.constantFrom(...SPOKEN);
    fc.assert(
      fc.property(spoken, fc.array(fc.tuple(fc.nat(), marks), { maxLength: 6 }), ([phrase, command], inserts) => {
        let text = phrase;
        for (const [at, mark] of inserts) {
          const i = 1 + (at % text.length); // after a letter, as marks are written
          text = text.slice(0, i) + mark + text.slice(i);
        }
        return matchCommand([text], ['ar'])?.command === command;
      }),
    );
  });
});
