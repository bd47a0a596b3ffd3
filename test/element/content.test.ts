import sinon from 'sinon';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { ArticleReader } from '../../src/article-reader.js';
import { WORD_HIGHLIGHT } from '../../src/dom/highlighter.js';
import { forgetPreferences, readerWithEngine, readyOf, settle } from '../helpers/fixtures.js';
import { ScriptedEngine } from '../helpers/scripted-engine.js';

// Text we wrote for these tests (not from any corpus or real page).
const TITLE = 'موسم جديد لمهرجان المسرح';
const BODY = 'يبدأ المهرجان يوم الخميس بعرض لفرقة شابة.';
const MORE = 'وتستمر العروض أسبوعاً كاملاً في القاعة الكبرى.';

function highlightedWord(): string | null {
  const highlight = CSS.highlights.get(WORD_HIGHLIGHT);
  if (!highlight || highlight.size === 0) return null;
  return ([...highlight] as Range[]).map((range) => range.toString()).join('|');
}

/** A page with a reader pointed at `forIds`, and the elements it names. */
async function pageWith(forIds: string, attributes: Record<string, string> = {}): Promise<ArticleReader> {
  forgetPreferences();
  const page = await fixture<HTMLElement>(
    html`<div>
      <article-reader for=${forIds}></article-reader>
      <h1 id="title" lang="ar">${TITLE}</h1>
      <nav>الرئيسية</nav>
      <div id="body" lang="ar">
        <p>${BODY}</p>
        <p>${MORE}</p>
      </div>
    </div>`,
  );
  const reader = page.querySelector('article-reader')!;
  reader.speechEngine = new ScriptedEngine();
  for (const [name, value] of Object.entries(attributes)) reader.setAttribute(name, value);
  await readyOf(reader);
  return reader;
}

const junky = html`<article lang="ar">
  <h1>${TITLE}</h1>
  <div class="post-share"><a href="#f">فيسبوك</a><a href="#t">تويتر</a></div>
  <p>${BODY}</p>
  <div class="rs_skip">استمع إلى الخبر</div>
  <div class="related-box">
    <h3>اقرأ أيضاً</h3>
    <ul>
      <li><a href="/1">خبر قديم أول</a></li>
      <li><a href="/2">خبر قديم ثان</a></li>
    </ul>
  </div>
  <p class="note">ملاحظة من المحرر.</p>
  <form><label>اترك تعليقاً</label></form>
  <p>${MORE}</p>
</article>`;

afterEach(() => sinon.restore());

describe('what is read of a real page', () => {
  it('skips share bars, related lists, forms and rs_skip by default', async () => {
    const { reader } = await readerWithEngine(junky);
    expect(reader.sentences).to.deep.equal([TITLE, BODY, 'ملاحظة من المحرر.', MORE]);
  });

  it('skip adds the site owner’s selectors; content="all" reads everything as before', async () => {
    const { reader } = await readerWithEngine(junky);
    // Each change indexes the article again, in slices; reader-ready says when it is done.
    let ready = oneEvent(reader, 'reader-ready');
    reader.skip = '.note';
    await ready;
    expect(reader.sentences).to.deep.equal([TITLE, BODY, MORE]);
    ready = oneEvent(reader, 'reader-ready');
    reader.content = 'all';
    await ready;
    expect(reader.sentences).to.include('استمع إلى الخبر');
    expect(reader.sentences).to.include('اقرأ أيضاً');
    expect(reader.sentences).to.not.include('ملاحظة من المحرر.');
  });

  it('ignores an invalid skip selector with one clear warning, and reads with the defaults', async () => {
    const warn = sinon.stub(console, 'warn');
    const { reader } = await readerWithEngine(junky);
    let ready = oneEvent(reader, 'reader-ready');
    reader.skip = '.note[';
    await ready;
    ready = oneEvent(reader, 'reader-ready');
    reader.skip = ' .note[ ';
    await ready;
    expect(reader.sentences).to.deep.equal([TITLE, BODY, 'ملاحظة من المحرر.', MORE]);
    expect(warn.callCount).to.equal(1);
    expect(String(warn.firstCall.args[0])).to.contain('.note[');
  });

  it('reads several ids in for in their order, sentences never spanning two of them', async () => {
    const reader = await pageWith('title body');
    expect(reader.sentences).to.deep.equal([TITLE, BODY, MORE]);
    expect((await pageWith('body title')).sentences).to.deep.equal([BODY, MORE, TITLE]);
  });

  it('reads the ids that exist when one is missing, and says which one once', async () => {
    const warn = sinon.stub(console, 'warn');
    const reader = await pageWith('lost-title body');
    expect(reader.sentences).to.deep.equal([BODY, MORE]);
    expect(warn.callCount).to.equal(1);
    expect(String(warn.firstCall.args[0])).to.contain('lost-title');
  });
});

describe('no glued words', () => {
  const glued = html`<article lang="ar">
    <p>تابعنا على <a href="#f">فيسبوك</a><a href="#t">تويتر</a> اليوم.</p>
    <p>عدد التعليقات <span class="count">2</span><span class="count">1</span> فقط.</p>
    <ul class="row">
      <li>الأول</li>
      <li>الثاني</li>
    </ul>
  </article>`;
  const style = document.createElement('style');
  style.textContent = '.count { display: inline-block } .row li { display: inline }';

  before(() => document.head.append(style));
  after(() => style.remove());

  it('separates boxes that render apart, in sentence texts and in what the voice is given', async () => {
    const { reader, engine } = await readerWithEngine(glued);
    expect(reader.sentences).to.deep.equal([
      'تابعنا على فيسبوك تويتر اليوم.',
      'عدد التعليقات 2 1 فقط.',
      'الأول الثاني',
    ]);
    await reader.play();
    expect(engine.lastSpoken!.text).to.contain('فيسبوك تويتر');
    engine.start();
    engine.word(engine.lastSpoken!.text.indexOf('تويتر'));
    expect(highlightedWord()).to.equal('تويتر');
  });
});

describe('the voice for the text', () => {
  it('reads Arabic text declared lang="en-US" in Arabic, and says so once', async () => {
    const info = sinon.stub(console, 'info');
    const { reader, engine } = await readerWithEngine(html`<article lang="en-US"><p>${BODY} ${MORE}</p></article>`);
    await reader.play();
    expect(engine.lastSpoken!.options.lang).to.equal('ar');
    expect(engine.lastSpoken!.options.voice?.lang).to.equal('ar-SA');
    reader.next();
    await settle(reader);
    const told = info.getCalls().filter((call) => String(call.args[0]).includes('en-US'));
    expect(told).to.have.length(1);
  });

  it('keeps a declared lang that fits the script of the text', async () => {
    const { reader, engine } = await readerWithEngine(html`<article lang="ar-EG"><p>${BODY}</p></article>`);
    await reader.play();
    expect(engine.lastSpoken!.options.lang).to.equal('ar-EG');
  });
});
