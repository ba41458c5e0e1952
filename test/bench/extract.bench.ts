/**
 * The extract command end to end, as a person runs it (start-up, reading, analysis on every core,
 * resolution, layout, writing), beside compromise's bare parse of the same text in one thread: on the
 * 1 MB and 10 MB bench corpora, with --jobs 1 and --jobs N (N = cores), in wall time and in CPU time
 * (all threads; steadier on a busy machine). Also the layout's share of the wall time, peak memory and
 * growth from 1 to 10 MB. Beside them, the bare parse split over N processes at once: what N cores give
 * compromise alone, the floor for --jobs N on this machine. RUNS sets the runs at 1 MB (default 3; 10 MB runs
 * once); BIG=100 adds a 100 MB run for the memory bound.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { bareParse, bareParseInParallel, type BareParse } from './bare-parse';
import { buildCorpus } from './corpus';
import { median } from './stats';

const MB = 1024 * 1024;
const RUNS = Number(process.env.RUNS ?? 3);
const JOBS = availableParallelism();
const root = join(import.meta.dirname, '..', '..');

interface CliRun {
  wallMs: number;
  cpuMs: number;
  layoutMs: number;
  peakMb: number;
  nodes: number;
  edges: number;
}

/** Runs `npm run extract`'s command and reads its closing line for the layout's time, the CPU time and the peak memory. */
function runCli(dir: string, jobs: number): CliRun {
  const out = join(dir, '..', `out-${jobs}.graphml`);
  const started = performance.now();
  const child = spawnSync(process.execPath, [join(root, 'main/cli/launch.mjs'), 'extract', dir, '-o', out, '--jobs', String(jobs)], { cwd: root, encoding: 'utf8', maxBuffer: 64 * MB });
  const wallMs = performance.now() - started;
  const done = /: (\d+) nodes, (\d+) edges .*\(layout ([\d.]+) s, CPU ([\d.]+) s, peak memory (\d+) MB\)/.exec(child.stderr);
  if (child.status !== 0 || !done) throw new Error(`extract --jobs ${jobs} failed: ${child.stderr}`);
  return { wallMs, cpuMs: Number(done[4]) * 1000, layoutMs: Number(done[3]) * 1000, peakMb: Number(done[5]), nodes: Number(done[1]), edges: Number(done[2]) };
}

/** The documents as text files in a new temporary folder. */
function writeCorpus(docs: { name: string; text: string }[]): { dir: string; corpus: string } {
  const dir = mkdtempSync(join(tmpdir(), 'relata-bench-'));
  const corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  for (const d of docs) writeFileSync(join(corpus, d.name), d.text);
  return { dir, corpus };
}

interface Figures {
  bytes: number;
  documents: number;
  bare: number;
  bareCpu: number;
  /** The bare parse over JOBS processes at once. */
  bareParallel: number;
  bareParallelCpu: number;
  cli: Map<number, CliRun[]>;
}

