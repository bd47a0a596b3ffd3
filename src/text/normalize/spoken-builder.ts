/**
 * Builds a rewritten string together with an offset map back to the string it was
 * rewritten from. Used by normalizeForSpeech: every pass copies unchanged runs 1:1 and
 * emits replacements tied to the source span they stand for.
 */

/** Maps an offset in a rewritten text back to an offset in its source text. */
export type OffsetMap = (offset: number) => number;

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

// Character tests on code units with fast paths for ASCII and the Arabic block (no regex call,
// no one-character strings): the builder asks them for every segment, a million times on a
// megabyte of `5%`.
function isSpace(c: number): boolean {
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0) return true;
  return c > 0xa0 && (c < 0x600 || c > 0x6ff) && /\s/u.test(String.fromCharCode(c));
}

function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  if (c >= 0x621 && c <= 0x64a) return true;
  return WORD_CHAR.test(String.fromCharCode(c));
}

/** ( [ { « “ " ' ‹ */
function isOpener(c: number): boolean {
  return (
    c === 0x28 || c === 0x5b || c === 0x7b || c === 0xab || c === 0x201c || c === 0x22 || c === 0x27 || c === 0x2039
  );
}

const SPACE = 0x20;

export class SpokenBuilder {
  // Output as parts joined once in finish(): reading the last character of a growing
  // concatenated string flattens it every time, which made long inputs quadratic.
  private readonly parts: string[] = [];
  private length = 0;
  /** Code unit of the last character written (a space before any). */
  private last = SPACE;
  // Segments tile the output without gaps: spoken start, source start, source end, identity
  // (0/1), four slots each in one growable typed array (long inputs have a million of them).
  private segments = new Int32Array(64);
  private count = 0;
  /** A drop or an emitted word happened: whitespace that follows may double up. */
  private collapseNextSpace = false;
  /** The last emit asked for a space before the next word character. */
  private spaceBeforeNextWord = false;
  private lastSourceEnd = 0;

  constructor(private readonly source: string) {}

  /** Copy source[from, to) unchanged (identity mapping). */
  keep(from: number, to: number): void {
    if (to <= from) return;
    if (this.collapseNextSpace && isSpace(this.last)) {
      while (from < to && isSpace(this.source.charCodeAt(from))) from++;
      if (from >= to) return;
    }
    this.beforeText(this.source[from], from);
    this.collapseNextSpace = false;
    this.push(this.source.slice(from, to), from, to, true);
  }

  /**
   * Emit `text` in place of source[from, to). spaceBefore/spaceAfter keep the text apart
   * from neighbouring word characters by one space (inserted words must not glue on).
   */
  emit(text: string, from: number, to: number, spaceBefore = false, spaceAfter = false): void {
    if (text.length === 0) {
      this.drop();
      return;
    }
    if (spaceBefore) {
      if (!isSpace(this.last) && !isOpener(this.last) && !isSpace(text.charCodeAt(0))) this.pushGap(' ', from);
      this.spaceBeforeNextWord = false;
    } else {
      this.beforeText(text[0], from);
    }
    if (this.collapseNextSpace && isSpace(text.charCodeAt(0)) && isSpace(this.last)) {
      text = text.trimStart();
      if (text.length === 0) return;
    }
    this.collapseNextSpace = isSpace(text.charCodeAt(text.length - 1));
    const sameAsSource = to - from === text.length && this.source.startsWith(text, from);
    if (!sameAsSource && isSpace(text.charCodeAt(0))) {
      // A space that opens a replacement separates it from the word before: it belongs
      // between the two source words, not inside the replaced one.
      const words = text.trimStart();
      this.pushGap(text.slice(0, text.length - words.length), from);
      text = words;
      if (text.length === 0) return;
    }
    this.push(text, from, to, sameAsSource);
    if (spaceAfter) this.spaceBeforeNextWord = true;
  }

  /** Source text vanishes; whitespace that then doubles up is collapsed. */
  drop(): void {
    this.collapseNextSpace = true;
  }

