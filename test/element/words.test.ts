import sinon from 'sinon';
import { expect, html } from '@open-wc/testing';
import { WORD_HIGHLIGHT } from '../../src/dom/highlighter.js';
import { highlightedSentence, readerWithEngine } from '../helpers/fixtures.js';

const SENTENCE = 'قرأ الطالب الكتاب كله في ليلة واحدة.';
const WORDS = ['قرأ', 'الطالب', 'الكتاب', 'كله', 'في', 'ليلة', 'واحدة'];

function highlightedWord(): string | null {
  const highlight = CSS.highlights.get(WORD_HIGHLIGHT);
  if (!highlight || highlight.size === 0) return null;
  return ([...highlight] as Range[]).map((range) => range.toString()).join('|');
}

const article = () => html`<article lang="ar"><p>${SENTENCE} جملة ثانية.</p></article>`;

describe('following the word being spoken', () => {
  it('highlights the word a boundary event names, inside the sentence highlight', async () => {
    const { reader, engine } = await readerWithEngine(article());
    await reader.play();
    engine.start();
    engine.word(SENTENCE.indexOf('الكتاب'));
    expect(highlightedWord()).to.equal('الكتاب');
    // A boundary in the middle of a word snaps to the whole word.
    engine.word(SENTENCE.indexOf('ليلة') + 2);
    expect(highlightedWord()).to.equal('ليلة');
    expect(highlightedSentence()).to.equal(SENTENCE);
  });

  it('without boundary events, moves the word highlight through the sentence in reading order', async () => {
    const { reader, engine } = await readerWithEngine(article());
    reader.rate = 2;
    await reader.updateComplete;
    await reader.play();
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const seen: string[] = [];
    try {
      engine.start();
      for (let elapsed = 0; elapsed < 2500; elapsed += 20) {
        const word = highlightedWord();
        if (word && seen[seen.length - 1] !== word) seen.push(word);
        await clock.tickAsync(20);
      }
    } finally {
      clock.restore();
    }
    expect(seen.length).to.be.greaterThan(3);
    const positions = seen.map((word) => WORDS.indexOf(word));
    expect(positions).to.not.include(-1);
    expect(positions).to.deep.equal([...positions].sort((a, b) => a - b));
    expect(seen[0]).to.equal(WORDS[0]);
  });

  it('resumes from the word where it was paused, not from the sentence start', async () => {
    const { reader, engine } = await readerWithEngine(article());
    await reader.play();
    engine.start();
    engine.word(SENTENCE.indexOf('كله'));
    reader.pause();
    expect(highlightedWord(), 'the paused word stays shown').to.equal('كله');
    await reader.play();
    expect(engine.speaking!.text).to.equal(SENTENCE.slice(SENTENCE.indexOf('كله')));
    // Boundaries of the resumed utterance count from where it starts.
    engine.start();
    engine.word('كله في '.length);
    expect(highlightedWord()).to.equal('ليلة');
  });

  it('applies a new speed from the current word at once', async () => {
    const { reader, engine } = await readerWithEngine(article());
    await reader.play();
    engine.start();
    engine.word(SENTENCE.indexOf('في'));
    reader.rate = 0.5;
    await reader.updateComplete;
    expect(engine.speaking!.options.rate).to.equal(0.5);
    expect(engine.speaking!.text).to.equal(SENTENCE.slice(SENTENCE.indexOf('في')));
  });

  it('clears the word highlight when the next sentence starts and when stopped', async () => {
    const { reader, engine } = await readerWithEngine(article());
    await reader.play();
    engine.start();
    engine.word(0);
    expect(highlightedWord()).to.equal(WORDS[0]);
    engine.finish();
    expect(highlightedWord()).to.equal(null);
    reader.stop();
    expect(highlightedWord()).to.equal(null);
  });
});

describe('speaking normalised text', () => {
  it('says what a careful reader would, and keeps the highlight on the original words', async () => {
    const text = 'ارتفعت الأسعار 50% في عام 2023.';
    const { reader, engine } = await readerWithEngine(html`<article lang="ar"><p>${text}</p></article>`);
    await reader.play();
    const spoken = engine.speaking!.text;
    expect(spoken).to.contain('بالمِئَة');
    expect(spoken).to.not.contain('%');
    engine.start();
    engine.word(spoken.indexOf('بالمِئَة'));
    expect(highlightedWord(), 'the spoken "percent" lights the written 50').to.equal('50');
    engine.word(spoken.indexOf('عام'));
    expect(highlightedWord()).to.equal('عام');
    expect(reader.querySelector('p')!.textContent, 'the article is unchanged').to.equal(text);
  });
});

describe('text marked with another language', () => {
  const mixed = () =>
    html`<article lang="ar">
      <p>قال المدير <span lang="en">Good morning everyone</span> ثم ابتسم.</p>
    </article>`;

  it('is spoken with a voice for that language, in an utterance of its own', async () => {
    const { reader, engine } = await readerWithEngine(mixed());
    expect(reader.sentences).to.deep.equal(['قال المدير Good morning everyone ثم ابتسم.']);
    await reader.play();
    const spoken = [];
    while (reader.state === 'playing') {
      spoken.push([engine.speaking!.text, engine.speaking!.options.lang, engine.speaking!.options.voice!.name]);
      engine.finish();
    }
    expect(spoken).to.deep.equal([
      ['قال المدير', 'ar', 'Scripted Arabic'],
      ['Good morning everyone', 'en', 'Scripted English'],
      ['ثم ابتسم.', 'ar', 'Scripted Arabic'],
    ]);
  });

  it('stays in the Arabic utterance when there is no voice for that language', async () => {
    const { reader, engine } = await readerWithEngine(mixed());
    engine.voiceList = engine.voiceList.filter((voice) => voice.lang.startsWith('ar'));
    await reader.play();
    expect(engine.speaking!.text).to.equal('قال المدير Good morning everyone ثم ابتسم.');
    expect(engine.speaking!.options.lang).to.equal('ar');
  });
});
