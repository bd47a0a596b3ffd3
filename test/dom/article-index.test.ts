import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { ArticleIndex, yieldToPage } from '../../src/dom/article-index.js';
import { articleOf } from '../../src/dom/article.js';
import { indexArticle } from '../helpers/index-article.js';

/** What a listener would get from an article: its sentences' texts. */
const sentencesOf = (root: Element) => indexArticle(root).sentenceTexts();

async function indexed(root: Element): Promise<ArticleIndex> {
  const index = new ArticleIndex(root);
  expect(await index.build(() => false)).to.equal(true);
  return index;
}

/** Apply the records an edit makes, as the binding does; true when patched in place. */
async function afterEdit(index: ArticleIndex, root: Element, edit: () => void): Promise<boolean> {
  const observer = new MutationObserver(() => {});
  observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  edit();
  const records = observer.takeRecords();
  observer.disconnect();
  return index.update(records);
}

// Sentences we wrote for these tests.
const WORDS = ['المطر', 'النهر', 'القرية', 'الكتاب', 'المدرسة', 'السوق'];
const sentence = (n: number) => `ذهبنا إلى ${WORDS[n % WORDS.length]} في اليوم ${WORDS[(n + 1) % WORDS.length]}.`;

describe('ArticleIndex', () => {
  it('indexes the blocks inside a wrapper, and re-walks only the paragraph an edit touched', async () => {
    const root = await fixture<HTMLElement>(
      html`<div>
        <article lang="ar">
          <p>${sentence(0)}</p>
          <p>${sentence(1)} ${sentence(2)}</p>
        </article>
      </div>`,
    );
    const index = await indexed(root);
    expect(index.units.map((unit) => unit.nodes[0]!.nodeName)).to.deep.equal(['P', 'P']);
    const untouched = index.units[0];
    const patched = await afterEdit(index, root, () => (root.querySelectorAll('p')[1]!.textContent = sentence(3)));
    expect(patched, 'patched in place').to.equal(true);
    expect(index.units[0], 'the other paragraph is not walked again').to.equal(untouched);
    expect(articleOf(index.units).sentenceTexts()).to.deep.equal([sentence(0), sentence(3)]);
  });

  it('keeps an inline run of top-level text as one unit, and asks for a full index when it changes', async () => {
    const root = await fixture<HTMLElement>(
      html`<div>
        نص في البداية <b>مهم</b> ثم بقية.
        <p>${sentence(1)}</p>
      </div>`,
    );
    const index = await indexed(root);
    expect(articleOf(index.units).sentenceTexts()).to.deep.equal(['نص في البداية مهم ثم بقية.', sentence(1)]);
    expect(await afterEdit(index, root, () => (root.querySelector('b')!.textContent = 'جدا'))).to.equal(false);
  });

  it('gives the page back without a new MessageChannel each time (WebKit keeps every one, and slows down)', async () => {
    const scheduler = Object.getOwnPropertyDescriptor(globalThis, 'scheduler');
    const Original = globalThis.MessageChannel;
    let made = 0;
    globalThis.MessageChannel = class extends Original {
      constructor() {
        super();
        made++;
      }
    };
    // Where scheduler.yield exists, the page is given back with it; hide it to test the fallback.
    Object.defineProperty(globalThis, 'scheduler', { value: undefined, configurable: true });
    try {
      for (let i = 0; i < 50; i++) await yieldToPage();
    } finally {
      globalThis.MessageChannel = Original;
      if (scheduler) Object.defineProperty(globalThis, 'scheduler', scheduler);
      else delete (globalThis as { scheduler?: unknown }).scheduler;
    }
    expect(made, 'channels made for 50 turns').to.be.at.most(1);
  });

  it('gives the page back between slices of a long article, and ends with all of it', async () => {
    const root = document.createElement('article');
    for (let i = 0; i < 4000; i++)
      root.append(Object.assign(document.createElement('p'), { textContent: sentence(i) }));
    document.body.append(root);
    try {
      const index = new ArticleIndex(root);
      let slices = 0;
      const building = index.build(() => (slices++, false));
      expect(index.units, 'nothing walked in the task that asked for the index').to.have.length(0);
      expect(await building).to.equal(true);
      expect(slices, 'yielded between slices').to.be.greaterThan(1);
      expect(articleOf(index.units).sentences).to.have.length(4000);
      const stopped = new ArticleIndex(root);
      expect(await stopped.build(() => true), 'a superseded build gives up').to.equal(false);
    } finally {
      root.remove();
    }
  });

  it('after any sequence of edits, says the same as indexing the article afresh', async () => {
    type Edit = {
      kind: 'append' | 'prepend' | 'retext' | 'remove' | 'hide' | 'show' | 'inline';
      at: number;
      n: number;
    };
    const edit = fc.record({
      kind: fc.constantFrom<Edit['kind']>('append', 'prepend', 'retext', 'remove', 'hide', 'show', 'inline'),
      at: fc.nat(20),
      n: fc.nat(50),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { maxLength: 12 }), async (edits) => {
        const root = document.createElement('article');
        root.lang = 'ar';
        for (let i = 0; i < 4; i++)
          root.append(Object.assign(document.createElement('p'), { textContent: sentence(i) }));
        document.body.append(root);
        try {
          let index = await indexed(root);
          for (const { kind, at, n } of edits) {
            const paragraphs = root.querySelectorAll('p');
            const target = paragraphs[at % Math.max(1, paragraphs.length)];
            const patched = await afterEdit(index, root, () => {
              const added = Object.assign(document.createElement('p'), { textContent: sentence(n) });
              if (kind === 'append') root.append(added);
              else if (kind === 'prepend') root.prepend(added);
              else if (!target) root.append(added);
              else if (kind === 'retext') target.textContent = `${sentence(n)} ${sentence(n + 1)}`;
              else if (kind === 'remove') target.remove();
              else if (kind === 'hide') target.hidden = true;
              else if (kind === 'show') root.querySelectorAll('p[hidden]').forEach((p) => (p.hidden = false));
              else
                target.append(
                  Object.assign(document.createElement('em'), { textContent: ` ${WORDS[n % WORDS.length]}` }),
                );
            });
            if (!patched) index = await indexed(root); // as the binding does: index anew
            expect(articleOf(index.units).sentenceTexts()).to.deep.equal(sentencesOf(root));
          }
        } finally {
          root.remove();
        }
      }),
      { numRuns: 60 },
    );
  });
});
