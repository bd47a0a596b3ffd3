// The built one-file bundle (dist/article-reader.js, made by `npm run build`) in a page of our own,
// with real speech: keyboard first, sentence by sentence, pause and resume, DOM untouched,
// hidden text never spoken, silent when removed.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { recordUtterances, until } from '../helpers/wait.js';

const VISIBLE = ['هبت ريح باردة على المدينة.', 'أغلق الناس نوافذهم مبكرا.', 'ثم عاد الهدوء.'];
const HIDDEN = 'هذا نص مخفي لا يقرأ.';

interface Reader extends HTMLElement {
  state: string;
  sentenceIndex: number;
  sentences: readonly string[];
}

function highlighted(): string | null {
  const highlight = CSS.highlights.get('article-reader-sentence');
  return highlight && highlight.size > 0 ? ([...highlight][0] as Range).toString().trim() : null;
}

describe('the built bundle with real speech', function () {
  this.timeout(90_000);
  let recording: ReturnType<typeof recordUtterances>;
  const spokenText = () => recording.utterances.map((utterance) => utterance.text).join(' ');

  before(async () => {
    await import(/* @vite-ignore */ `${'/dist/article-reader.js'}`);
    recording = recordUtterances();
  });
  after(() => {
    recording.restore();
    speechSynthesis.cancel();
  });

  it('reads an unseen article keyboard first, pauses and resumes in place, and goes silent when removed', async () => {
    const page = await fixture(html`
      <div>
        <button id="before">before</button>
        <article-reader>
          <article lang="ar">
            <p>${VISIBLE[0]} <span hidden>${HIDDEN}</span>${VISIBLE[1]}</p>
            <aside data-reader-skip>إعلان.</aside>
            <p>${VISIBLE[2]}</p>
          </article>
        </article-reader>
      </div>
    `);
    const reader = page.querySelector('article-reader') as Reader;
    const article = reader.querySelector('article')!;
    const before = article.outerHTML;
    await until(() => reader.sentences.length > 0, 5000, 'indexing');
    expect(reader.sentences).to.deep.equal(VISIBLE);

    // Keyboard first: Tab from the page into the reader lands on play; Enter starts reading.
    (page.querySelector('#before') as HTMLElement).focus();
    await sendKeys({ press: 'Tab' });
    expect(reader.shadowRoot!.activeElement?.getAttribute('part')).to.equal('play');
    const seen: string[] = [];
    reader.addEventListener('reader-sentence', () => seen.push(highlighted() ?? ''));
    await sendKeys({ press: 'Enter' });

    const errors: string[] = [];
    reader.addEventListener('reader-error', (event) => errors.push(event.detail.code));
    const moment = () =>
      `state ${reader.state}, sentence ${reader.sentenceIndex}, errors [${errors.join(' ')}], ` +
      `${speechSynthesis.getVoices().length} voices, speaking ${speechSynthesis.speaking}, ` +
      `pending ${speechSynthesis.pending}; ${recording.events.join(' ')}`;
    await until(() => reader.sentenceIndex === 1 && speechSynthesis.speaking, 30_000, 'the second sentence', moment);
    await sendKeys({ press: ' ' }); // pause (Space: Firefox's BiDi input knows it only as ' ')
    expect(reader.state).to.equal('paused');
    await until(() => !speechSynthesis.speaking, 500, 'silence after pause');
    expect(reader.sentenceIndex).to.equal(1);
    await sendKeys({ press: ' ' }); // resume
    await until(() => speechSynthesis.speaking, 10_000, 'speech to resume');
    expect(reader.sentenceIndex, 'resumed in place').to.equal(1);

    await until(() => reader.sentenceIndex === 2 && speechSynthesis.speaking, 30_000, 'the third sentence');
    reader.remove();
    await until(() => !speechSynthesis.speaking, 500, 'silence after removal');

    expect(seen).to.deep.equal(VISIBLE);
    expect(spokenText()).to.not.contain('مخفي');
    expect(spokenText()).to.not.contain('إعلان');
    expect(article.outerHTML, 'the article DOM is byte-for-byte unchanged').to.equal(before);
  });
});
