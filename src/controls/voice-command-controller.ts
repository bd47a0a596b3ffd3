import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { primarySubtag } from '../text/lang.js';
import { commandMessage, recognitionMessage, type RecognitionCause } from '../messages.js';
import type { ReaderIntent, SendIntent } from '../intents.js';
import { ReaderState } from '../reading/state.js';
import { hasCommands, matchCommand, type CommandMatch, type VoiceCommand } from '../text/commands.js';
import { recognizer } from './recognizer.js';

export interface VoiceCommandOptions {
  /** The `voice-commands` attribute: null (off), `local` (on-device only) or anything else (allowed). */
  mode(): string | null;
  /** The reading language: commands are understood in it and in the interface language. */
  lang(): string;
  uiLang(): string;
  /** The reader's state, read only. */
  state(): ReaderState;
  /** Where a command's intents go; a play's promise comes back. */
  send: SendIntent;
  /** Told after the command has been carried out. */
  onCommand(match: CommandMatch): void;
  /** Told after listening failed and the reader is back as it was; `message` says why. */
  onError(message: string): void;
}

const PLAY = { type: 'play' } as const;
/** The intents each command sends, in order; every command but pause goes on reading. */
const COMMAND_INTENTS: Record<Exclude<VoiceCommand, 'stop-listening'>, readonly ReaderIntent[]> = {
  play: [PLAY],
  pause: [],
  next: [{ type: 'next' }, PLAY],
  previous: [{ type: 'previous' }, PLAY],
  faster: [{ type: 'rate-step', by: 1 }, PLAY],
  slower: [{ type: 'rate-step', by: -1 }, PLAY],
  restart: [{ type: 'restart' }],
};

/** Intents that start reading: sent by another input while listening, they end it. */
const READS: readonly string[] = ['play', 'toggle', 'resume', 'restart'];

/** The listen control as the control bar shows it. */
export interface ListenView {
  listening: boolean;
  /** Recognition happens on this device (else the browser may send the voice to a service). */
  onDevice: boolean;
  /** The status line's text while listening and after: what was understood, or why not. */
  message: string | null;
  error: boolean;
}

type Recognizer = typeof SpeechRecognition;
type Where = 'device' | 'download' | 'service';
/** What a listening session came to: a command (null: nothing understood), or why it failed. */
type Outcome = { command: VoiceCommand | null } | { cause: RecognitionCause };

const CAUSES: readonly string[] = [
  'not-allowed',
  'no-speech',
  'audio-capture',
  'network',
  'language-not-supported',
  'aborted',
];

/**
 * Voice commands: the one owner of speech recognition (whether it is offered and where it runs,
 * the listening session, its errors) and of pausing reading while it listens. One press of the
 * listen control listens for one command: reading pauses (so the recogniser does not hear the
 * reader), the command is carried out by the intents it sends, and reading goes on
 * unless the command was pause. Nothing runs, and nothing is asked of the browser, unless the
 * site owner opted in and the browser has a recogniser; listening never restarts by itself.
 */
