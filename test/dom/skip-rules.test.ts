import { expect, fixture } from '@open-wc/testing';
import { indexArticle } from '../helpers/index-article.js';
import { ELEMENT_RULES, SENTENCE_RULES, contentFilter, elementSkip, sentenceSkip } from '../../src/dom/skip-rules.js';

// Text we wrote for these tests (not from any corpus or real page).
const HEADLINE = 'افتتاح مكتبة جديدة في وسط المدينة';
const PROSE =
  'افتتحت البلدية صباح اليوم مكتبة عامة جديدة تضم آلاف الكتب، وقال المسؤولون إنها ستبقى مفتوحة حتى المساء طوال أيام الأسبوع.';
const PROSE_2 = 'ويأمل السكان أن تصبح المكتبة مكاناً يلتقي فيه الطلاب والباحثون والقراء من كل الأعمار.';

/** The sentences a listener hears from `markup`, with the default rules (or `options`). */
async function heard(markup: string, options: { all?: boolean; skip?: string } = {}): Promise<string[]> {
  const root = await fixture<HTMLElement>(`<div lang="ar">${markup}</div>`);
  return [...indexArticle(root, contentFilter(root, options)).sentenceTexts()];
}

const article = (junk: string) => `<h1>${HEADLINE}</h1><p>${PROSE}</p>${junk}<p>${PROSE_2}</p>`;
const ARTICLE = [HEADLINE, PROSE, PROSE_2];

