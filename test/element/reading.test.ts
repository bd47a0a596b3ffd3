import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { ArticleReader } from '../../src/article-reader.js';
import { FIRST, SECOND, THIRD, highlightedSentence, part, readerWithEngine, settle } from '../helpers/fixtures.js';
import { ScriptedEngine, arabicVoice } from '../helpers/scripted-engine.js';

/** Every event of `type` the reader fires, in order. */
function record<T>(reader: ArticleReader, type: string): T[] {
  const details: T[] = [];
  reader.addEventListener(type, (event) => details.push((event as CustomEvent<T>).detail));
  return details;
}

describe('reading aloud', () => {
  it('speaks the first sentence in Arabic with an Arabic voice and highlights it', async () => {
    const { reader, engine } = await readerWithEngine();
    const states = record<{ state: string }>(reader, 'reader-statechange');
    const sentences = record<{ index: number; text: string }>(reader, 'reader-sentence');
    await reader.play();
    expect(reader.state).to.equal('playing');
    expect(states.map((s) => s.state)).to.deep.equal(['playing']);
    expect(engine.speaking!.text).to.equal(FIRST);
    expect(engine.speaking!.options.lang).to.equal('ar');
    expect(engine.speaking!.options.voice).to.equal(arabicVoice);
    expect(sentences).to.deep.equal([{ index: 0, text: FIRST }]);
    expect(reader.sentenceIndex).to.equal(0);
    expect(highlightedSentence()).to.equal(FIRST);
  });

  it('moves the highlight only when the voice really finishes the sentence', async () => {
    const { reader, engine } = await readerWithEngine();
    await reader.play();
    engine.start();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(reader.sentenceIndex, 'no timer moves the place').to.equal(0);
    expect(highlightedSentence()).to.equal(FIRST);
    engine.finish();
    expect(reader.sentenceIndex).to.equal(1);
    expect(highlightedSentence()).to.equal(SECOND);
    expect(engine.speaking!.text).to.equal(SECOND);
  });

  it('ends after the last sentence, clearing the highlight', async () => {
    const { reader, engine } = await readerWithEngine();
    const states = record<{ state: string }>(reader, 'reader-statechange');
    await reader.play();
    engine.finish();
    engine.finish();
    engine.finish();
    expect(reader.state).to.equal('ended');
    expect(reader.sentenceIndex).to.equal(-1);
    expect(highlightedSentence()).to.equal(null);
    expect(states.map((s) => s.state)).to.deep.equal(['playing', 'ended']);
    await reader.play();
    expect(engine.speaking!.text, 'play after the end starts again').to.equal(FIRST);
  });

  it('pauses silently at once and resumes the same sentence', async () => {
    const { reader, engine } = await readerWithEngine();
    await reader.play();
    engine.finish();
    reader.pause();
    expect(engine.speaking, 'the voice is cancelled').to.equal(null);
    expect(reader.state).to.equal('paused');
    expect(reader.sentenceIndex).to.equal(1);
    expect(highlightedSentence()).to.equal(SECOND);
    await reader.play();
    expect(reader.state).to.equal('playing');
    expect(engine.speaking!.text).to.equal(SECOND);
  });

  it('stops: silent, back to idle, place and highlight cleared', async () => {
    const { reader, engine } = await readerWithEngine();
    await reader.play();
    reader.stop();
    expect(engine.speaking).to.equal(null);
    expect(reader.state).to.equal('idle');
    expect(reader.sentenceIndex).to.equal(-1);
    expect(highlightedSentence()).to.equal(null);
  });

  it('jumps to the next and previous sentence while reading', async () => {
    const { reader, engine } = await readerWithEngine();
    await reader.play();
    reader.next();
    expect(engine.speaking!.text).to.equal(SECOND);
    reader.next();
    expect(engine.speaking!.text).to.equal(THIRD);
    reader.next();
    expect(reader.sentenceIndex, 'next on the last sentence stays').to.equal(2);
    reader.previous();
    expect(engine.speaking!.text).to.equal(SECOND);
    expect(highlightedSentence()).to.equal(SECOND);
  });

  it('moves the place without speaking while paused', async () => {
    const { reader, engine } = await readerWithEngine();
    reader.next();
    expect(reader.state).to.equal('paused');
    expect(reader.sentenceIndex).to.equal(0);
    reader.next();
    expect(reader.sentenceIndex).to.equal(1);
    expect(engine.spoken).to.have.length(0);
    await reader.play();
    expect(engine.speaking!.text).to.equal(SECOND);
  });

  it('reads from a given sentence, and refuses one that does not exist', async () => {
    const { reader, engine } = await readerWithEngine();
    await reader.readFrom(2);
    expect(engine.speaking!.text).to.equal(THIRD);
    expect(() => reader.readFrom(7)).to.throw(RangeError);
  });

  it('cuts a long sentence into several utterances and keeps one sentence highlight', async () => {
    const clause = 'وهذه عبارة طويلة نسبيا تضاف إلى الجملة';
    const long = `${Array.from({ length: 12 }, () => clause).join('، ')}.`;
    const { reader, engine } = await readerWithEngine(html`<article lang="ar"><p>${long} ${THIRD}</p></article>`);
    expect(reader.sentences).to.have.length(2);
    await reader.play();
    const pieces: string[] = [];
    while (reader.sentenceIndex === 0) {
      pieces.push(engine.speaking!.text);
      expect(highlightedSentence()).to.equal(long);
      engine.finish();
    }
    expect(pieces.length).to.be.greaterThan(1);
    for (const piece of pieces) expect(piece.length).to.be.at.most(300);
    expect(pieces.join(' ')).to.equal(long);
    expect(engine.speaking!.text).to.equal(THIRD);
  });

  it('uses a new speed for what is spoken next, at once', async () => {
    const { reader, engine } = await readerWithEngine();
    await reader.play();
    reader.rate = 1.5;
    await reader.updateComplete;
    expect(engine.speaking!.options.rate).to.equal(1.5);
    expect(engine.speaking!.text).to.equal(FIRST);
  });

  it('clamps and reflects the rate attribute', async () => {
    const { reader } = await readerWithEngine();
    reader.setAttribute('rate', '5');
    await reader.updateComplete;
    await reader.updateComplete;
    expect(reader.rate).to.equal(2);
    expect(reader.getAttribute('rate')).to.equal('2');
  });

  it('fires reader-ratechange when the user moves the speed control', async () => {
    const { reader, engine } = await readerWithEngine();
    await reader.play();
    const slider = part(reader, 'rate') as HTMLInputElement;
    const change = oneEvent(reader, 'reader-ratechange');
    slider.value = '0.75';
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    expect((await change).detail.rate).to.equal(0.75);
    await reader.updateComplete;
    expect(engine.speaking!.options.rate).to.equal(0.75);
  });

  it('speaks with the speech language of `lang`, and the named voice', async () => {
    const engine = new ScriptedEngine();
    const second = { ...arabicVoice, name: 'Second Arabic', voiceURI: 'second-ar' };
    engine.voiceList = [arabicVoice, second];
    const reader = await fixture<ArticleReader>(
      html`<article-reader lang="ar-EG" voice="Second Arabic" .speechEngine=${engine}><p>${FIRST}</p></article-reader>`,
    );
    await settle(reader);
    await reader.play();
    expect(engine.speaking!.options.lang).to.equal('ar-EG');
    expect(engine.speaking!.options.voice!.name).to.equal('Second Arabic');
  });

  it('waits for a voice list that arrives late instead of failing', async () => {
    const { reader, engine } = await readerWithEngine();
    engine.holdVoices();
    const errors = record(reader, 'reader-error');
    const playing = reader.play();
    await settle(reader);
    expect(reader.state).to.equal('idle');
    expect(engine.spoken).to.have.length(0);
    expect(part(reader, 'status').textContent).to.contain('ready');
    engine.listVoices();
    await playing;
    expect(reader.state).to.equal('playing');
    expect(engine.speaking!.text).to.equal(FIRST);
    expect(errors).to.have.length(0);
  });

  it('falls silent and clears its highlight when removed from the page', async () => {
    const { reader, engine } = await readerWithEngine();
    await reader.play();
    reader.remove();
    expect(engine.speaking).to.equal(null);
    expect(highlightedSentence()).to.equal(null);
    expect(reader.state).to.not.equal('playing');
  });

  it('lets only one reader speak at a time', async () => {
    const engine = new ScriptedEngine();
    const wrapper = await fixture(html`
      <div>
        <article-reader id="one" .speechEngine=${engine}><p>${FIRST}</p></article-reader>
        <article-reader id="two" .speechEngine=${engine}><p>${SECOND}</p></article-reader>
      </div>
    `);
    const [one, two] = wrapper.querySelectorAll('article-reader');
    await settle(one);
    await one!.play();
    await two!.play();
    expect(one!.state).to.equal('paused');
    expect(two!.state).to.equal('playing');
    expect(engine.speaking!.text).to.equal(SECOND);
  });

  it('never changes the article DOM, through a whole reading', async () => {
    const { reader, engine } = await readerWithEngine();
    const article = reader.querySelector('article')!;
    const before = article.outerHTML;
    await reader.play();
    engine.finish();
    reader.pause();
    await reader.play();
    engine.finish();
    engine.finish();
    expect(article.outerHTML).to.equal(before);
  });
});
