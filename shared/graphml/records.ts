/**
 * Attribute records shared by the GraphML and GEXF readers. Names come from the file, so a record
 * has no prototype: "toString", "valueOf" or "__proto__" are ordinary attribute names, never
 * inherited members that `in` would find or assignment would redirect.
 */
import type { EdgeAttributes, KnowledgeGraph } from '../graph/schema';
import { decodeUnrepresentable } from '../xml/escape';
import type { XmlReader } from '../xml/reader';
import { PROVENANCE } from './keys';

export type AttributeRecord = Record<string, unknown>;

export function attributeRecord(): AttributeRecord {
  return Object.create(null) as AttributeRecord;
}

/** Copies each entry whose name the record does not hold yet (declared defaults, native fallbacks). */
export function fillMissing(data: AttributeRecord, entries: Iterable<readonly [string, unknown]>): void {
  for (const [name, value] of entries) if (!Object.hasOwn(data, name)) data[name] = value;
}

export function renameAttribute(data: AttributeRecord, from: string, to: string): void {
  if (!Object.hasOwn(data, from)) return;
  data[to] = data[from];
  delete data[from];
}

/** Moves provenance JSON from its `relata:` file name back under its attribute name. */
export function restoreProvenance(data: AttributeRecord): void {
  for (const [name, fileName] of PROVENANCE) renameAttribute(data, fileName, name);
}

/** An edge as a reader collected it: its id only counts when the file gave one. */
export interface ParsedEdge {
  id: string;
  hasId: boolean;
  directed: boolean;
  source: string;
  target: string;
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
