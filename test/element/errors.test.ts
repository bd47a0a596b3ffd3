import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { ArticleReader } from '../../src/article-reader.js';
import { WebSpeechEngine } from '../../src/speech/web-speech.js';
import { FIRST, part, readerWithEngine, settle } from '../helpers/fixtures.js';
import { englishVoice } from '../helpers/scripted-engine.js';

function statusText(reader: ArticleReader): string {
  return part(reader, 'status').textContent!.trim();
}

describe('when reading cannot happen', () => {
  it('says so when there is no voice for Arabic, and never claims to play', async () => {
    const { reader, engine } = await readerWithEngine();
    engine.voiceList = [englishVoice];
    const states: string[] = [];
    reader.addEventListener('reader-statechange', (e) => states.push(e.detail.state));
    const error = oneEvent(reader, 'reader-error');
    await reader.play();
    const { detail } = await error;
    expect(detail.code).to.equal('no-voice');
    expect(detail.message).to.contain('Arabic');
    await reader.updateComplete;
    expect(statusText(reader)).to.equal(detail.message);
    expect(reader.state).to.equal('idle');
    expect(states).to.deep.equal([]);
    expect(engine.spoken).to.have.length(0);
    expect(part(reader, 'play').getAttribute('aria-label')).to.equal('Play');
  });

  it('says so when the browser has no speech synthesis at all', async () => {
    const { reader, engine } = await readerWithEngine();
    engine.supported = false;
    const error = oneEvent(reader, 'reader-error');
    await reader.play();
    expect((await error).detail.code).to.equal('unsupported');
    await reader.updateComplete;
    expect(statusText(reader)).to.contain('cannot read aloud');
    expect(reader.state).to.equal('idle');
  });

  it('reports a failing voice and holds the place so play can retry', async () => {
    const { reader, engine } = await readerWithEngine();
    await reader.play();
    engine.finish();
    const error = oneEvent(reader, 'reader-error');
    engine.fail('synthesis-failed');
    expect((await error).detail.code).to.equal('synthesis-failed');
    expect(reader.state).to.equal('paused');
    expect(reader.sentenceIndex).to.equal(1);
    await reader.play();
    expect(reader.state).to.equal('playing');
    await reader.updateComplete;
    expect(statusText(reader), 'the error message goes once reading works').to.not.contain('error');
  });

  it('asks the user to press play when the browser wants a gesture first', async () => {
    const { reader, engine } = await readerWithEngine();
    await reader.play();
    const error = oneEvent(reader, 'reader-error');
    engine.fail('not-allowed');
    expect((await error).detail.code).to.equal('not-allowed');
    await reader.updateComplete;
    expect(statusText(reader)).to.contain('press play');
    expect(reader.state).to.equal('paused');
  });

  it('tries a wedged utterance once more, then reports it', async () => {
    const { reader, engine } = await readerWithEngine();
    await reader.play();
    engine.fail('timeout');
    expect(engine.speaking!.text, 'retried').to.equal(FIRST);
    const error = oneEvent(reader, 'reader-error');
    engine.fail('timeout');
    expect((await error).detail.code).to.equal('synthesis-failed');
  });

  it('shows Arabic messages on an Arabic page', async () => {
    const { reader, engine } = await readerWithEngine();
    engine.voiceList = [englishVoice];
    reader.uiLang = 'ar';
    await settle(reader);
    const error = oneEvent(reader, 'reader-error');
    await reader.play();
    expect((await error).detail.message).to.contain('العربية');
    await settle(reader);
    expect(statusText(reader)).to.contain('لا يوجد صوت');
    expect(part(reader, 'play').getAttribute('aria-label')).to.equal('تشغيل');
    reader.uiLang = 'en';
    await settle(reader);
  });

  it('in a real browser with no speech service, says there is no voice', async function () {
    this.timeout(15000);
    const reader = await fixture<ArticleReader>(
      html`<article-reader .speechEngine=${new WebSpeechEngine({ voiceWaitMs: 3000 })}>
        <p lang="ar">${FIRST}</p>
      </article-reader>`,
    );
    await settle(reader);
    const error = oneEvent(reader, 'reader-error');
    await reader.play();
    expect((await error).detail.code).to.equal('no-voice');
    await reader.updateComplete;
    expect(statusText(reader)).to.contain('No Arabic voice');
    expect(reader.state).to.equal('idle');
  });
});
