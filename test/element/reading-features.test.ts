import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { ArticleReader } from '../../src/article-reader.js';
import {
  FIRST,
  SECOND,
  THIRD,
  clickOnText,
  forgetPreferences,
  forgetStoredState,
  highlightedSentence,
  part,
  readerWithEngine,
  settle,
} from '../helpers/fixtures.js';
import { ScriptedEngine } from '../helpers/scripted-engine.js';

describe('reading features', () => {
  beforeEach(forgetStoredState);
  afterEach(forgetStoredState);

  it('reads from the sentence the user clicks while reading', async () => {
    const { reader, engine } = await readerWithEngine();
    await reader.play();
    await clickOnText(reader, 'كتابه المفضل');
    expect(reader.sentenceIndex).to.equal(2);
    expect(engine.speaking!.text).to.equal(THIRD);
    expect(highlightedSentence()).to.equal(THIRD);
  });

  it('ignores clicks while idle, and clicks on links', async () => {
    const { reader, engine } = await readerWithEngine(
      html`<article lang="ar">
        <p>${FIRST} اقرأ <a href="#nowhere">هذا الرابط</a> الآن.</p>
      </article>`,
    );
    await clickOnText(reader, 'هذا الرابط');
    expect(reader.state).to.equal('idle');
    await reader.play();
    await clickOnText(reader, 'هذا الرابط');
    expect(reader.sentenceIndex, 'a link does its own thing').to.equal(0);
    expect(engine.speaking!.text).to.equal(FIRST);
  });

  it('starts from the selected text when play is pressed', async () => {
    const { reader, engine } = await readerWithEngine();
    const walker = document.createTreeWalker(reader.querySelector('p')!, NodeFilter.SHOW_TEXT);
    let text = walker.nextNode() as Text;
    while (!text.data.includes('قرب النافذة')) text = walker.nextNode() as Text;
    const at = text.data.indexOf('قرب النافذة');
    document.getSelection()!.setBaseAndExtent(text, at, text, at + 5);
    await reader.play();
    expect(engine.speaking!.text).to.equal(SECOND);
    reader.pause();
    engine.cancel();
    reader.next();
    await reader.play();
    expect(engine.speaking!.text, 'the same selection is not used twice').to.equal(THIRD);
    document.getSelection()!.removeAllRanges();
  });

  it('shows progress, a progress bar and an estimate of the time left', async () => {
    const { reader } = await readerWithEngine();
    await reader.play();
    await settle(reader);
    expect(part(reader, 'progress').textContent).to.equal('Sentence 1 of 3');
    const bar = part(reader, 'progress-bar') as HTMLProgressElement;
    expect(bar.value).to.equal(1);
    expect(bar.max).to.equal(3);
    expect(part(reader, 'time-left').textContent).to.match(/^About \d+ minutes? left$/);
    await expect(reader).to.be.accessible();
  });

  it('estimates the time left from the pace the speech engine measured for the voice', async () => {
    const { reader, engine } = await readerWithEngine();
    await reader.play();
    await settle(reader);
    const typical = part(reader, 'time-left').textContent;
    engine.pace = 0.25; // a quarter of a character a second: minutes per sentence
    engine.finish();
    await settle(reader);
    const units = reader.sentences.slice(1).reduce((sum, sentence) => sum + sentence.length, 0);
    const minutes = Math.round(units / 0.25 / 60);
    expect(minutes, 'the fixture is long enough to tell').to.be.greaterThan(2);
    expect(part(reader, 'time-left').textContent).to.equal(`About ${minutes} minutes left`);
    expect(typical).to.not.equal(part(reader, 'time-left').textContent);
  });

  it('offers to continue where the listener stopped, on the next visit', async () => {
    const { reader, engine } = await readerWithEngine();
    await reader.play();
    engine.finish();
    reader.pause();
    const container = reader.parentElement!;
    reader.remove();

    const again = document.createElement('article-reader');
    again.speechEngine = new ScriptedEngine();
    again.innerHTML = reader.innerHTML;
    container.append(again);
    await oneEvent(again, 'reader-ready');
    await settle(again);
    const offer = part(again, 'resume');
    expect(offer.textContent!.trim()).to.equal('Continue from sentence 2');
    offer.click();
    await settle(again);
    expect(again.sentenceIndex).to.equal(1);
    expect(again.state).to.equal('playing');
    again.remove();
  });

  it('does not remember the place when told not to, nor after a stop', async () => {
    forgetPreferences();
    const engine = new ScriptedEngine();
    const reader = await fixture<ArticleReader>(
      html`<article-reader no-remember .speechEngine=${engine}><p>${FIRST} ${SECOND}</p></article-reader>`,
    );
    await settle(reader);
    await reader.play();
    engine.finish();
    expect(Object.keys(localStorage).filter((key) => key.startsWith('article-reader:place'))).to.deep.equal([]);
    reader.noRemember = false;
    await reader.readFrom(1);
    expect(Object.keys(localStorage).some((key) => key.startsWith('article-reader:place'))).to.equal(true);
    reader.stop();
    expect(Object.keys(localStorage).some((key) => key.startsWith('article-reader:place'))).to.equal(false);
  });

  it('keeps the place on the same sentence when text is inserted before it', async () => {
    const { reader, engine } = await readerWithEngine();
    await reader.play();
    engine.finish();
    expect(reader.sentenceIndex).to.equal(1);
    const ready = oneEvent(reader, 'reader-ready');
    const intro = document.createElement('p');
    intro.textContent = 'مقدمة جديدة. من جملتين.';
    reader.querySelector('article')!.prepend(intro);
    await ready;
    expect(reader.sentenceIndex).to.equal(3);
    expect(highlightedSentence()).to.equal(SECOND);
    expect(engine.speaking!.text).to.equal(SECOND);
  });
});
