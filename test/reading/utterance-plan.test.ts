import { expect } from '@open-wc/testing';
import { planChunks, planUtterance, wordCues } from '../../src/reading/utterance-plan.js';
import type { Voice } from '../../src/speech/engine.js';
import { wordSpans } from '../../src/text/index.js';
import { englishVoice } from '../helpers/scripted-engine.js';

const whole = (text: string) => ({ start: 0, end: text.length });

/** A sentence with a title marked as English (`<span lang="en">`), as language runs. */
const MARKED = (() => {
  const text = 'قرأت كتاب Deep Work هذا الأسبوع.';
  const at = text.indexOf('Deep Work');
  const runs = [
    { start: 0, end: at, lang: null },
    { start: at, end: at + 9, lang: 'en' },
    { start: at + 9, end: text.length, lang: null },
  ];
  return { text, runs };
})();

describe('utterance plan', () => {
  it('keeps a short sentence in one chunk of the article language', () => {
    const text = 'ذهبت إلى السوق صباحا.';
    expect(planChunks(text, whole(text), [{ ...whole(text), lang: null }], 'ar', () => null)).to.deep.equal([
      whole(text),
    ]);
  });

  it('gives text marked in another language its own chunk when a voice speaks it', () => {
    const { text, runs } = MARKED;
    const voiceFor = (lang: string): Voice | null => (lang === 'en' ? englishVoice : null);
    const chunks = planChunks(text, whole(text), runs, 'ar', voiceFor);
    expect(chunks.map((chunk) => [text.slice(chunk.start, chunk.end), chunk.lang ?? 'ar'])).to.deep.equal([
      ['قرأت كتاب', 'ar'],
      ['Deep Work', 'en'],
      ['هذا الأسبوع.', 'ar'],
    ]);
    expect(chunks[1]!.voice).to.equal(englishVoice);
  });

  it('leaves marked text in the article language when no voice speaks its language', () => {
    const { text, runs } = MARKED;
    expect(planChunks(text, whole(text), runs, 'ar', () => null)).to.deep.equal([whole(text)]);
  });

  it('speaks normalised text and cues each article word where the voice reaches it', () => {
    const text = 'ارتفع السعر 50% أمس.';
    const words = wordSpans(text, whole(text));
    const planned = planUtterance(text, whole(text), 0, 'ar', words);
    expect(planned.text).to.not.contain('%');
    expect(planned.lang).to.equal('ar');
    const cued = planned.cues.map((cue) => text.slice(cue.word.start, cue.word.end));
    expect(cued).to.deep.equal(words.map((word) => text.slice(word.start, word.end)));
    for (let i = 1; i < planned.cues.length; i++) {
      expect(planned.cues[i]!.spokenAt).to.be.greaterThan(planned.cues[i - 1]!.spokenAt);
    }
  });

  it('starts from a word inside the chunk when resuming', () => {
    const text = 'كتب الطالب درسه بعناية.';
    const words = wordSpans(text, whole(text));
    const from = words[2]!.start;
    const planned = planUtterance(text, whole(text), from, 'ar', words);
    expect(planned.text).to.equal('درسه بعناية.');
    expect(planned.cues.map((cue) => cue.word)).to.deep.equal(words.slice(2));
    expect(wordCues({ text: '', toSource: () => 0 }, from, words)).to.deep.equal([]);
  });
});
