// The built split build (dist/article-reader.js and its chunks, made by `npm run build`) as a
// page would use it: a copy of dist/ served under another path (a CDN, a copied folder), in a
// frame whose page has a strict Content-Security-Policy (script-src 'self', no inline script or
// style). scripts/dist-copies.mjs serves the copies, also with a chunk that fails or comes late.
import { expect } from '@open-wc/testing';
import type { ArticleReader } from '../../src/article-reader.js';
import { ScriptedEngine } from '../helpers/scripted-engine.js';
import { until } from '../helpers/wait.js';

interface Frame {
  window: Window & typeof globalThis;
  reader: ArticleReader;
  /** Paths of every resource the frame fetched (ours are all under `base`). */
  fetched(): string[];
  violations: string[];
  errors: { code: string; message: string }[];
  base: string;
}

const frames: HTMLIFrameElement[] = [];
let copies = 0;

/** A frame with the page of a fresh copy of dist/ (`kind`: plain, broken or held). */
async function openCopy(kind: 'plain' | 'broken' | 'held', page = 'page.html'): Promise<Frame & { id: string }> {
  const id = `t${Date.now()}-${copies++}`;
  const base = `/copies/${kind}-${id}/`;
  const iframe = document.createElement('iframe');
  frames.push(iframe);
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = `${base}${page}`;
  document.body.append(iframe);
  await loaded;
  const window = iframe.contentWindow as Window & typeof globalThis;
  const violations: string[] = [];
  window.document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
  await until(() => !!window.customElements.get('article-reader'), 10_000, 'the entry to define <article-reader>');
  const reader = window.document.querySelector('article-reader') as ArticleReader;
  const errors: { code: string; message: string }[] = [];
  reader.addEventListener('reader-error', (event) => errors.push((event as CustomEvent).detail));
  const fetched = () => window.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
  return { window, reader, fetched, violations, errors, base, id };
}

function part(reader: ArticleReader, name: string): HTMLElement {
  return reader.shadowRoot!.querySelector(`[part~="${name}"]`) as HTMLElement;
}

const chunk = (frame: Frame, name: string) =>
  frame.fetched().filter((p) => p.startsWith(`${frame.base}chunks/${name}-`));