describe('skip rules', () => {
  it('has one named rule of each kind the issue lists', () => {
    expect(ELEMENT_RULES.map((rule) => rule.name)).to.deep.equal([
      'landmark',
      'listen-service',
      'widget',
      'link-dense',
      'credit',
    ]);
    expect(SENTENCE_RULES.map((rule) => rule.name)).to.deep.equal(['no-letter', 'bare-url', 'date-line', 'credit']);
  });

  describe('landmark', () => {
    for (const junk of [
      '<nav><a href="/">الرئيسية</a> <a href="/n">أخبار</a></nav>',
      '<aside>الأكثر قراءة اليوم في الموقع</aside>',
      '<footer>جميع الحقوق محفوظة للموقع</footer>',
      '<form><label>اترك تعليقاً</label><p>بإرسال التعليق فإنك توافق على شروط النشر في الموقع.</p></form>',
      '<div role="navigation">قائمة الأقسام</div>',
      '<div role="complementary">مواضيع أخرى</div>',
      '<div role="search">ابحث في الموقع</div>',
    ]) {
      it(`drops ${junk.slice(0, 30)}…`, async () => {
        expect(await heard(article(junk))).to.deep.equal(ARTICLE);
      });
    }
    it('keeps an article inside a page-wide form', async () => {
      expect(await heard(`<form>${article('')}</form>`)).to.deep.equal(ARTICLE);
    });
  });

  describe('listen-service', () => {
    it("drops ReadSpeaker's rs_skip and its player, and other services' marks", async () => {
      const junk =
        '<p class="rs_skip">فقرة لا يقرؤها القارئ الآلي.</p><div id="readspeaker_button1" class="rs_skip rsbtn">استمع</div>' +
        '<div data-audio-skip>ملاحظة للمحرر فقط.</div>';
      expect(await heard(article(junk))).to.deep.equal(ARTICLE);
    });
  });

  describe('widget', () => {
    for (const junk of [
      '<div class="post-share"><span>مشاركة</span> <span>Tweet</span> <span>WhatsApp</span></div>',
      '<div class="jeg_share_top_container">شارك الخبر</div>',
      '<div id="comments"><h3>التعليقات</h3><p>لا توجد تعليقات بعد، كن أول من يعلق على الخبر.</p></div>',
      '<div class="poll">هل تزور المكتبة؟ نعم لا</div>',
      '<div class="entry-meta">الإثنين، 3 مارس 2025 09:23 ص</div>',
      '<div class="post-cat"><a href="/c">ثقافة</a></div>',
    ]) {
      it(`drops ${junk.slice(0, 34)}…`, async () => {
        expect(await heard(article(junk))).to.deep.equal(ARTICLE);
      });
    }
    it('matches whole tokens only, and never the article itself', async () => {
      expect(await heard(article('<p class="shared-space">نص الفقرة الثالثة هنا.</p>'))).to.include(
        'نص الفقرة الثالثة هنا.',
      );
      expect(await heard(`<article class="post has-post-share tags">${article('')}</article>`)).to.deep.equal(ARTICLE);
      expect(await heard(`<div class="content-share-enabled">${article('')}</div>`)).to.deep.equal(ARTICLE);
    });
  });

  describe('link-dense', () => {
    it('drops related lists, tag lists and breadcrumbs', async () => {
      const related =
        '<div class="box"><h3>اقرأ أيضاً</h3><ul><li><a href="/1">افتتاح حديقة في الحي الشرقي</a> <span>منذ ساعة</span></li>' +
        '<li><a href="/2">مهرجان للكتاب في الصيف المقبل</a> <span>منذ ساعتين</span></li></ul></div>';
      const tags =
        '<div class="x">الكلمات الدالة : <a href="/t/1">مكتبة</a> <a href="/t/2">ثقافة</a> <a href="/t/3">المدينة</a></div>';
      const crumbs = '<ol><li><a href="/">الرئيسية</a></li><li><a href="/c">ثقافة</a></li></ol>';
      expect(await heard(article(related + tags + crumbs))).to.deep.equal(ARTICLE);
    });
    it('keeps headings, a paragraph of prose among links, and a headline that is a link', async () => {
      const links = [1, 2, 3, 4, 5, 6].map((n) => `<a href="/${n}">خبر آخر من قسم الثقافة والفنون رقم ${n}</a>`);
      const mixed = `<div><p>${PROSE}</p>${links.join(' ')}</div>`;
      expect(await heard(mixed)).to.include(PROSE);
      expect(await heard(`<div><h2><a href="/x">${HEADLINE}</a></h2></div><p>${PROSE}</p>`)).to.deep.equal([
        HEADLINE,
        PROSE,
      ]);
    });
    it('keeps an article that is itself a list of linked items', async () => {
      const items = ['الكتاب الأول', 'الكتاب الثاني', 'الكتاب الثالث'];
      const list = `<ol>${items.map((item, i) => `<li><a href="/${i}">${item}</a></li>`).join('')}</ol>`;
      expect(await heard(list)).to.deep.equal(items);
    });
  });

  describe('credit', () => {
    it('drops photo credits, keeps the caption', async () => {
      const figure =
        '<figure><img alt=""><figcaption>قراء في القاعة الكبرى للمكتبة. <span class="credit">© REUTERS / مصور</span></figcaption></figure>';
      expect(await heard(article(figure))).to.deep.equal([HEADLINE, PROSE, 'قراء في القاعة الكبرى للمكتبة.', PROSE_2]);
      expect(await heard(article('<p>Getty Images</p>'))).to.deep.equal(ARTICLE);
    });
  });

  describe('sentence rules', () => {
    it('drops sentences with no letter and bare links, except in tables', async () => {
      const junk = '<p>--&gt;</p><p>2 1</p><p>https://example.org/news/1</p>';
      expect(await heard(article(junk))).to.deep.equal(ARTICLE);
      expect(await heard('<table><tr><td>2024</td><td>35</td></tr></table>')).to.deep.equal(['2024', '35']);
    });
    it('keeps prose that holds a number or a link', () => {
      expect(sentenceSkip('ارتفع العدد إلى 25 زائراً.', false)).to.equal(null);
      expect(sentenceSkip('الموقع www.example.org مفتوح للجميع.', false)).to.equal(null);
      expect(sentenceSkip('1450', false)).to.equal('no-letter');
      expect(sentenceSkip('© AFP', false)).to.equal('credit');
      expect(sentenceSkip('الإثنين، 24 أغسطس 2020 09:23 ص', false)).to.equal('date-line');
      expect(sentenceSkip('June 14, 2025', false)).to.equal('date-line');
      expect(sentenceSkip('وصل الوفد يوم الإثنين 24 أغسطس.', false)).to.equal(null);
      expect(sentenceSkip('24 أغسطس', true)).to.equal(null);
    });
  });

  describe('site owner controls', () => {
    it('skip adds selectors to the defaults; content=all reads everything as before', async () => {
      const junk = '<div class="related">اقرأ أيضاً</div><nav>الرئيسية</nav><p class="editor-note">إعلان ممول</p>';
      expect(await heard(article(junk), { skip: '.editor-note' })).to.deep.equal(ARTICLE);
      expect(await heard(article(junk), { all: true })).to.deep.equal([
        HEADLINE,
        PROSE,
        'اقرأ أيضاً',
        'الرئيسية',
        'إعلان ممول',
        PROSE_2,
      ]);
    });
    it('never drops the article by a rule, whatever its classes', async () => {
      const root = await fixture<HTMLElement>(`<main class="share"><p>${PROSE}</p></main>`);
      expect(elementSkip(root, { rootLength: 0 })).to.equal(null);
    });
  });
});
