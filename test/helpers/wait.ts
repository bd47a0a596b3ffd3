/**
 * Wait until `condition` holds, polling; fail with `what` after `timeoutMs`, and with what
 * `state()` says of the moment it gave up (for a failure seen only on a busy machine).
 */
export async function until(
  condition: () => boolean,
  timeoutMs: number,
  what: string,
  state?: () => string,
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}${state ? ` (${state()})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Record every utterance the page hands to the real `speechSynthesis.speak` (which still speaks).
 * Call `restore()` when done.
 */
export function recordUtterances(): {
  utterances: SpeechSynthesisUtterance[];
  /** `n:speak|start|end|error(code)@ms` per utterance n (from 1), in the order they came. */
  events: string[];
  restore(): void;
} {
  const utterances: SpeechSynthesisUtterance[] = [];
  const events: string[] = [];
  const began = performance.now();
  const speak = speechSynthesis.speak.bind(speechSynthesis);
  speechSynthesis.speak = (utterance) => {
    const n = utterances.push(utterance);
    events.push(`${n}:speak@${Math.round(performance.now() - began)}`);
    for (const type of ['start', 'end', 'error'] as const) {
      utterance.addEventListener(type, (event) => {
        const code = type === 'error' ? `(${(event as SpeechSynthesisErrorEvent).error})` : '';
        events.push(`${n}:${type}${code}@${Math.round(performance.now() - began)}`);
      });
    }
    speak(utterance);
  };
  return { utterances, events, restore: () => (speechSynthesis.speak = speak) };
}
