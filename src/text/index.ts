export { segmentSentences, type Span, type SegmentOptions } from './segment/sentences.js';
export { speechChunks } from './chunks.js';
export { wordSpans } from './words.js';
export {
  NON_FINAL_ABBREVIATIONS,
  SENTENCE_OPENERS,
  FINAL_CAPABLE_ABBREVIATIONS,
  LATIN_LETTER_NAMES,
  DEFAULT_ABBREVIATIONS,
  withExtraAbbreviations,
  abbreviationKey,
  type AbbreviationTables,
} from './lexicon/abbreviations.js';
export { SPEECH_TAGS, ATTRIBUTION_CONNECTORS } from './lexicon/speech-tags.js';
export { normalizeForSpeech, type SpokenText, type NormalizeOptions } from './normalize/index.js';
