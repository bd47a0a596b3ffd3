import { fixture, html, oneEvent } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import type { ArticleReader } from '../../src/article-reader.js';
import { SENTENCE_HIGHLIGHT } from '../../src/dom/highlighter.js';
import { ScriptedEngine } from './scripted-engine.js';

/** Text we wrote for these tests (not from any corpus). */
export const FIRST = 'يحب سامي القراءة في الصباح.';
export const SECOND = 'يجلس قرب النافذة مع كوب من الشاي!';
export const THIRD = 'هل تعرف كتابه المفضل؟';

/** A reader around a three-sentence article, indexed, driven by a scripted engine. */
export async function readerWithEngine(
  content = html`<article lang="ar">
    <p>${FIRST} ${SECOND}</p>
    <p>${THIRD}</p>
  </article>`,
): Promise<{ reader: ArticleReader; engine: ScriptedEngine }> {
  forgetPreferences();
  const engine = new ScriptedEngine();
  const reader = await fixture<ArticleReader>(
    html`<article-reader .speechEngine=${engine}>${content}</article-reader>`,
  );
  await readyOf(reader);
  return { reader, engine };
}

/** Wait until the reader has indexed its article (now or soon). */
export async function readyOf(reader: ArticleReader): Promise<void> {
  if (reader.sentences.length === 0) await oneEvent(reader, 'reader-ready');
  await reader.updateComplete;
}

/** The text under the sentence highlight, or null when nothing is highlighted. */
export function highlightedSentence(): string | null {
  const highlight = CSS.highlights.get(SENTENCE_HIGHLIGHT);
  if (!highlight || highlight.size === 0) return null;
  const ranges = [...highlight] as Range[];
  return ranges.map((range) => range.toString().replace(/\s+/g, ' ').trim()).join(' | ');
}

export function part(reader: ArticleReader, name: string): HTMLElement {
  const element = reader.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!element) throw new Error(`no part ${name}`);
  return element;
}

/**
 * Let everything already under way finish: a task boundary runs every pending promise callback
 * (voice lookups, indexing), then the reader's render.
 */
export async function settle(reader?: ArticleReader): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (reader) await reader.updateComplete;
}

/** Nothing the reader keeps in localStorage (places, speed, voice) survives into another test. */
export function forgetStoredState(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith('article-reader:')) localStorage.removeItem(key);
}

/** Each test starts as a first visit: no speed or voice remembered from another test. */
export function forgetPreferences(): void {
  localStorage.removeItem('article-reader:preferences');
}

/** Click the middle of the first occurrence of `text` in the article, as a mouse would. */
export async function clickOnText(root: Element, text: string): Promise<void> {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(text);
    if (at < 0) continue;
    const range = new Range();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    const box = range.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)],
    });
    return;
  }
  throw new Error(`text not found: ${text}`);
}
