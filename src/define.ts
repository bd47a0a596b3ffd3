import { ArticleReader } from './article-reader.js';

// The one module (with index.ts, which imports it) that has a side effect: it registers
// <article-reader>. `article-reader.js` itself only declares the class.
// Guarded: a page that loads the element twice (two bundles) keeps the first definition.
if (!customElements.get('article-reader')) {
  customElements.define('article-reader', ArticleReader);
}
