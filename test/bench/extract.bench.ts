/**
 * Extraction throughput beside compromise's bare parse of the same text, linear growth from 1 MB to
 * 10 MB, and peak memory. The 10 MB run happens in a child process so its peak RSS is its own.
 */
import { spawnSync } from 'node:child_process';
import nlp from 'compromise';
import { extractGraph } from '../../shared/extract/index';
import { nerModel } from '../../main/extract/ner-model';
import { buildCorpus } from './corpus';

const MB = 1024 * 1024;
const RUNS = 3;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const size = (docs: { text: string }[]) => docs.reduce((n, d) => n + d.text.length, 0);

function time(fn: () => void): number {
  globalThis.gc?.();
  const t = performance.now();
  fn();
  return performance.now() - t;
}

if (process.argv[2] === '--child') {
  const docs = buildCorpus(Number(process.argv[3]) * MB);
  const ms = time(() => extractGraph(docs, { model: nerModel() }));
  console.log(JSON.stringify({ ms, bytes: size(docs), maxRssMb: process.resourceUsage().maxRSS / 1024 }));
} else {
  const docs = buildCorpus(1 * MB);
  const bytes = size(docs);
  const bare: number[] = [];
  const pipeline: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    bare.push(time(() => docs.forEach((d) => nlp(d.text))));
    pipeline.push(time(() => extractGraph(docs, { model: nerModel() })));
  }
  const graph = extractGraph(docs, { model: nerModel() });
  const kbps = (ms: number) => (bytes / 1024 / (ms / 1000)).toFixed(0);
  console.log(`corpus: ${docs.length} documents, ${(bytes / MB).toFixed(2)} MB → ${graph.order} nodes, ${graph.size} edges`);
  console.log(`compromise bare parse   median ${median(bare).toFixed(0)} ms  (${kbps(median(bare))} KB/s)  runs: ${bare.map((x) => x.toFixed(0)).join(', ')}`);
  console.log(`relata extraction       median ${median(pipeline).toFixed(0)} ms  (${kbps(median(pipeline))} KB/s)  runs: ${pipeline.map((x) => x.toFixed(0)).join(', ')}`);
  console.log(`pipeline / bare parse   ${(median(pipeline) / median(bare)).toFixed(2)}×   (target ≤ 2×)`);

  const child = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', import.meta.filename, '--child', '10'], { encoding: 'utf8', maxBuffer: 16 * MB });
  if (child.status !== 0) throw new Error(`10 MB run failed: ${child.stderr}`);
  const big = JSON.parse(child.stdout.trim().split('\n').pop()!) as { ms: number; bytes: number; maxRssMb: number };
  const growth = big.ms / median(pipeline);
  console.log(`10 MB corpus            ${big.ms.toFixed(0)} ms for ${(big.bytes / MB).toFixed(1)} MB (${kbps(big.ms * (bytes / big.bytes))} KB/s at 1 MB scale)`);
  console.log(`growth 1 MB → 10 MB     ${growth.toFixed(2)}× time for ${(big.bytes / bytes).toFixed(2)}× text   (target ≤ 11×)`);
  console.log(`peak RSS at 10 MB       ${big.maxRssMb.toFixed(0)} MB   (target < 1536 MB)`);
}
