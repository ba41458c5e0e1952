/**
 * Attribute records shared by the GraphML and GEXF readers. Ids and attribute names from a file go
 * through safeKey and safeAttributeName before they become keys (see ../graph/safe-keys.ts), so no
 * record or graphology index ever has "__proto__" or "toString" as an own key, and records stay plain
 * objects with fast properties, which matters at hundreds of thousands of elements.
 */
import { NotFoundGraphError, UsageGraphError } from 'graphology';
import type { EdgeAttributes, KnowledgeGraph } from '../graph/schema';
import { RESERVED_ATTRIBUTES, originalKey, safeAttributeName, safeKey } from '../graph/safe-keys';
import { jsonProblem } from '../project/model';
import type { Repairs } from '../project/repairs';
import { decodeUnrepresentable } from '../xml/escape';
import { InputError, quoted } from '../xml/errors';
import type { XmlReader } from '../xml/reader';
import { castValue, INTERNAL, type KeyKind } from './keys';
import type { Hint } from './hints';

export type AttributeRecord = Record<string, unknown>;

/** Copies each entry whose name the record does not hold yet, or holds unset (declared defaults, native fallbacks). */
export function fillMissing(data: AttributeRecord, entries: Iterable<readonly [string, unknown]>): void {
  for (const [name, value] of entries) if (!Object.hasOwn(data, name) || data[name] === undefined) data[name] = value;
}

/**
 * Where a value read under a file's key belongs: a foreign attribute under its own (safe) name,
 * one of the model's structures where Relata's hint says so, or an exact JSON copy of a list (see
 * ./hints.ts) over the list it backs up.
 */
export interface AttributeTarget {
  attr: string;
  exact: boolean;
}

export function attributeTarget(fileName: string, hint: Hint | undefined): AttributeTarget {
  const internal = hint?.get('internal');
  if (internal !== undefined && RESERVED_ATTRIBUTES.has(internal) && INTERNAL.has(internal)) return { attr: internal, exact: false };
  const exact = hint?.get('exact');
  if (exact !== undefined) return { attr: safeAttributeName(exact), exact: true };
  return { attr: safeAttributeName(hint?.get('name') ?? fileName), exact: false };
}

/** One element's attributes while it is read; exact list copies wait apart, then win. */
export interface ReadAttributes {
  data: AttributeRecord;
  exact?: AttributeRecord;
}

export function storeAttribute(element: ReadAttributes, target: AttributeTarget, value: unknown): void {
  (target.exact ? (element.exact ??= {}) : element.data)[target.attr] = value;
}

/** Completes an element once its file element closed: declared defaults fill gaps, exact copies replace lists. */
export function settleAttributes(element: ReadAttributes, defaults: ReadonlyArray<readonly [string, unknown]>): AttributeRecord {
  fillMissing(element.data, defaults);
  if (element.exact) for (const [name, value] of Object.entries(element.exact)) element.data[name] = value;
  return element.data;
}

/**
 * A value's text cast to its key's kind, or undefined when it does not fit. JSON that the model
 * cannot hold (deeper than MAX_JSON_DEPTH, or a number beyond a double's range) is kept as its text,
 * and the repair is reported.
 */
export function castAttribute(kind: KeyKind, text: string, name: string, repairs: Repairs | undefined, where: () => string): unknown {
  const value = castValue(kind, text);
  if (kind !== 'json' || value === undefined || typeof value !== 'object' || value === null) return value;
  // The empty provenance list Relata writes on nearly every element has nothing to check.
  if (Array.isArray(value) && value.length === 0) return value;
  const problem = jsonProblem(value);
  if (problem === undefined) return value;
  repairs?.note(`JSON values ${problem === 'too-deep' ? 'nested too deeply' : 'holding numbers JSON cannot write'} were kept as text (attribute ${quoted(name)})`, where());
  return text;
}

/** An edge as a reader collected it: its id only counts when the file gave one. */
export interface ParsedEdge {
  id: string;
  hasId: boolean;
  directed: boolean;
  source: string;
  target: string;
  data: AttributeRecord;
}

/** How messages name an edge: by its id, or by its ends when it has none. */
export function describeEdge(edge: Pick<ParsedEdge, 'id' | 'hasId' | 'source' | 'target'>): string {
  return edge.hasId ? `edge ${quoted(originalKey(edge.id))}` : `the edge ${quoted(originalKey(edge.source))} → ${quoted(originalKey(edge.target))}`;
}

