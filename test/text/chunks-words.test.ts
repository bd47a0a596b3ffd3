import { expect } from '@open-wc/testing';
import { speechChunks, wordSpans, type Span } from '../../src/text/index.js';

const texts = (text: string, spans: Span[]) => spans.map((s) => text.slice(s.start, s.end));
const whole = (text: string): Span => ({ start: 0, end: text.length });

describe('speechChunks', () => {
  it('returns a short sentence as one chunk', () => {
    const text = 'جملة قصيرة.';
    expect(speechChunks(text, whole(text))).to.deep.equal([whole(text)]);
  });

  it('trims the span it is given', () => {
    const text = '   جملة قصيرة.  ';
    expect(texts(text, speechChunks(text, whole(text)))).to.deep.equal(['جملة قصيرة.']);
  });

  it('cuts after an Arabic comma rather than at a later space', () => {
    const text = 'في صباح يوم الجمعة الماضي، خرج الصيادون إلى البحر مبكرين';
    const chunks = texts(text, speechChunks(text, whole(text), 40));
    expect(chunks[0]).to.equal('في صباح يوم الجمعة الماضي،');
    expect(chunks.join(' ')).to.equal(text);
  });

  it('uses ؛ , and : as clause marks too', () => {
    for (const mark of ['؛', ',', ':']) {
      const text = `كانت الرحلة طويلة ومتعبة جدا${mark} لكننا وصلنا أخيرا إلى المدينة`;
      expect(texts(text, speechChunks(text, whole(text), 40))[0]).to.equal(`كانت الرحلة طويلة ومتعبة جدا${mark}`);
    }
  });

  it('does not cut inside a number like 3,5', () => {
    const text = 'ارتفعت الأسعار 3,5 في المئة خلال الشهر الماضي كله';
    for (const c of texts(text, speechChunks(text, whole(text), 20))) expect(c).not.to.match(/^5|3,$/);
  });

  it('falls back to word boundaries without clause marks', () => {
    const text = 'كلمة '.repeat(100).trim();
    const chunks = speechChunks(text, whole(text), 23);
    for (const c of chunks) {
      expect(c.end - c.start).to.be.at.most(23);
      expect(text.slice(c.start, c.end)).to.match(/^(كلمة ?)+$/);
    }
    expect(texts(text, chunks).join(' ')).to.equal(text);
  });

  it('hard-cuts a single long word without splitting a surrogate pair', () => {
    const text = 'ا😀'.repeat(30);
    const chunks = speechChunks(text, whole(text), 10);
    expect(texts(text, chunks).join('')).to.equal(text);
    for (const c of chunks) {
      expect(c.end - c.start).to.be.at.most(10);
      const last = text.charCodeAt(c.end - 1);
      expect(last >= 0xd800 && last <= 0xdbff, 'ends on a high surrogate').to.equal(false);
    }
  });

  it('defaults to 200 UTF-16 units', () => {
    const text = 'سطر طويل من الكلمات '.repeat(40).trim();
    for (const c of speechChunks(text, whole(text))) expect(c.end - c.start).to.be.at.most(200);
  });
});

describe('wordSpans', () => {
  it('keeps diacritics and tatweel inside their word', () => {
    const text = 'كَتَبَ الطّالِبُ درسًا جمـــيلا.';
    expect(texts(text, wordSpans(text))).to.deep.equal(['كَتَبَ', 'الطّالِبُ', 'درسًا', 'جمـــيلا']);
  });

  it('uses the same rules in the fallback without Intl.Segmenter', () => {
    const text = 'كَتَبَ الطّالِبُ درسًا جمـــيلا، and 42 more.';
    expect(texts(text, wordSpans(text, undefined, true))).to.deep.equal([
      'كَتَبَ',
      'الطّالِبُ',
      'درسًا',
      'جمـــيلا',
      'and',
      '42',
      'more',
    ]);
  });

  it('limits words to the given span', () => {
    const text = 'الجملة الأولى. الجملة الثانية هنا.';
    const span = { start: 15, end: text.length };
    expect(texts(text, wordSpans(text, span))).to.deep.equal(['الجملة', 'الثانية', 'هنا']);
  });
});
