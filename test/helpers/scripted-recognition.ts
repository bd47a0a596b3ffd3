/**
 * A speech recogniser whose events happen only when the test says so, installed on `window` in
 * place of the browser's (`SpeechRecognition` and `webkitSpeechRecognition`, which Chromium has
 * natively). Typed against @types/dom-speech-recognition, so it has the shape the reader uses.
 */

type Availability = AvailabilityStatus | 'no-api' | 'rejects';

interface RecognitionStatics {
  prototype: SpeechRecognition;
  new (): SpeechRecognition;
  available(options: SpeechRecognitionOptions): Promise<AvailabilityStatus>;
  install(options: SpeechRecognitionOptions): Promise<boolean>;
}

/** What the static side was asked, across all instances. */
export const asked = {
  available: [] as SpeechRecognitionOptions[],
  install: [] as SpeechRecognitionOptions[],
};

export class ScriptedRecognition extends EventTarget implements SpeechRecognition {
  /**
   * The answer of `available()`; `no-api` removes the method (browsers before it existed),
   * `rejects` makes it fail.
   */
  static availability: Availability = 'unavailable';
  /** The answer of `install()`. */
  static installs = true;
  static readonly instances: ScriptedRecognition[] = [];

  static available(options: SpeechRecognitionOptions): Promise<AvailabilityStatus> {
    asked.available.push(options);
    if (ScriptedRecognition.availability === 'rejects')
      return Promise.reject(new DOMException('no', 'NotSupportedError'));
    return Promise.resolve(ScriptedRecognition.availability as AvailabilityStatus);
  }

  static install(options: SpeechRecognitionOptions): Promise<boolean> {
    asked.install.push(options);
    return Promise.resolve(ScriptedRecognition.installs);
  }

  static get last(): ScriptedRecognition {
    const last = ScriptedRecognition.instances.at(-1);
    if (!last) throw new Error('ScriptedRecognition: never constructed');
    return last;
  }

  continuous = false;
  grammars = [] as unknown as SpeechGrammarList;
  interimResults = false;
  lang = '';
  maxAlternatives = 1;
  processLocally = false;
  onaudioend: SpeechRecognition['onaudioend'] = null;
  onaudiostart: SpeechRecognition['onaudiostart'] = null;
  onend: SpeechRecognition['onend'] = null;
  onerror: SpeechRecognition['onerror'] = null;
  onnomatch: SpeechRecognition['onnomatch'] = null;
  onresult: SpeechRecognition['onresult'] = null;
  onsoundend: SpeechRecognition['onsoundend'] = null;
  onsoundstart: SpeechRecognition['onsoundstart'] = null;
  onspeechend: SpeechRecognition['onspeechend'] = null;
  onspeechstart: SpeechRecognition['onspeechstart'] = null;
  onstart: SpeechRecognition['onstart'] = null;

  /** `start()` calls; a real recogniser throws on a second one while running. */
  starts = 0;
  aborted = false;
  stopped = false;
  /** Listening (started, not yet ended). */
  running = false;
  /** Make `start()` throw this, as a browser does when it refuses at once. */
  throwOnStart: DOMException | null = null;

  constructor() {
    super();
    ScriptedRecognition.instances.push(this);
  }

  start(): void {
    if (this.throwOnStart) throw this.throwOnStart;
    if (this.running) throw new DOMException('already started', 'InvalidStateError');
    this.starts++;
    this.running = true;
    this.fire('start', new Event('start'));
  }

  /** Like Chromium: stop ends after any result; abort reports `aborted`, then ends, a moment later. */
  stop(): void {
    this.stopped = true;
    queueMicrotask(() => this.end());
  }

  abort(): void {
    this.aborted = true;
    if (!this.running) return;
    queueMicrotask(() => {
      this.error('aborted');
    });
  }

  /** The listener said something: alternatives best first, one array per result. */
  say(...results: string[][]): void {
    const list = results.map((alternatives) => {
      const result = alternatives.map((transcript, i) => ({ transcript, confidence: 1 - i / 10 }));
      return Object.assign(result, { isFinal: true, item: (i: number) => result[i]! });
    });
    const event = Object.assign(new Event('result'), {
      resultIndex: 0,
      results: Object.assign(list, { item: (i: number) => list[i]! }),
    }) as unknown as SpeechRecognitionEvent;
    this.fire('result', event);
    this.end();
  }

  noMatch(): void {
    this.fire(
      'nomatch',
      Object.assign(new Event('nomatch'), { resultIndex: 0, results: [] }) as unknown as SpeechRecognitionEvent,
    );
    this.end();
  }

  error(code: string, message = ''): void {
    const event = Object.assign(new Event('error'), { error: code, message }) as unknown as SpeechRecognitionErrorEvent;
    this.fire('error', event);
    this.end();
  }

  end(): void {
    if (!this.running) return;
    this.running = false;
    this.fire('end', new Event('end'));
  }

  private fire<K extends keyof SpeechRecognitionEventMap>(type: K, event: SpeechRecognitionEventMap[K]): void {
    const handler = this[`on${type}`] as
      ((this: SpeechRecognition, ev: SpeechRecognitionEventMap[K]) => unknown) | null;
    handler?.call(this, event);
    this.dispatchEvent(event);
  }
}

const NAMES = ['SpeechRecognition', 'webkitSpeechRecognition'] as const;
type Scope = Record<(typeof NAMES)[number], unknown>;

function swap(install: (scope: Scope) => void): () => void {
  const scope = window as unknown as Scope;
  const saved = NAMES.map((name) => [name, Object.getOwnPropertyDescriptor(window, name)] as const);
  install(scope);
  return () => {
    for (const [name, descriptor] of saved) {
      delete scope[name];
      if (descriptor) Object.defineProperty(window, name, descriptor);
    }
  };
}

/** Put the scripted recogniser in place of the browser's; returns the undo. */
export function installScriptedRecognition(availability: Availability = 'unavailable'): () => void {
  ScriptedRecognition.availability = availability;
  ScriptedRecognition.installs = true;
  ScriptedRecognition.instances.length = 0;
  asked.available.length = 0;
  asked.install.length = 0;
  // A class per install, so that removing `available` for one test leaves the others alone.
  const Recognition = class extends ScriptedRecognition {} as unknown as RecognitionStatics &
    typeof ScriptedRecognition;
  if (availability === 'no-api') {
    Object.defineProperty(Recognition, 'available', { value: undefined });
    Object.defineProperty(Recognition, 'install', { value: undefined });
  }
  return swap((scope) => {
    for (const name of NAMES) scope[name] = Recognition;
  });
}

/** A browser without speech recognition: both names removed; returns the undo. */
export function removeRecognition(): () => void {
  return swap((scope) => {
    for (const name of NAMES) delete scope[name];
  });
}