/** Writes the corpus as files and times the bare parses, --jobs 1 and --jobs N in turns, so load weighs on all alike. */
async function measure(megabytes: number, runs: number): Promise<Figures> {
  const docs = buildCorpus(megabytes * MB);
  const { dir, corpus } = writeCorpus(docs);
  const bare: BareParse[] = [];
  const bareParallel: BareParse[] = [];
  const cli = new Map<number, CliRun[]>([[1, []], [JOBS, []]]);
  try {
    for (let r = 0; r < runs; r++) {
      bare.push(bareParse(megabytes));
      bareParallel.push(await bareParseInParallel(megabytes, JOBS));
      for (const [jobs, list] of cli) list.push(runCli(corpus, jobs));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    bytes: docs.reduce((n, d) => n + d.text.length, 0),
    documents: docs.length,
    bare: median(bare.map((b) => b.wallMs)),
    bareCpu: median(bare.map((b) => b.cpuMs)),
    bareParallel: median(bareParallel.map((b) => b.wallMs)),
    bareParallelCpu: median(bareParallel.map((b) => b.cpuMs)),
    cli,
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const kbps = (bytes: number, ms: number) => `${(bytes / 1024 / (ms / 1000)).toFixed(0)} KB/s`;

function report(label: string, f: Figures, runs: number): void {
  const first = f.cli.get(1)![0]!;
  console.log(`\n${label}: ${f.documents} documents, ${(f.bytes / MB).toFixed(2)} MB → ${first.nodes} nodes, ${first.edges} edges (medians of ${runs})`);
  console.log(`  ${''.padEnd(24)} ${'wall'.padStart(8)} ${'speed'.padStart(10)} ${'× bare'.padStart(7)} ${'CPU'.padStart(8)} ${'× bare'.padStart(7)} ${'layout'.padStart(7)} ${'share'.padStart(6)} ${'peak RSS'.padStart(9)}`);
  console.log(`  ${'compromise bare parse'.padEnd(24)} ${seconds(f.bare).padStart(8)} ${kbps(f.bytes, f.bare).padStart(10)} ${'1.00'.padStart(7)} ${seconds(f.bareCpu).padStart(8)} ${'1.00'.padStart(7)}`);
  const floor = f.bareParallel / f.bare;
  console.log(`  ${`bare parse, ${JOBS} processes`.padEnd(24)} ${seconds(f.bareParallel).padStart(8)} ${kbps(f.bytes, f.bareParallel).padStart(10)} ${floor.toFixed(2).padStart(7)} ${seconds(f.bareParallelCpu).padStart(8)} ${(f.bareParallelCpu / f.bareCpu).toFixed(2).padStart(7)}   the floor for --jobs ${JOBS}: compromise alone on ${JOBS} cores`);
  for (const [jobs, list] of f.cli) {
    const wall = median(list.map((r) => r.wallMs));
    const cpu = median(list.map((r) => r.cpuMs));
    const layout = median(list.map((r) => r.layoutMs));
    const peak = median(list.map((r) => r.peakMb));
    const target = jobs === 1 ? 1.5 : 0.65;
    const ratio = wall / f.bare;
    const share = layout / wall;
    console.log(
      `  ${`extract --jobs ${jobs}`.padEnd(24)} ${seconds(wall).padStart(8)} ${kbps(f.bytes, wall).padStart(10)} ${ratio.toFixed(2).padStart(7)} ${seconds(cpu).padStart(8)} ${(cpu / f.bareCpu).toFixed(2).padStart(7)} ${seconds(layout).padStart(7)} ${`${(share * 100).toFixed(0)}%`.padStart(6)} ${`${peak} MB`.padStart(9)}` +
        `   ${ratio <= target ? 'meets' : 'MISSES'} ≤ ${target}× bare; layout ${share <= 0.25 ? 'meets' : 'MISSES'} ≤ 25%`,
    );
  }
}

const small = await measure(1, RUNS);
report('1 MB corpus', small, RUNS);
const large = await measure(10, 1);
report('10 MB corpus', large, 1);

console.log('\ngrowth 1 MB → 10 MB (wall time, and bare parse for scale)');
const textGrowth = large.bytes / small.bytes;
console.log(`  compromise bare parse    ${(large.bare / small.bare).toFixed(2)}× for ${textGrowth.toFixed(2)}× text`);
for (const jobs of small.cli.keys()) {
  const growth = large.cli.get(jobs)![0]!.wallMs / median(small.cli.get(jobs)!.map((r) => r.wallMs));
  const memory = large.cli.get(jobs)![0]!.peakMb;
  console.log(`  extract --jobs ${jobs}        ${growth.toFixed(2)}× time   ${growth <= 1.1 * textGrowth ? 'meets' : 'MISSES'} ≤ 11× for 10×   peak RSS ${memory} MB   ${memory <= 600 ? 'meets' : 'MISSES'} ≤ 600 MB`);
}

if (process.env.BIG) {
  const megabytes = Number(process.env.BIG);
  const docs = buildCorpus(megabytes * MB);
  const { dir, corpus } = writeCorpus(docs);
  try {
    const run = runCli(corpus, JOBS);
    console.log(`\n${megabytes} MB corpus, extract --jobs ${JOBS}: ${seconds(run.wallMs)}, ${run.nodes} nodes, peak RSS ${run.peakMb} MB   ${run.peakMb <= 2048 ? 'meets' : 'MISSES'} ≤ 2 GB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
