// "sideEffects" in package.json promises bundlers that only the define module (lib/define.js,
// reached through lib/index.js) and the bundle do anything when imported. Check it in a page of
// its own: importing the class module or the text tools defines nothing, adds no globals,
// highlights, styles, listeners or storage; importing the main entry defines <article-reader>.
import { expect } from '@open-wc/testing';
import 'lit'; // Lit's own version globals (litHtmlVersions, …) are Lit's business, not ours.

interface Snapshot {
  globals: string[];
  highlights: number;
  adoptedSheets: number;
  headChildren: number;
  bodyChildren: number;
  storage: number;
}

function snapshot(): Snapshot {
  return {
    globals: Object.getOwnPropertyNames(globalThis).sort(),
    highlights: CSS.highlights.size,
    adoptedSheets: document.adoptedStyleSheets.length,
    headChildren: document.head.children.length,
    bodyChildren: document.body.children.length,
    storage: localStorage.length,
  };
}

describe('package side effects', () => {
  it('importing the class module and the text tools has no side effects', async () => {
    const defined: string[] = [];
    const listened: string[] = [];
    const define = customElements.define;
    const addDoc = document.addEventListener;
    const addWin = window.addEventListener;
    customElements.define = function (this: CustomElementRegistry, name, ...rest) {
      defined.push(name);
      return define.call(this, name, ...rest);
    };
    document.addEventListener = function (this: Document, type: string, ...rest: [never, never?]) {
      listened.push(`document:${type}`);
      return addDoc.call(this, type, ...rest);
    } as typeof document.addEventListener;
    window.addEventListener = function (this: Window, type: string, ...rest: [never, never?]) {
      listened.push(`window:${type}`);
      return addWin.call(this, type, ...rest);
    } as typeof window.addEventListener;
    const before = snapshot();
    try {
      const element = await import('../../src/article-reader.js');
      const text = await import('../../src/text/index.js');
      expect(element.ArticleReader).to.be.a('function');
      expect(text.segmentSentences).to.be.a('function');
    } finally {
      customElements.define = define;
      document.addEventListener = addDoc;
      window.addEventListener = addWin;
    }
    expect(defined, 'customElements.define calls').to.deep.equal([]);
    expect(customElements.get('article-reader')).to.equal(undefined);
    expect(listened, 'event listeners added').to.deep.equal([]);
    expect(snapshot()).to.deep.equal(before);
  });

  it('importing the main entry defines <article-reader>, once', async () => {
    const { ArticleReader } = await import('../../src/index.js');
    expect(customElements.get('article-reader')).to.equal(ArticleReader);
    // Loading it again (a second copy, as from a second bundle) keeps the first definition.
    await import('../../src/define.js?again');
    expect(customElements.get('article-reader')).to.equal(ArticleReader);
  });
});
