import { expect } from '@open-wc/testing';
import { WordFollower } from '../../src/reading/word-follower.js';
import { wordSpans } from '../../src/text/index.js';
import type { WordCue } from '../../src/reading/word-follower.js';

/** Cues for text spoken exactly as written. */
const cues = (text: string): WordCue[] => wordSpans(text).map((word) => ({ word, spokenAt: word.start }));

const TEXT = 'كلمة أولى ثم كلمة ثانية';

describe('WordFollower', () => {
  it('learns a voice speed from each utterance it hears end', () => {
    const follower = new WordFollower(() => {});
    const words = cues(TEXT);
    const before = follower.unitsPerSecond('v');
    follower.prepare(words, TEXT.length, 1, 'v');
    follower.started(1000);
    // The whole text took 1 s: much faster than the default guess.
    follower.ended(2000);
    const after = follower.unitsPerSecond('v');
    expect(after).to.be.greaterThan(before);
    expect(after).to.be.lessThan(TEXT.length + 0.001);
    expect(follower.unitsPerSecond('other voice')).to.equal(before);
  });

  it('measures speed at rate 1 whatever rate the utterance used', () => {
    const atRate2 = new WordFollower(() => {});
    const atRate1 = new WordFollower(() => {});
    const words = cues(TEXT);
    atRate2.prepare(words, TEXT.length, 2, 'v');
    atRate2.started(0);
    atRate2.ended(1000);
    atRate1.prepare(words, TEXT.length, 1, 'v');
    atRate1.started(0);
    atRate1.ended(2000);
    expect(atRate2.unitsPerSecond('v')).to.be.closeTo(atRate1.unitsPerSecond('v'), 0.001);
  });

  it('stops estimating once the voice shows it sends real word events', () => {
    const shown: string[] = [];
    const follower = new WordFollower((word) => shown.push(word ? TEXT.slice(word.start, word.end) : '-'));
    const words = cues(TEXT);
    follower.prepare(words, TEXT.length, 1, 'v');
    follower.started();
    follower.boundary(TEXT.indexOf('ثم'));
    follower.ended();
    follower.prepare(words, TEXT.length, 1, 'v');
    follower.started();
    // The next utterance shows nothing until a real boundary arrives.
    expect(shown).to.deep.equal(['كلمة', 'ثم']);
    follower.stop();
  });
});
