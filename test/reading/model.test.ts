/**
 * Model-based test of the reading centre: long random sequences of what a listener, a site
 * owner's script and the speech engine can do, in random interleavings, checked after every step
 * against a small model of what the reader should be doing. On failure fast-check prints the
 * seed and the shrunk sequence; replay it by passing them to `fc.assert` below.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import sinon from 'sinon';
import '../../src/index.js';
import type { ArticleReader } from '../../src/article-reader.js';
import type { SpeechErrorCode } from '../../src/speech/engine.js';
import { SENTENCE_HIGHLIGHT } from '../../src/dom/highlighter.js';
import { forgetStoredState } from '../helpers/fixtures.js';
import { ScriptedEngine, arabicVoice } from '../helpers/scripted-engine.js';

type State = 'idle' | 'playing' | 'paused' | 'ended';

interface Model {
  state: State;
  index: number;
  count: number;
  article: 'a' | 'b';
  rate: number;
  /** Retries since speech last moved on, by cause. */
  timeouts: number;
  interruptions: number;
  /** Cut by something outside the page: waiting a moment before speaking again. */
  waiting: boolean;
}

/** The page under test and what was seen happening on it. */
interface Page {
  container: HTMLElement;
  reader: ArticleReader;
  other: ArticleReader;
  engine: ScriptedEngine;
  otherEngine: ScriptedEngine;
  problems: string[];
  added: number;
  clock: sinon.SinonFakeTimers;
}

// Sentences we wrote for this test; each is unique, so a kept place is unambiguous.
const ARTICLE_A = ['تبدأ القصة في قرية صغيرة.', 'كان المطر يهطل بلا توقف.', 'خرج الجميع لرؤية النهر.'];
const ARTICLE_B = ['هذا مقال آخر قصير.', 'وفيه جملتان فقط.'];

// Added paragraphs are told apart by words, not digits (the voice would hear digits as words).
const COUNTERS = [
  'الأولى',
  'الثانية',
  'الثالثة',
  'الرابعة',
  'الخامسة',
  'السادسة',
  'السابعة',
  'الثامنة',
  'التاسعة',
  'العاشرة',
];
const addedSentence = (n: number) => `فقرة مضافة ${COUNTERS[n % 10]} من المجموعة ${COUNTERS[Math.floor(n / 10) % 10]}.`;

let uncaught: unknown[] = [];

function paragraphs(sentences: readonly string[]): string {
  return sentences.map((sentence) => `<p>${sentence}</p>`).join('');
}

/** Let a re-index (queued as a microtask) and its `reader-ready` happen. */
async function reindexed(reader: ArticleReader): Promise<void> {
  await new Promise<void>((resolve) => {
    reader.addEventListener('reader-ready', () => resolve(), { once: true });
  });
  await reader.updateComplete;
}

/** The sentence highlights that belong to this reader's articles. */
function ownHighlights(page: Page): string[] {
  const highlight = CSS.highlights.get(SENTENCE_HIGHLIGHT);
  const articles = [...page.container.querySelectorAll('article[id^="model-"]')];
  return [...(highlight ?? [])]
    .map((range) => range as Range)
    .filter((range) => articles.some((article) => article.contains(range.commonAncestorContainer)))
    .map((range) => range.toString().trim());
}

