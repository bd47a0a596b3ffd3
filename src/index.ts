// The package's main entry: the element class and its types, and <article-reader> defined (by
// ./define.js, imported for its side effect). For the class without the definition, import
// ./article-reader.js.
import './define.js';

export { ArticleReader } from './article-reader.js';
export type * from './events.js';
export type { ReaderState, ReaderErrorCode } from './reading/state.js';
export type { VoiceCommand } from './text/commands.js';
export type { SpeechEngine, Voice, SpeakOptions, UtteranceCallbacks, SpeechErrorCode } from './speech/engine.js';
export { WebSpeechEngine } from './speech/web-speech.js';
