// Runs before the reader: records every utterance the page speaks and what happened to it, with
// times (Date.now(), to line up with the speech-dispatcher log), as window.utteranceLog:
//   [{ text, spokenAt, events: [{ type, t, error? }] }]
// The screen-reader driver reads it to tell our speech from Orca's and to measure collisions.
(() => {
  const log = [];
  window.utteranceLog = log;
  if (!window.speechSynthesis) return;
  const speak = speechSynthesis.speak.bind(speechSynthesis);
  const cancel = speechSynthesis.cancel.bind(speechSynthesis);
  speechSynthesis.speak = (utterance) => {
    const entry = { text: utterance.text, spokenAt: Date.now(), events: [] };
    log.push(entry);
    for (const type of ['start', 'end', 'error', 'pause', 'resume']) {
      utterance.addEventListener(type, (event) => entry.events.push({ type, t: Date.now(), error: event.error }));
    }
    speak(utterance);
  };
  // The reader's own cancels (pause, stop, skip): an `error`/`end` right after one is ours.
  speechSynthesis.cancel = () => {
    log.push({ cancel: true, t: Date.now() });
    cancel();
  };
})();
