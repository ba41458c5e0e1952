/**
 * Declared attribute types that the values alone do not tell: a `double` whose values are all whole,
 * a `long` beyond 2^53 (kept as its digits), a `float`, GEXF's `listinteger` or `byte`. Readers record
 * them in the graph attribute `relataTypes` as [domain, attribute, type] triples, only where inferring
 * a type from the values would give another; writers use them while the values still fit.
 */
import type { KnowledgeGraph } from '../graph/schema';
import { DECIMAL, INTEGER, SPECIAL_DOUBLES, TYPES_ATTRIBUTE, observeKind, type Domain, type KeyKind } from './keys';

export type Declaration = [Domain, string, string];

const INTEGERS = new Set(['int', 'integer', 'short', 'byte']);
const LONGS = new Set(['long', 'biginteger']);
const DOUBLES = new Set(['double', 'bigdecimal']);
/** Types GraphML's attr.type says itself; any other travels in a hint. */
export const GRAPHML_TYPES: ReadonlySet<string> = new Set(['boolean', 'int', 'long', 'float', 'double', 'string']);

/** How values of a declared type are kept and written where the format has no such type. */
export function storageKind(type: string): KeyKind {
  if (INTEGERS.has(type)) return 'int';
  if (LONGS.has(type)) return 'long';
  if (DOUBLES.has(type)) return 'double';
  if (type === 'float' || type === 'boolean') return type;
  return type.startsWith('list') ? 'json' : 'string';
}

const isWhole = (value: unknown) => (typeof value === 'number' && Number.isSafeInteger(value)) || (typeof value === 'string' && INTEGER.test(value));
const isDecimal = (value: unknown) => typeof value === 'number' || (typeof value === 'string' && (DECIMAL.test(value) || [...SPECIAL_DOUBLES.values()].includes(value)));

/** Whether `value` is one a key of the declared `type` carries exactly. */
export function fitsKind(type: string, value: unknown): boolean {
  if (type.startsWith('list')) return Array.isArray(value) && value.every((item) => fitsKind(type.slice(4), item));
  switch (storageKind(type)) {
    case 'int':
    case 'long':
      return isWhole(value);
    case 'float':
    case 'double':
      return isDecimal(value);
    case 'boolean':
      return typeof value === 'boolean';
    default:
      return typeof value === 'string';
  }
}

/** The declared types of one domain's attributes, by attribute name. */
export function declaredTypes(graphAttributes: Record<string, unknown>, domain: Domain): Map<string, string> {
  const types = new Map<string, string>();
  const declared = graphAttributes[TYPES_ATTRIBUTE];
  if (!Array.isArray(declared)) return types;
  for (const entry of declared) {
    if (Array.isArray(entry) && entry[0] === domain && typeof entry[1] === 'string' && typeof entry[2] === 'string') types.set(entry[1], entry[2]);
  }
  return types;
}

/** Stores the declarations a file made whose type inference from the values would not give back. */
export function recordDeclaredTypes(graph: KnowledgeGraph, declarations: readonly Declaration[]): void {
  const kept: Declaration[] = [];
  for (const domain of ['node', 'edge', 'graph'] as const) {
    const types = new Map(declarations.filter(([d]) => d === domain).map(([, attr, type]) => [attr, type]));
    if (types.size === 0) continue;
    const inferred = new Map<string, KeyKind>();
    const visit = (attributes: Record<string, unknown>) => {
      for (const attr of types.keys()) {
        if (Object.hasOwn(attributes, attr)) inferred.set(attr, observeKind(inferred.get(attr), attributes[attr]));
      }
    };
    if (domain === 'node') graph.forEachNode((_, attributes) => visit(attributes));
    else if (domain === 'edge') graph.forEachEdge((_, attributes) => visit(attributes));
    else visit(graph.getAttributes());
    for (const [attr, type] of types) {
      const kind = inferred.get(attr);
      if (kind !== undefined && (kind !== type || !GRAPHML_TYPES.has(type))) kept.push([domain, attr, type]);
    }
  }
  if (kept.length > 0) graph.setAttribute(TYPES_ATTRIBUTE, kept);
}
