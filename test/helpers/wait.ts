/** Wait until `condition` holds, polling; fail with `what` after `timeoutMs`. */
export async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Record every utterance the page hands to the real `speechSynthesis.speak` (which still speaks).
 * Call `restore()` when done.
 */
export function recordUtterances(): { utterances: SpeechSynthesisUtterance[]; restore(): void } {
  const utterances: SpeechSynthesisUtterance[] = [];
  const speak = speechSynthesis.speak.bind(speechSynthesis);
  speechSynthesis.speak = (utterance) => {
    utterances.push(utterance);
    speak(utterance);
  };
  return { utterances, restore: () => (speechSynthesis.speak = speak) };
}
