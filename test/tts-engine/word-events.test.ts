// Real `boundary` events in a real Chromium: a test-only chrome.ttsEngine extension
// (test/tts-engine-extension/) provides an Arabic voice that reports each word as it "speaks".
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { ArticleReader } from '../../src/article-reader.js';
import { WORD_HIGHLIGHT } from '../../src/dom/highlighter.js';
import { forgetPreferences, part, readyOf } from '../helpers/fixtures.js';
import { recordUtterances, until } from '../helpers/wait.js';

const SENTENCE = 'تعلمت الطفلة ركوب الدراجة في يوم واحد فقط.';
const WORDS = ['تعلمت', 'الطفلة', 'ركوب', 'الدراجة', 'في', 'يوم', 'واحد', 'فقط'];
const TEST_VOICE = 'Test Arabic with words';

function highlightedWord(): string | null {
  const highlight = CSS.highlights.get(WORD_HIGHLIGHT);
  return highlight && highlight.size > 0 ? ([...highlight][0] as Range).toString() : null;
}

async function reader(): Promise<ArticleReader> {
  forgetPreferences();
  const element = await fixture<ArticleReader>(
    html`<article-reader voice=${TEST_VOICE}
      ><article lang="ar"><p>${SENTENCE}</p></article></article-reader
    >`,
  );
  await readyOf(element);
  return element;
}

describe('word boundary events from a real Chromium voice', function () {
  this.timeout(30_000);
  afterEach(() => speechSynthesis.cancel());

  it('highlights every word as the voice reports it, in reading order', async () => {
    const element = await reader();
    const seen: string[] = [];
    part(element, 'play').focus();
    await sendKeys({ press: 'Enter' });
    await until(
      () => {
        const word = highlightedWord();
        if (word && seen[seen.length - 1] !== word) seen.push(word);
        return element.state === 'ended';
      },
      20_000,
      'the end of the sentence',
    );
    expect(seen).to.deep.equal(WORDS);
  });

  it('resumes from the word where it was paused', async () => {
    const element = await reader();
    const recording = recordUtterances();
    const spoken = recording.utterances;
    try {
      part(element, 'play').focus();
      await sendKeys({ press: 'Enter' });
      await until(() => highlightedWord() === 'الدراجة', 20_000, 'the fourth word');
      await sendKeys({ press: ' ' }); // Space
      expect(element.state).to.equal('paused');
      await sendKeys({ press: ' ' });
      await until(() => spoken.length === 2, 5_000, 'the resumed utterance');
      expect(spoken[1]!.text).to.equal(SENTENCE.slice(SENTENCE.indexOf('الدراجة')));
      await until(() => element.state === 'ended', 20_000, 'the end');
    } finally {
      recording.restore();
    }
  });
});
