/**
 * GEXF reader (1.1, 1.2 and 1.3, static graphs): typed attributes with defaults, 1.3's list types and
 * edge `kind`, native label/weight, viz colour/position/size, mixed edge types, parallel edges,
 * Relata's own hints (../graphml/hints.ts). Hierarchies (nested nodes, `pid`) stop the import with a
 * clear message; dynamic data (spells, time-stamped values) is read as static; elements of other
 * namespaces are left out.
 */
import { createKnowledgeGraph, type KnowledgeGraph } from '../graph/schema';
import { originalKey, safeAttributeName } from '../graph/safe-keys';
import { HINT_TARGET, parseHint, type Hint } from '../graphml/hints';
import { castValue, EDGE_CONTRACT, NODE_CONTRACT, type KeyKind } from '../graphml/keys';
import { toEdgeAttributes, toNodeAttributes, type Owner } from '../graphml/normalize';
import {
  addParsedEdges,
  attributeTarget,
  castAttribute,
  describeEdge,
  fillMissing,
  readEdgeId,
  readNodeId,
  settleAttributes,
  storeAttribute,
  type AttributeRecord,
  type AttributeTarget,
  type IdDecoder,
  type PlacedEdge,
  type ReadAttributes,
} from '../graphml/records';
import { recordDeclaredTypes, storageKind, type Declaration } from '../graphml/types';
import type { Repairs } from '../project/repairs';
import { decodeUnrepresentable } from '../xml/escape';
import { InputError, quoted } from '../xml/errors';
import { xmlReader } from '../xml/reader';
import type { XmlAttributes } from '../xml/attributes';

export interface GexfReadOptions {
  /** Input size cap in characters (see shared/xml/guard.ts). */
  maxChars?: number;
  /** Collects what was changed so the graph fits the project model. */
  repairs?: Repairs;
}

/** GEXF's namespaces over its versions, with those of its viz module. */
export const GEXF_NAMESPACES = ['1.1draft', '1.2draft', '1.3'].flatMap((v) =>
  ['http://www.gexf.net/', 'http://gexf.net/'].flatMap((base) => [`${base}${v}`, `${base}${v}/viz`]),
);

type AttributeClass = 'node' | 'edge' | 'graph';

interface AttributeDef {
  title: string;
  target: AttributeTarget;
  kind: KeyKind;
  /** The declared type, when it is not one the values show by themselves. */
  declared?: string;
  /** For list types, the type of their items. */
  items?: KeyKind;
  defaultText?: string;
}

interface RawNode extends ReadAttributes {
  id: string;
  /** Offset of the element in the text (see XmlReader.positionOf). */
  at: number;
  /** What GEXF says natively (label, viz): the fallback where no attvalue says it. */
  native: AttributeRecord;
}

interface RawEdge extends RawNode, PlacedEdge {
  /** GEXF 1.3's edge kind: the relation type in a multigraph. */
  kind?: string;
}

const CONTRACT: Record<AttributeClass, ReadonlySet<string>> = {
  node: new Set(NODE_CONTRACT.map(([name]) => name)),
  edge: new Set(EDGE_CONTRACT.map(([name]) => name)),
  graph: new Set(),
};

function hex2(text: string | undefined): string | undefined {
  const n = Number(text);
  return Number.isInteger(n) && n >= 0 && n <= 255 ? n.toString(16).padStart(2, '0') : undefined;
}

/** The attribute definition for a GEXF type (any case) and a Relata hint. */
function defineAttribute(title: string, type: string | undefined, hint: Hint | undefined): AttributeDef {
  const target = attributeTarget(title, hint);
  if (hint?.get('encoding') === 'json') return { title, target, kind: 'json' };
  const lower = (hint?.get('type') ?? type ?? 'string').toLowerCase();
  const declared = lower === 'integer' ? 'int' : lower === 'anyuri' ? 'anyURI' : lower;
  if (declared.startsWith('list')) return { title, target, kind: 'json', declared, items: storageKind(declared.slice(4)) };
  const kind = storageKind(declared);
  return declared === kind && kind !== 'int' && kind !== 'long' && kind !== 'float' && kind !== 'double' ? { title, target, kind } : { title, target, kind, declared };
}

/** A GEXF list value: `[a, b]` (1.3) or `a|b` (1.2's liststring), items cast to `items`; undefined if one does not fit. */
function castList(text: string, items: KeyKind): unknown[] | undefined {
  const body = text.trim();
  const bracketed = body.startsWith('[') && body.endsWith(']');
  const parts = bracketed ? (body.length === 2 ? [] : body.slice(1, -1).split(',')) : body === '' ? [] : body.split('|');
  const out: unknown[] = [];
  for (const part of parts) {
    const item = bracketed ? part.trim().replace(/^"(.*)"$/s, '$1') : part;
    const value = castValue(items, item);
    if (value === undefined) return undefined;
    out.push(value);
  }
  return out;
}

