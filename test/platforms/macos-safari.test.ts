import { expect, html } from '@open-wc/testing';
import sinon from 'sinon';
import { THIRD, forgetPreferences } from '../helpers/fixtures.js';
import { MacosSafari } from './macos-safari.js';
import { highlightedWord, readerOn } from './platform-reader.js';

// Safari on macOS: Apple voices send word boundaries, some of them far from the word being said;
// and WebKit's rates above 1 are not linear in speed.

const LONG = 'يقرأ سامي كتابا جديدا في الصباح ثم يمشي إلى السوق القديم '.repeat(3) + 'قبل أن يعود إلى البيت.';
const LONGER = 'تجلس ليلى قرب النافذة مع كوب من الشاي وتكتب رسالة طويلة '.repeat(3) + 'إلى صديقتها في المدينة.';

describe('macOS Safari: word boundaries far from the word', () => {
  afterEach(forgetPreferences);

  it('a boundary far ahead of the voice, or behind the word reached, moves neither the highlight nor the place', async () => {
    const mac = new MacosSafari();
    const reader = await readerOn(
      mac,
      html`<article lang="ar">
        <p>${LONG}</p>
        <p>${THIRD}</p>
      </article>`,
    );
    // The estimate of where the voice can be sees no time pass: the test does not depend on speed.
    const clock = sinon.useFakeTimers({ toFake: ['performance'] });
    try {
      await reader.play();
      mac.start();
      const text = mac.said!.utterance.text;
      mac.boundary(text.indexOf('سامي'));
      expect(highlightedWord()).to.equal('سامي');
      mac.boundary(text.lastIndexOf('البيت')); // readium/speech#64: a charIndex far from the word
      expect(highlightedWord(), 'not the far word').to.equal('سامي');
      mac.boundary(text.indexOf('جديدا'));
      mac.boundary(text.indexOf('كتابا')); // backwards
      expect(highlightedWord()).to.equal('جديدا');
      reader.pause();
      await reader.play();
      expect(mac.said?.text, 'resumes from the word reached').to.match(/^جديدا في الصباح/);
    } finally {
      clock.restore();
    }
  });
});

describe('macOS Safari: pace is not linear in rate', () => {
  afterEach(forgetPreferences);

  it('the pace kept at rate 2 does not cut a sentence said at rate 1', async () => {
    const mac = new MacosSafari();
    const reader = await readerOn(
      mac,
      html`<article lang="ar">
        <p>${LONG}</p>
        <p>${LONGER}</p>
        <p>${THIRD}</p>
      </article>`,
    );
    reader.rate = 2;
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      await reader.play();
      // The first sentence at rate 2, as fast as Apple says it: the adapter learns that pace.
      mac.start();
      clock.tick(mac.millisecondsFor(mac.said!.utterance.text, 2));
      mac.emit(mac.current!, 'end');
      expect(mac.said?.text).to.contain('ليلى');
      // The listener slows down: the same voice at rate 1 takes far more than twice as long.
      reader.rate = 1;
      const utterances = mac.spoken.length;
      mac.start();
      clock.tick(mac.millisecondsFor(mac.said!.utterance.text, 1) - 100);
      expect(mac.spoken.length, 'not cut and said again while the voice speaks').to.equal(utterances);
      mac.emit(mac.current!, 'end');
      expect(mac.said?.text, 'and on to the next sentence').to.contain(THIRD.slice(0, 6));
      expect(reader.state).to.equal('playing');
    } finally {
      clock.restore();
    }
  });
});
