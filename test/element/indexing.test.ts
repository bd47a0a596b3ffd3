import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { ArticleReader } from '../../src/article-reader.js';
import { FIRST, SECOND, THIRD, readerWithEngine, readyOf, settle } from '../helpers/fixtures.js';
import { ScriptedEngine } from '../helpers/scripted-engine.js';
import { until } from '../helpers/wait.js';

/** A reader around an article of `paragraphs` two-sentence paragraphs, put on the page now. */
function longArticleReader(paragraphs: number) {
  const engine = new ScriptedEngine();
  const reader = document.createElement('article-reader') as ArticleReader;
  reader.speechEngine = engine;
  const article = document.createElement('article');
  article.lang = 'ar';
  for (let i = 0; i < paragraphs; i++) {
    const paragraph = document.createElement('p');
    paragraph.textContent = `هذه الفقرة رقم ${i} من مقال طويل جدا. وفيها جملة ثانية قصيرة.`;
    article.append(paragraph);
  }
  reader.append(article);
  const ready = oneEvent(reader, 'reader-ready');
  document.body.append(reader);
  return { reader, engine, ready };
}

describe('indexing the article', () => {
  it('finds the sentences of its own content in reading order', async () => {
    const { reader } = await readerWithEngine();
    expect(reader.sentences).to.deep.equal([FIRST, SECOND, THIRD]);
    expect(reader.sentenceIndex).to.equal(-1);
    expect(reader.state).to.equal('idle');
  });

  it('fires reader-ready with the sentence count', async () => {
    const element = document.createElement('article-reader') as ArticleReader;
    element.innerHTML = '<p>جملة أولى. جملة ثانية.</p>';
    const ready = oneEvent(element, 'reader-ready');
    document.body.append(element);
    const event = await ready;
    expect(event.detail.sentenceCount).to.equal(2);
    expect(event.bubbles && event.composed).to.equal(true);
    element.remove();
  });

  it('never reads hidden, skipped, script, style or template content', async () => {
    const { reader } = await readerWithEngine(html`
      <article lang="ar">
        <p>نص ظاهر أول. <span hidden>نص مخفي بالسمة.</span></p>
        <p style="display:none">فقرة غير معروضة.</p>
        <p aria-hidden="true">فقرة مخفية عن القارئ.</p>
        <p data-reader-skip>إعلان لا يقرأ.</p>
        <p style="visibility:hidden">فقرة غير مرئية.</p>
        <script>
          var x = 'كود';
        </script>
        <style>
          p {
            color: black;
          }
        </style>
        <template><p>قالب لا يقرأ.</p></template>
        <p>نص ظاهر أخير.</p>
      </article>
    `);
    expect(reader.sentences).to.deep.equal(['نص ظاهر أول.', 'نص ظاهر أخير.']);
  });

  it('never lets a sentence cross a block: heading, list item, cell, quotation', async () => {
    const { reader } = await readerWithEngine(html`
      <article lang="ar">
        <h2>عنوان بلا نقطة</h2>
        <p>فقرة بلا نقطة أيضا</p>
        <ul>
          <li>بند أول</li>
          <li>بند ثان</li>
        </ul>
        <table>
          <tr>
            <td>خلية</td>
            <td>أخرى</td>
          </tr>
        </table>
        <blockquote>اقتباس قصير</blockquote>
      </article>
    `);
    expect(reader.sentences).to.deep.equal([
      'عنوان بلا نقطة',
      'فقرة بلا نقطة أيضا',
      'بند أول',
      'بند ثان',
      'خلية',
      'أخرى',
      'اقتباس قصير',
    ]);
  });

  it('keeps a link inside the sentence it belongs to', async () => {
    const { reader } = await readerWithEngine(html`
      <article lang="ar">
        <p>زر <a href="#x">موقعنا</a> لمزيد من التفاصيل. ثم عد إلينا.</p>
      </article>
    `);
    expect(reader.sentences).to.deep.equal(['زر موقعنا لمزيد من التفاصيل.', 'ثم عد إلينا.']);
  });

  it('reads the article named by `for` when it is elsewhere on the page', async () => {
    const engine = new ScriptedEngine();
    const wrapper = await fixture(html`
      <div>
        <article-reader for="story-elsewhere" .speechEngine=${engine}></article-reader>
        <article id="story-elsewhere" lang="ar"><p>${FIRST}</p></article>
      </div>
    `);
    const reader = wrapper.querySelector('article-reader')!;
    await readyOf(reader);
    expect(reader.sentences).to.deep.equal([FIRST]);
  });

  it('re-indexes when the article text changes', async () => {
    const { reader } = await readerWithEngine();
    const ready = oneEvent(reader, 'reader-ready');
    const paragraph = document.createElement('p');
    paragraph.textContent = 'فقرة أضيفت لاحقا.';
    reader.querySelector('article')!.append(paragraph);
    const event = await ready;
    expect(event.detail.sentenceCount).to.equal(4);
    expect(reader.sentences[3]).to.equal('فقرة أضيفت لاحقا.');
  });

  it('switches articles cleanly when `for` changes', async () => {
    const engine = new ScriptedEngine();
    const wrapper = await fixture(html`
      <div>
        <article-reader for="first-story" .speechEngine=${engine}></article-reader>
        <article id="first-story"><p>${FIRST}</p></article>
        <article id="second-story"><p>${SECOND} ${THIRD}</p></article>
      </div>
    `);
    const reader = wrapper.querySelector('article-reader')!;
    await readyOf(reader);
    const ready = oneEvent(reader, 'reader-ready');
    reader.for = 'second-story';
    await ready;
    expect(reader.sentences).to.deep.equal([SECOND, THIRD]);
  });

  it('says clearly when the article named by `for` does not exist', async () => {
    const engine = new ScriptedEngine();
    const reader = await fixture<ArticleReader>(
      html`<article-reader for="no-such-article" .speechEngine=${engine}></article-reader>`,
    );
    await settle(reader);
    const error = oneEvent(reader, 'reader-error');
    await reader.play();
    expect((await error).detail.code).to.equal('no-article');
    await reader.updateComplete;
    expect(reader.shadowRoot!.querySelector('[part="status"]')!.textContent).to.contain('not found');
    expect(reader.state).to.equal('idle');
  });

  it('says clearly when the article has nothing to read', async () => {
    const engine = new ScriptedEngine();
    const reader = await fixture<ArticleReader>(
      html`<article-reader .speechEngine=${engine}
        ><article><p hidden>مخفي.</p></article></article-reader
      >`,
    );
    await settle(reader);
    expect(reader.sentences).to.deep.equal([]);
    const error = oneEvent(reader, 'reader-error');
    await reader.play();
    expect((await error).detail.code).to.equal('empty');
    expect(engine.spoken).to.have.length(0);
  });

  it('reads an article with no punctuation at all, in utterances of a sane length', async () => {
    const words = Array.from({ length: 400 }, (_, i) => `كلمة${i % 10}`).join(' ');
    const { reader, engine } = await readerWithEngine(html`<article lang="ar"><p>${words}</p></article>`);
    expect(reader.sentences).to.have.length(1);
    await reader.play();
    const utterances: string[] = [];
    while (reader.state === 'playing') {
      utterances.push(engine.speaking!.text);
      engine.finish();
    }
    expect(utterances.length).to.be.greaterThan(5);
    for (const utterance of utterances) expect(utterance.length).to.be.at.most(200);
    expect(utterances.join(' ')).to.equal(words);
  });

  it('indexes a huge article (3,000 paragraphs) and reads from anywhere in it', async () => {
    const { reader, engine, ready } = longArticleReader(3000);
    expect((await ready).detail.sentenceCount).to.equal(6000);
    await reader.readFrom(5999);
    expect(engine.speaking!.text).to.equal('وفيها جملة ثانية قصيرة.');
    reader.remove();
  });
});

