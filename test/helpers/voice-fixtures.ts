import type { html } from '@open-wc/testing';
import type { ArticleReader } from '../../src/article-reader.js';
import type { ReaderCommandDetail, ReaderErrorDetail } from '../../src/events.js';
import { part, readerWithEngine, settle } from './fixtures.js';
import type { ScriptedEngine } from './scripted-engine.js';
import { ScriptedRecognition, installScriptedRecognition, removeRecognition } from './scripted-recognition.js';

type Availability = Parameters<typeof installScriptedRecognition>[0];

export const listenButton = (reader: ArticleReader) =>
  reader.shadowRoot!.querySelector<HTMLButtonElement>('[part="listen"]');
export const status = (reader: ArticleReader) => part(reader, 'status').textContent!.trim();
/** The listen control's accessible description (the element its aria-describedby names). */
export const description = (reader: ArticleReader) =>
  reader.shadowRoot!.getElementById(listenButton(reader)!.getAttribute('aria-describedby')!)!.textContent!.trim();

/** The reader-command and reader-error events, with the reader's state when each was heard. */
export function record(reader: ArticleReader) {
  const commands: (ReaderCommandDetail & { state: string; index: number })[] = [];
  const errors: (ReaderErrorDetail & { state?: string })[] = [];
  reader.addEventListener('reader-command', (e) =>
    commands.push({ ...e.detail, state: reader.state, index: reader.sentenceIndex }),
  );
  reader.addEventListener('reader-error', (e) => errors.push(e.detail));
  // After the fact: when reader-error is heard, listening is over and reading is back.
  reader.addEventListener('reader-error', () => Object.assign(errors.at(-1)!, { state: reader.state }));
  return { commands, errors };
}

let undo: (() => void) | undefined;

/** The scripted recogniser in place of the browser's until {@link restoreRecognition}. */
export function useRecognition(availability: Availability = 'unavailable'): void {
  restoreRecognition();
  undo = installScriptedRecognition(availability);
}

/** A browser without any recogniser until {@link restoreRecognition}. */
export function useNoRecognition(): void {
  restoreRecognition();
  undo = removeRecognition();
}

/** The browser's own recogniser back (call it in afterEach). */
export function restoreRecognition(): void {
  undo?.();
  undo = undefined;
}

/** A reader with `voice-commands`, a scripted recogniser answering `availability`. */
export async function voiceReader(
  availability: Availability = 'unavailable',
  mode: '' | 'local' = '',
  content?: ReturnType<typeof html>,
): Promise<{ reader: ArticleReader; engine: ScriptedEngine }> {
  useRecognition(availability);
  const { reader, engine } = await readerWithEngine(content);
  reader.voiceCommands = mode;
  await settle(reader);
  return { reader, engine };
}

/** Reading the second sentence, then the listen button pressed. */
export async function listeningWhileReading(availability?: Availability) {
  const { reader, engine } = await voiceReader(availability);
  await reader.play();
  engine.finish();
  await settle(reader);
  listenButton(reader)!.click();
  await settle(reader);
  return { reader, engine, recognition: ScriptedRecognition.last };
}
