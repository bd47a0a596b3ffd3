// What a listener should hear, and the checks on the page's own record of its speech.
// Names and states only: Orca's English role words ("push button", "grayed") are matched loosely
// by the driver, never whole sentences.

/** The reader's words in each UI language (from src/generated/locales and the English sources). */
export const WORDS = {
  en: {
    toolbar: /Article reader/,
    play: /^Play\b/,
    pause: /^Pause\b/,
    stop: /^Stop\b/,
    previous: /^Previous sentence\b/,
    next: /^Next sentence\b/,
    speed: /^Speed\b/,
    rate: /1\.5×/,
    noVoice: /^No .+ voice is installed/,
    reading: /^Reading$/,
    paused: /^Paused$/,
  },
  ar: {
    toolbar: /قارئ المقال/,
    play: /^تشغيل/,
    pause: /^إيقاف مؤقت/,
    stop: /^إيقاف(?! مؤقت)/,
    previous: /^الجملة السابقة/,
    next: /^الجملة التالية/,
    speed: /^السرعة/,
    rate: /١٫٥×/,
    noVoice: /^لا يوجد صوت مثبّت/,
    reading: /^جارٍ القراءة$/,
    paused: /^متوقف مؤقتًا$/,
  },
};

// Letters only: speech text may differ from the article's in spaces and punctuation.
const letters = (text) => text.replace(/[^\p{L}\p{N}]/gu, '');
const clock = (t) => new Date(t).toISOString().slice(11, 23);
const ended = (u) => u.events.some((e) => e.type === 'end');

/** Which sentence an utterance belongs to (it may start mid-sentence: resumed from a word). */
function sentenceOf(utterance, sentences) {
  const said = letters(utterance.text);
  return said ? sentences.findIndex((s) => letters(s).endsWith(said)) : -1;
}

/**
 * Never skips a sentence, never stops for good: every sentence has an utterance that ended, in
 * article order, and the reader reached the end.
 */
export function checkReadToTheEnd(record) {
  const { sentences, utterances, state } = record;
  if (state !== 'ended') throw new Error(`the reader stopped in state "${state}" before the end`);
  const finished = utterances.filter(ended).map((u) => sentenceOf(u, sentences));
  const missing = sentences.map((_, i) => i).filter((i) => !finished.includes(i));
  if (missing.length) {
    throw new Error(
      `sentence(s) ${missing.map((i) => i + 1).join(', ')} never finished; utterances:\n` +
        utterances
          .map((u) => `    «${u.text}» ${u.events.map((e) => e.type + (e.error ? `:${e.error}` : '')).join(' ')}`)
          .join('\n'),
    );
  }
  const order = finished.filter((i) => i >= 0);
  if (order.some((i, k) => k > 0 && i < order[k - 1])) {
    throw new Error(`sentences finished out of order: ${order.map((i) => i + 1).join(' ')}`);
  }
}

/**
 * The status region speaks at most once a second (the design), Orca heard it no more often, and
 * Orca never spoke a sentence of the article (the reader already says it).
 */
export function checkStatusPace(record, orcaLines) {
  const { announcements, sentences } = record;
  for (let k = 1; k < announcements.length; k++) {
    const gap = announcements[k].t - announcements[k - 1].t;
    if (gap < 950)
      throw new Error(
        `status region changed twice in ${gap} ms: «${announcements[k - 1].text}», «${announcements[k].text}»`,
      );
  }
  const texts = new Set(announcements.map((a) => a.text));
  const heard = orcaLines.filter((e) => texts.has(e.text.trim()));
  for (let k = 1; k < heard.length; k++) {
    const gap = heard[k].t - heard[k - 1].t;
    if (gap < 900)
      throw new Error(`Orca read the status region twice in ${gap} ms: «${heard[k - 1].text}», «${heard[k].text}»`);
  }
  const spokenSentence = orcaLines.find((e) =>
    sentences.some((s) => letters(e.text).includes(letters(s).slice(0, 12))),
  );
  if (spokenSentence) throw new Error(`Orca read article text: «${spokenSentence.text}»`);
  if (announcements.length === 0) throw new Error('the status region never spoke');
}

/**
 * What happened to each utterance Orca talked over: its events, and how long until the reader's
 * speech started again. Lines for the run's log (the collision measurement).
 */
export function describeCollisions(record, entries) {
  const { utterances, cancels } = record;
  const orca = entries.filter((e) => /orca/i.test(e.client));
  const lines = [];
  utterances.forEach((u, k) => {
    const last = u.events[u.events.length - 1];
    const until = last?.t ?? u.spokenAt + 15_000;
    const over = orca.filter((e) => e.t >= u.spokenAt - 50 && e.t <= until + 50);
    const ours = cancels.some((t) => last && t <= last.t && t >= last.t - 100);
    if (!over.length && ended(u)) return;
    const start = u.events.find((e) => e.type === 'start');
    const next = utterances
      .slice(k + 1)
      .map((n) => n.events.find((e) => e.type === 'start'))
      .find(Boolean);
    const events =
      u.events.map((e) => `${e.type}${e.error ? `:${e.error}` : ''} +${e.t - u.spokenAt} ms`).join(', ') || 'no event';
    lines.push(
      `utterance «${u.text.slice(0, 24)}…» at ${clock(u.spokenAt)}: ${events}` +
        (start ? '' : ' (never started)') +
        (ours ? ' after our own cancel' : '') +
        (over.length ? `; Orca said ${over.map((e) => `«${e.text}» +${e.t - u.spokenAt} ms`).join(', ')}` : '') +
        (next && last ? `; our speech started again ${((next.t - last.t) / 1000).toFixed(1)} s later` : ''),
    );
  });
  return lines;
}
