// The reader with real speech: Chromium -> speech-dispatcher -> espeak-ng (null audio sink).
// No word boundary events arrive on Linux, so these tests follow sentences by real `end` events.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { ArticleReader } from '../../src/article-reader.js';
import { WORD_HIGHLIGHT } from '../../src/dom/highlighter.js';
import { highlightedSentence, part, readyOf } from '../helpers/fixtures.js';
import { recordUtterances, until } from '../helpers/wait.js';

const FIRST = 'الشمس مشرقة اليوم.';
const SECOND = 'نذهب إلى البحر.';

const LONG = 'يمشي الولد الصغير كل صباح إلى المدرسة مع أخته الكبيرة ويحمل حقيبته الزرقاء.';

async function reader(text = `${FIRST} ${SECOND}`): Promise<ArticleReader> {
  const element = await fixture<ArticleReader>(
    html`<article-reader
      ><article lang="ar"><p>${text}</p></article></article-reader
    >`,
  );
  await readyOf(element);
  return element;
}

/** Press play the way a keyboard user does (a real key press is also the user gesture speech needs). */
async function pressPlay(element: ArticleReader): Promise<void> {
  part(element, 'play').focus();
  await sendKeys({ press: 'Enter' });
}

describe('reading with real speech', function () {
  this.timeout(60_000);

  afterEach(() => speechSynthesis.cancel());

  it('reads two sentences in order, the highlight following the voice', async () => {
    const element = await reader();
    const seen: { index: number; highlighted: string | null; at: number }[] = [];
    element.addEventListener('reader-sentence', (event) =>
      seen.push({ index: event.detail.index, highlighted: highlightedSentence(), at: performance.now() }),
    );
    const ended = oneEvent(element, 'reader-statechange');
    await pressPlay(element);
    await until(() => element.state === 'ended', 45_000, 'the end of the article');
    expect((await ended).detail.state).to.equal('playing');
    expect(seen.map((s) => [s.index, s.highlighted])).to.deep.equal([
      [0, FIRST],
      [1, SECOND],
    ]);
    // The highlight moved when the voice finished the first sentence: that takes real time.
    expect(seen[1]!.at - seen[0]!.at).to.be.greaterThan(400);
    expect(highlightedSentence()).to.equal(null);
    expect(part(element, 'status').textContent).to.contain('Finished');
  });

  it('pause is silent at once and play resumes the same sentence', async () => {
    const element = await reader();
    await pressPlay(element);
    await until(() => speechSynthesis.speaking && element.state === 'playing', 20_000, 'speech to start');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const place = element.sentenceIndex;
    part(element, 'play').focus();
    await sendKeys({ press: ' ' }); // Space (Firefox's BiDi input knows it only as ' ')
    expect(element.state).to.equal('paused');
    await until(() => !speechSynthesis.speaking, 500, 'silence after pause');
    expect(element.sentenceIndex).to.equal(place);
    await sendKeys({ press: ' ' });
    await until(() => speechSynthesis.speaking, 10_000, 'speech to resume');
    expect(element.sentenceIndex).to.equal(place);
    await until(() => element.state === 'ended', 45_000, 'the end of the article');
  });

  it('falls silent when removed from the page', async () => {
    const element = await reader();
    await pressPlay(element);
    await until(() => speechSynthesis.speaking, 20_000, 'speech to start');
    element.remove();
    await until(() => !speechSynthesis.speaking, 500, 'silence after removal');
    expect(highlightedSentence()).to.equal(null);
  });

  it('moves the word highlight through the sentence in reading order, with no boundary events', async () => {
    const element = await reader(LONG);
    const words = LONG.replace(/[.]/g, '').split(' ');
    const seen: string[] = [];
    await pressPlay(element);
    while (element.state !== 'ended') {
      const highlight = CSS.highlights.get(WORD_HIGHLIGHT);
      const word = highlight && highlight.size > 0 ? ([...highlight] as Range[])[0]!.toString() : null;
      if (word && seen[seen.length - 1] !== word) seen.push(word);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    const positions = seen.map((word) => words.indexOf(word));
    expect(positions, seen.join(' ')).to.not.include(-1);
    expect(seen.length, seen.join(' ')).to.be.greaterThan(words.length / 2);
    expect(positions).to.deep.equal([...positions].sort((a, b) => a - b));
  });

  it('uses a new speed for what it speaks next', async () => {
    const recording = recordUtterances();
    const rates = () => recording.utterances.map((utterance) => utterance.rate);
    try {
      const element = await reader();
      await pressPlay(element);
      await until(() => speechSynthesis.speaking, 20_000, 'speech to start');
      const slider = part(element, 'rate');
      slider.focus();
      await sendKeys({ press: 'End' });
      expect(element.rate).to.equal(2);
      await until(() => element.state === 'ended', 45_000, 'the end of the article');
      expect(rates()[0]).to.equal(1);
      expect(rates().slice(1).length).to.be.greaterThan(0);
      expect(
        rates()
          .slice(1)
          .every((rate) => rate === 2),
        rates().join(','),
      ).to.equal(true);
    } finally {
      recording.restore();
    }
  });
});
