import { expect, fixture, html } from '@open-wc/testing';
import type { ArticleReader } from '../../src/article-reader.js';
import type { Voice } from '../../src/speech/engine.js';
import { FIRST, SECOND, forgetPreferences, part, settle } from '../helpers/fixtures.js';
import { ScriptedEngine } from '../helpers/scripted-engine.js';

/** A scripted engine that also says when its list changes, as browsers do with `voiceschanged`. */
class ChangingEngine extends ScriptedEngine {
  private readonly listeners = new Set<() => void>();
  onVoicesChanged(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  change(voices: Voice[]): void {
    this.voiceList = voices;
    for (const listener of this.listeners) listener();
  }
}

/**
 * A long list (as speech-dispatcher gives: every language, many variants) whose voices count
 * how often their language is read: ranking reads every voice's, so a play that ranks again shows.
 */
function countedVoices(count: number): { voices: Voice[]; reads: Map<Voice, number> } {
  const reads = new Map<Voice, number>();
  const langs = ['ar', 'en-US', 'fr-FR', 'de', 'ar-EG', 'fa', 'ur', 'es'];
  const voices = Array.from({ length: count }, (_, i) => {
    const lang = langs[i % langs.length]!;
    const voice = {
      name: `Voice ${i} (${lang})`,
      voiceURI: `voice-${i}`,
      localService: true,
      default: i === 0,
      get lang() {
        reads.set(voice, (reads.get(voice) ?? 0) + 1);
        return lang;
      },
    };
    return voice;
  });
  return { voices, reads };
}

async function readerWith(engine: ScriptedEngine, lang = 'ar'): Promise<ArticleReader> {
  const reader = await fixture<ArticleReader>(
    html`<article-reader .speechEngine=${engine}
      ><article lang=${lang}><p>${FIRST} ${SECOND}</p></article></article-reader
    >`,
  );
  await settle(reader);
  return reader;
}

const voiceOf = (engine: ScriptedEngine) => engine.speaking!.options.voice;
const labels = (reader: ArticleReader) =>
  [...(part(reader, 'voice') as HTMLSelectElement).options].map((o) => o.textContent!.trim());

describe('voices are ranked once per change of the list', () => {
  beforeEach(forgetPreferences);
  afterEach(forgetPreferences);

  it('reads no voice again to play, pause, resume or go on to the next sentence, and leaves the picker untouched', async () => {
    const engine = new ChangingEngine();
    const { voices, reads } = countedVoices(400);
    engine.voiceList = voices;
    const reader = await readerWith(engine);
    expect(reads.size).to.equal(voices.length); // the counting works: the list was read when it came
    reads.clear();
    const picker = part(reader, 'voice');
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(picker, { subtree: true, childList: true, attributes: true, characterData: true });

    await reader.play();
    await settle(reader);
    reader.pause();
    await reader.play();
    engine.finish(); // on to the next sentence
    await settle(reader);
    await settle(reader);
    observer.takeRecords();
    observer.disconnect();

    const inUse = voiceOf(engine);
    expect([...reads.keys()].filter((voice) => voice !== inUse)).to.deep.equal([]);
    expect(changes.map((c) => c.type)).to.deep.equal([]);
    expect(reader.state).to.equal('playing');
  });

  it('changes the voice in use when the list changes (voiceschanged), at once and in the picker', async () => {
    const engine = new ChangingEngine();
    const plain = { name: 'Plain', lang: 'ar', voiceURI: 'plain', localService: true, default: false };
    const other = { name: 'Other', lang: 'ar', voiceURI: 'other', localService: true, default: false };
    engine.voiceList = [plain, other];
    const reader = await readerWith(engine);
    await reader.play();
    expect(voiceOf(engine)).to.equal(plain);

    const natural = { name: 'Arabic Natural', lang: 'ar', voiceURI: 'natural', localService: false, default: false };
    engine.change([plain, other, natural]);
    await settle(reader);
    expect(voiceOf(engine)).to.equal(natural); // the rest said again with the better voice
    expect(labels(reader)[0]).to.contain('Arabic Natural');
  });

  it('ranks again for a new speech language', async () => {
    const engine = new ChangingEngine();
    const english = { name: 'English', lang: 'en-US', voiceURI: 'en', localService: true, default: true };
    const french = { name: 'French', lang: 'fr-FR', voiceURI: 'fr', localService: true, default: false };
    engine.voiceList = [french, english];
    const reader = await fixture<ArticleReader>(
      html`<article-reader lang="en" .speechEngine=${engine}
        ><article><p>Sami reads in the morning. He sits by the window.</p></article></article-reader
      >`,
    );
    await settle(reader);
    await reader.play();
    expect(voiceOf(engine)).to.equal(english);
    reader.stop();
    reader.setAttribute('lang', 'fr');
    await reader.play();
    expect(voiceOf(engine)).to.equal(french);
  });

  it('uses the voice the listener picks from the picker, and the list keeps its order', async () => {
    const engine = new ChangingEngine();
    const { voices } = countedVoices(40);
    engine.voiceList = voices;
    const reader = await readerWith(engine);
    await reader.play();
    const before = labels(reader);
    const picker = part(reader, 'voice') as HTMLSelectElement;
    picker.value = picker.options[2]!.value;
    picker.dispatchEvent(new Event('change'));
    await settle(reader);
    expect(voiceOf(engine)!.voiceURI).to.equal(picker.options[2]!.value);
    expect(labels(reader)).to.deep.equal(before);
    expect((part(reader, 'voice') as HTMLSelectElement).value).to.equal(voiceOf(engine)!.voiceURI);
  });
});