describe('indexing a long article', () => {
  it('starts reading at once when play is pressed before indexing has finished, then reports every sentence', async () => {
    const { reader, engine, ready } = longArticleReader(6000);
    try {
      await reader.play();
      const indexedAtPlay = reader.sentences.length;
      expect(indexedAtPlay, 'part of the article is readable at once').to.be.greaterThan(0);
      expect(indexedAtPlay, 'not all of it yet').to.be.lessThan(12000);
      expect(engine.speaking!.text).to.equal('هذه الفقرة رقم 0 من مقال طويل جدا.');
      expect((await ready).detail.sentenceCount).to.equal(12000);
      expect(reader.state).to.equal('playing');
      expect(reader.sentenceIndex, 'the place is kept').to.equal(0);
    } finally {
      reader.remove();
    }
  });
});

describe('indexing a page that keeps changing', () => {
  it('finishes the first index of a long article while paragraphs keep arriving, then counts them all', async () => {
    const { reader, ready } = longArticleReader(6000);
    const article = reader.querySelector('article')!;
    let added = 0;
    const ticker = setInterval(() => {
      const paragraph = document.createElement('p');
      paragraph.textContent = 'خبر عاجل يضاف الآن.';
      article.append(paragraph);
      added++;
    }, 1);
    try {
      expect((await ready).detail.sentenceCount, 'ready, edits and all').to.be.at.least(12000);
    } finally {
      clearInterval(ticker);
    }
    await until(() => reader.sentences.length === 12000 + added, 5000, 'the last edits to be taken in');
    reader.remove();
  });
});
