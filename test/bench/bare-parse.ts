/**
 * compromise's bare parse of the bench corpus, the benches' baseline, timed in a process of its own:
 * a process that has loaded Relata's pipeline parses faster, since the pipeline installs a quicker
 * matcher into compromise (shared/extract/bulk-match.ts), and the baseline is compromise as it ships.
 * Run as a script (`bare-parse.ts MEGABYTES`) it is that process, and prints its timing as JSON.
 */
import { spawnSync } from 'node:child_process';
import nlp from 'compromise';
import { buildCorpus } from './corpus';

const MB = 1024 * 1024;

export interface BareParse {
  wallMs: number;
  /** CPU time of the process, all its threads (the collector's helpers too). */
  cpuMs: number;
}

/** Parses the bench corpus of `megabytes` with compromise in a fresh process that loads nothing of Relata's. */
export function bareParse(megabytes: number): BareParse {
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', import.meta.filename, String(megabytes)], { encoding: 'utf8', maxBuffer: 16 * MB });
  if (child.status !== 0) throw new Error(`bare parse failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as BareParse;
}

if (process.argv[1] === import.meta.filename) {
  const docs = buildCorpus(Number(process.argv[2]) * MB);
  globalThis.gc?.();
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const d of docs) nlp(d.text);
  const { user, system } = process.cpuUsage(cpu);
  console.log(JSON.stringify({ wallMs: performance.now() - started, cpuMs: (user + system) / 1000 }));
}
