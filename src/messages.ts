import { msg, str } from '@lit/localize';
import type { ReaderErrorCode, ReaderState } from './reading/state.js';
import type { VoiceCommand } from './text/commands.js';

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
    case 'recognition-failed':
      return recognitionMessage('failed');
    case 'load-failed':
      return msg('Part of the reader could not be downloaded. Check the connection, then press play to try again.');
  }
}

/** Why listening for a voice command ended without one. */
export type RecognitionCause =
  'not-allowed' | 'no-speech' | 'audio-capture' | 'network' | 'language-not-supported' | 'aborted' | 'failed';

/** What went wrong while listening, and what to do about it. */
export function recognitionMessage(cause: RecognitionCause): string {
  switch (cause) {
    case 'not-allowed':
      return msg('Allow the microphone in the browser to use voice commands.');
    case 'no-speech':
      return msg('No command was heard.');
    case 'audio-capture':
      return msg('No microphone was found.');
    case 'network':
      return msg('Speech recognition could not reach the network.');
    case 'language-not-supported':
      return msg('This browser cannot recognise commands in this language.');
    case 'aborted':
      return msg('Listening was interrupted.');
    case 'failed':
      return msg('Voice commands stopped with an error.');
  }
}

/** What the reader understood («التالي»), or that it did not (null); or that it is listening. */
export function commandMessage(command: VoiceCommand | 'listening' | null): string {
  switch (command) {
    case 'listening':
      return msg('Listening…');
    case 'play':
      return msg('Play');
    case 'pause':
      return msg('Pause');
    case 'next':
      return msg('Next sentence');
    case 'previous':
      return msg('Previous sentence');
    case 'faster':
      return msg('Faster');
    case 'slower':
      return msg('Slower');
    case 'restart':
      return msg('From the start');
    case 'stop-listening':
      return msg('Stopped listening');
    case null:
      return msg('I did not understand');
  }
}

/** The listen control's description: where the voice goes, and what to say. */
export function listenDescription(onDevice: boolean): string {
  return `${onDevice ? msg('Your voice stays on this device.') : msg('Your voice may be sent to an online speech service.')} ${msg('Say “next”, “pause” or “continue”.')}`;
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

/** Reading goes on with a local voice (its name) after the online voice in use failed. */
export function localVoiceMessage(voice: string): string {
  return msg(str`The online voice cannot be reached: reading on with ${voice}.`);
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
