/** The real element over the real Web Speech adapter, with a platform profile in the browser's place. */
import { fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { ArticleReader } from '../../src/article-reader.js';
import { WORD_HIGHLIGHT } from '../../src/dom/highlighter.js';
import { WebSpeechEngine, type WebSpeechOptions } from '../../src/speech/web-speech.js';
import { FIRST, SECOND, THIRD, forgetPreferences, part, readyOf, settle } from '../helpers/fixtures.js';
import { asSynthesis } from '../speech/fake-synthesis.js';
import { plainUtterance, type PlatformSynthesis } from './platform-synthesis.js';

export function engineOn(platform: PlatformSynthesis, options: WebSpeechOptions = {}): WebSpeechEngine {
  return new WebSpeechEngine({
    synthesis: asSynthesis(platform),
    createUtterance: plainUtterance,
    voiceWaitMs: 2000,
    needsUnlock: platform.needsUnlock,
    ...options,
  });
}

/** A reader over `platform` around a three-sentence Arabic article, indexed. */
export async function readerOn(
  platform: PlatformSynthesis,
  content = html`<article lang="ar">
    <p>${FIRST} ${SECOND}</p>
    <p>${THIRD}</p>
  </article>`,
  options?: WebSpeechOptions,
): Promise<ArticleReader> {
  forgetPreferences();
  const reader = await fixture<ArticleReader>(
    html`<article-reader .speechEngine=${engineOn(platform, options)}>${content}</article-reader>`,
  );
  await readyOf(reader);
  await settle(reader);
  return reader;
}

/** Click an element in the middle, as a mouse would (a real, trusted gesture). */
export async function realClick(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

/** Press the play button with a real click. */
export const clickPlay = (reader: ArticleReader) => realClick(part(reader, 'play'));

/** The article text under the word highlight, or null. */
export function highlightedWord(): string | null {
  const ranges = [...(CSS.highlights.get(WORD_HIGHLIGHT) ?? [])] as Range[];
  return ranges.length > 0 ? ranges.map((range) => range.toString()).join('') : null;
}

/** Every `reader-error` code the reader fires, in order. */
export function errorsOf(reader: ArticleReader): string[] {
  const codes: string[] = [];
  reader.addEventListener('reader-error', (event) => codes.push(event.detail.code));
  return codes;
}
