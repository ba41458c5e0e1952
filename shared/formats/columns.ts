/**
 * The attributes of a graph seen as table columns: which attributes its nodes (or edges) hold, of what
 * kind, contract attributes first. Tabular writers (CSV, Neo4j) and the attribute table share them.
 */
import type { KnowledgeGraph } from '../graph/schema';
import { originalAttributeName, RESERVED_ATTRIBUTES } from '../graph/safe-keys';
import { EDGE_CONTRACT, NODE_CONTRACT, formatValue, type KeyKind } from '../graphml/keys';
import { KeyIds, planKeys } from '../graphml/plan';

export interface Column {
  /** Attribute name in the graph. */
  attr: string;
  /** The attribute's name outside the graph (see ../graph/safe-keys.ts): what a header shows. */
  name: string;
  kind: KeyKind;
}

/**
 * The columns of nodes or edges: the contract's attributes that occur, then every other attribute in
 * the order first met. Provenance (occurrences, support) is left out: it is structure, not a cell.
 */
export function attributeColumns(graph: KnowledgeGraph, domain: 'node' | 'edge'): Column[] {
  const contract = domain === 'node' ? NODE_CONTRACT : EDGE_CONTRACT;
  const each = domain === 'node'
    ? (visit: (a: Record<string, unknown>) => void) => graph.forEachNode((_, a) => visit(a))
    : (visit: (a: Record<string, unknown>) => void) => graph.forEachEdge((_, a) => visit(a));
  const present = new Set<string>();
  each((attributes) => {
    for (const name in attributes) if (Object.hasOwn(attributes, name) && attributes[name] !== undefined) present.add(name);
  });
  return planKeys(domain, contract, each, { provenance: false, ids: new KeyIds(), graphAttributes: graph.getAttributes() })
    .filter((plan) => plan.exactFor === undefined && present.has(plan.attr))
    .map((plan) => ({ attr: plan.attr, name: plan.name, kind: plan.kind }));
}

/** An attribute value as the text of one cell: lists `|`-joined, structures as JSON, nothing as ''. */
export function cellText(column: Pick<Column, 'attr' | 'kind'>, attributes: Record<string, unknown>): string {
  if (!Object.hasOwn(attributes, column.attr)) return '';
  const value = attributes[column.attr];
  if (value === undefined || value === null) return '';
  // A value of another kind than its column (a list in a mostly-string column) keeps its own form.
  if (column.kind === 'list' && !Array.isArray(value)) return String(value);
  if (column.kind === 'string' && typeof value !== 'string') return typeof value === 'object' ? JSON.stringify(value) : String(value);
  return formatValue(column.kind, value);
}

/** True for kinds whose values are numbers. */
export function isNumeric(kind: KeyKind): boolean {
  return kind === 'int' || kind === 'long' || kind === 'float' || kind === 'double';
}

/** Attributes Relata itself gives: the contract's, and the view's own flag for a node the person hid. */
const OWN_NAMES = { node: new Set([...NODE_CONTRACT.map(([name]) => name), 'hidden']), edge: new Set(EDGE_CONTRACT.map(([name]) => name)) };

/** The kind a lone value would get as a column of its own. */
function kindOfValue(value: unknown): KeyKind {
  if (Array.isArray(value)) return value.every((v) => typeof v === 'string') ? 'list' : 'json';
  if (typeof value === 'number') return 'double';
  if (typeof value === 'boolean') return 'boolean';
  return typeof value === 'string' ? 'string' : 'json';
}

/**
 * The attributes of one node or edge that Relata's contract does not name (karate's `club`, a type
 * Relata did not know), as [name, text] pairs under the names they came with: what the inspector lists.
 */
export function importedAttributes(domain: 'node' | 'edge', attributes: Record<string, unknown>): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const attr of Object.keys(attributes)) {
    const value = attributes[attr];
    if (OWN_NAMES[domain].has(attr) || RESERVED_ATTRIBUTES.has(attr) || value === undefined || value === null) continue;
    out.push([originalAttributeName(attr), cellText({ attr, kind: kindOfValue(value) }, attributes)]);
  }
  return out;
}
