/** Copies of nodes and edges taken before an edit, so undo can put them back exactly (same keys). */
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from '../schema';

export interface NodeRecord {
  key: string;
  attributes: NodeAttributes;
}

export interface EdgeRecord {
  key: string;
  source: string;
  target: string;
  undirected: boolean;
  attributes: EdgeAttributes;
}

/**
 * Deep copy of plain attribute data (arrays, objects, primitives). A JSON value from a file may have
 * a key "__proto__": it is defined as data, as JSON.parse made it, not assigned (which would set the
 * copy's prototype instead).
 */
export function cloneData<T>(value: T): T {
  if (Array.isArray(value)) return value.map(cloneData) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) Object.defineProperty(out, k, { value: cloneData(v), writable: true, enumerable: true, configurable: true });
    return out as T;
  }
  return value;
}

export function requireNode(graph: KnowledgeGraph, node: string): void {
  if (!graph.hasNode(node)) throw new Error(`Node "${node}" is not in the graph (was it deleted?).`);
}

export function requireEdge(graph: KnowledgeGraph, edge: string): void {
  if (!graph.hasEdge(edge)) throw new Error(`Edge "${edge}" is not in the graph (was it deleted?).`);
}

export function nodeRecord(graph: KnowledgeGraph, key: string): NodeRecord {
  return { key, attributes: cloneData(graph.getNodeAttributes(key)) };
}

export function edgeRecord(graph: KnowledgeGraph, key: string): EdgeRecord {
  return {
    key,
    source: graph.source(key),
    target: graph.target(key),
    undirected: graph.isUndirected(key),
    attributes: cloneData(graph.getEdgeAttributes(key)),
  };
}

/** Records of every edge touching any of `nodes`, each once, in graph order. */
export function incidentEdgeRecords(graph: KnowledgeGraph, nodes: Iterable<string>): EdgeRecord[] {
  const seen = new Set<string>();
  const records: EdgeRecord[] = [];
  for (const node of nodes) {
    graph.forEachEdge(node, (edge) => {
      if (seen.has(edge)) return;
      seen.add(edge);
      records.push(edgeRecord(graph, edge));
    });
  }
  return records;
}

export function restoreNode(graph: KnowledgeGraph, record: NodeRecord): void {
  graph.addNode(record.key, cloneData(record.attributes));
}

export function restoreEdge(graph: KnowledgeGraph, record: EdgeRecord): void {
  const attributes = cloneData(record.attributes);
  if (record.undirected) graph.addUndirectedEdgeWithKey(record.key, record.source, record.target, attributes);
  else graph.addDirectedEdgeWithKey(record.key, record.source, record.target, attributes);
}

/** A key not yet used by any edge: `base`, else `base#2`, `base#3`… */
export function freeEdgeKey(graph: KnowledgeGraph, base: string): string {
  if (!graph.hasEdge(base)) return base;
  let i = 2;
  while (graph.hasEdge(`${base}#${i}`)) i++;
  return `${base}#${i}`;
}

/** A key not yet used by any node, derived from `base`. */
export function freeNodeKey(graph: KnowledgeGraph, base: string): string {
  if (!graph.hasNode(base)) return base;
  let i = 2;
  while (graph.hasNode(`${base}#${i}`)) i++;
  return `${base}#${i}`;
}