describe('the split build, from a copy of dist/ under a strict CSP', function () {
  this.timeout(30_000);
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  it('shows the controls and indexes from the entry alone, then fetches the playback part next to it', async () => {
    const frame = await openCopy('plain');
    const { reader } = frame;
    await until(() => reader.sentences.length === 2, 10_000, 'indexing');
    expect(part(reader, 'play')).to.exist;
    // Once indexed, from chunks/ next to the entry, and nothing from anywhere else.
    await until(() => chunk(frame, 'playback').length === 1, 10_000, 'the playback chunk');
    const ours = frame.fetched().filter((p) => !p.startsWith(frame.base));
    expect(ours, 'nothing from outside the copy').to.deep.equal([]);
    expect(chunk(frame, 'voice-commands'), 'no voice commands without the attribute').to.deep.equal([]);
    expect(chunk(frame, 'locale-ar'), 'no Arabic catalogue for an English page').to.deep.equal([]);

    const engine = new ScriptedEngine();
    reader.speechEngine = engine;
    await reader.play();
    expect(reader.state).to.equal('playing');
    expect(engine.lastSpoken?.text, 'normalised: 50% is said in words').to.contain('50 بالمِئَة');
    expect(frame.violations).to.deep.equal([]);

    // The policy is in force: an inline script is refused.
    const probe = frame.window.document.createElement('script');
    probe.textContent = 'window.inlineRan = true';
    frame.window.document.body.append(probe);
    await until(() => frame.violations.length > 0, 5000, 'the policy to refuse an inline script');
    expect((frame.window as unknown as { inlineRan?: boolean }).inlineRan).to.equal(undefined);
  });

  it('fetches the Arabic catalogue, and only it, when the interface is Arabic', async () => {
    const frame = await openCopy('plain');
    const { reader } = frame;
    const english = part(reader, 'play').getAttribute('aria-label');
    reader.uiLang = 'ar';
    await until(() => part(reader, 'play').getAttribute('aria-label') !== english, 10_000, 'the Arabic controls');
    expect(chunk(frame, 'locale-ar')).to.have.length(1);
    expect(part(reader, 'play').getAttribute('aria-label')).to.match(/\p{Script=Arabic}/u);
    expect(chunk(frame, 'locale-fr')).to.deep.equal([]);
    expect(frame.violations).to.deep.equal([]);
  });

  it('plays before the playback part has arrived: the engine is unlocked at once, and speaks when it arrives', async () => {
    const frame = await openCopy('held');
    const { reader } = frame;
    await until(() => reader.sentences.length === 2, 10_000, 'indexing');
    const engine = new ScriptedEngine();
    let primed = 0;
    engine.prime = () => primed++;
    reader.speechEngine = engine;
    const playing = reader.play();
    expect(primed, 'unlocked synchronously, inside the gesture that asked to play').to.equal(1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(engine.spoken, 'nothing said before the playback part').to.deep.equal([]);
    expect(reader.state).to.equal('idle');
    await fetch(`/copies/release/${frame.id}`);
    await playing;
    expect(reader.state).to.equal('playing');
    expect(engine.lastSpoken?.text).to.contain('50 بالمِئَة');
    expect(frame.errors).to.deep.equal([]);
  });

  it('a pause while play waits for the playback part wins: nothing is said when it arrives', async () => {
    const frame = await openCopy('held');
    const { reader } = frame;
    await until(() => reader.sentences.length === 2, 10_000, 'indexing');
    const engine = new ScriptedEngine();
    reader.speechEngine = engine;
    const playing = reader.play();
    const status = () => part(reader, 'status').textContent!.trim();
    await until(() => status() === 'Getting the voice ready…', 5000, 'the status to say it is getting ready');
    reader.pause();
    await until(() => status() === '', 5000, 'the wait to end at once');
    await fetch(`/copies/release/${frame.id}`);
    await playing;
    await until(() => chunk(frame, 'playback').length === 1, 10_000, 'the playback chunk');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(engine.spoken, 'the pause won').to.deep.equal([]);
    expect(reader.state).to.equal('idle');
    expect(frame.errors).to.deep.equal([]);
  });

  it('is ready only once the playback part is here: a move from the reader-ready listener acts at once', async () => {
    const frame = await openCopy('held');
    const { reader } = frame;
    const moved: { index: number; state: string }[] = [];
    reader.addEventListener('reader-ready', () => {
      reader.next();
      moved.push({ index: reader.sentenceIndex, state: reader.state });
    });
    await until(() => reader.sentences.length === 2, 10_000, 'indexing');
    // (A held fetch is not among the frame's resource entries until it completes.)
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(moved, 'no reader-ready while the playback part is held back').to.deep.equal([]);
    await fetch(`/copies/release/${frame.id}`);
    await until(() => moved.length === 1, 10_000, 'reader-ready');
    expect(chunk(frame, 'playback')).to.have.length(1);
    expect(moved).to.deep.equal([{ index: 0, state: 'paused' }]);
    expect(frame.errors).to.deep.equal([]);
  });

  it('says so when a chunk cannot be fetched, stays ready to try again, and never hangs', async () => {
    const frame = await openCopy('broken');
    const { reader } = frame;
    await until(() => reader.sentences.length === 2, 10_000, 'indexing');
    const engine = new ScriptedEngine();
    reader.speechEngine = engine;
    await reader.play();
    expect(frame.errors.map((e) => e.code)).to.deep.equal(['load-failed']);
    expect(reader.state).to.equal('idle');
    expect(engine.spoken, 'nothing said without the playback part').to.deep.equal([]);
    await until(() => part(reader, 'status').textContent!.includes('could not be downloaded'), 5000, 'the status');
    expect(part(reader, 'play').getAttribute('aria-busy')).to.not.equal('true');
    await reader.play(); // tried again: the same clear answer
    expect(frame.errors.map((e) => e.code)).to.deep.equal(['load-failed', 'load-failed']);

    // Voice commands asked for in a browser that recognises speech: their chunk fails too.
    frame.window.SpeechRecognition = class {} as unknown as typeof SpeechRecognition;
    reader.voiceCommands = '';
    await until(() => frame.errors.length === 3, 10_000, 'the voice commands to fail');
    expect(frame.errors[2]!.code).to.equal('load-failed');
    expect(part(reader, 'listen'), 'no listen control').to.not.exist;
    expect(frame.violations).to.deep.equal([]);
  });

  it('the one-file variant loads nothing but itself', async () => {
    const frame = await openCopy('plain', 'bundled.html');
    const { reader } = frame;
    await until(() => reader.sentences.length === 2, 10_000, 'indexing');
    const engine = new ScriptedEngine();
    reader.speechEngine = engine;
    await reader.play();
    expect(engine.lastSpoken?.text).to.contain('50 بالمِئَة');
    expect(frame.fetched().filter((p) => p.endsWith('.js'))).to.deep.equal([`${frame.base}article-reader.bundled.js`]);
    expect(frame.violations).to.deep.equal([]);
  });
});
