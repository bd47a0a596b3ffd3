// Runs inside each browser for bench/normalize-engines.bench.mjs: asks the bench for one step at a
// time (POST /next, which carries the last step's figure) and times it: normalizeForSpeech (the lib
// build the bench serves at job.lib) or String.prototype.normalize('NFKC') on one of the texts.
// The bench hands the same step to each engine in turn, so all of them run under the same load.
import { FAMILIES } from './normalize-families.mjs';

const engine = new URL(location.href).searchParams.get('engine');
const next = async (body) =>
  (await fetch(`/next?engine=${engine}`, { method: 'POST', body: JSON.stringify(body) })).json();
const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

async function run() {
  const job = await (await fetch('/job')).json();
  const { normalizeForSpeech } = await import(job.lib);
  const corpus = job.corpus ? await (await fetch('/corpus.txt')).text() : '';
  const make = (name) => (name === 'news (corpus)' ? corpus.slice(0, job.chars) : FAMILIES[name](job.chars));
  let current = { name: '', text: '' };
  let sink = 0;
  for (let step = await next({ ready: true }); !step.done;) {
    if (step.name !== current.name) {
      current = { name: step.name, text: make(step.name) };
      sink += normalizeForSpeech(current.text.slice(0, 20_000)).text.length; // compile the rules' regexes
    }
    const text = current.text;
    await pause(); // the browser (and its driver) get a turn between steps
    const t0 = performance.now();
    sink += step.nfkc ? text.normalize('NFKC').length : normalizeForSpeech(text).text.length;
    const ms = performance.now() - t0;
    step = await next({ ms, chars: text.length, sink });
  }
}

run().catch((error) => next({ error: String(error?.stack ?? error) }));
