import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import type { ArticleReader } from '../../src/article-reader.js';
import { WebSpeechEngine } from '../../src/speech/web-speech.js';
import { FakeSynthesis, asSynthesis } from '../speech/fake-synthesis.js';
import { FIRST, SECOND, THIRD, forgetPreferences, part, readyOf, settle } from '../helpers/fixtures.js';
import { ScriptedEngine } from '../helpers/scripted-engine.js';

// The reader over the Web Speech adapter, with the browser's part played by a fake synthesis
// that behaves as Firefox or WebKit measurably do (docs/browsers.md).

const arabic = {
  name: 'Arabic espeak-ng',
  lang: 'ar',
  voiceURI: 'urn:moz-tts:speechd:Arabic?ar',
  localService: true,
  default: false,
};
const english = {
  name: 'English espeak-ng',
  lang: 'en',
  voiceURI: 'urn:moz-tts:speechd:English?en',
  localService: true,
  default: true,
};
const plainUtterance = (text: string) => ({ text }) as SpeechSynthesisUtterance;

async function readerOn(fake: FakeSynthesis): Promise<ArticleReader> {
  forgetPreferences();
  const engine = new WebSpeechEngine({
    synthesis: asSynthesis(fake),
    createUtterance: plainUtterance,
    voiceWaitMs: 1000,
  });
  const reader = await fixture<ArticleReader>(
    html`<article-reader .speechEngine=${engine}>
      <article lang="ar">
        <p>${FIRST} ${SECOND}</p>
        <p>${THIRD}</p>
      </article>
    </article-reader>`,
  );
  await readyOf(reader);
  return reader;
}

describe('the reader in Firefox: cancel() ends the utterance with `end`', () => {
  afterEach(forgetPreferences);

  it('pause keeps the place: the `end` our cancel causes is not a finished sentence', async () => {
    const fake = new FakeSynthesis('firefox');
    fake.voiceList = [arabic as SpeechSynthesisVoice];
    const reader = await readerOn(fake);
    await reader.play();
    fake.emit(fake.current!, 'start');
    reader.pause();
    expect(reader.sentenceIndex).to.equal(0);
    expect(reader.state).to.equal('paused');
    await reader.play();
    expect(fake.current!.text, 'resumes in the first sentence').to.contain('القراءة في الصباح');
  });

  it('a new speed says the same sentence again, not the next one', async () => {
    const fake = new FakeSynthesis('firefox');
    fake.voiceList = [arabic as SpeechSynthesisVoice];
    const reader = await readerOn(fake);
    await reader.play();
    fake.emit(fake.current!, 'start');
    reader.rate = 1.5;
    await settle(reader);
    expect(reader.sentenceIndex).to.equal(0);
    expect(fake.current!.rate).to.equal(1.5);
    expect(fake.current!.text).to.contain('القراءة في الصباح');
    fake.emit(fake.current!, 'start');
    fake.emit(fake.current!, 'end');
    expect(reader.sentenceIndex, 'a real end moves on').to.equal(1);
  });
});

