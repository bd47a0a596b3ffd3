/**
 * Builds a rewritten string together with an offset map back to the string it was
 * rewritten from. Used by normalizeForSpeech: every pass copies unchanged runs 1:1 and
 * emits replacements tied to the source span they stand for.
 */

/** Maps an offset in a rewritten text back to an offset in its source text. */
export type OffsetMap = (offset: number) => number;

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const OPENER = /[(\[{«“"'‹]/u;

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00a0' || /\s/u.test(ch);
}

export class SpokenBuilder {
  private out = '';
  // One entry per segment; segments tile the output without gaps.
  private readonly spokenStart: number[] = [];
  private readonly sourceStart: number[] = [];
  private readonly sourceEnd: number[] = [];
  private readonly identity: boolean[] = [];
  /** A drop or an emitted word happened: whitespace that follows may double up. */
  private collapseNextSpace = false;
  /** The last emit asked for a space before the next word character. */
  private spaceBeforeNextWord = false;
  private lastSourceEnd = 0;

  constructor(private readonly source: string) {}

  /** Copy source[from, to) unchanged (identity mapping). */
  keep(from: number, to: number): void {
    if (to <= from) return;
    if (this.collapseNextSpace && (this.out.length === 0 || isSpace(this.out[this.out.length - 1]))) {
      while (from < to && isSpace(this.source[from])) from++;
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
      const last = this.out.length > 0 ? this.out[this.out.length - 1] : ' ';
      if (!isSpace(last) && !OPENER.test(last) && !isSpace(text[0])) this.pushGap(' ', from);
      this.spaceBeforeNextWord = false;
    } else {
      this.beforeText(text[0], from);
    }
    if (this.collapseNextSpace && isSpace(text[0]) && (this.out.length === 0 || isSpace(this.out[this.out.length - 1]))) {
      text = text.trimStart();
      if (text.length === 0) return;
    }
    this.collapseNextSpace = isSpace(text[text.length - 1]);
    const sameAsSource = to - from === text.length && this.source.startsWith(text, from);
    if (!sameAsSource && isSpace(text[0])) {
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
    const prev = this.out.length > 0 ? this.out[this.out.length - 1] : ' ';
    const next = to < this.source.length ? this.source[to] : ' ';
    if (!isSpace(prev) && !isSpace(next)) this.push(' ', from, to, false);
    this.lastSourceEnd = to;
    this.collapseNextSpace = true;
  }

  private beforeText(first: string, from: number): void {
    if (this.spaceBeforeNextWord && WORD_CHAR.test(first) && !isSpace(this.out[this.out.length - 1] ?? ' ')) {
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
    const n = this.spokenStart.length - 1;
    // Merge contiguous identity runs so long unchanged text stays one segment.
    if (identity && n >= 0 && this.identity[n] && this.sourceEnd[n] === from) {
      this.sourceEnd[n] = to;
    } else {
      this.spokenStart.push(this.out.length);
      this.sourceStart.push(from);
      this.sourceEnd.push(to);
      this.identity.push(identity);
    }
    this.out += text;
    this.lastSourceEnd = Math.max(this.lastSourceEnd, to);
  }

  /** The rewritten text and its map. toSource is monotonic, 0 → 0 and end → source end. */
  finish(): { text: string; toSource: OffsetMap } {
    const text = this.out;
    const total = text.length;
    const sourceLength = this.source.length;
    const count = this.spokenStart.length;
    const spokenStart = Int32Array.from(this.spokenStart);
    const sourceStart = Int32Array.from(this.sourceStart);
    const sourceEnd = Int32Array.from(this.sourceEnd);
    const identity = this.identity.slice();
    // floor[i]: the highest source offset any earlier segment maps to. Replacements may
    // anchor out of order (a date read day-first from a year-first source); clamping to
    // the running maximum keeps the map monotonic.
    const floor = new Int32Array(count);
    let highest = 0;
    for (let i = 0; i < count; i++) {
      floor[i] = highest;
      const len = (i + 1 < count ? spokenStart[i + 1] : total) - spokenStart[i];
      highest = Math.max(highest, valueAt(i, len - 1, len));
    }
    function valueAt(i: number, k: number, len: number): number {
      const span = sourceEnd[i] - sourceStart[i];
      if (identity[i]) return sourceStart[i] + Math.min(k, span);
      return sourceStart[i] + Math.floor((k * span) / len);
    }
    const toSource = (offset: number): number => {
      if (!(offset > 0)) return 0;
      if (offset >= total) return sourceLength;
      let lo = 0;
      let hi = count - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (spokenStart[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      const len = (lo + 1 < count ? spokenStart[lo + 1] : total) - spokenStart[lo];
      return Math.max(floor[lo], valueAt(lo, offset - spokenStart[lo], len));
    };
    return { text, toSource };
  }
}

/** Identity map for text that needed no rewriting. */
export function identityMap(length: number): OffsetMap {
  return offset => (offset > 0 ? Math.min(offset, length) : 0);
}
