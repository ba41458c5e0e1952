/**
 * `npm run extract -- <file-or-folder>... -o <out.graphml> [--format graphml|json] [--layout none|fast|full] [--jobs N]`
 * Extracts a knowledge graph from text files; `json` writes a Relata project (documents and graph).
 * `--analyses <out.jsonl> [--shard i/n]` writes the documents' analyses instead, for `merge` (shards.ts).
 * Documents are read as the workers ask for them and analysed on every core, in worker threads.
 * Exits non-zero with a one-line reason on bad input, and with 130, having written nothing, on Ctrl+C.
 */
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { decodeAnalysis } from '../../shared/extract/analysis-codec';
import type { DocumentAnalysis } from '../../shared/extract/discourse';
import { AnalysisPool, type Analyzed } from '../../shared/extract/pool';
import { corpusId, inShard, parseShardSpec, shardLines, type ShardSpec } from '../../shared/extract/shards';
import { HEAP_FLAGS } from '../heap';
import { writeAtomically } from '../io/atomic-write';
import { expandPaths, fileSizes, streamDocuments } from './documents';
import { GRAPH_FILE_ARGS, graphFileOptions, writeGraphFile } from './graph-file';
import { runCommand, type Interrupt } from './interrupt';
import { defaultJobs, nodeWorkers } from './node-workers';
import { ProgressLine } from './progress';

const USAGE = [
  'usage: npm run extract -- <file-or-folder>... -o <out.graphml> [--format graphml|json] [--layout none|fast|full] [--jobs N] [--model tagger.bin]',
  '       npm run extract -- <file-or-folder>... --analyses <out.jsonl> [--shard i/n] [--jobs N]',
].join('\n');
/** Above this many bytes (a few seconds of work) the CLI reports progress on stderr. */
const LARGE_CORPUS_BYTES = 256 * 1024;
/**
 * Above this many bytes, V8 collects a heap once it has grown by half since its last collection,
 * rather than up to fourfold. The analyses and the graph live to the end, so by default every heap
 * (this thread's and each worker's) fills with garbage to several times them first, and that was most
 * of a large corpus's peak memory. Not a cap: a large document still gets all it needs. Below this
 * size memory is no concern and the extra collections would cost a few per cent of the time.
 */
const EARLY_COLLECTION_BYTES = 2 * 1024 * 1024;
/**
 * A large corpus's only worker, with --jobs 1, gets a young generation between V8's default (16 MB
 * semi-spaces) and the graphs' (64, main/heap.ts): a parse's garbage dies young, and twice the space
 * is scavenged half as often, for at most some 50 MB more whatever the corpus's size. 10 MB bench
 * corpus, --jobs 1, 4 runs interleaved with the default's at load 3–5: CPU median 121 → 111 s (lower
 * in all four), wall 115 → 110 s, peak memory unchanged (471–486 → 476–491 MB). With two workers it
 * cost 519–543 → 568–570 MB for no clear gain (CPU 140 → 134 s, wall noisier), so they keep the
 * default; 48 and 64 MB gave one worker CPU 106 and 103 s, but peaks up to 549 and 564 MB.
 */
const ONE_WORKER_SEMI_SPACES = '--max-semi-space-size=32';
/**
 * TurboFan without inlining, for every thread of the command. Inlining builds large optimised bodies
 * of compromise's and the pipeline's polymorphic functions, which an object of a new shape soon
 * deoptimises ("wrong map"), and which are then compiled again: on the 1 MB bench corpus V8's
 * background compiles took about 5 s of CPU beside 9 s of analysis, on two cores the workers need.
 * Without inlining they take about 3 s, and the analysis runs no slower.
 */
const NO_INLINING = '--no-turbo-inlining';

function parseJobs(text: string | undefined): number {
  if (text === undefined) return defaultJobs();
  const jobs = Number(text);
  if (!Number.isInteger(jobs) || jobs < 1) throw new Error(`--jobs wants a whole number of workers ≥ 1, not "${text}"`);
  return jobs;
}

