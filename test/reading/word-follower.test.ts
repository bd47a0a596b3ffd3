import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { WordFollower } from '../../src/reading/word-follower.js';
import { wordSpans } from '../../src/text/index.js';
import type { WordCue } from '../../src/reading/word-follower.js';

/** Cues for text spoken exactly as written. */
const cues = (text: string): WordCue[] => wordSpans(text).map((word) => ({ word, spokenAt: word.start }));

const TEXT = 'كلمة أولى ثم كلمة ثانية';

describe('WordFollower', () => {
  it('moves the estimated word at the pace it is given', () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      const at = (pace: number, ms: number): string[] => {
        const shown: string[] = [];
        const follower = new WordFollower((word) => shown.push(word ? TEXT.slice(word.start, word.end) : '-'));
        follower.prepare(cues(TEXT), pace, 'v');
        follower.started(performance.now());
        clock.tick(ms);
        follower.stop();
        return shown;
      };
      // «ثم» begins at unit 10: one second in at 10 units a second, half a second at 20.
      expect(at(10, 900)).to.deep.equal(['كلمة', 'أولى']);
      expect(at(10, 1100)).to.deep.equal(['كلمة', 'أولى', 'ثم']);
      expect(at(20, 550)).to.deep.equal(['كلمة', 'أولى', 'ثم']);
    } finally {
      clock.restore();
    }
  });

  it('stops estimating once the voice shows it sends real word events', () => {
    const shown: string[] = [];
    const follower = new WordFollower((word) => shown.push(word ? TEXT.slice(word.start, word.end) : '-'));
    const words = cues(TEXT);
    follower.prepare(words, 12, 'v');
    follower.started();
    follower.boundary(TEXT.indexOf('ثم'));
    follower.ended();
    follower.prepare(words, 12, 'v');
    follower.started();
    // The next utterance shows nothing until a real boundary arrives.
    expect(shown).to.deep.equal(['كلمة', 'ثم']);
    follower.stop();
  });
});
