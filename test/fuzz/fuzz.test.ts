/**
 * The fuzz suite's bounded run in `npm test` (`npm run fuzz` runs the long one): a fixed range of seeds
 * within a time budget, plus every seed that once failed, each now a regression case.
 */
import { describe, expect, it } from 'vitest';
import { fuzzCase, MUTATION_NAMES, type FileKind } from './cases';
import { runCase, type Outcome } from './check';

/** Seeds that once gave an unclean outcome (see the commit that fixed each). */
export const REGRESSIONS: number[] = [
  // A 10 MB hint value of "&amp;"s: decoded one reference at a time, reading took 9 s.
  66632,
  // A 10 MB value of "&amp;"s with one bad reference: all were decoded before the bad one was reported (3 s).
  87279,
  // graphology JSON whose edge tags are nested 100,000 deep: turning them into text overflowed the stack.
  7474,
];

/**
 * The bounded run stops at CASES cases or when this file has run for BUDGET_MS (the fixed cases before it
 * included, which take 3 s on an idle machine and 20 s on a crowded one), whichever comes first; it
 * always runs MIN_CASES.
 */
const CASES = 3_000;
const MIN_CASES = 300;
const BUDGET_MS = 40_000;
const fileStart = performance.now();

const unclean = (outcomes: Outcome[]) => outcomes.filter((o) => o.result === 'unclean').map((o) => `seed ${o.seed} (${o.kind}; ${o.mutations.join(', ')}): ${o.detail}`);

describe('fuzzing the GraphML, GEXF and project readers', () => {
  it('gives every regression seed a clean outcome', () => {
    expect(unclean(REGRESSIONS.map((seed) => runCase(fuzzCase(seed))))).toEqual([]);
  });

  it('gives each mutation, on each kind of file, a clean outcome (the large ones included)', () => {
    const outcomes: Outcome[] = [];
    for (const kind of ['graphml', 'gexf', 'project', 'graphology'] as FileKind[]) {
      MUTATION_NAMES.forEach((mutation, i) => outcomes.push(runCase(fuzzCase(1_000_000 + i, { kind, mutation }))));
    }
    expect(unclean(outcomes)).toEqual([]);
  }, 120_000);

  it('gives a bounded run of seeded cases clean outcomes: loaded, or refused with the reader\'s own message', () => {
    const outcomes: Outcome[] = [];
    for (let seed = 1; seed <= CASES && (seed <= MIN_CASES || performance.now() - fileStart < BUDGET_MS); seed++) outcomes.push(runCase(fuzzCase(seed)));
    expect(unclean(outcomes)).toEqual([]);
    // The run exercises both ends: files that still load and files that are refused.
    expect(outcomes.filter((o) => o.result === 'loaded').length).toBeGreaterThan(outcomes.length / 20);
    expect(outcomes.filter((o) => o.result === 'refused').length).toBeGreaterThan(outcomes.length / 20);
  }, 120_000);
});
