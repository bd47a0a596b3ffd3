// Builds the readers for test/screen-reader/page.html from the query string: first a reader
// whose article language has no voice (#no-voice, Inuktitut), then the Arabic one (#main).
import '/dist/article-reader.js';

const query = new URLSearchParams(location.search);
const ui = query.get('ui') ?? 'en';
document.title = `Reader check ${query.get('n') ?? ''}`.trim();

const ARABIC = [
  'بدأت المدرسة برنامجا جديدا للأطفال.',
  'يزرع كل صف الخضروات في الحديقة.',
  'ويأكل الأطفال ما زرعوه بفخر.',
  'وقال المعلمون إن التجربة نجحت.',
  'وسيستمر البرنامج في العام القادم.',
];
const INUKTITUT = ['Taqqiq nuiqtuq.'];

function addReader(id, lang, sentences) {
  const reader = document.createElement('article-reader');
  reader.id = id;
  reader.setAttribute('ui-lang', ui);
  reader.setAttribute('no-remember', '');
  reader.setAttribute('rate', '1.5');
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
  return reader;
}

addReader('no-voice', 'iu', INUKTITUT);
const reader = addReader('main', 'ar', ARABIC);

// What the main reader put in its status region, and when: the driver checks Orca heard it at
// the designed pace and never heard sentence text from it.
window.announcementLog = [];
window.readerErrors = [];
reader.addEventListener('reader-error', (event) =>
  window.readerErrors.push({ code: event.detail.code, t: Date.now() }),
);
await customElements.whenDefined('article-reader');
await reader.updateComplete;
const region = reader.shadowRoot.querySelector('[role=status]');
new MutationObserver(() => {
  const text = region.textContent.trim();
  if (text) window.announcementLog.push({ text, t: Date.now() });
}).observe(region, { subtree: true, childList: true, characterData: true });
