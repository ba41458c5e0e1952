/**
 * GEXF reader (1.1, 1.2 and 1.3, static graphs): typed attributes with defaults, native label/weight,
 * viz colour/position/size, mixed edge types, parallel edges. Hierarchies (nested nodes, `pid`) stop
 * the import with a clear message; dynamic data (spells, time-stamped values) is read as static.
 */
import { createKnowledgeGraph, type KnowledgeGraph } from '../graph/schema';
import { EXACT_ATTR, ENCODING_ATTR, castValue, kindFromAttrType, type KeyKind } from '../graphml/keys';
import { addParsedEdge, attributeTarget, fillMissing, prepareAdjacency, readEdgeId, readNodeId, requireEnds, settleAttributes, storeAttribute, type AttributeRecord, type AttributeTarget, type ParsedEdge, type ReadAttributes } from '../graphml/records';
import { toEdgeAttributes, toNodeAttributes } from '../graphml/normalize';
import { decodeUnrepresentable } from '../xml/escape';
import { InputError } from '../xml/errors';
import { localName, xmlReader } from '../xml/reader';
import type { XmlAttributes } from '../xml/attributes';

interface AttributeDef {
  title: string;
  target: AttributeTarget;
  kind: KeyKind;
  defaultText?: string;
}

interface RawNode extends ReadAttributes {
  id: string;
  line: number;
  /** What GEXF says natively (label, viz): the fallback where no attvalue says it. */
  native: AttributeRecord;
}

interface RawEdge extends RawNode, ParsedEdge {}

function hex2(n: number): string {
  return Math.max(0, Math.min(255, Math.round(n))).toString(16).padStart(2, '0');
}