runCommand('extract', async (argv: string[], interrupt: Interrupt) => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { ...GRAPH_FILE_ARGS, model: { type: 'string' }, jobs: { type: 'string' }, analyses: { type: 'string' }, shard: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const output = graphFileOptions(values);
  const jobs = parseJobs(values.jobs);
  const shard: ShardSpec = values.shard === undefined ? { index: 0, count: 1 } : parseShardSpec(values.shard);
  if (positionals.length === 0) throw new Error(`missing input files; ${USAGE}`);
  if (values.analyses !== undefined && values.out !== undefined) throw new Error('give either -o <graph> or --analyses <file>, not both');
  if (values.analyses === undefined && values.shard !== undefined) throw new Error('--shard writes analyses: give --analyses <out.jsonl> (then merge the shards)');
  if (values.analyses === undefined && output.out === undefined) throw new Error(`missing -o <out>; ${USAGE}`);

  const files = await expandPaths(positionals);
  if (files.length === 0) throw new Error('the corpus is empty: no non-empty .txt, .text or .md files in the given paths');
  const mine = files.map((_, i) => i).filter((i) => inShard(i, shard));
  const sizes = await fileSizes(mine.map((i) => files[i]!));
  const bytes = sizes.reduce((a, b) => a + b, 0);
  const progress = bytes > LARGE_CORPUS_BYTES ? new ProgressLine(mine.length, bytes) : undefined;
  // Set on V8 at run time, so every heap has it, the workers' yet to start too.
  if (bytes > EARLY_COLLECTION_BYTES) setFlagsFromString('--heap-growing-percent=50');
  // A parse allocates as fast as a graph read, and most of it dies young: with the graphs' young
  // generation the workers scavenge a quarter as often (1 MB bench corpus, --jobs 1: 5 % less CPU),
  // for up to 3 × 48 MB more a thread, which only a small corpus can spare.
  else for (const flag of HEAP_FLAGS) setFlagsFromString(flag);
  const workers = Math.min(jobs, Math.max(1, mine.length));
  if (bytes > EARLY_COLLECTION_BYTES && workers === 1) setFlagsFromString(ONE_WORKER_SEMI_SPACES);
  setFlagsFromString(NO_INLINING);
  const sizeOf = new Map(mine.map((doc, k) => [doc, sizes[k]!]));

  const setup = values.model === undefined ? {} : { model: values.model };
  // Even one job gets a worker thread: this thread never loads the pipeline, so the worker costs only
  // its start, and meanwhile this one reads, decodes and collects its garbage on another core.
  const pool = new AnalysisPool(workers, nodeWorkers(setup));
  interrupt.onInterrupt(() => pool.cancel());
  const analyze = async (onAnalyzed: (item: Analyzed) => void | Promise<void>) => {
    try {
      await pool.run(streamDocuments(files, (i) => inShard(i, shard)), async (item) => {
        await onAnalyzed(item);
        progress?.advance(sizeOf.get(item.index)!);
      });
    } finally {
      progress?.close();
    }
    interrupt.check();
  };

  if (values.analyses !== undefined) {
    await writeAtomically(values.analyses, async (file) => {
      await file.write(`${shardLines.header(shard, corpusId(files.map((f) => basename(f))))}\n`);
      let records = 0;
      await analyze(async ({ index, analysis }) => {
        await file.write(`${shardLines.analysis(index, analysis)}\n`);
        records++;
      });
      await file.write(`${shardLines.end(records)}\n`);
      interrupt.check();
    });
    console.error(`wrote ${values.analyses}: analyses of ${mine.length} of ${files.length} documents (shard ${shard.index}/${shard.count})`);
    return;
  }

  const analyses: DocumentAnalysis[] = [];
  await analyze(({ analysis }) => void analyses.push(decodeAnalysis(analysis)));
  await writeGraphFile(analyses, { ...output, out: output.out! }, interrupt);
});
