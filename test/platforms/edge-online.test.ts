import { expect, html } from '@open-wc/testing';
import { forgetPreferences, part, settle } from '../helpers/fixtures.js';
import { EdgeOnline } from './edge-online.js';
import { errorsOf, highlightedWord, readerOn } from './platform-reader.js';

// Edge on Windows: the best Arabic voices are online ones; offline they fail, and some Microsoft
// voices stop reading at `<` or `>`.

const SALMA = 'Microsoft Salma Online (Natural) - Arabic (Egypt)';
const HODA = 'Microsoft Hoda - Arabic (Egypt)';

/** Play, offline from the start: the online voice fails at once. */
async function playOffline(offlineError: 'network' | 'synthesis-failed') {
  const edge = new EdgeOnline(undefined, offlineError);
  edge.online = false;
  const reader = await readerOn(edge);
  const errors = errorsOf(reader);
  await reader.play();
  await settle(reader);
  return { edge, reader, errors };
}

describe('Edge: online voices without the network', () => {
  afterEach(forgetPreferences);

  it('a dropped connection hands the sentence to the best local voice, from the word reached, and says so', async () => {
    const edge = new EdgeOnline();
    const reader = await readerOn(edge);
    const errors = errorsOf(reader);
    await reader.play();
    expect(edge.said?.voice, 'the online voice is the best one').to.equal(SALMA);
    edge.start();
    edge.boundary(edge.said!.text.indexOf('القراءة'));
    edge.goOffline();
    await settle(reader);
    expect(edge.said?.voice).to.equal(HODA);
    expect(edge.said?.text, 'from the word reached').to.match(/^القراءة في الصباح/);
    expect(reader.state).to.equal('playing');
    expect(errors, 'reading goes on: no error').to.deep.equal([]);
    expect(part(reader, 'status').textContent).to.contain('reading on with Microsoft Hoda');
    edge.finish();
    await settle(reader);
    expect(edge.said?.text, 'the next sentence').to.contain('النافذة');
    expect(edge.said?.voice, 'in the local voice too').to.equal(HODA);
  });

  it('offline from the start (synthesis-failed), reading starts in the local voice', async () => {
    const { edge, errors } = await playOffline('synthesis-failed');
    expect(edge.said?.voice).to.equal(HODA);
    expect(edge.said?.text).to.contain('القراءة في الصباح');
    expect(errors).to.deep.equal([]);
  });

  it('goes on once: when the local voice fails too, the listener is told', async () => {
    const { edge, reader, errors } = await playOffline('network');
    expect(edge.said?.voice).to.equal(HODA);
    edge.emit(edge.current!, 'error', { error: 'synthesis-failed' });
    await settle(reader);
    expect(errors).to.deep.equal(['synthesis-failed']);
    expect(reader.state).to.equal('paused');
  });
});

describe('Edge: Microsoft voices and angle brackets', () => {
  afterEach(forgetPreferences);

  it('«<» and «>» never reach the voice: the whole sentence is heard, and its words are highlighted', async () => {
    const edge = new EdgeOnline();
    const reader = await readerOn(
      edge,
      html`<article lang="ar"><p>قال المدير &lt;&lt;سنبدأ غدا&gt;&gt; ثم غادر المكتب.</p></article>`,
    );
    await reader.play();
    expect(edge.said?.text).to.contain('ثم غادر المكتب');
    expect(edge.said?.utterance.text).to.not.match(/[<>]/);
    edge.start();
    edge.boundary(edge.said!.utterance.text.indexOf('غدا'));
    expect(highlightedWord()).to.equal('غدا');
    edge.boundary(edge.said!.utterance.text.indexOf('ثم'));
    expect(highlightedWord()).to.equal('ثم');
  });
});