async function createPage(): Promise<Page> {
  forgetStoredState();
  const container = document.createElement('div');
  container.innerHTML = `
    <article-reader for="model-a" no-autoscroll></article-reader>
    <article id="model-a" lang="ar">${paragraphs(ARTICLE_A)}</article>
    <article id="model-b" lang="ar">${paragraphs(ARTICLE_B)}</article>
    <article-reader id="model-other" no-autoscroll no-remember><p>قارئ آخر في الصفحة.</p></article-reader>`;
  const [reader, other] = container.querySelectorAll('article-reader');
  const page: Page = {
    container,
    reader: reader!,
    other: other!,
    engine: new ScriptedEngine(),
    otherEngine: new ScriptedEngine(),
    problems: [],
    added: 0,
    clock: sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }),
  };
  page.engine.voiceList = [arabicVoice, { ...arabicVoice, name: 'Second Arabic', voiceURI: 'second-ar' }];
  page.reader.speechEngine = page.engine;
  page.other.speechEngine = page.otherEngine;
  // Every event must agree with the reader at the moment it is heard.
  page.reader.addEventListener('reader-statechange', (event) => {
    if (event.detail.state !== page.reader.state)
      page.problems.push(`statechange ${event.detail.state} while ${page.reader.state}`);
  });
  page.reader.addEventListener('reader-sentence', (event) => {
    const { index, text } = event.detail;
    if (index !== page.reader.sentenceIndex)
      page.problems.push(`sentence ${index} while at ${page.reader.sentenceIndex}`);
    if (text !== page.reader.sentences[index]) page.problems.push(`sentence ${index} with the wrong text`);
    if (page.reader.isConnected && !ownHighlights(page).includes(text))
      page.problems.push(`sentence ${index} told before it was highlighted`);
    if (page.reader.state === 'playing' && page.engine.speaking === null)
      page.problems.push(`sentence ${index} told before it was spoken`);
  });
  const ready = Promise.all([reindexed(page.reader), reindexed(page.other)]);
  document.body.append(container);
  // The reader fetches its playback part when the page is idle, and is ready once it is here;
  // without requestIdleCallback (WebKit) "idle" is a timer, and timers are faked: move them on.
  let isReady = false;
  void ready.then(() => (isReady = true));
  while (!isReady) {
    page.clock.tick(50);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  await ready;
  return page;
}

// ---- the model's rules, one per intent -------------------------------------------------------

/** Speech moved on: retries start again from nothing, and nothing waits. */
function movedOn(m: Model): void {
  m.timeouts = 0;
  m.interruptions = 0;
  m.waiting = false;
}

function goTo(m: Model, index: number): void {
  if (m.state === 'idle' || m.state === 'ended') m.state = 'paused';
  m.index = index;
  movedOn(m);
}

function play(m: Model): void {
  if (m.state === 'playing') return;
  m.state = 'playing';
  if (m.index < 0) m.index = 0;
  movedOn(m);
}

function pause(m: Model): void {
  if (m.state === 'playing') m.state = 'paused';
  m.waiting = false;
}

function stop(m: Model): void {
  m.state = 'idle';
  m.index = -1;
  m.waiting = false;
}

/** The voice finished the sentence being read (each of ours is one utterance). */
function finished(m: Model): boolean {
  movedOn(m);
  if (m.index + 1 < m.count) {
    m.index++;
    return true; // a new sentence was entered (and told)
  }
  m.state = 'ended';
  m.index = -1;
  return false;
}

// ---- commands --------------------------------------------------------------------------------

type Command = fc.AsyncCommand<Model, Page>;
const always = () => true;

/** A step: what it does to the model and the page, then every invariant checked. */
function command(
  name: string,
  check: (m: Model) => boolean,
  run: (m: Model, page: Page) => Promise<void> | void,
): Command {
  return {
    check,
    run: async (m, page) => {
      await run(m, page);
      await checkInvariants(m, page);
    },
    toString: () => name,
  };
}

const speaking = (m: Model) => m.state === 'playing' && !m.waiting;

type Reentry = 'pause' | 'stop' | 'next' | 'previous' | 'readFrom' | 'play';

/** What a listener's call does to the model. */
function reenter(m: Model, call: Reentry, target: number): void {
  if (call === 'pause') pause(m);
  else if (call === 'stop') stop(m);
  else if (call === 'next') m.index + 1 < m.count && goTo(m, m.index + 1);
  else if (call === 'previous') m.count > 0 && goTo(m, Math.max(0, m.index - 1));
  else if (call === 'readFrom') {
    goTo(m, target % m.count);
    play(m);
  } else play(m);
}

function callOn(reader: ArticleReader, call: Reentry, target: number): void {
  if (call === 'readFrom') void reader.readFrom(target % reader.sentences.length);
  else if (call === 'play') void reader.play();
  else reader[call]();
}

const reentries = fc.constantFrom<Reentry>('pause', 'stop', 'next', 'previous', 'readFrom', 'play');

