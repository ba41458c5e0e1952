/** Seeded random knowledge graphs with community structure, for benchmarks and tests. */
import { seededRandom } from '../layout/rng';
import { createKnowledgeGraph, ENTITY_TYPES, TYPE_COLORS, type KnowledgeGraph } from './schema';

export interface GenerateOptions {
  nodes: number;
  /** Average number of edges per node (default 3). */
  edgesPerNode?: number;
  /** Number of clusters edges mostly stay within (default √nodes / 2). */
  clusters?: number;
  /** Share of edges that stay inside a cluster (default 0.85). */
  cohesion?: number;
  seed?: number;
}

/** A graph of `nodes` entities and about `edgesPerNode × nodes` relations; the same options give the same graph. */
export function generateGraph(options: GenerateOptions): KnowledgeGraph {
  const { nodes, edgesPerNode = 3, cohesion = 0.85, seed = 1 } = options;
  const clusters = Math.max(1, options.clusters ?? Math.round(Math.sqrt(nodes) / 2));
  const rng = seededRandom(seed);
  const graph = createKnowledgeGraph();
  const members: string[][] = Array.from({ length: clusters }, () => []);
  const extent = Math.sqrt(nodes) * 10;
  // Clusters sit in blobs of their own, as a force layout would place them, rather than spread over everything.
  const centres = Array.from({ length: clusters }, () => ({ x: (rng() - 0.5) * extent, y: (rng() - 0.5) * extent }));
  const spread = extent / Math.sqrt(clusters);

  for (let i = 0; i < nodes; i++) {
    const key = `n${i}`;
    const cluster = i % clusters;
    const type = ENTITY_TYPES[Math.floor(rng() * ENTITY_TYPES.length)]!;
    const doc = `doc${cluster % 20}.txt`;
    members[cluster]!.push(key);
    graph.addNode(key, {
      label: `Entity ${i}`,
      type,
      aliases: [],
      mentions: 1 + Math.floor(rng() * 10),
      docs: [doc],
      x: centres[cluster]!.x + (rng() + rng() - 1) * spread,
      y: centres[cluster]!.y + (rng() + rng() - 1) * spread,
      size: 4,
      color: TYPE_COLORS[type],
      note: '',
      tags: [],
      pinned: false,
      occurrences: [],
    });
  }

  const pick = (list: string[]): string => list[Math.floor(rng() * list.length)]!;
  const all = graph.nodes();
  const edgeCount = nodes < 2 ? 0 : Math.round(nodes * edgesPerNode);
  for (let i = 0; i < edgeCount; i++) {
    const source = all[i % nodes]!;
    const home = members[i % nodes % clusters]!;
    let target = rng() < cohesion && home.length > 1 ? pick(home) : pick(all);
    while (target === source) target = pick(all);
    graph.addDirectedEdgeWithKey(`e${i}`, source, target, {
      label: 'relates to',
      predicate: 'relate',
      evidence: '',
      doc: '',
      confidence: Math.round(rng() * 1000) / 1000,
      weight: 1,
      note: '',
      tags: [],
      support: [],
    });
  }
  return graph;
}
