// Test-only speech engine: "speaks" each word for a fixed time at rate 1 and reports a `word`
// boundary event at its start, then `end`. No audio.
const WORD_MS = 180;
let timers = [];

function stop() {
  for (const timer of timers) clearTimeout(timer);
  timers = [];
}

chrome.ttsEngine.onSpeak.addListener((utterance, options, sendTtsEvent) => {
  stop();
  const rate = options.rate || 1;
  const words = [...utterance.matchAll(/\S+/g)];
  sendTtsEvent({ type: 'start', charIndex: 0 });
  words.forEach((match, i) => {
    timers.push(setTimeout(() => sendTtsEvent({ type: 'word', charIndex: match.index }), (i * WORD_MS) / rate));
  });
  timers.push(
    setTimeout(() => sendTtsEvent({ type: 'end', charIndex: utterance.length }), (words.length * WORD_MS) / rate),
  );
});

chrome.ttsEngine.onStop.addListener(stop);