const commands: fc.Arbitrary<Command>[] = [
  fc.constant(
    command('play()', always, async (m, page) => {
      play(m);
      await page.reader.play();
    }),
  ),
  fc.constant(
    command('pause()', always, (m, page) => {
      pause(m);
      page.reader.pause();
    }),
  ),
  fc.constant(
    command('stop()', always, (m, page) => {
      stop(m);
      page.reader.stop();
    }),
  ),
  fc.constant(
    command('next()', always, (m, page) => {
      if (m.index + 1 < m.count) goTo(m, m.index + 1);
      page.reader.next();
    }),
  ),
  fc.constant(
    command('previous()', always, (m, page) => {
      if (m.count > 0) goTo(m, Math.max(0, m.index - 1));
      page.reader.previous();
    }),
  ),
  fc.nat(20).map((n) =>
    command(`readFrom(${n} mod count)`, always, async (m, page) => {
      goTo(m, n % m.count);
      play(m);
      await page.reader.readFrom(n % m.count);
    }),
  ),
  fc.constantFrom(0.5, 0.75, 1.25, 2, 7).map((rate) =>
    command(`rate = ${rate}`, always, async (m, page) => {
      const clamped = Math.min(2, rate);
      if (clamped !== m.rate && m.state === 'playing') m.waiting = false; // said again at once, at the new rate
      m.rate = clamped;
      page.reader.rate = rate;
      await page.reader.updateComplete;
      if (page.engine.speaking) expect(page.engine.speaking.options.rate).to.equal(page.reader.rate);
    }),
  ),
  fc.constant(
    command('voice picked', always, async (m, page) => {
      const select = page.reader.shadowRoot!.querySelector<HTMLSelectElement>('[part="voice"]');
      if (!select) return;
      if (m.state === 'playing') m.waiting = false; // said again at once, with the new voice
      select.selectedIndex = (select.selectedIndex + 1) % select.options.length;
      select.dispatchEvent(new Event('change'));
      await page.reader.updateComplete;
    }),
  ),
  fc.constant(command('engine: start', speaking, (_m, page) => page.engine.start())),
  fc.nat(30).map((at) => command(`engine: word at ${at}`, speaking, (_m, page) => page.engine.word(at))),
  fc.constant(
    command('engine: end', speaking, (m, page) => {
      finished(m);
      page.engine.finish();
    }),
  ),
  fc
    .constantFrom<SpeechErrorCode>(
      'synthesis-failed',
      'interrupted',
      'interrupted',
      'timeout',
      'not-allowed',
      'audio-busy',
    )
    .map((code) =>
      command(`engine: error ${code}`, speaking, (m, page) => {
        if (code === 'timeout' && m.timeouts < 1) m.timeouts++;
        else if (code === 'interrupted' && m.interruptions < 4) {
          m.interruptions++;
          m.waiting = true;
        } else {
          movedOn(m);
          m.state = 'paused';
        }
        page.engine.fail(code);
      }),
    ),
  fc.constant(
    command(
      'time passes: a screen reader fell quiet',
      (m) => m.waiting,
      (m, page) => {
        m.waiting = false;
        page.clock.tick(8000);
      },
    ),
  ),
  fc.constantFrom('start', 'word', 'end', 'error').map((kind) =>
    command(`engine: late ${kind} of a cancelled utterance`, always, (_m, page) => {
      const late = page.engine.spoken.findLast((utterance) => utterance.cancelled);
      if (!late) return;
      if (kind === 'start') late.callbacks.start?.();
      else if (kind === 'word') late.callbacks.word?.(0);
      else if (kind === 'end') late.callbacks.end?.();
      else late.callbacks.error?.('synthesis-failed');
    }),
  ),
  fc.constant(
    command('another reader plays', always, async (m, page) => {
      pause(m);
      await page.other.play();
    }),
  ),
  fc.constant(command('another reader pauses', always, (_m, page) => page.other.pause())),
  fc.boolean().map((before) =>
    command(`article edit: a paragraph ${before ? 'before' : 'after'}`, always, async (m, page) => {
      const paragraph = document.createElement('p');
      paragraph.textContent = addedSentence(page.added++);
      const article = page.container.querySelector(`#model-${m.article}`)!;
      if (before) article.prepend(paragraph);
      else article.append(paragraph);
      m.count++;
      if (before && m.index >= 0) m.index++;
      if (m.index >= 0) movedOn(m); // the sentence is entered afresh (and said again if reading)
      await reindexed(page.reader);
    }),
  ),
  fc.constant(
    command('`for` switched to the other article', always, async (m, page) => {
      m.article = m.article === 'a' ? 'b' : 'a';
      if (m.index >= 0) stop(m);
      m.count = page.container.querySelector(`#model-${m.article}`)!.querySelectorAll('p').length;
      page.reader.for = `model-${m.article}`;
      await reindexed(page.reader);
    }),
  ),
  fc.constant(
    command('element removed, then put back', always, async (m, page) => {
      pause(m);
      if (m.index >= 0) movedOn(m);
      const after = page.reader.nextSibling;
      page.reader.remove();
      expect(page.engine.speaking, 'silent once removed').to.equal(null);
      expect(ownHighlights(page), 'no highlight once removed').to.deep.equal([]);
      page.container.insertBefore(page.reader, after);
      await reindexed(page.reader);
    }),
  ),
  fc.tuple(reentries, fc.nat(20)).map(([call, target]) =>
    command(`engine: end, and a reader-sentence listener calls ${call}(${target})`, speaking, (m, page) => {
      const listener = () => callOn(page.reader, call, target);
      page.reader.addEventListener('reader-sentence', listener, { once: true });
      if (finished(m)) reenter(m, call, target);
      page.engine.finish();
      page.reader.removeEventListener('reader-sentence', listener);
    }),
  ),
  fc.tuple(reentries, fc.nat(20)).map(([call, target]) =>
    command(
      `play, and a reader-statechange listener calls ${call}(${target})`,
      (m) => m.state !== 'playing',
      async (m, page) => {
        const listener = () => callOn(page.reader, call, target);
        page.reader.addEventListener('reader-statechange', listener, { once: true });
        play(m);
        reenter(m, call, target);
        await page.reader.play();
        page.reader.removeEventListener('reader-statechange', listener);
        await page.reader.updateComplete;
      },
    ),
  ),
];

