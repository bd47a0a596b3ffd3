// normalizeForSpeech on long adversarial inputs: every family at two sizes, with the growth
// ratio (time at the large size ÷ time at the small one; ~10 for 10× the text is linear,
// ~100 would be quadratic). Goal: 1 MB of any of them in well under a second.
//   npx tsc -p tsconfig.json && node bench/normalize-linear.bench.mjs [--small 100000] [--large 1000000] [--runs 3]
// Each figure is the best of --runs calls (other processes and GC only add time).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FAMILIES } from './normalize-families.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const libPath = process.env.NORMALIZE_LIB ?? path.join(here, '../lib/text/normalize/index.js');
const { normalizeForSpeech } = await import(path.resolve(libPath));

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const SMALL = arg('--small', 100_000);
const LARGE = arg('--large', 1_000_000);
/** A family slower than this at the small size is not run at the large size. */
const GIVE_UP_MS = 3000;

/**
 * Fewest milliseconds over `RUNS` calls, wall clock and this process's CPU time (user + system,
 * GC threads included): on a shared machine other processes only add wall time, so the CPU
 * figure is the one to compare when the load is high.
 */
const RUNS = arg('--runs', 3);
function time(fn) {
  let wall = Infinity;
  let cpu = Infinity;
  for (let r = 0; r < RUNS; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall = Math.min(wall, performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, (c.user + c.system) / 1000);
  }
  return { wall, cpu };
}

console.log(`normalizeForSpeech on adversarial inputs (${libPath}), Node ${process.version}, best of ${RUNS} runs`);
console.log(
  `${'family'.padEnd(30)}${`${SMALL / 1000} K chars`.padStart(14)}${`${LARGE / 1000} K chars`.padStart(14)}   growth   ${LARGE / 1000} K CPU`,
);
let worst = 0;
let worstCpu = 0;
for (const [name, make] of Object.entries(FAMILIES)) {
  const small = make(SMALL);
  normalizeForSpeech(small.slice(0, 1000)); // warm up the rule regexes
  const a = time(() => normalizeForSpeech(small));
  let b = null;
  if (a.wall < GIVE_UP_MS) {
    const large = make(LARGE);
    b = time(() => normalizeForSpeech(large));
    worst = Math.max(worst, b.wall);
    worstCpu = Math.max(worstCpu, b.cpu);
  }
  const shown = b === null ? 'skipped'.padStart(14) : `${b.wall.toFixed(0)} ms`.padStart(14);
  const ratio = b === null ? '   –' : (b.wall / Math.max(a.wall, 0.5)).toFixed(1).padStart(7);
  const cpu = b === null ? '' : `${b.cpu.toFixed(0)} ms`.padStart(12);
  console.log(`${name.padEnd(30)}${`${a.wall.toFixed(0)} ms`.padStart(14)}${shown}   ${ratio}${cpu}`);
}
console.log(
  `slowest family at ${LARGE / 1000} K chars: ${worst.toFixed(0)} ms wall, ${worstCpu.toFixed(0)} ms CPU (goal: under 1000 ms)`,
);
