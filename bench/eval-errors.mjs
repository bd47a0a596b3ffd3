// Prints every wrong split and punctuated miss of our segmenter (or ICU with
// --icu) with ~40 characters of context.  Usage:
//   npx tsc -p tsconfig.json && node bench/eval-errors.mjs [--icu] [--all-misses] [file.jsonl]
import { segmentSentences } from '../lib/text/index.js';
import { CORPUS_FILES, compare, context, icuEnds, loadCorpus, oursEnds } from './metrics.mjs';

const args = process.argv.slice(2);
const useIcu = args.includes('--icu');
const allMisses = args.includes('--all-misses');
const files = args.filter((a) => !a.startsWith('--'));
const icu = new Intl.Segmenter('ar', { granularity: 'sentence' });

for (const file of files.length ? files : CORPUS_FILES) {
  const docs = loadCorpus(file);
  if (!docs) {
    console.log(`corpus not found (${file}), skipping`);
    continue;
  }
  console.log(`\n=== ${file} (${useIcu ? 'ICU' : 'ours'}) ===`);
  for (const doc of docs) {
    const pred = useIcu ? icuEnds(icu, doc.text) : oursEnds(segmentSentences, doc.text);
    const r = compare(doc.text, doc.boundaries, pred);
    for (const e of r.wrong) console.log(`WRONG  ${doc.id} @${e} ${context(doc.text, e)}`);
    for (const e of allMisses ? r.missed : r.missedFindable)
      console.log(`MISS   ${doc.id} @${e} ${context(doc.text, e)}`);
  }
}
