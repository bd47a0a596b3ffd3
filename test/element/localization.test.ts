import { expect, fixture, html } from '@open-wc/testing';
import type { ArticleReader } from '../../src/article-reader.js';
import * as arCatalogue from '../../src/generated/locales/ar.js';
import * as frCatalogue from '../../src/generated/locales/fr.js';
import { errorMessage } from '../../src/messages.js';
import type { ReaderErrorCode } from '../../src/reading/state.js';
import { part, readerWithEngine, settle } from '../helpers/fixtures.js';
import { englishVoice } from '../helpers/scripted-engine.js';

const ERROR_CODES: ReaderErrorCode[] = [
  'unsupported',
  'no-voice',
  'synthesis-failed',
  'not-allowed',
  'no-article',
  'empty',
];

/** Every label a user can see or hear in the controls. */
function labels(reader: ArticleReader): Record<string, string> {
  const root = reader.shadowRoot!;
  const byPart = (name: string) => part(reader, name);
  return {
    toolbar: root.querySelector('[role="toolbar"]')!.getAttribute('aria-label')!,
    play: byPart('play').getAttribute('aria-label')!,
    stop: byPart('stop').getAttribute('aria-label')!,
    previous: byPart('previous').getAttribute('aria-label')!,
    next: byPart('next').getAttribute('aria-label')!,
    speed: root.querySelector('.rate > span')!.textContent!.trim(),
    speedValue: byPart('rate').getAttribute('aria-valuetext')!,
  };
}

async function inLanguage(reader: ArticleReader, uiLang: string): Promise<void> {
  reader.uiLang = uiLang;
  await settle(reader);
  await settle(reader);
}

