import { expect } from '@open-wc/testing';
import { normalizeForSpeech } from '../../src/text/normalize/index.js';

/** Whitespace-separated words of `text` as [start, end) spans (U+FEFF joins, it is no space). */
function words(text: string): Array<[number, number]> {
  return [...text.matchAll(/(?:\S|\uFEFF)+/gu)].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * Every spoken word lands on the original word it came from: its last character maps inside
 * one original word, its start (but at offset 0, which maps to 0 by contract) inside the same
 * word, its end no further than that word's end; an unchanged word's characters map onto
 * its exact span.
 */
export function expectWordsLand(input: string): void {
  const spoken = normalizeForSpeech(input);
  const source = words(input);
  for (const [a, b] of words(spoken.text)) {
    const word = spoken.text.slice(a, b);
    const last = spoken.toSource(b - 1);
    const home = source.find(([s, e]) => last >= s && last < e);
    expect(home, `"${word}" (last char → ${last}) lands in no original word`).to.exist;
    const [s, e] = home!;
    const start = spoken.toSource(a);
    const end = spoken.toSource(b);
    if (a > 0) expect(start, `start of "${word}"`).to.be.within(s, e - 1);
    if (b < spoken.text.length) expect(end, `end of "${word}"`).to.be.at.most(e);
    if (input.slice(s, e) === word && a > 0) expect([start, last + 1], `"${word}" unchanged`).to.deep.equal([s, e]);
  }
}
