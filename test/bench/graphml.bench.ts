/**
 * GraphML write and read of a generated graph (100k nodes, 300k edges, every contract attribute
 * filled), beside networkx reading and writing the same file in the same run. Each side runs in its
 * own processes, one per direction, so each peak RSS is that direction's own.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateGraph } from '../../shared/graph/generate';
import type { KnowledgeGraph } from '../../shared/graph/schema';
import { readGraphml } from '../../shared/graphml/read';
import { writeGraphml } from '../../shared/graphml/write';

const NODES = 100_000;
const RUNS = 3;
const MB = 1024 * 1024;

interface Timing {
  ms: number[];
  nodes: number;
  edges: number;
  maxRssMb: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

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

function timed(fn: () => unknown): number {
  globalThis.gc?.();
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function child(args: string[]): Timing {
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', import.meta.filename, ...args], { encoding: 'utf8', maxBuffer: 16 * MB });
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
  const ms = Array.from({ length: RUNS }, () => timed(() => (text = writeGraphml(graph))));
  writeFileSync(file!, text);
  console.log(JSON.stringify({ ms, nodes: graph.order, edges: graph.size, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
} else if (mode === '--read') {
  const text = readFileSync(file!, 'utf8');
  let graph: KnowledgeGraph | undefined;
  // Each run starts with the previous graph released, as the networkx side does.
  const ms = Array.from({ length: RUNS }, () => {
    graph = undefined;
    return timed(() => (graph = readGraphml(text)));
  });
  console.log(JSON.stringify({ ms, nodes: graph!.order, edges: graph!.size, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
} else {
  const dir = mkdtempSync(join(tmpdir(), 'relata-bench-'));
  const file = join(dir, 'bench.graphml');
  try {
    const write = child(['--write', file]);
    const read = child(['--read', file]);
    const nxRead = networkx(['read', file, String(RUNS)]);
    const nxWrite = networkx(['write', file, String(RUNS), join(dir, 'nx.graphml')]);
    if (nxRead.nodes !== read.nodes || nxRead.edges !== read.edges) throw new Error(`networkx read ${nxRead.nodes}/${nxRead.edges}, Relata ${read.nodes}/${read.edges}`);
    console.log(`graph: ${write.nodes} nodes, ${write.edges} edges, ${(statSync(file).size / MB).toFixed(1)} MB of GraphML; medians of ${RUNS} runs, each direction in its own process`);
    const row = (name: string, t: Timing) => `${name.padEnd(18)} ${median(t.ms).toFixed(0).padStart(7)} ms   peak RSS ${t.maxRssMb.toFixed(0).padStart(5)} MB   runs: ${t.ms.map((x) => x.toFixed(0)).join(', ')}`;
    console.log(row('relata write', write));
    console.log(row('networkx write', nxWrite));
    console.log(`  write: relata ${(median(nxWrite.ms) / median(write.ms)).toFixed(1)}× faster than networkx   (target ≥ 3×)`);
    console.log(row('relata read', read));
    console.log(row('networkx read', nxRead));
    console.log(`  read:  relata ${(median(nxRead.ms) / median(read.ms)).toFixed(1)}× faster than networkx   (target ≥ 3×)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
