import { expect } from '@open-wc/testing';
import { wordSpans } from '../../src/text/words.js';
import { SECOND, THIRD, clickOnText, part, readerWithEngine, settle } from '../helpers/fixtures.js';

// What the reader does where the browser lacks something it uses. Each platform feature is taken
// away here, so this runs (and shows the same thing) in every engine; which engine lacks what
// for real is in docs/browsers.md's compatibility table (WebKitGTK: caretPositionFromPoint).

/** Replace `name` on `target` for the length of a test (own property over the prototype's). */
function without(target: object, name: string): () => void {
  const own = Object.getOwnPropertyDescriptor(target, name);
  Object.defineProperty(target, name, { value: undefined, configurable: true, writable: true });
  return () => {
    if (own) Object.defineProperty(target, name, own);
    else delete (target as Record<string, unknown>)[name];
  };
}

describe('a browser without parts of the platform', () => {
  const restores: (() => void)[] = [];
  afterEach(() => restores.splice(0).forEach((restore) => restore()));

  it('without the CSS Highlight API: reads, tells of each sentence and shows progress, unhighlighted', async () => {
    restores.push(without(window, 'Highlight'));
    const { reader, engine } = await readerWithEngine();
    const told: number[] = [];
    reader.addEventListener('reader-sentence', (event) => told.push(event.detail.index));
    await reader.play();
    engine.start();
    engine.finish();
    await settle(reader);
    expect(told).to.deep.equal([0, 1]);
    expect(engine.speaking!.text).to.equal(SECOND);
    expect(part(reader, 'progress').textContent).to.contain('Sentence 2 of 3');
  });

  it('without caretPositionFromPoint (WebKitGTK, older Safari): a click reads from there all the same', async () => {
    restores.push(without(Document.prototype, 'caretPositionFromPoint'));
    const { reader, engine } = await readerWithEngine();
    await reader.play();
    await clickOnText(reader, 'كتابه المفضل');
    expect(reader.sentenceIndex).to.equal(2);
    expect(engine.speaking!.text).to.equal(THIRD);
  });

  it('with no caret lookup at all: a click does nothing, and reading goes on', async () => {
    restores.push(
      without(Document.prototype, 'caretPositionFromPoint'),
      without(Document.prototype, 'caretRangeFromPoint'),
    );
    const { reader, engine } = await readerWithEngine();
    await reader.play();
    await clickOnText(reader, 'كتابه المفضل');
    expect(reader.sentenceIndex).to.equal(0);
    expect(reader.state).to.equal('playing');
    expect(engine.speaking).to.not.equal(null);
  });

  it('without Intl.Segmenter: the fallback finds the same words', () => {
    const text = 'كَتَبَ الطّالِبُ درسًا جمـــيلا.';
    const withSegmenter = wordSpans(text);
    expect(wordSpans(text, undefined, true)).to.deep.equal(withSegmenter);
  });
});
