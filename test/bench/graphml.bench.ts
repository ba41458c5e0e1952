/**
 * GraphML write and read of a generated graph (100k nodes, 300k edges, every contract attribute
 * filled), beside networkx reading and writing the same file in the same run. Each side runs in its
 * own processes, one per direction, so each peak RSS is that direction's own. Beside the wall time,
 * each side's CPU time: on a machine shared with other jobs it is the steadier figure (Node's counts
 * its collector's helper threads too, which makes its ratio the cautious one). Relata's side runs with
 * the V8 heap flags the app and the CLI run with (main/heap.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateGraph } from '../../shared/graph/generate';
import type { KnowledgeGraph } from '../../shared/graph/schema';
import { HEAP_FLAGS } from '../../main/heap';
import { readGraphml } from '../../shared/graphml/read';
import { writeGraphml } from '../../shared/graphml/write';
import { median } from './stats';

const NODES = 100_000;
const RUNS = 3;
const MB = 1024 * 1024;

interface Timing {
  ms: number[];
  cpuMs: number[];
  nodes: number;
  edges: number;
  maxRssMb: number;
}

/** The benchmark graph: generated structure plus the text a real extraction carries. */
function benchGraph(): KnowledgeGraph {
  const graph = generateGraph({ nodes: NODES, edgesPerNode: 3, seed: 7 });
  graph.forEachNode((node, attrs) => {
    graph.mergeNodeAttributes(node, { aliases: [`${attrs.label} alias`, `E${node}`], note: node.endsWith('7') ? 'checked & confirmed <by hand>' : '' });
  });
  graph.forEachEdge((edge, attrs, source, target) => {
    graph.mergeEdgeAttributes(edge, {
      evidence: `“${source} ${attrs.label} ${target}”, the sentence said — with “quotes” & <markup>.`,
      doc: `doc${edge.length % 20}.txt`,
    });
  });
  return graph;
}

/** Wall and CPU milliseconds of one call. */
function timed(fn: () => unknown): [number, number] {
  globalThis.gc?.();
  const cpu = process.cpuUsage();
  const start = performance.now();
  fn();
  const wall = performance.now() - start;
  const { user, system } = process.cpuUsage(cpu);
  return [wall, (user + system) / 1000];
}

function timing(runs: Array<[number, number]>, graph: KnowledgeGraph): Timing {
  return { ms: runs.map(([wall]) => wall), cpuMs: runs.map(([, cpu]) => cpu), nodes: graph.order, edges: graph.size, maxRssMb: process.resourceUsage().maxRSS / 1024 };
}

function child(args: string[]): Timing {
  const result = spawnSync(process.execPath, [...HEAP_FLAGS, '--import', 'tsx', '--expose-gc', import.meta.filename, ...args], { encoding: 'utf8', maxBuffer: 16 * MB });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as Timing;
}

function networkx(args: string[]): Timing {
  const script = join(import.meta.dirname, 'graphml_nx.py');
  const result = spawnSync('python3', [script, ...args], { encoding: 'utf8', maxBuffer: 16 * MB });
  if (result.status !== 0) throw new Error(`networkx ${args[0]} failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim()) as Timing;
}

const [mode, file] = process.argv.slice(2);
if (mode === '--write') {
  const graph = benchGraph();
  let text = '';
  const runs = Array.from({ length: RUNS }, () => timed(() => (text = writeGraphml(graph))));
  writeFileSync(file!, text);
  console.log(JSON.stringify(timing(runs, graph)));
} else if (mode === '--read') {
  const text = readFileSync(file!, 'utf8');
  let graph: KnowledgeGraph | undefined;
  // Each run starts with the previous graph released, as the networkx side does.
  const runs = Array.from({ length: RUNS }, () => {
    graph = undefined;
    return timed(() => (graph = readGraphml(text)));
  });
  console.log(JSON.stringify(timing(runs, graph!)));
} else {
  const dir = mkdtempSync(join(tmpdir(), 'relata-bench-'));
  const file = join(dir, 'bench.graphml');
  try {
    const write = child(['--write', file]);
    const read = child(['--read', file]);
    const nxRead = networkx(['read', file, String(RUNS)]);
    const nxWrite = networkx(['write', file, String(RUNS), join(dir, 'nx.graphml')]);
    if (nxRead.nodes !== read.nodes || nxRead.edges !== read.edges) throw new Error(`networkx read ${nxRead.nodes}/${nxRead.edges}, Relata ${read.nodes}/${read.edges}`);
    console.log(`graph: ${write.nodes} nodes, ${write.edges} edges, ${(statSync(file).size / MB).toFixed(1)} MB of GraphML; medians of ${RUNS} runs, each direction in its own process; load average ${loadavg()[0]!.toFixed(1)}`);
    const row = (name: string, t: Timing) =>
      `${name.padEnd(18)} ${median(t.ms).toFixed(0).padStart(7)} ms  (CPU ${median(t.cpuMs).toFixed(0).padStart(6)} ms)   peak RSS ${t.maxRssMb.toFixed(0).padStart(5)} MB   runs: ${t.ms.map((x) => x.toFixed(0)).join(', ')}`;
    const ratio = (name: string, ours: Timing, theirs: Timing) =>
      `  ${name} relata ${(median(theirs.ms) / median(ours.ms)).toFixed(1)}× faster than networkx (CPU time: ${(median(theirs.cpuMs) / median(ours.cpuMs)).toFixed(1)}×)   (target ≥ 5×)`;
    console.log(row('relata write', write));
    console.log(row('networkx write', nxWrite));
    console.log(ratio('write:', write, nxWrite));
    console.log(row('relata read', read));
    console.log(row('networkx read', nxRead));
    console.log(ratio('read: ', read, nxRead));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