/** Parses GEXF text into a knowledge graph; throws InputError naming the line for anything it cannot take. */
export function readGexf(text: string, options: { maxChars?: number } = {}): KnowledgeGraph {
  const reader = xmlReader('GEXF');
  const { fail } = reader;
  const defs: Record<string, Map<string, AttributeDef>> = { node: new Map(), edge: new Map(), graph: new Map() };
  const nodes = new Map<string, RawNode>();
  const edges: RawEdge[] = [];
  const edgeIds = new Map<string, number>();
  const graphAttributes: ReadAttributes = { data: {} };
  const stack: string[] = [];
  let defaultDirected = true;
  let cls = 'node';
  let attribute: AttributeDef | undefined;
  let inDefault = false;
  let defaultText = '';
  let current: RawNode | undefined;
  let owner: 'node' | 'edge' | 'graph' | undefined;

  const opentag = (tagName: string, a: XmlAttributes) => {
    const name = localName(tagName);
    if (stack.length === 0 && name !== 'gexf') {
      const hint = name === 'graphml' ? ' It is a GraphML file — open it as GraphML.' : '';
      fail('wrong-root', `The root element is <${tagName}>, not <gexf>: this is not a GEXF file.${hint}`);
    }
    stack.push(name);
    switch (name) {
      case 'graph':
        defaultDirected = a.get('defaultedgetype') !== 'undirected';
        return;
      case 'attributes':
        cls = a.get('class') ?? 'node';
        return;
      case 'attribute': {
        const id = a.get('id') ?? a.get('title');
        if (id === undefined) fail('bad-value', '<attribute> without an id.');
        const title = decodeUnrepresentable(a.get('title') ?? id!);
        const exact = a.get(EXACT_ATTR);
        const exactFor = exact === undefined ? undefined : decodeUnrepresentable(exact);
        attribute = { title, target: attributeTarget(title, exactFor), kind: a.get(ENCODING_ATTR) === 'json' ? 'json' : kindFromAttrType(a.get('type')) };
        defs[cls]?.set(id!, attribute);
        return;
      }
      case 'default':
        inDefault = attribute !== undefined;
        defaultText = '';
        return;
      case 'relata-graph':
        owner = 'graph';
        return;
      case 'node': {
        if (current !== undefined) fail('unsupported', `Node "${current.id}" contains nodes: hierarchical GEXF graphs cannot be imported. Flatten the graph in the source tool.`);
        if (a.get('pid') !== undefined) fail('unsupported', 'A node with a parent (pid): hierarchical GEXF graphs cannot be imported. Flatten the graph in the source tool.');
        const id = readNodeId(a.get('id'), nodes, fail);
        current = { id, line: reader.line, data: {}, native: {} };
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
        const { id, hasId } = readEdgeId(a.get('id'), edgeIds, reader.line, fail);
        const type = a.get('type') ?? (defaultDirected ? 'directed' : 'undirected');
        const edge: RawEdge = {
          id, hasId, line: reader.line, data: {}, native: {},
          source: decodeUnrepresentable(source!), target: decodeUnrepresentable(target!), directed: type !== 'undirected',
        };
        const label = a.get('label');
        if (label !== undefined) edge.native.label = decodeUnrepresentable(label);
        const weightText = a.get('weight');
        if (weightText !== undefined) {
          const weight = castValue('double', weightText);
          if (weight === undefined) fail('bad-value', `Edge weight "${weightText}" is not a number.`);
          edge.native.weight = weight;
        }
        edges.push(edge);
        current = edge;
        owner = 'edge';
        return;
      }
      case 'attvalue': {
        if (owner === undefined) return;
        const key = a.get('for') ?? a.get('id');
        const text = a.get('value');
        if (key === undefined || text === undefined) fail('bad-value', '<attvalue> without "for" or "value".');
        const def = defs[owner]!.get(key!);
        const value = decodeUnrepresentable(text!);
        const element = owner === 'graph' ? graphAttributes : current!;
        if (!def) {
          storeAttribute(element, { attr: key!, exact: false }, value);
          return;
        }
        const cast = castValue(def.kind, value);
        if (cast === undefined) fail('bad-value', `"${value.slice(0, 40)}" is not a valid ${def.kind} for attribute "${def.title}".`);
        storeAttribute(element, def.target, cast);
        return;
      }
      case 'color': {
        const [r, g, b, hex] = [a.get('r'), a.get('g'), a.get('b'), a.get('hex')];
        if (current && r !== undefined && g !== undefined && b !== undefined) current.native.color = `#${hex2(Number(r))}${hex2(Number(g))}${hex2(Number(b))}`;
        else if (current && hex !== undefined) current.native.color = hex.toLowerCase();
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
  const closetag = () => {
    const name = stack.pop();
    if (name === 'default' && inDefault && attribute) {
      attribute.defaultText = decodeUnrepresentable(defaultText);
      inDefault = false;
    } else if (name === 'attribute') attribute = undefined;
    else if (name === 'node' || name === 'edge') {
      current = undefined;
      owner = undefined;
    } else if (name === 'relata-graph') owner = undefined;
  };

  reader.read(text, { opentag, closetag, text: onText }, options.maxChars);

  const graph = createKnowledgeGraph();
  const defaults = (cls: string): Array<[string, unknown]> => {
    const out: Array<[string, unknown]> = [];
    for (const def of defs[cls]!.values()) {
      if (def.defaultText === undefined || def.target.exact) continue;
      const value = castValue(def.kind, def.defaultText);
      if (value === undefined) throw new InputError('bad-value', `The default of attribute "${def.title}" is not a valid ${def.kind}.`);
      out.push([def.target.attr, value]);
    }
    return out;
  };
  // Attvalues carry Relata's exact values; native label/viz fill in for files from other tools.
  const settle = (raw: RawNode, classDefaults: Array<[string, unknown]>) => {
    const data = settleAttributes(raw, classDefaults);
    fillMissing(data, Object.entries(raw.native));
    return data;
  };
  graph.replaceAttributes(settleAttributes(graphAttributes, defaults('graph')));
  const nodeDefaults = defaults('node');
  let index = 0;
  for (const raw of nodes.values()) graph.addNode(raw.id, toNodeAttributes(raw.id, settle(raw, nodeDefaults), undefined, index++, nodes.size));
  prepareAdjacency(graph, edges);
  const edgeDefaults = defaults('edge');
  for (const raw of edges) {
    requireEnds(raw, raw.line, graph);
    addParsedEdge(graph, raw, toEdgeAttributes(settle(raw, edgeDefaults), undefined));
  }
  return graph;
}
