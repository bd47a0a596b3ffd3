import { expect } from '@open-wc/testing';
import type { ArticleReader } from '../../src/article-reader.js';
import { FIRST, SECOND, THIRD, highlightedSentence, readerWithEngine } from '../helpers/fixtures.js';

/** What a listener sees of the reader at the moment an event reaches it. */
interface Seen {
  type: string;
  detail: unknown;
  state: string;
  sentenceIndex: number;
  highlighted: string | null;
  speaking: string | null;
}

function watch(reader: ArticleReader, speaking: () => string | null): Seen[] {
  const seen: Seen[] = [];
  for (const type of ['reader-statechange', 'reader-sentence', 'reader-error'] as const) {
    reader.addEventListener(type, (event) =>
      seen.push({
        type,
        detail: event.detail,
        state: reader.state,
        sentenceIndex: reader.sentenceIndex,
        highlighted: highlightedSentence(),
        speaking: speaking(),
      }),
    );
  }
  return seen;
}

/** Errors thrown anywhere during `run`, including inside engine callbacks. */
async function uncaughtDuring(run: () => Promise<void> | void): Promise<unknown[]> {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => {
    errors.push(event.error ?? event.message);
    event.preventDefault();
  };
  window.addEventListener('error', onError);
  try {
    await run();
  } catch (error) {
    errors.push(error);
  } finally {
    window.removeEventListener('error', onError);
  }
  return errors;
}

describe('events after the fact', () => {
  it('on play from idle fires reader-statechange (playing) before reader-sentence, each after the change', async () => {
    const { reader, engine } = await readerWithEngine();
    const seen = watch(reader, () => engine.speaking?.text ?? null);
    await reader.play();
    expect(seen.map((s) => s.type)).to.deep.equal(['reader-statechange', 'reader-sentence']);
    for (const event of seen) {
      expect(event.state).to.equal('playing');
      expect(event.sentenceIndex).to.equal(0);
      expect(event.highlighted).to.equal(FIRST);
      expect(event.speaking, 'the voice is already saying it').to.equal(FIRST);
    }
  });

  it('tells of the next sentence only once it is highlighted and being spoken', async () => {
    const { reader, engine } = await readerWithEngine();
    await reader.play();
    const seen = watch(reader, () => engine.speaking?.text ?? null);
    engine.finish();
    expect(seen).to.deep.equal([
      {
        type: 'reader-sentence',
        detail: { index: 1, text: SECOND },
        state: 'playing',
        sentenceIndex: 1,
        highlighted: SECOND,
        speaking: SECOND,
      },
    ]);
  });

  it('pause() from a reader-sentence listener pauses: nothing more is spoken', async () => {
    const { reader, engine } = await readerWithEngine();
    await reader.play();
    reader.addEventListener('reader-sentence', () => reader.pause(), { once: true });
    const spokenBefore = engine.spoken.length;
    engine.finish();
    expect(reader.state).to.equal('paused');
    expect(reader.sentenceIndex).to.equal(1);
    expect(engine.speaking, 'the voice is silent').to.equal(null);
    expect(engine.spoken.slice(spokenBefore).every((u) => u.cancelled)).to.equal(true);
    expect(highlightedSentence()).to.equal(SECOND);
    await reader.play();
    expect(engine.speaking!.text, 'play resumes the paused sentence').to.equal(SECOND);
  });

  it('stop() from a reader-sentence listener stops without an error', async () => {
    const { reader, engine } = await readerWithEngine();
    await reader.play();
    const states: string[] = [];
    reader.addEventListener('reader-statechange', (event) => states.push(event.detail.state));
    reader.addEventListener('reader-sentence', () => reader.stop(), { once: true });
    const errors = await uncaughtDuring(() => engine.finish());
    expect(errors).to.deep.equal([]);
    expect(reader.state).to.equal('idle');
    expect(reader.sentenceIndex).to.equal(-1);
    expect(engine.speaking).to.equal(null);
    expect(highlightedSentence()).to.equal(null);
    expect(states).to.deep.equal(['idle']);
  });

  it('stop() from the reader-statechange listener on play: no sentence is told or spoken', async () => {
    const { reader, engine } = await readerWithEngine();
    const seen = watch(reader, () => engine.speaking?.text ?? null);
    reader.addEventListener('reader-statechange', () => reader.stop(), { once: true });
    const errors = await uncaughtDuring(() => reader.play());
    expect(errors).to.deep.equal([]);
    expect(seen.map((s) => [s.type, s.state])).to.deep.equal([
      ['reader-statechange', 'playing'],
      ['reader-statechange', 'idle'],
    ]);
    expect(engine.speaking).to.equal(null);
  });

  it('readFrom(n) from a listener moves there and speaks only that sentence', async () => {
    const { reader, engine } = await readerWithEngine();
    await reader.play();
    const told: number[] = [];
    reader.addEventListener('reader-sentence', (event) => {
      told.push(event.detail.index);
      if (event.detail.index === 1) void reader.readFrom(2);
    });
    engine.finish();
    await reader.updateComplete;
    expect(told).to.deep.equal([1, 2]);
    expect(reader.sentenceIndex).to.equal(2);
    expect(engine.speaking!.text).to.equal(THIRD);
    expect(highlightedSentence()).to.equal(THIRD);
    const live = engine.spoken.filter((u) => !u.cancelled && !u.settled);
    expect(
      live.map((u) => u.text),
      'one utterance in flight',
    ).to.deep.equal([THIRD]);
  });

  it('a listener that removes the element silences it; nothing is spoken afterwards', async () => {
    const { reader, engine } = await readerWithEngine();
    await reader.play();
    reader.addEventListener('reader-sentence', () => reader.remove(), { once: true });
    engine.finish();
    expect(engine.speaking).to.equal(null);
    expect(reader.state).to.equal('paused');
    expect(highlightedSentence()).to.equal(null);
  });
});
