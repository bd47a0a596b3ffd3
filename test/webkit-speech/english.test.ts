// The reader with WebKit's own speech (WebKitGTK -> GStreamer -> flite): four English voices, no
// Arabic one, no boundary events, and a second or third utterance on a page that often starts and
// never ends (the adapter's watchdog, bounded by the voice's measured pace, recovers it). Once that
// happened, `speechSynthesis.speaking` stays true for the page: these tests judge sound and
// silence by the events of the utterances the page handed to `speak` instead.
// Runs in the `webkit-speech` group, in WebKit only (scripts/engines.mjs).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { ArticleReader } from '../../src/article-reader.js';
import { highlightedSentence, part, readyOf } from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

const SENTENCES = ['The sun is out today.', 'We walk down to the sea.', 'Then we go home.'];

async function reader(lang: string, text: string): Promise<ArticleReader> {
  localStorage.removeItem('article-reader:preferences');
  const element = await fixture<ArticleReader>(
    html`<article-reader
      ><article lang=${lang}><p>${text}</p></article></article-reader
    >`,
  );
  await readyOf(element);
  return element;
}

/** Press play the way a keyboard user does (a real key press through WebDriver). */
async function pressPlay(element: ArticleReader): Promise<void> {
  part(element, 'play').focus();
  await sendKeys({ press: 'Enter' });
}

interface Heard {
  text: string;
  rate: number;
  started: boolean;
  settled: boolean;
}

/** Every utterance handed to `speechSynthesis.speak` from now on, with what became of it. */
function listenToSpeech(): { heard: Heard[]; speaking(): boolean; restore(): void } {
  const heard: Heard[] = [];
  const speak = speechSynthesis.speak.bind(speechSynthesis);
  speechSynthesis.speak = (utterance) => {
    const entry = { text: utterance.text, rate: utterance.rate, started: false, settled: false };
    heard.push(entry);
    utterance.addEventListener('start', () => (entry.started = true));
    utterance.addEventListener('end', () => (entry.settled = true));
    utterance.addEventListener('error', () => (entry.settled = true));
    speak(utterance);
  };
  return {
    heard,
    speaking: () => heard.some((entry) => entry.started && !entry.settled),
    restore: () => (speechSynthesis.speak = speak),
  };
}

function errorsOf(element: ArticleReader): string[] {
  const errors: string[] = [];
  element.addEventListener('reader-error', (event) => errors.push(event.detail.code));
  return errors;
}

describe('WebKit: an English article read aloud with flite', function () {
  this.timeout(60_000);
  let speech: ReturnType<typeof listenToSpeech>;

  beforeEach(() => (speech = listenToSpeech()));
  afterEach(() => {
    speech.restore();
    speechSynthesis.cancel();
  });

  it('reads the sentences in order, the highlight following the voice, to the end', async () => {
    const element = await reader('en', SENTENCES.join(' '));
    const errors = errorsOf(element);
    const seen: [number, string | null][] = [];
    element.addEventListener('reader-sentence', (event) => seen.push([event.detail.index, highlightedSentence()]));
    await pressPlay(element);
    await until(() => element.state === 'ended' || errors.length > 0, 50_000, 'the end of the article');
    expect(errors).to.deep.equal([]);
    expect(seen).to.deep.equal(SENTENCES.map((sentence, index) => [index, sentence]));
    expect(highlightedSentence()).to.equal(null);
  });

  it('pauses at once and resumes in the same sentence', async () => {
    const element = await reader('en', SENTENCES.slice(0, 2).join(' '));
    const errors = errorsOf(element);
    await pressPlay(element);
    await until(() => speech.speaking() && element.state === 'playing', 20_000, 'speech to start');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const place = element.sentenceIndex;
    part(element, 'play').focus();
    await sendKeys({ press: 'Enter' });
    expect(element.state).to.equal('paused');
    await until(() => !speech.speaking(), 1000, 'silence after pause');
    expect(element.sentenceIndex).to.equal(place);
    await sendKeys({ press: 'Enter' });
    expect(element.state).to.equal('playing');
    expect(element.sentenceIndex).to.equal(place);
    await until(() => element.state === 'ended' || errors.length > 0, 50_000, 'the end of the article');
    expect(errors).to.deep.equal([]);
  });

  it('uses a new speed for what it speaks next', async () => {
    const element = await reader('en', SENTENCES.slice(0, 2).join(' '));
    await pressPlay(element);
    await until(() => speech.speaking(), 20_000, 'speech to start');
    part(element, 'rate').focus();
    await sendKeys({ press: 'End' });
    expect(element.rate).to.equal(2);
    await until(() => element.state === 'ended', 50_000, 'the end of the article');
    const rates = speech.heard.map((entry) => entry.rate);
    expect(rates[0]).to.equal(1);
    expect(rates.slice(1).length).to.be.greaterThan(0);
    expect(
      rates.slice(1).every((rate) => rate === 2),
      rates.join(','),
    ).to.equal(true);
  });

  it('stop is silent at once and forgets the place', async () => {
    const element = await reader('en', SENTENCES.join(' '));
    await pressPlay(element);
    await until(() => speech.speaking(), 20_000, 'speech to start');
    part(element, 'stop').click();
    expect(element.state).to.equal('idle');
    expect(element.sentenceIndex).to.equal(-1);
    await until(() => !speech.speaking(), 1000, 'silence after stop');
    expect(highlightedSentence()).to.equal(null);
  });

  it('falls silent when removed from the page', async () => {
    const element = await reader('en', SENTENCES.join(' '));
    await pressPlay(element);
    await until(() => speech.speaking(), 20_000, 'speech to start');
    element.remove();
    await until(() => !speech.speaking(), 1000, 'silence after removal');
    expect(highlightedSentence()).to.equal(null);
  });
});

describe('WebKit: an Arabic article on a browser with no Arabic voice', function () {
  this.timeout(30_000);

  it('says there is no Arabic voice, with reader-error no-voice, and never claims to play', async () => {
    const element = await reader('ar', 'الشمس مشرقة اليوم. نذهب إلى البحر.');
    const states: string[] = [];
    element.addEventListener('reader-statechange', (event) => states.push(event.detail.state));
    const speech = listenToSpeech();
    try {
      const error = oneEvent(element, 'reader-error');
      await pressPlay(element);
      expect((await error).detail.code).to.equal('no-voice');
      await element.updateComplete;
      expect(part(element, 'status').textContent).to.contain('No Arabic voice');
      expect(states).to.not.include('playing');
      expect(element.state).to.equal('idle');
      expect(speech.heard, 'nothing handed to speechSynthesis').to.deep.equal([]);
    } finally {
      speech.restore();
    }
  });
});
