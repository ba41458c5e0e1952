/**
 * compromise's bare parse of the bench corpus, the benches' baseline, timed in a process of its own:
 * a process that has loaded Relata's pipeline parses faster, since the pipeline installs a quicker
 * matcher into compromise (shared/extract/bulk-match.ts), and the baseline is compromise as it ships.
 * Run as a script (`bare-parse.ts MEGABYTES [SLICE COUNT]`) it is that process, parses every COUNTth
 * document from the SLICEth, and prints its timing as JSON.
 */
import { spawn, spawnSync } from 'node:child_process';
import nlp from 'compromise';
import { buildCorpus } from './corpus';

const MB = 1024 * 1024;

export interface BareParse {
  wallMs: number;
  /** CPU time of the process, all its threads (the collector's helpers too). */
  cpuMs: number;
}

const scriptArgs = (megabytes: number, slice = 0, count = 1) => ['--import', 'tsx', '--expose-gc', import.meta.filename, String(megabytes), String(slice), String(count)];
const timing = (stdout: string) => JSON.parse(stdout.trim().split('\n').pop()!) as BareParse;

/** Parses the bench corpus of `megabytes` with compromise in a fresh process that loads nothing of Relata's. */
export function bareParse(megabytes: number): BareParse {
  const child = spawnSync(process.execPath, scriptArgs(megabytes), { encoding: 'utf8', maxBuffer: 16 * MB });
  if (child.status !== 0) throw new Error(`bare parse failed: ${child.stderr}`);
  return timing(child.stdout);
}

/**
 * The same parse split over `processes` processes at once, each with its share of the documents: what
 * the machine's cores give compromise alone, the floor for the extract command's --jobs N. Wall time
 * is the slowest share's parse (start-up and corpus building left out, as in bareParse); CPU, all of them.
 */
export async function bareParseInParallel(megabytes: number, processes: number): Promise<BareParse> {
  const shares = await Promise.all(
    Array.from({ length: processes }, (_, slice) => new Promise<BareParse>((resolve, reject) => {
      const child = spawn(process.execPath, scriptArgs(megabytes, slice, processes), { stdio: ['ignore', 'pipe', 'inherit'] });
      let stdout = '';
      child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve(timing(stdout)) : reject(new Error(`bare parse ${slice}/${processes} failed (exit code ${code})`))));
    })),
  );
  return { wallMs: Math.max(...shares.map((s) => s.wallMs)), cpuMs: shares.reduce((sum, s) => sum + s.cpuMs, 0) };
}

if (process.argv[1] === import.meta.filename) {
  const [megabytes, slice = 0, count = 1] = process.argv.slice(2).map(Number);
  const docs = buildCorpus(megabytes! * MB).filter((_, i) => i % count === slice);
  globalThis.gc?.();
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const d of docs) nlp(d.text);
  const { user, system } = process.cpuUsage(cpu);
  console.log(JSON.stringify({ wallMs: performance.now() - started, cpuMs: (user + system) / 1000 }));
}