describe('the reader in Firefox: voices arrive in batches, voiceschanged once at the end', () => {
  afterEach(forgetPreferences);

  it('play before the Arabic voices are listed waits for them instead of saying there is no voice', async () => {
    const fake = new FakeSynthesis('firefox');
    fake.voiceList = [english as SpeechSynthesisVoice]; // the first batch
    const reader = await readerOn(fake);
    const errors: string[] = [];
    reader.addEventListener('reader-error', (e) => errors.push(e.detail.code));
    const playing = reader.play();
    await settle(reader);
    fake.addVoicesSilently([{ ...english, name: 'English (America)' }]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    fake.announceVoices([english, arabic]);
    await playing;
    expect(errors).to.deep.equal([]);
    expect(reader.state).to.equal('playing');
    expect(fake.current!.voice!.name).to.equal(arabic.name);
  });

  it('offers the voices that arrive after the reader started', async () => {
    const fake = new FakeSynthesis('firefox');
    fake.voiceList = [english, arabic] as SpeechSynthesisVoice[];
    const reader = await readerOn(fake);
    await settle(reader);
    expect(reader.shadowRoot!.querySelector('[part="voice"]'), 'one Arabic voice: no picker').to.equal(null);
    fake.announceVoices([english, arabic, { ...arabic, name: 'Arabic (Egypt)', lang: 'ar-EG', voiceURI: 'urn:eg' }]);
    await settle(reader);
    expect((part(reader, 'voice') as HTMLSelectElement).options).to.have.length(2);
  });
});

describe('the reader in WebKit: voices have an empty voiceURI', () => {
  beforeEach(forgetPreferences);
  afterEach(forgetPreferences);

  const first = { name: 'Maged', lang: 'ar-SA', voiceURI: '', localService: true, default: false };
  const second = { name: 'Laila', lang: 'ar-SA', voiceURI: '', localService: true, default: false };

  async function readerWithVoices() {
    const engine = new ScriptedEngine();
    engine.voiceList = [first, second];
    const reader = await fixture<ArticleReader>(
      html`<article-reader .speechEngine=${engine}
        ><article lang="ar"><p>${FIRST}</p></article></article-reader
      >`,
    );
    await settle(reader);
    return { reader, engine };
  }

  it('can still be chosen in the picker, and is remembered (by name and language)', async () => {
    const { reader, engine } = await readerWithVoices();
    await reader.play();
    expect(engine.speaking!.options.voice).to.equal(first);
    const picker = part(reader, 'voice') as HTMLSelectElement;
    picker.selectedIndex = 1;
    picker.dispatchEvent(new Event('change'));
    expect(engine.speaking!.options.voice).to.equal(second);
    reader.remove();

    const next = await readerWithVoices();
    await next.reader.play();
    expect(next.engine.speaking!.options.voice).to.equal(second);
  });
});

// Chromium on Linux with Orca on the same speech-dispatcher, as measured under load
// (test/screen-reader/orca.test.mjs with the service's log): Orca's messages cut the first
// sentence and then hold the service; the sentence said again waits behind them (speech-dispatcher
// speaks priority "message" before a page's "text": its manual, "Message Priority Model") and
// starts only when Orca is done, which on a busy machine took over 10 s, the adapter's bound for a
// start. Before, two such waits ended the reading with "synthesis-failed".
describe('the reader in Chromium while a screen reader holds the speech service', () => {
  afterEach(forgetPreferences);

  it('waits for the screen reader to finish, then reads on, with no error', async () => {
    const fake = new FakeSynthesis('chromium');
    fake.voiceList = [arabic as SpeechSynthesisVoice];
    const reader = await readerOn(fake);
    const errors: string[] = [];
    reader.addEventListener('reader-error', (e) => errors.push((e as CustomEvent<{ code: string }>).detail.code));
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await reader.play();
      expect(fake.current!.text).to.contain('القراءة في الصباح');
      fake.emit(fake.current!, 'error', { error: 'interrupted' }); // Orca's key echo
      clock.tick(25_000); // Orca's messages, spoken first; the reader's sentence never starts
      expect(reader.state, 'still reading').to.equal('playing');
      expect(errors, 'no error for the listener').to.deep.equal([]);
      const waiting = fake.current!;
      expect(waiting.text, 'the same sentence, still waiting').to.contain('القراءة في الصباح');
      fake.emit(waiting, 'start'); // Orca is done
      fake.emit(waiting, 'end');
      expect(reader.sentenceIndex, 'on to the next sentence').to.equal(1);
      expect(fake.current!.text).to.contain('قرب النافذة');
      expect(fake.spoken.length, 'said again a few times, not in a loop').to.be.at.most(6);
    } finally {
      clock.restore();
    }
  });
});
