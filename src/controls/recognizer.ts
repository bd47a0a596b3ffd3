/** The browser's speech recogniser, looked up when needed (so a page or test may replace it). */
export function recognizer(): typeof SpeechRecognition | undefined {
  const scope = globalThis as {
    SpeechRecognition?: typeof SpeechRecognition;
    webkitSpeechRecognition?: typeof SpeechRecognition;
  };
  return scope.SpeechRecognition ?? scope.webkitSpeechRecognition;
}
