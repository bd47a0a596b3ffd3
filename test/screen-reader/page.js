// Builds the reader for test/screen-reader/page.html from the query string.
import '/dist/article-reader.js';

const query = new URLSearchParams(location.search);
const ui = query.get('ui') ?? 'en';
const lang = query.get('lang') ?? 'ar';
document.title = `Reader check ${query.get('n') ?? ''}`.trim();

const sentences = lang === 'ar'
  ? ['بدأت المدرسة برنامجا جديدا للأطفال.', 'يزرع كل صف الخضروات في الحديقة.', 'ويأكل الأطفال ما زرعوه بفخر.',
      'وقال المعلمون إن التجربة نجحت.', 'وسيستمر البرنامج في العام القادم.']
  : ['Taqqiq nuiqtuq.', 'Ullumi anuraaqtuq.'];

const reader = document.createElement('article-reader');
reader.setAttribute('ui-lang', ui);
reader.setAttribute('no-remember', '');
reader.setAttribute('rate', query.get('rate') ?? '1.5');
const article = document.createElement('article');
article.lang = lang;
article.dir = lang === 'ar' ? 'rtl' : 'ltr';
for (const sentence of sentences) {
  const p = document.createElement('p');
  p.textContent = sentence;
  article.append(p);
}
reader.append(article);
document.querySelector('main').append(reader);