  /** Drop something that separated two words: a space stands in for it if needed. */
  separator(from: number, to: number): void {
    const prev = this.last;
    const next = to < this.source.length ? this.source.charCodeAt(to) : SPACE;
    if (!isSpace(prev) && !isSpace(next)) this.push(' ', from, to, false);
    this.lastSourceEnd = to;
    this.collapseNextSpace = true;
  }

  private beforeText(first: string, from: number): void {
    if (this.spaceBeforeNextWord && isWordChar(first.charCodeAt(0)) && !isSpace(this.last)) {
      this.pushGap(' ', from);
    }
    this.spaceBeforeNextWord = false;
  }

  /**
   * Whitespace we insert between words maps to where the previous source word ended, or to
   * where the next one starts when a replacement reads its pieces out of source order.
   */
  private pushGap(space: string, nextFrom: number): void {
    const at = Math.min(this.lastSourceEnd, nextFrom);
    this.push(space, at, at, false);
  }

  private push(text: string, from: number, to: number, identity: boolean): void {
    const seg = this.segments;
    const n = (this.count - 1) * 4;
    // Merge contiguous identity runs so long unchanged text stays one segment.
    if (identity && n >= 0 && seg[n + 3] === 1 && seg[n + 2] === from) {
      seg[n + 2] = to;
    } else {
      if ((this.count + 1) * 4 > seg.length) {
        this.segments = new Int32Array(seg.length * 2);
        this.segments.set(seg);
      }
      const at = this.count++ * 4;
      this.segments[at] = this.length;
      this.segments[at + 1] = from;
      this.segments[at + 2] = to;
      this.segments[at + 3] = identity ? 1 : 0;
    }
    this.parts.push(text);
    this.length += text.length;
    this.last = text.charCodeAt(text.length - 1);
    if (to > this.lastSourceEnd) this.lastSourceEnd = to;
  }

  /**
   * The rewritten text and its map. toSource is monotonic, 0 → 0 and end → source end (when
   * nothing is left to say, 0 is also the end, and the end wins).
   */
  finish(): { text: string; toSource: OffsetMap } {
    const text = this.parts.join('');
    const total = text.length;
    const sourceLength = this.source.length;
    const count = this.count;
    const seg = this.segments;
    const spokenStart = (i: number) => seg[i * 4];
    const segmentLength = (i: number) => (i + 1 < count ? seg[i * 4 + 4] : total) - seg[i * 4];
    function valueAt(i: number, k: number, len: number): number {
      const from = seg[i * 4 + 1];
      const span = seg[i * 4 + 2] - from;
      if (seg[i * 4 + 3] === 1) return from + Math.min(k, span);
      return from + Math.floor((k * span) / len);
    }
    // floor[i]: the highest source offset any earlier segment maps to. Replacements may
    // anchor out of order (a date read day-first from a year-first source); clamping to
    // the running maximum keeps the map monotonic.
    const floor = new Int32Array(count);
    let highest = 0;
    for (let i = 0; i < count; i++) {
      floor[i] = highest;
      const len = (i + 1 < count ? seg[i * 4 + 4] : total) - seg[i * 4];
      const from = seg[i * 4 + 1];
      const span = seg[i * 4 + 2] - from;
      // valueAt(i, len - 1, len), inlined: this loop runs once per segment.
      const last = seg[i * 4 + 3] === 1 ? from + Math.min(len - 1, span) : from + Math.floor(((len - 1) * span) / len);
      if (last > highest) highest = last;
    }
    const toSource = (offset: number): number => {
      if (offset >= total) return sourceLength;
      if (!(offset > 0)) return 0;
      let lo = 0;
      let hi = count - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (spokenStart(mid) <= offset) lo = mid;
        else hi = mid - 1;
      }
      return Math.max(floor[lo], valueAt(lo, offset - spokenStart(lo), segmentLength(lo)));
    };
    return { text, toSource };
  }
}

/** Identity map for text that needed no rewriting. */
export function identityMap(length: number): OffsetMap {
  return (offset) => (offset > 0 ? Math.min(offset, length) : 0);
}
