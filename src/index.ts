import { ArticleReader } from './article-reader.js';

export { ArticleReader } from './article-reader.js';
export type * from './events.js';
export type { ReaderState, ReaderErrorCode } from './reading/reading-controller.js';
export type { SpeechEngine, Voice, SpeakOptions, UtteranceCallbacks, SpeechErrorCode } from './speech/engine.js';
export { WebSpeechEngine } from './speech/web-speech.js';

// Guarded: a page that loads the element twice (two bundles) keeps the first definition.
if (!customElements.get('article-reader')) {
  customElements.define('article-reader', ArticleReader);
}
