/**
 * `npm run fuzz [-- --cases N --from SEED]`: the long fuzz run. Prints outcomes by mutation and the
 * seeds of any unclean case (add them to REGRESSIONS in fuzz.test.ts once fixed); exits 1 if any.
 */
import { parseArgs } from 'node:util';
import { fuzzCase } from './cases';
import { runCase } from './check';

const { values } = parseArgs({ options: { cases: { type: 'string', default: '100000' }, from: { type: 'string', default: '1' } } });
const cases = Number(values.cases);
const from = Number(values.from);
const byMutation = new Map<string, { loaded: number; refused: number; unclean: number }>();
const failures: string[] = [];
let slowest = 0;
const start = performance.now();
for (let seed = from; seed < from + cases; seed++) {
  const outcome = runCase(fuzzCase(seed));
  slowest = Math.max(slowest, outcome.ms);
  for (const mutation of new Set([...outcome.mutations, `(${outcome.kind})`])) {
    const counts = byMutation.get(mutation) ?? { loaded: 0, refused: 0, unclean: 0 };
    counts[outcome.result]++;
    byMutation.set(mutation, counts);
  }
  if (outcome.result === 'unclean') {
    failures.push(`seed ${seed} (${outcome.kind}; ${outcome.mutations.join(', ')}): ${outcome.detail}`);
    console.error(failures.at(-1));
  }
  if ((seed - from + 1) % 5000 === 0) console.error(`${seed - from + 1} cases, ${failures.length} unclean, ${Math.round((performance.now() - start) / 1000)} s`);
}
console.log(`${cases} cases from seed ${from} in ${Math.round((performance.now() - start) / 1000)} s; slowest case ${Math.round(slowest)} ms of CPU`);
console.log('mutation'.padEnd(36) + 'loaded'.padStart(9) + 'refused'.padStart(9) + 'unclean'.padStart(9));
for (const [name, c] of [...byMutation].sort()) console.log(name.padEnd(36) + String(c.loaded).padStart(9) + String(c.refused).padStart(9) + String(c.unclean).padStart(9));
console.log(`${failures.length} unclean outcomes`);
for (const failure of failures) console.log(failure);
process.exit(failures.length > 0 ? 1 : 0);