describe('interface language', () => {
  let reader: ArticleReader;
  afterEach(async () => {
    if (reader) await inLanguage(reader, 'en');
    document.documentElement.removeAttribute('lang');
  });

  it('labels the controls of an Arabic article in English on an English page', async () => {
    document.documentElement.lang = 'en';
    ({ reader } = await readerWithEngine());
    await settle(reader);
    expect(labels(reader)).to.deep.equal({
      toolbar: 'Article reader',
      play: 'Play',
      stop: 'Stop',
      previous: 'Previous sentence',
      next: 'Next sentence',
      speed: 'Speed',
      speedValue: '1×',
    });
    expect(part(reader, 'controls').getAttribute('dir')).to.equal('ltr');
  });

  it('labels them in Arabic on an Arabic page, right to left, with mirrored previous/next icons', async () => {
    document.documentElement.lang = 'ar';
    ({ reader } = await readerWithEngine());
    await settle(reader);
    await settle(reader);
    expect(labels(reader)).to.deep.equal({
      toolbar: 'قارئ المقال',
      play: 'تشغيل',
      stop: 'إيقاف',
      previous: 'الجملة السابقة',
      next: 'الجملة التالية',
      speed: 'السرعة',
      speedValue: '١×',
    });
    const controls = part(reader, 'controls');
    expect(controls.getAttribute('dir')).to.equal('rtl');
    expect(controls.getAttribute('lang')).to.equal('ar');
    const icon = part(reader, 'next').querySelector('svg')!;
    expect(getComputedStyle(icon).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    expect(getComputedStyle(part(reader, 'play').querySelector('svg')!).transform, 'play is not mirrored').to.equal(
      'none',
    );
  });

  it('prefers ui-lang to the page language, and the page language to the browser', async () => {
    document.documentElement.lang = 'ar';
    ({ reader } = await readerWithEngine());
    await inLanguage(reader, 'fr');
    expect(labels(reader).play).to.equal('Lecture');
    reader.uiLang = null;
    await settle(reader);
    await settle(reader);
    expect(labels(reader).play).to.equal('تشغيل');
  });

  it('re-renders every label at once when ui-lang changes at runtime', async () => {
    ({ reader } = await readerWithEngine());
    const english = labels(reader);
    await inLanguage(reader, 'ar');
    const arabic = labels(reader);
    for (const key of Object.keys(english)) {
      expect(arabic[key], key).to.not.equal(english[key]);
      expect(arabic[key], key).to.not.equal('');
    }
    await inLanguage(reader, 'fr');
    expect(labels(reader).next).to.equal('Phrase suivante');
  });

  it('writes numbers with the locale digits: progress and speed', async () => {
    ({ reader } = await readerWithEngine());
    await inLanguage(reader, 'ar');
    reader.rate = 1.5;
    reader.next();
    reader.next();
    await settle(reader);
    expect(part(reader, 'rate').getAttribute('aria-valuetext')).to.equal('١٫٥×');
    expect(part(reader, 'progress').textContent).to.equal('الجملة ٢ من ٣');
    await inLanguage(reader, 'en');
    expect(part(reader, 'progress').textContent).to.equal('Sentence 2 of 3');
    await inLanguage(reader, 'ar-MA');
    expect(part(reader, 'rate').getAttribute('aria-valuetext'), 'Maghreb custom: Latin digits').to.equal('1,5×');
  });

  it('has every status, error and hint in every language', async () => {
    ({ reader } = await readerWithEngine());
    const byLanguage: Record<string, string[]> = {};
    for (const uiLang of ['en', 'ar', 'fr']) {
      await inLanguage(reader, uiLang);
      // msg() speaks the active catalogue, so each language is read while it is active.
      const messages = ERROR_CODES.map((code) => errorMessage(code, 'ar', uiLang));
      for (const message of messages) expect(message.trim(), `${uiLang}`).to.not.equal('');
      expect(new Set(messages).size, `${uiLang}: distinct messages`).to.equal(ERROR_CODES.length);
      byLanguage[uiLang] = messages;
    }
    for (const uiLang of ['ar', 'fr']) {
      for (const [i, code] of ERROR_CODES.entries()) {
        expect(byLanguage[uiLang]![i], `${uiLang} ${code} is translated`).to.not.equal(byLanguage.en![i]);
      }
    }
    // A real error, shown and announced in the interface language.
    await inLanguage(reader, 'fr');
    (reader.speechEngine as unknown as { voiceList: unknown[] }).voiceList = [englishVoice];
    await reader.play();
    await settle(reader);
    expect(part(reader, 'status').textContent).to.contain('arabe');
  });

  it('ships catalogues that cover every message id with a translation', async () => {
    const ids = (catalogue: { templates: Record<string, unknown> }) => Object.keys(catalogue.templates).sort();
    expect(ids(arCatalogue)).to.deep.equal(ids(frCatalogue));
    for (const lang of ['ar', 'fr']) {
      const xliff = new DOMParser().parseFromString(
        await (await fetch(`/xliff/${lang}.xlf`)).text(),
        'application/xml',
      );
      const units = [...xliff.querySelectorAll('trans-unit')];
      expect(units.length, lang).to.equal(ids(arCatalogue).length);
      for (const unit of units) {
        const target = unit.querySelector('target');
        expect(target?.textContent?.trim() || target?.children.length, `${lang} ${unit.id}`).to.be.ok;
      }
      expect(units.map((unit) => unit.id).sort()).to.deep.equal(ids(arCatalogue));
    }
  });

  it('lets two readers that ask for different languages share the page without flip-flopping', async () => {
    const page = await fixture(
      html`<div>
        <article-reader ui-lang="ar"><p>جملة أولى.</p></article-reader>
        <article-reader ui-lang="en"><p>جملة ثانية.</p></article-reader>
      </div>`,
    );
    const [first, second] = [...page.querySelectorAll('article-reader')];
    await settle(first);
    await settle(second);
    let renders = 0;
    const count = () => renders++;
    first!.addEventListener('reader-statechange', count);
    const before = [part(first!, 'play').getAttribute('aria-label'), part(second!, 'play').getAttribute('aria-label')];
    await new Promise((resolve) => setTimeout(resolve, 300));
    const after = [part(first!, 'play').getAttribute('aria-label'), part(second!, 'play').getAttribute('aria-label')];
    expect(after, 'labels settle: one page-wide language').to.deep.equal(before);
    expect(after[0]).to.equal(after[1]);
    expect(first!.isUpdatePending || second!.isUpdatePending, 'no update loop').to.equal(false);
  });
});
