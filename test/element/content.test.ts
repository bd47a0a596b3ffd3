import { expect, html } from '@open-wc/testing';
import { WORD_HIGHLIGHT } from '../../src/dom/highlighter.js';
import { readerWithEngine } from '../helpers/fixtures.js';

// Text we wrote for these tests (not from any corpus or real page).
const TITLE = 'موسم جديد لمهرجان المسرح';
const BODY = 'يبدأ المهرجان يوم الخميس بعرض لفرقة شابة.';
const MORE = 'وتستمر العروض أسبوعاً كاملاً في القاعة الكبرى.';

function highlightedWord(): string | null {
  const highlight = CSS.highlights.get(WORD_HIGHLIGHT);
  if (!highlight || highlight.size === 0) return null;
  return ([...highlight] as Range[]).map((range) => range.toString()).join('|');
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

describe('what is read of a real page', () => {
  it('skips share bars, related lists, forms and rs_skip by default', async () => {
    const { reader } = await readerWithEngine(junky);
    expect(reader.sentences).to.deep.equal([TITLE, BODY, 'ملاحظة من المحرر.', MORE]);
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
