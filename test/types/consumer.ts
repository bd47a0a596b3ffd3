// A consumer's view of the package, type-checked by `npm run typecheck:consumer` against the
// built declarations in lib/, reached through package.json "exports" (the package imports itself
// by name), once with moduleResolution "bundler" and once with "node16". Never run: types only.
import { ArticleReader, WebSpeechEngine } from 'article-reader';
import type {
  ArticleReaderEventMap,
  ReaderCommandDetail,
  ReaderErrorDetail,
  ReaderSentenceDetail,
  ReaderState,
  SpeechEngine,
} from 'article-reader';
import { segmentSentences, speechChunks, wordSpans, type Span } from 'article-reader/sentences';
import { ArticleReader as BundledArticleReader } from 'article-reader/article-reader.js';

// The tag name maps to the class (HTMLElementTagNameMap).
const reader: ArticleReader = document.createElement('article-reader');
const found: ArticleReader | null = document.querySelector('article-reader');
const bundled: BundledArticleReader = reader;

// Properties set before the element is attached.
reader.for = 'story';
reader.rate = 1.25;
reader.voice = null;
reader.uiLang = 'ar';
reader.shortcuts = 'page';
reader.noAutoscroll = true;
reader.voiceCommands = 'local';
reader.voiceCommands = null;
reader.speechEngine = new WebSpeechEngine() satisfies SpeechEngine;

// Read-only state and methods.
const state: ReaderState = reader.state;
const index: number = reader.sentenceIndex;
const texts: readonly string[] = reader.sentences;
const started: Promise<void> = reader.play();
reader.pause();
reader.stop();
reader.next();
reader.previous();
void reader.readFrom(0);

// Typed events (HTMLElementEventMap): no casts.
reader.addEventListener('reader-sentence', (e) => {
  const i: number = e.detail.index;
  const text: string = e.detail.text;
  const detail: ReaderSentenceDetail = e.detail;
  void [i, text, detail];
});
reader.addEventListener('reader-ready', (e) => e.detail.sentenceCount.toFixed());
reader.addEventListener('reader-statechange', (e) => {
  const s: ReaderState = e.detail.state;
  void s;
});
reader.addEventListener('reader-ratechange', (e) => e.detail.rate.toFixed(2));
reader.addEventListener('reader-error', (e) => {
  const detail: ReaderErrorDetail = e.detail;
  if (detail.code === 'no-voice') console.log(detail.message);
});
reader.addEventListener('reader-command', (e) => {
  const detail: ReaderCommandDetail = e.detail;
  if (detail.command === 'next') console.log(detail.transcript);
});
// Also on any element (the events bubble and are composed) and on document.body.
document.body.addEventListener('reader-sentence', (e) => e.detail.text.length);
type SentenceEvent = ArticleReaderEventMap['reader-sentence'];
const handler = (e: SentenceEvent) => e.detail.index;
reader.addEventListener('reader-sentence', handler);

// Wrong uses must not type-check.
// @ts-expect-error: detail.index is a number
reader.addEventListener('reader-sentence', (e) => e.detail.index.toUpperCase());
// @ts-expect-error: shortcuts is 'reader' | 'page'
reader.shortcuts = 'everywhere';
// @ts-expect-error: voiceCommands is '' | 'local' | null
reader.voiceCommands = 'cloud';
// @ts-expect-error: rate is a number
reader.rate = '1.5';

// The DOM-free text tools.
const spans: Span[] = segmentSentences('جملة أولى. جملة ثانية.');
const text = 'جملة أولى. جملة ثانية.';
const chunks: Span[] = speechChunks(text, spans[0]!, 200);
const words = wordSpans('كلمة كلمة');

export { bundled, found, state, index, texts, started, spans, chunks, words };
