import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ArticleReader } from '../../src/article-reader.js';
import { FIRST, SECOND, forgetPreferences, part, settle } from '../helpers/fixtures.js';
import { ScriptedRecognition } from '../helpers/scripted-recognition.js';
import { listenButton, restoreRecognition, useRecognition } from '../helpers/voice-fixtures.js';
import { until } from '../helpers/wait.js';
import { IOS_VOICES, IosSafari } from './ios-safari.js';
import { clickPlay, engineOn, readerOn, realClick } from './platform-reader.js';

// Safari on iOS: a page may speak only once it has spoken inside a user gesture. Every play a
// listener makes must be heard, however late the voices or the article are.

describe('iOS Safari: the first speak() of a page must happen inside the gesture', () => {
  let ios: IosSafari;
  afterEach(() => {
    ios?.dispose();
    restoreRecognition();
    forgetPreferences();
  });

  it('a real click gives the page user activation in this engine (what the profile relies on)', async () => {
    const button = await fixture<HTMLButtonElement>(html`<button type="button">play</button>`);
    const seen: (boolean | undefined)[] = [];
    button.addEventListener('click', () => seen.push(navigator.userActivation?.isActive));
    await realClick(button);
    expect(seen).to.deep.equal([true]);
  });

  it('play by a real click while the voice list is still coming is heard, in the voice of the list', async () => {
    ios = new IosSafari([]);
    const reader = await readerOn(ios);
    await clickPlay(reader);
    ios.announceVoices(IOS_VOICES);
    await until(() => reader.state === 'playing', 3000, 'reading to start');
    expect(ios.dropped, 'nothing dropped').to.have.length(0);
    expect(ios.said?.text).to.contain('القراءة في الصباح');
    expect(ios.said?.voice).to.equal('Majed');
    ios.finish();
    await settle(reader);
    expect(ios.said?.text, 'and the next sentence too').to.contain('النافذة');
  });

  it('play by keyboard (K) while the voice list is still coming is heard', async () => {
    ios = new IosSafari([]);
    const reader = await readerOn(ios);
    part(reader, 'play').focus();
    await sendKeys({ press: 'k' });
    ios.announceVoices(IOS_VOICES);
    await until(() => reader.state === 'playing', 3000, 'reading to start');
    expect(ios.dropped).to.have.length(0);
    expect(ios.said?.text).to.contain('القراءة في الصباح');
  });

  it('play by a voice command (after the listen button was pressed) is heard', async () => {
    ios = new IosSafari();
    useRecognition('available');
    const reader = await readerOn(ios);
    reader.voiceCommands = '';
    await settle(reader);
    await realClick(listenButton(reader)!);
    await settle(reader);
    ScriptedRecognition.last.say(['اقرأ']);
    await until(() => reader.state === 'playing', 3000, 'reading to start');
    expect(ios.dropped, 'the command was not dropped').to.have.length(0);
    expect(ios.said?.text).to.contain('القراءة في الصباح');
  });

  it('a site button that shows the reader and plays a long article still indexing is heard', async () => {
    ios = new IosSafari();
    forgetPreferences();
    const host = await fixture<HTMLDivElement>(html`<div><button type="button">listen</button></div>`);
    let reader: ArticleReader | undefined;
    host.querySelector('button')!.addEventListener('click', () => {
      reader = document.createElement('article-reader');
      reader.speechEngine = engineOn(ios);
      const article = document.createElement('article');
      article.lang = 'ar';
      for (let i = 0; i < 3000; i++)
        article.append(Object.assign(document.createElement('p'), { textContent: `${FIRST} ${SECOND}` }));
      reader.append(article);
      host.append(reader);
      void reader.play();
    });
    await realClick(host.querySelector('button')!);
    await until(() => reader?.state === 'playing', 5000, 'reading to start');
    expect(ios.dropped).to.have.length(0);
    expect(ios.said?.text).to.contain('القراءة في الصباح');
    reader!.remove();
  });

  it('a play that no gesture asked for is dropped, as on iOS: the profile is strict', async () => {
    ios = new IosSafari();
    const reader = await readerOn(ios);
    await reader.play();
    expect(ios.said, 'nothing heard').to.equal(undefined);
    expect(ios.dropped.map((u) => u.text))
      .to.include(ios.dropped.at(-1)!.text)
      .and.not.have.length(0);
  });
});
