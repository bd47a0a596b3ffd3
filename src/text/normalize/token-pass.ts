/**
 * Pass 2 of normalizeForSpeech: token rules (numbers, dates, abbreviations, links...).
 * Every rule scans the text with its own regex; matches become candidates, and the
 * earliest candidate wins (ties go to the rule listed first). Rules see the output of
 * pass 1, so digits are ASCII and tatweel is gone.
 */
import { SpokenBuilder, type OffsetMap } from './spoken-builder.js';
import type { MonthNames } from '../lexicon/months.js';

/** Spoken text standing for source[from, to) (absolute offsets in the pass-1 text). */
export interface Piece {
  readonly text: string;
  readonly from: number;
  readonly to: number;
}

interface Rewrite {
  readonly pieces: readonly Piece[];
  /** Keep the spoken words off neighbouring word characters. */
  readonly spaced?: boolean;
  /** Nothing is said, but the match separated two words (a bullet, an emoji). */
  readonly separator?: boolean;
}

export interface RuleContext {
  readonly text: string;
  readonly months: MonthNames;
}

export interface SpeechRule {
  readonly name: string;
  /** Must have the `g` flag; `d` when the rule reads group offsets. */
  readonly pattern: RegExp;
  /**
   * What the rule cannot match without (no `g` flag): text without it skips the rule's scan.
   * Rules with the same need (most number rules: `/\d/u`) share one test per text.
   */
  readonly needs?: RegExp;
  /**
   * The characters a match can start with (a class of one character, same flags but `g`): a text
   * holding none of them skips the rule's scan. One loop over the text tells it for every rule
   * (rulesThatCanStart): where nothing matches, WebKit's regexp engine took 1–40 ms a megabyte
   * for each rule's scan (docs/text.md, "Where a match can start").
   */
  readonly starts?: RegExp;
  /**
   * Find matches by trying the pattern (sticky) only where `starts` is, instead of letting the
   * regexp engine scan: for patterns WebKit's engine scans slowly, whose `starts` characters are
   * rare or start a match nearly every time (not `\d`: a megabyte of digits would cost a call
   * per digit).
   */
  readonly seek?: boolean;
  /** With `seek`: false where the pattern cannot match at `at` (a cheap test, in code). */
  mayMatchAt?(text: string, at: number): boolean;
  /**
   * What the text before a match must end with (anchored with `$`), tested on the 12 characters
   * before it (endsWithWord): what a look-behind said, read in code. The patterns hold none: WebKit's regexp
   * engine runs one about ten times slower (docs/text.md, "No look-behind"). A refused match is
   * no match: the scan goes on at `skip(text, at)`, by default the next character (the patterns
   * that have one start with a BMP character). `^` is the start of the text.
   */
  readonly after?: RegExp;
  /** Where the scan goes on after `after` refused a match at `at` (no match can start in between). */
  skip?(text: string, at: number): number;
  rewrite(match: RegExpExecArray, context: RuleContext): Rewrite | null;
}

/** Offsets of capture group `group` (requires the `d` flag). */
export function span(match: RegExpExecArray, group: number): [number, number] {
  const s = match.indices?.[group];
  return s ? [s[0], s[1]] : [match.index, match.index];
}

/** The source slice spoken unchanged. */
export function keep(text: string, from: number, to: number): Piece {
  return { text: text.slice(from, to), from, to };
}

/**
 * Pieces saying `spoken` in place of `written` (found at `from`). When both have as many
 * space-separated words (`أ. د.` → الأستاذ الدكتور), each spoken word maps onto its own
 * written word; otherwise the whole replacement maps onto the whole match.
 */
export function wordForWord(spoken: string, written: string, from: number): Piece[] {
  const parts = [...written.matchAll(/\S+/gu)];
  const said = spoken.split(' ');
  if (parts.length < 2 || parts.length !== said.length) return [{ text: spoken, from, to: from + written.length }];
  return said.map((word, i) => ({
    text: i === 0 ? word : ` ${word}`,
    from: from + parts[i].index,
    to: from + parts[i].index + parts[i][0].length,
  }));
}

/** True when `before` (the 12 characters before `at`) ends with one of `words` + spaces. */
export function endsWithWord(text: string, at: number, words: RegExp): boolean {
  return words.test(text.slice(Math.max(0, at - 12), at));
}

interface Candidate {
  start: number;
  end: number;
  rewrite: Rewrite;
}

/** Per list of rules: per code unit, the rules (bit r for rules[r]) whose `starts` holds it. */
interface StartIndex {
  /** The bits of the rules that have `starts`. */
  readonly all: number;
  /** Code units below 0x800 (-1: not seen yet); the others in `sparse`. */
  readonly dense: Int32Array;
  readonly sparse: Map<number, number>;
}
const START_INDEX = new WeakMap<readonly SpeechRule[], StartIndex>();

function startIndex(rules: readonly SpeechRule[]): StartIndex {
  let index = START_INDEX.get(rules);
  if (!index) {
    const all = rules.reduce((bits, rule, r) => (rule.starts && r < 31 ? bits | (1 << r) : bits), 0);
    index = { all, dense: new Int32Array(0x800).fill(-1), sparse: new Map() };
    START_INDEX.set(rules, index);
  }
  return index;
}

