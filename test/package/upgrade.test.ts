// Upgrade safety: properties set on an <article-reader> before its definition loads (a framework
// or a script that creates the element and sets properties before the module arrives) are
// honoured once the element is defined, instead of being shadowed by plain own properties.
//
// The tests import the class (src/article-reader.js) and define it under fresh tag names, since
// <article-reader> itself is already defined by the fixtures. An element is upgraded when it is
// in the document and its name gets defined, or when it is inserted after the definition.
import { expect } from '@open-wc/testing';
import { ArticleReader } from '../../src/article-reader.js';
import { ScriptedEngine } from '../helpers/scripted-engine.js';
import { FIRST, SECOND, forgetPreferences, readyOf } from '../helpers/fixtures.js';

let counter = 0;
/** A fresh tag (a name can be defined only once), not defined yet. */
function nextTag(): string {
  counter += 1;
  return `article-reader-upgrade-test-${counter}`;
}
const define = (tag: string) => customElements.define(tag, class extends ArticleReader {});

const EARLY = {
  rate: 1.5,
  uiLang: 'en',
  shortcuts: 'page',
  noAutoscroll: true,
  voice: 'Some Voice',
} as const;

describe('upgrade: properties set before the element is defined', () => {
  const cleanup: Element[] = [];
  beforeEach(() => forgetPreferences());
  afterEach(() => {
    for (const el of cleanup.splice(0)) el.remove();
    forgetPreferences();
  });

  function article(id: string): void {
    const story = document.createElement('article');
    story.id = id;
    story.lang = 'ar';
    const p = document.createElement('p');
    p.textContent = `${FIRST} ${SECOND}`;
    story.append(p);
    document.body.append(story);
    cleanup.push(story);
  }

  function undefinedReader(tag: string, storyId: string): ArticleReader {
    const early = document.createElement(tag) as ArticleReader;
    Object.assign(early, EARLY, { for: storyId });
    expect(early instanceof ArticleReader, 'not upgraded yet').to.equal(false);
    return early;
  }

  async function expectHonoured(reader: ArticleReader, storyId: string): Promise<void> {
    expect(reader instanceof ArticleReader, 'upgraded').to.equal(true);
    await readyOf(reader);
    expect(reader.rate).to.equal(EARLY.rate);
    expect(reader.getAttribute('rate')).to.equal('1.5');
    expect(reader.uiLang).to.equal(EARLY.uiLang);
    expect(reader.shortcuts).to.equal(EARLY.shortcuts);
    expect(reader.noAutoscroll).to.equal(EARLY.noAutoscroll);
    expect(reader.voice).to.equal(EARLY.voice);
    expect(reader.for).to.equal(storyId);
    expect(reader.getAttribute('for')).to.equal(storyId);
    // `for` took effect: it reads the article named, not its own (empty) content.
    expect(reader.sentences).to.deep.equal([FIRST, SECOND]);
    // The accessors are the class's again (no own property shadowing them).
    for (const name of [...Object.keys(EARLY), 'for']) {
      expect(Object.hasOwn(reader, name), `own property ${name}`).to.equal(false);
    }
  }

  it('honours reactive properties when the element is defined, then inserted', async () => {
    const tag = nextTag();
    article(`${tag}-story`);
    const early = undefinedReader(tag, `${tag}-story`);
    define(tag);
    document.body.append(early); // upgraded here
    cleanup.push(early);
    early.speechEngine = new ScriptedEngine();
    await expectHonoured(early, `${tag}-story`);
  });

  it('honours reactive properties when the element is in the page before it is defined', async () => {
    const tag = nextTag();
    article(`${tag}-story`);
    const early = undefinedReader(tag, `${tag}-story`);
    document.body.append(early);
    cleanup.push(early);
    define(tag); // upgraded here
    early.speechEngine = new ScriptedEngine();
    await expectHonoured(early, `${tag}-story`);
  });

  it('keeps attributes set before the upgrade', async () => {
    const tag = nextTag();
    article(`${tag}-story`);
    const early = document.createElement(tag);
    early.setAttribute('for', `${tag}-story`);
    early.setAttribute('rate', '0.75');
    early.setAttribute('no-autoscroll', '');
    document.body.append(early);
    cleanup.push(early);
    define(tag);
    const reader = early as ArticleReader;
    reader.speechEngine = new ScriptedEngine();
    await readyOf(reader);
    expect(reader.rate).to.equal(0.75);
    expect(reader.noAutoscroll).to.equal(true);
    expect(reader.sentences).to.deep.equal([FIRST, SECOND]);
  });

  // speechEngine is an accessor, not a Lit property: the constructor moves an own value set
  // before the upgrade behind it, so the site owner's engine is the one used from the start.
  it('honours a speechEngine set before the upgrade', async () => {
    const tag = nextTag();
    article(`${tag}-story`);
    const engine = new ScriptedEngine();
    const early = document.createElement(tag) as ArticleReader;
    early.for = `${tag}-story`;
    early.speechEngine = engine;
    define(tag);
    document.body.append(early);
    cleanup.push(early);
    await readyOf(early);
    expect(early.speechEngine).to.equal(engine);
  });
});