/** Parses GEXF text into a knowledge graph; throws InputError naming the line and column for anything it cannot take. */
export function readGexf(text: string, options: GexfReadOptions = {}): KnowledgeGraph {
  const reader = xmlReader('GEXF', GEXF_NAMESPACES);
  const { fail } = reader;
  const repairs = options.repairs;
  const defs = new Map<AttributeClass, Map<string, AttributeDef>>([['node', new Map()], ['edge', new Map()], ['graph', new Map()]]);
  const nodes = new Map<string, RawNode>();
  const edges: RawEdge[] = [];
  const graphAttributes: ReadAttributes = { data: {} };
  const stack: string[] = [];
  const identity: IdDecoder = (id) => id;
  let defaultDirected = true;
  let classDefs: Map<string, AttributeDef> | undefined;
  let openAttribute: { id: string; title: string; type: string | undefined; hint?: Hint; defaultText?: string } | undefined;
  let inDefault = false;
  let defaultText = '';
  let current: RawNode | undefined;
  let owner: 'node' | 'edge' | undefined;
  const where = () => (current === undefined ? 'the graph' : 'source' in current ? describeEdge(current as RawEdge) : `node ${quoted(originalKey(current.id))}`);

  const cast = (def: AttributeDef, value: string): unknown => {
    const result = def.items !== undefined ? castList(value, def.items) : castAttribute(def.kind, value, def.title, repairs, where);
    if (result === undefined) fail('bad-value', `${quoted(value)} is not a valid ${def.declared ?? def.kind} for attribute ${quoted(def.title)} of ${where()}.`);
    return result;
  };

  const opentag = (name: string, a: XmlAttributes, qualifiedName: string) => {
    if (stack.length === 0 && name !== 'gexf') {
      const hint = name === 'graphml' ? ' It is a GraphML file — open it as GraphML.' : '';
      fail('wrong-root', `The root element is <${qualifiedName.slice(0, 40)}>, not <gexf>: this is not a GEXF file.${hint}`);
    }
    stack.push(name);
    switch (name) {
      case 'graph':
        defaultDirected = a.get('defaultedgetype') !== 'undirected';
        return;
      case 'attributes':
        // Classes other than node, edge and graph hold nothing Relata reads.
        classDefs = defs.get(a.get('class') as AttributeClass) ?? new Map();
        return;
      case 'attribute': {
        const id = a.get('id') ?? a.get('title');
        if (id === undefined) fail('bad-value', '<attribute> without an id.');
        openAttribute = { id: id!, title: decodeUnrepresentable(a.get('title') ?? id!), type: a.get('type') };
        return;
      }
      case 'default':
        inDefault = openAttribute !== undefined;
        defaultText = '';
        return;
      case 'node': {
        if (current !== undefined) fail('unsupported', `${where()} contains nodes: hierarchical GEXF graphs cannot be imported. Flatten the graph in the source tool.`);
        if (a.get('pid') !== undefined) fail('unsupported', 'A node with a parent (pid): hierarchical GEXF graphs cannot be imported. Flatten the graph in the source tool.');
        const id = readNodeId(a.get('id'), nodes, reader, identity);
        current = { id, at: reader.offset, data: {}, native: {} };
        const label = a.get('label');
        if (label !== undefined) current.native.label = decodeUnrepresentable(label);
        nodes.set(id, current);
        owner = 'node';
        return;
      }
      case 'edge': {
        const source = a.get('source');
        const target = a.get('target');
        if (source === undefined || target === undefined) fail('bad-value', '<edge> without a source or a target.');
        const { id, hasId } = readEdgeId(a.get('id'), identity);
        const type = a.get('type') ?? (defaultDirected ? 'directed' : 'undirected');
        const edge: RawEdge = {
          id, hasId, at: reader.offset, data: {}, native: {},
          source: readEdgeId(source, identity).id, target: readEdgeId(target!, identity).id, directed: type !== 'undirected',
        };
        const label = a.get('label');
        if (label !== undefined) edge.native.label = decodeUnrepresentable(label);
        const kind = a.get('kind');
        if (kind !== undefined) edge.kind = decodeUnrepresentable(kind);
        const weightText = a.get('weight');
        if (weightText !== undefined) {
          const weight = castValue('double', weightText);
          if (weight === undefined) fail('bad-value', `Edge weight ${quoted(weightText)} is not a number.`);
          edge.native.weight = weight;
        }
        edges.push(edge);
        current = edge;
        owner = 'edge';
        return;
      }
      case 'attvalue': {
        if (owner === undefined || current === undefined) return;
        const key = a.get('for') ?? a.get('id');
        const value = a.get('value');
        if (key === undefined || value === undefined) fail('bad-value', '<attvalue> without "for" or "value".');
        const def = defs.get(owner)!.get(key!);
        const text = decodeUnrepresentable(value!);
        if (!def) storeAttribute(current, attributeTarget(key!, undefined), text);
        else storeAttribute(current, def.target, cast(def, text));
        return;
      }
      case 'color': {
        if (!current) return;
        const [r, g, b, hex] = [hex2(a.get('r')), hex2(a.get('g')), hex2(a.get('b')), a.get('hex')];
        if (r !== undefined && g !== undefined && b !== undefined) current.native.color = `#${r}${g}${b}`;
        else if (hex !== undefined) current.native.color = hex.toLowerCase();
        return;
      }
      case 'position':
        if (current) {
          current.native.x = Number(a.get('x') ?? 0);
          current.native.y = Number(a.get('y') ?? 0);
        }
        return;
      case 'size': {
        const size = a.get('value');
        if (current && size !== undefined) current.native.size = Number(size);
        return;
      }
      default:
        return;
    }
  };
  const onText = (t: string) => {
    if (inDefault) defaultText += t;
  };
  const instruction = (target: string, data: string) => {
    if (target !== HINT_TARGET) return;
    const hint = parseHint(data);
    const parent = stack[stack.length - 1];
    if (parent === 'attribute' && openAttribute) openAttribute.hint = hint;
    else if (parent === 'graph' && hint.has('graph-attribute')) graphAttribute(hint);
  };
  /** One graph attribute from its hint (GEXF 1.3 has no element for graph attributes). */
  const graphAttribute = (hint: Hint) => {
    const title = hint.get('graph-attribute')!;
    const def = defineAttribute(title, hint.get('type'), hint);
    storeAttribute(graphAttributes, def.target, cast(def, hint.get('value') ?? ''));
    if (def.declared !== undefined) declarations.push(['graph', def.target.attr, def.declared]);
  };
  const declarations: Declaration[] = [];
  const closetag = () => {
    const name = stack.pop();
    if (name === 'default' && inDefault && openAttribute) {
      openAttribute.defaultText = decodeUnrepresentable(defaultText);
      inDefault = false;
    } else if (name === 'attribute' && openAttribute) {
      const def = defineAttribute(openAttribute.title, openAttribute.type, openAttribute.hint);
      if (openAttribute.defaultText !== undefined) def.defaultText = openAttribute.defaultText;
      classDefs?.set(openAttribute.id, def);
      openAttribute = undefined;
    } else if (name === 'node' || name === 'edge') {
      current = undefined;
      owner = undefined;
    }
  };

  reader.read(text, { opentag, closetag, text: onText, instruction }, options.maxChars);

  const graph = createKnowledgeGraph();
  const defaults = (cls: AttributeClass): Array<[string, unknown]> => {
    const out: Array<[string, unknown]> = [];
    for (const def of defs.get(cls)!.values()) {
      if (def.declared !== undefined && !CONTRACT[cls].has(def.target.attr) && !def.target.exact) declarations.push([cls, def.target.attr, def.declared]);
      if (def.defaultText === undefined || def.target.exact) continue;
      const value = def.items !== undefined ? castList(def.defaultText, def.items) : castValue(def.kind, def.defaultText);
      if (value === undefined) throw new InputError('bad-value', `The default of attribute ${quoted(def.title)} is not a valid ${def.declared ?? def.kind}.`);
      out.push([def.target.attr, value]);
    }
    return out;
  };
  const owned: Owner = { repairs, where };
  // Attvalues carry Relata's exact values; native label/viz fill in for files from other tools.
  const settle = (raw: RawNode, classDefaults: Array<[string, unknown]>) => {
    current = raw;
    const data = settleAttributes(raw, classDefaults);
    fillMissing(data, Object.entries(raw.native));
    return data;
  };
  graph.replaceAttributes(settleAttributes(graphAttributes, []));
  const nodeDefaults = defaults('node');
  let index = 0;
  for (const raw of nodes.values()) graph.addNode(raw.id, toNodeAttributes(originalKey(raw.id), settle(raw, nodeDefaults), undefined, index++, nodes.size, owned));
  addParsedEdges(graph, edges, reader);
  const edgeDefaults = defaults('edge');
  for (const raw of edges) {
    const data = settle(raw, edgeDefaults);
    if (raw.kind !== undefined) {
      // The kind is the relation type: Relata's predicate, kept apart only when the file says both.
      if (!Object.hasOwn(data, 'predicate')) data.predicate = raw.kind;
      else if (data.predicate !== raw.kind) fillMissing(data, [[safeAttributeName('kind'), raw.kind]]);
    }
    toEdgeAttributes(data, undefined, owned);
  }
  current = undefined;
  recordDeclaredTypes(graph, declarations);
  return graph;
}
