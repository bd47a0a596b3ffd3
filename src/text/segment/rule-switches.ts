/**
 * On/off switches for the segmenter's heuristics, passed down to boundary-rules.ts. They exist
 * so bench/crossval.mjs can measure what each heuristic does on documents it was not written
 * on (`segmentSentences(text, { rules: { initials: false } })`); the reader never changes them.
 */
export const DEFAULT_RULES = Object.freeze({
  /** `"…؟" تساءل الوزير`: a speech tag after a quoted ! or ؟ keeps the sentence open. */
  speechTagAfterQuote: true,
  /** `"…؟" أجاب الوزير`: after a quoted question a reply verb opens a new sentence. */
  replyAfterQuestion: true,
  /** `"…؟" قال المدير إن…`: a speech verb with its own إنّ/أنّ clause opens a new sentence. */
  reportedClauseAfterQuote: true,
  /** `"…." حسبما أفاد`: an attribution connector after a quoted full stop keeps it open. */
  attributionAfterQuote: true,
  /** `… النجاح. “⏎`: a closing `“` typed after a space stays with its sentence. */
  detachedCloser: true,
  /** `انتهى الدرس.بدأ`: a terminator glued between two Arabic words ends a sentence. */
  gluedEnd: true,
  /** `Yahoo! is`: a Latin `!` inside a lower-case clause does not end it. */
  latinExclamation: true,
  /** `كريس ف. نيكولسون`: a lone letter before a word of its own script is an initial. */
  initials: true,
  /** `دي آر. بوبو`: one or two spelled-out Latin letter names are initials. */
  letterNameInitials: true,
  /** `1. افتح`: a number opening a line is a list marker. */
  listMarkers: true,
});

type RuleSwitch = keyof typeof DEFAULT_RULES;
export type RuleSwitches = Readonly<Record<RuleSwitch, boolean>>;