/** What must hold after every step. */
async function checkInvariants(m: Model, page: Page): Promise<void> {
  await page.reader.updateComplete;
  const { reader, engine, otherEngine } = page;
  expect(reader.state, 'state').to.equal(m.state);
  expect(reader.sentenceIndex, 'sentenceIndex').to.equal(m.index);
  expect(reader.sentences.length, 'sentence count').to.equal(m.count);
  expect(page.problems, 'events that disagreed with the reader').to.deep.equal([]);
  const inFlight = [...engine.spoken, ...otherEngine.spoken].filter((u) => !u.cancelled && !u.settled);
  expect(inFlight.length, 'utterances in flight on the page').to.be.at.most(1);
  if (m.state === 'playing' && m.waiting) {
    expect(engine.speaking, 'silent while waiting for the screen reader').to.equal(null);
  } else if (m.state === 'playing') {
    expect(engine.speaking, 'speaking while playing').to.not.equal(null);
    expect(reader.sentences[m.index]!.endsWith(engine.speaking!.text), 'speaking the current sentence').to.equal(true);
  } else {
    expect(engine.speaking, `silent while ${m.state}`).to.equal(null);
  }
  expect(ownHighlights(page), 'highlight').to.deep.equal(m.index >= 0 ? [reader.sentences[m.index]] : []);
  expect(uncaught, 'uncaught errors').to.deep.equal([]);
}

describe('the reading centre, against a model', () => {
  const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
  beforeEach(() => {
    uncaught = [];
    window.addEventListener('error', onError);
  });
  afterEach(() => window.removeEventListener('error', onError));

  it('agrees with the model over thousands of random sequences of intents and engine events', async function () {
    this.timeout(600_000);
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 50, size: 'max' }), async (sequence) => {
        const page = await createPage();
        try {
          const model: Model = {
            state: 'idle',
            index: -1,
            count: ARTICLE_A.length,
            article: 'a',
            rate: 1,
            timeouts: 0,
            interruptions: 0,
            waiting: false,
          };
          await fc.asyncModelRun(() => ({ model, real: page }), sequence);
        } finally {
          page.clock.restore();
          page.container.remove();
        }
      }),
      { numRuns: 2000 },
    );
  });
});
