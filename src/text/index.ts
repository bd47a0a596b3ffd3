export { segmentSentences, type Span, type SegmentOptions } from './segment/sentences.js';
export { speechChunks } from './chunks.js';
export { wordSpans } from './words.js';
export { SENTENCE_OPENERS, LATIN_LETTER_NAMES } from './lexicon/abbreviations.js';
export {
  NON_FINAL_ABBREVIATIONS,
  FINAL_CAPABLE_ABBREVIATIONS,
  DEFAULT_ABBREVIATIONS,
  withExtraAbbreviations,
  abbreviationKey,
  type AbbreviationTables,
} from './segment/abbreviation-tables.js';
export { SPEECH_TAGS, ATTRIBUTION_CONNECTORS } from './lexicon/speech-tags.js';
export { normalizeForSpeech, type SpokenText, type NormalizeOptions } from './normalize/index.js';
