/**
 * Attribute records shared by the GraphML and GEXF readers. Names come from the file, so they are
 * only ever set with setAttribute and tested with Object.hasOwn: "toString" or "valueOf" are
 * ordinary attribute names, never inherited members, and "__proto__" is stored, not obeyed. The
 * records stay plain objects (fast properties: no prototype-less dictionaries, no deletes), which
 * matters at hundreds of thousands of elements.
 */
import type { EdgeAttributes, KnowledgeGraph } from '../graph/schema';
import { decodeUnrepresentable } from '../xml/escape';
import { InputError } from '../xml/errors';
import type { XmlReader } from '../xml/reader';
import { PROVENANCE } from './keys';

export type AttributeRecord = Record<string, unknown>;

export function setAttribute(data: AttributeRecord, name: string, value: unknown): void {
  if (name === '__proto__') Object.defineProperty(data, name, { value, writable: true, enumerable: true, configurable: true });
  else data[name] = value;
}

/** Copies each entry whose name the record does not hold yet (declared defaults, native fallbacks). */
export function fillMissing(data: AttributeRecord, entries: Iterable<readonly [string, unknown]>): void {
  for (const [name, value] of entries) if (!Object.hasOwn(data, name)) setAttribute(data, name, value);
}

const PROVENANCE_BY_FILE_NAME = new Map([...PROVENANCE].map(([name, fileName]) => [fileName, name]));

/**
 * Where a value read under a file's key name belongs: provenance JSON ("relata:occurrences") under
 * its attribute, an exact JSON copy of a list (see EXACT_ATTR) over the list it backs up.
 */
export interface AttributeTarget {
  attr: string;
  exact: boolean;
}

export function attributeTarget(fileName: string, exactFor?: string): AttributeTarget {
  if (exactFor !== undefined) return { attr: exactFor, exact: true };
  return { attr: PROVENANCE_BY_FILE_NAME.get(fileName) ?? fileName, exact: false };
}

/** One element's attributes while it is read; exact list copies wait apart, then win. */
export interface ReadAttributes {
  data: AttributeRecord;
  exact?: AttributeRecord;
}

export function storeAttribute(element: ReadAttributes, target: AttributeTarget, value: unknown): void {
  setAttribute(target.exact ? (element.exact ??= {}) : element.data, target.attr, value);
}

/** Completes an element once its file element closed: declared defaults fill gaps, exact copies replace lists. */
export function settleAttributes(element: ReadAttributes, defaults: ReadonlyArray<readonly [string, unknown]>): AttributeRecord {
  fillMissing(element.data, defaults);
  if (element.exact) for (const [name, value] of Object.entries(element.exact)) setAttribute(element.data, name, value);
  return element.data;
}

/** An edge as a reader collected it: its id only counts when the file gave one. */
export interface ParsedEdge {
  id: string;
  hasId: boolean;
  directed: boolean;
  source: string;
  target: string;
}

/**
 * Refuses an edge (read on `line`) whose ends are not both nodes of `graph`, which holds every node by
 * now. Asking the graph rather than the reader's own map of nodes means the lookups it then makes to
 * add the edge find their entries already in the cache (a third faster on a large file).
 */
export function requireEnds(edge: ParsedEdge, line: number, graph: KnowledgeGraph): void {
  const missing = !graph.hasNode(edge.source) ? edge.source : !graph.hasNode(edge.target) ? edge.target : undefined;
  if (missing !== undefined) throw new InputError('missing-node', `Edge ${edge.hasId ? `"${edge.id}" ` : ''}refers to node "${missing}", which the file does not define.`, line);
}

/** What graphology keeps per node besides its attributes: the edges to each neighbour, keyed by that neighbour. */
interface NodeAdjacency {
  in?: Record<string, unknown>;
  out?: Record<string, unknown>;
  undirected?: Record<string, unknown>;
}

/** Deleting a property that is not the last one added puts an object in dictionary mode. */
function toDictionary(record: Record<string, unknown> | undefined): void {
  if (record === undefined) return;
  record.a = 0;
  record.b = 0;
  delete record.a;
  delete record.b;
}

/**
 * Readies the graph, which holds every node by now, for `edges`. graphology indexes edges in an object
 * per node and direction, keyed by neighbour and starting as `{}`; as hardly two nodes gain the same
 * neighbours in the same order, V8 made a new hidden class at nearly every edge added, and that was
 * most of what adding an edge cost. In dictionary mode an addition is a hash insert. These objects are
 * graphology's internals: where they are not found, nothing is done and the edges are added all the same.
 */
export function prepareAdjacency(graph: KnowledgeGraph, edges: readonly ParsedEdge[]): void {
  const nodes = (graph as unknown as { _nodes?: unknown })._nodes;
  if (!(nodes instanceof Map)) return;
  const directed = edges.some((edge) => edge.directed);
  const undirected = edges.some((edge) => !edge.directed);
  for (const node of (nodes as Map<string, NodeAdjacency>).values()) {
    if (directed) {
      toDictionary(node.in);
      toDictionary(node.out);
    }
    if (undirected) toDictionary(node.undirected);
  }
}

export function addParsedEdge(graph: KnowledgeGraph, edge: ParsedEdge, attributes: EdgeAttributes): void {
  if (edge.hasId) {
    if (edge.directed) graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, attributes);
    else graph.addUndirectedEdgeWithKey(edge.id, edge.source, edge.target, attributes);
  } else if (edge.directed) graph.addDirectedEdge(edge.source, edge.target, attributes);
  else graph.addUndirectedEdge(edge.source, edge.target, attributes);
}

/** A node's id from its attribute, refused when missing or already used by a node in `nodes`. */
export function readNodeId(raw: string | undefined, nodes: ReadonlyMap<string, { line: number }>, fail: XmlReader['fail']): string {
  if (raw === undefined) fail('bad-value', '<node> without an id attribute.');
  const id = decodeUnrepresentable(raw!);
  const first = nodes.get(id);
  if (first) fail('duplicate-id', `Node id "${id}" is used twice (first on line ${first.line}); node ids must be unique.`);
  return id;
}

/** An edge's id, if the file gives one, refused when already used; `seen` maps ids to the line they first appeared on. */
export function readEdgeId(raw: string | undefined, seen: Map<string, number>, line: number, fail: XmlReader['fail']): Pick<ParsedEdge, 'id' | 'hasId'> {
  if (raw === undefined) return { id: '', hasId: false };
  const id = decodeUnrepresentable(raw);
  const first = seen.get(id);
  if (first !== undefined) fail('duplicate-id', `Edge id "${id}" is used twice (first on line ${first}); edge ids must be unique.`);
  seen.set(id, line);
  return { id, hasId: true };
}