export class VoiceCommandController implements ReactiveController {
  /** Where recognition would run, or null when the control is not offered. */
  private where: Where | null = null;
  /** The attribute, language and recogniser the current answer is for. */
  private checkedFor = '';
  private recognition: SpeechRecognition | null = null;
  private listening = false;
  /** Counts listening sessions: an answer for an older one does nothing. */
  private session = 0;
  private resumeAfter = false;
  private outcome: Outcome | null = null;
  /** The reader's state when the outcome was told: it is shown until the state changes. */
  private outcomeState: ReaderState = ReaderState.idle;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: VoiceCommandOptions,
  ) {
    host.addController(this);
  }

  /** The control, or null when voice commands are off, unsupported or (for `local`) not on-device. */
  get view(): ListenView | null {
    if (!this.where) return null;
    const message = this.message;
    return {
      listening: this.listening,
      onDevice: this.where !== 'service',
      message,
      error: message !== null && !!this.outcome && 'cause' in this.outcome,
    };
  }

  /** The status line's text: "Listening…", what was understood, why listening failed, or null. */
  get message(): string | null {
    if (this.listening) return commandMessage('listening');
    const outcome = this.outcome;
    if (!outcome || this.outcomeState !== this.options.state()) return null;
    return 'cause' in outcome ? recognitionMessage(outcome.cause) : commandMessage(outcome.command);
  }

  hostUpdate(): void {
    const mode = this.options.mode();
    const found = mode === null ? undefined : recognizer();
    const key = found ? `${mode}|${this.recognitionLang()}` : '';
    if (key !== this.checkedFor) {
      this.checkedFor = key;
      this.stopListening();
      this.where = null;
      if (found) void this.check(found, key, mode === 'local');
    }
  }

  /** Another input (a key, a button, a script) sent `intent`: one that starts reading wins over listening. */
  interruptedBy(intent: ReaderIntent): void {
    if (this.listening && READS.includes(intent.type)) this.stopListening();
  }

  hostDisconnected(): void {
    this.stopListening();
  }

  /** The listen control: start listening for one command, or stop listening. */
  toggle(): void {
    if (this.listening) {
      this.stopListening();
      void this.restore();
    } else if (this.where) {
      void this.listen();
    }
  }

  /** Whether on-device recognition is offered, asked once per language (no prompt, no microphone). */
  private async check(found: Recognizer, key: string, local: boolean): Promise<void> {
    let status: AvailabilityStatus | 'unknown' = 'unknown';
    if (typeof found.available === 'function') {
      try {
        status = await found.available({ langs: [this.recognitionLang()], processLocally: true });
      } catch {
        status = 'unavailable';
      }
    }
    if (key !== this.checkedFor) return;
    if (status === 'available') this.where = 'device';
    else if (status === 'downloadable' || status === 'downloading') this.where = 'download';
    else this.where = local ? null : 'service';
    this.host.requestUpdate();
  }

  private async listen(): Promise<void> {
    const found = recognizer();
    if (!found) return;
    const session = ++this.session;
    this.resumeAfter = this.options.state() === ReaderState.playing;
    this.outcome = null;
    this.listening = true;
    this.host.requestUpdate();
    void this.options.send({ type: 'pause' });
    const lang = this.recognitionLang();
    if (this.where === 'download') {
      const installed = await found.install?.({ langs: [lang], processLocally: true }).catch(() => false);
      if (session !== this.session) return;
      if (!installed) return this.finish({ cause: 'language-not-supported' });
      this.where = 'device';
    }
    const recognition = new found();
    recognition.lang = lang;
    recognition.continuous = false;
    recognition.interimResults = false;
    recognition.maxAlternatives = 5;
    if (this.where === 'device') recognition.processLocally = true;
    const current = () => this.recognition === recognition;
    recognition.onresult = (event) => current() && void this.heard(event);
    const cause = (error: string): RecognitionCause =>
      CAUSES.includes(error) ? (error as RecognitionCause) : error === 'service-not-allowed' ? 'not-allowed' : 'failed';
    recognition.onnomatch = () => current() && void this.finish({ command: null });
    recognition.onerror = (event) => current() && void this.finish({ cause: cause(event.error) });
    // Ended without a result or an error: nothing that could be understood was heard.
    recognition.onend = () => current() && void this.finish({ command: null });
    this.recognition = recognition;
    try {
      recognition.start();
    } catch (error) {
      void this.finish({
        cause: error instanceof DOMException && error.name === 'NotAllowedError' ? 'not-allowed' : 'failed',
      });
    }
  }

  private heard(event: SpeechRecognitionEvent): Promise<void> {
    const alternatives: string[] = [];
    for (let i = event.resultIndex; i < event.results.length; i++) {
      const result = event.results[i]!;
      for (let j = 0; j < result.length; j++) alternatives.push(result[j]!.transcript);
    }
    const langs = [...new Set([this.recognitionLang(), this.options.uiLang()].map(primarySubtag))];
    const match = matchCommand(alternatives, langs);
    return match ? this.finish({ command: match.command }, match) : this.finish({ command: null });
  }

  /** Send the command's intents, each once the one before has been carried out. */
  private async carryOut(command: VoiceCommand): Promise<void> {
    if (command === 'stop-listening') return this.restore();
    for (const intent of COMMAND_INTENTS[command]) await this.options.send(intent);
  }

  /**
   * The session's outcome: the recogniser is let go at once, then the command is carried out (or,
   * without one, the reader goes back to what it was doing), and only then does the status say
   * what happened and the host hear of it. Until then the control still shows "Listening…", so
   * no passing state ("Paused") is announced in between.
   */
  private async finish(outcome: Outcome, match?: CommandMatch): Promise<void> {
    this.release();
    const session = this.session;
    await (match ? this.carryOut(match.command) : this.restore());
    // Pressed again, or removed, meanwhile: that intent has the last word.
    if (session !== this.session) return;
    this.stopListening();
    this.tell(outcome);
    if (match) this.options.onCommand(match);
    else if ('cause' in outcome) this.options.onError(recognitionMessage(outcome.cause));
  }

  private tell(outcome: Outcome): void {
    this.outcome = outcome;
    this.outcomeState = this.options.state();
    this.host.requestUpdate();
  }

  /** Back to reading if listening interrupted it. */
  private async restore(): Promise<void> {
    const resume = this.resumeAfter;
    this.resumeAfter = false;
    if (resume) await this.options.send(PLAY);
  }

  /** Let the recogniser go: aborted, and nothing it says later is heard. */
  private release(): void {
    const recognition = this.recognition;
    this.recognition = null;
    if (recognition) {
      recognition.onresult = recognition.onnomatch = recognition.onerror = recognition.onend = null;
      recognition.abort();
    }
  }

  /** End the session at once. */
  private stopListening(): void {
    this.release();
    if (!this.listening) return;
    this.listening = false;
    this.session++;
    this.host.requestUpdate();
  }

  /** Listen in the reading language when it has commands, else in the interface language. */
  private recognitionLang(): string {
    const speech = this.options.lang();
    return hasCommands(primarySubtag(speech)) ? speech : this.options.uiLang();
  }
}
