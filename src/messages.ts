import { msg, str } from '@lit/localize';
import type { ReaderErrorCode, ReaderState } from './reading/state.js';

/** The name of a language in the interface language (e.g. "Arabic" / "العربية"). */
function languageName(speechLang: string, uiLocale: string): string {
  try {
    return new Intl.DisplayNames([uiLocale], { type: 'language' }).of(speechLang) ?? speechLang;
  } catch {
    return speechLang;
  }
}

/** A clear, localized message for each error, with what the user can do about it. */
export function errorMessage(code: ReaderErrorCode, speechLang: string, uiLocale: string): string {
  switch (code) {
    case 'unsupported':
      return msg('This browser cannot read aloud. Try a current version of Chrome, Edge, Safari or Firefox.');
    case 'no-voice': {
      const language = languageName(speechLang, uiLocale);
      return msg(
        str`No ${language} voice is installed. Add one in your system's speech or language settings, then reload the page.`,
      );
    }
    case 'not-allowed':
      return msg('The browser is waiting for you: press play to start reading.');
    case 'synthesis-failed':
      return msg('The voice stopped with an error. Press play to try again.');
    case 'no-article':
      return msg('The article to read was not found.');
    case 'empty':
      return msg('There is no text to read.');
  }
}

export function stateMessage(state: ReaderState, loading: boolean): string {
  if (loading) return msg('Getting the voice ready…');
  switch (state) {
    case 'playing':
      return msg('Reading');
    case 'paused':
      return msg('Paused');
    case 'ended':
      return msg('Finished reading');
    case 'idle':
      return '';
  }
}

/** Where reading is, e.g. "Sentence 3 of 20" (numbers already formatted for the locale). */
export function progressMessage(position: string, total: string): string {
  return msg(str`Sentence ${position} of ${total}`);
}

/** Estimated reading time left, e.g. "About 3 minutes left" (duration already formatted). */
export function timeLeftMessage(duration: string): string {
  return msg(str`About ${duration} left`);
}

/** The offer to go on where the listener stopped last time. */
export function continueMessage(position: string): string {
  return msg(str`Continue from sentence ${position}`);
}