function startMask(index: StartIndex, rules: readonly SpeechRule[], c: number): number {
  let mask = c < 0x800 ? index.dense[c] : (index.sparse.get(c) ?? -1);
  if (mask < 0) {
    const ch = String.fromCharCode(c);
    mask = rules.reduce((bits, rule, r) => (r < 31 && rule.starts?.test(ch) ? bits | (1 << r) : bits), 0);
    if (c < 0x800) index.dense[c] = mask;
    else index.sparse.set(c, mask);
  }
  return mask;
}

/** The rules (bits) that may match in `text`: those with a `starts` character in it, and those without `starts`. */
function rulesThatCanStart(text: string, rules: readonly SpeechRule[], index: StartIndex): number {
  let found = 0;
  const dense = index.dense;
  for (let i = 0; i < text.length && found !== index.all; i++) {
    const c = text.charCodeAt(i);
    const mask = c < 0x800 ? dense[c] : -1;
    found |= mask >= 0 ? mask : startMask(index, rules, c);
  }
  return found | ~index.all;
}

const STICKY = new WeakMap<RegExp, RegExp>();

/**
 * What `pattern.exec(text)` returns, for a rule with `seek`: the same positions tried in the same
 * order from `pattern.lastIndex` (the first characters are BMP ones: no surrogate half to skip),
 * only those where the rule's `starts` is; `pattern.lastIndex` is left as exec leaves it.
 */
function seekExec(text: string, r: number, index: StartIndex, rules: readonly SpeechRule[]): RegExpExecArray | null {
  const pattern = rules[r].pattern;
  const bit = 1 << r;
  let sticky = STICKY.get(pattern);
  if (!sticky) STICKY.set(pattern, (sticky = new RegExp(pattern.source, pattern.flags.replace('g', 'y'))));
  for (let i = pattern.lastIndex; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const mask = c < 0x800 ? index.dense[c] : -1;
    if (((mask >= 0 ? mask : startMask(index, rules, c)) & bit) === 0) continue;
    if (rules[r].mayMatchAt?.(text, i) === false) continue;
    sticky.lastIndex = i;
    const m = sticky.exec(text);
    if (m !== null) {
      pattern.lastIndex = sticky.lastIndex;
      return m;
    }
  }
  pattern.lastIndex = 0;
  return null;
}

/** The next match of rules[r], as `pattern.exec(text)` finds it. */
function execRule(text: string, rules: readonly SpeechRule[], r: number, index: StartIndex): RegExpExecArray | null {
  return rules[r].seek && r < 31 ? seekExec(text, r, index, rules) : rules[r].pattern.exec(text);
}

/** The next match of rules[r] with a rewrite, or null when it has no more. */
function nextCandidate(
  text: string,
  rules: readonly SpeechRule[],
  r: number,
  context: RuleContext,
  index: StartIndex,
): Candidate | null {
  const rule = rules[r];
  const pattern = rule.pattern;
  for (let m = execRule(text, rules, r, index); m !== null; m = execRule(text, rules, r, index)) {
    // An empty match, or one that `after` refuses: go on from the next character (or `skip`).
    if (m[0].length === 0 || (rule.after && !endsWithWord(text, m.index, rule.after))) {
      pattern.lastIndex = rule.skip?.(text, m.index) ?? m.index + 1;
      continue;
    }
    const rewrite = rule.rewrite(m, context);
    if (rewrite) return { start: m.index, end: m.index + m[0].length, rewrite };
  }
  return null;
}

/**
 * Every rule scans the whole text on its own; their matches are merged as they come (earliest
 * start first, ties to the rule listed first), so only one pending match per rule is alive:
 * no list of every match to build and sort on long inputs.
 */
export function rewriteTokens(
  text: string,
  rules: readonly SpeechRule[],
  context: RuleContext,
): { text: string; toSource: OffsetMap } | null {
  const found: Record<string, boolean> = {}; // a need (its source: no two differ in flags only) → in the text
  const index = startIndex(rules);
  // More than 31 rules: the bits do not hold them all, every rule scans.
  const canStart = rules.length > 31 ? -1 : rulesThatCanStart(text, rules, index);
  const pending: (Candidate | null)[] = rules.map((rule, r) => {
    if (r < 31 && (canStart & (1 << r)) === 0) return null;
    if (rule.needs && !(found[rule.needs.source] ??= rule.needs.test(text))) return null;
    rule.pattern.lastIndex = 0;
    return nextCandidate(text, rules, r, context, index);
  });
  let b: SpokenBuilder | null = null;
  let copied = 0;
  for (;;) {
    let r = -1;
    for (let k = 0; k < pending.length; k++) {
      const c = pending[k];
      if (c !== null && (r < 0 || c.start < pending[r]!.start)) r = k;
    }
    if (r < 0) break;
    const c = pending[r]!;
    pending[r] = nextCandidate(text, rules, r, context, index);
    if (c.start < copied) continue; // overlaps a match already taken
    b ??= new SpokenBuilder(text);
    b.keep(copied, c.start);
    copied = c.end;
    if (c.rewrite.separator) {
      b.separator(c.start, c.end);
      continue;
    }
    const pieces = c.rewrite.pieces;
    const spaced = c.rewrite.spaced === true;
    let first = 0;
    let last = pieces.length - 1;
    while (first <= last && pieces[first].text.length === 0) first++;
    while (last >= first && pieces[last].text.length === 0) last--;
    if (first > last) b.drop();
    for (let i = first; i <= last; i++) {
      const p = pieces[i];
      if (p.text.length > 0) b.emit(p.text, p.from, p.to, spaced && i === first, spaced && i === last);
    }
  }
  if (b === null) return null;
  b.keep(copied, text.length);
  return b.finish();
}