/**
 * Gives every edge a key of its own. A file may repeat an edge id: networkx writes a multigraph's
 * edge keys (0, 1, …) as ids, repeated across node pairs. The first edge with an id keeps it, the
 * others get `id-2`, `id-3`…, and every edge of a repeated id keeps the id as its attribute `key`.
 */
function assignEdgeKeys(edges: readonly ParsedEdge[]): void {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const edge of edges) {
    if (!edge.hasId) continue;
    if (seen.has(edge.id)) repeated.add(edge.id);
    else seen.add(edge.id);
  }
  if (repeated.size === 0) return;
  const first = new Set<string>();
  for (const edge of edges) {
    if (!edge.hasId || !repeated.has(edge.id)) continue;
    fillMissing(edge.data, [['key', originalKey(edge.id)]]);
    if (!first.has(edge.id)) {
      first.add(edge.id);
      continue;
    }
    let key: string;
    for (let n = 2; seen.has((key = safeKey(`${originalKey(edge.id)}-${n}`))); n++);
    seen.add(key);
    edge.id = key;
  }
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
function prepareAdjacency(graph: KnowledgeGraph, edges: readonly ParsedEdge[]): void {
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

/** A parsed edge and the offset of its element, for the message if one of its ends is missing. */
export interface PlacedEdge extends ParsedEdge {
  at: number;
}

/**
 * Adds `edges` to `graph`, which holds every node by now, in file order, with their attribute records
 * as they stand: readers complete them afterwards, in place. graphology checks each edge's ends and key
 * anyway, so the usual file is added without looking anything up beforehand. When graphology refuses an
 * edge (a repeated id, which some files have, or a missing end), the edges are added again with their
 * ids settled by assignEdgeKeys, and a missing end then becomes an InputError naming the edge.
 */
export function addParsedEdges(graph: KnowledgeGraph, edges: readonly PlacedEdge[], reader: Pick<XmlReader, 'positionOf'>): void {
  prepareAdjacency(graph, edges);
  try {
    for (const edge of edges) addParsedEdge(graph, edge);
  } catch (error) {
    if (!(error instanceof UsageGraphError || error instanceof NotFoundGraphError)) throw error;
    graph.clearEdges();
    assignEdgeKeys(edges);
    prepareAdjacency(graph, edges);
    for (const edge of edges) {
      try {
        addParsedEdge(graph, edge);
      } catch (refusal) {
        if (!(refusal instanceof NotFoundGraphError)) throw refusal;
        const missing = graph.hasNode(edge.source) ? edge.target : edge.source;
        const name = describeEdge(edge);
        throw new InputError('missing-node', `${name[0]!.toUpperCase()}${name.slice(1)} refers to node ${quoted(originalKey(missing))}, which the file does not define.`, reader.positionOf(edge.at));
      }
    }
  }
}

function addParsedEdge(graph: KnowledgeGraph, edge: ParsedEdge): void {
  // The record becomes complete edge attributes in place, once every edge is in (see addParsedEdges).
  const attributes = edge.data as EdgeAttributes;
  if (edge.hasId) {
    if (edge.directed) graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, attributes);
    else graph.addUndirectedEdgeWithKey(edge.id, edge.source, edge.target, attributes);
  } else if (edge.directed) graph.addDirectedEdge(edge.source, edge.target, attributes);
  else graph.addUndirectedEdge(edge.source, edge.target, attributes);
}

/** How a reader turns an id attribute into the id it stands for (GraphML ids may be escaped name tokens). */
export type IdDecoder = (raw: string) => string;

/** The graph key for an id attribute's text. */
export function graphKey(raw: string, decode: IdDecoder): string {
  return safeKey(decode(decodeUnrepresentable(raw)));
}

/** A node's key from its id attribute, refused when missing or already used by a node in `nodes` (which keeps their offsets). */
export function readNodeId(raw: string | undefined, nodes: ReadonlyMap<string, { at: number }>, reader: Pick<XmlReader, 'fail' | 'positionOf'>, decode: IdDecoder): string {
  if (raw === undefined) reader.fail('bad-value', '<node> without an id attribute.');
  const id = graphKey(raw!, decode);
  const first = nodes.get(id);
  if (first) reader.fail('duplicate-id', `Node id ${quoted(originalKey(id))} is used twice (first on line ${reader.positionOf(first.at).line}); node ids must be unique.`);
  return id;
}

/** An edge's key, if the file gives one (repeated ids are settled by assignEdgeKeys). */
export function readEdgeId(raw: string | undefined, decode: IdDecoder): Pick<ParsedEdge, 'id' | 'hasId'> {
  if (raw === undefined) return { id: '', hasId: false };
  return { id: graphKey(raw, decode), hasId: true };
}
