/**
 * GraphML reader: typed keys (including Gephi's `integer`), `for="all"`, cast `<default>`s, mixed
 * directedness, parallel edges, unknown keys kept as attributes, yEd graphics mapped to position, label
 * and colour. Unsupported constructs (hyperedges, ports, nested graphs) stop the import with the element
 * and line rather than being dropped.
 */
import type { SaxesTagPlain } from 'saxes';
import { createKnowledgeGraph, type KnowledgeGraph } from '../graph/schema';
import { decodeUnrepresentable } from '../xml/escape';
import { InputError } from '../xml/errors';
import { localName, xmlReader } from '../xml/reader';
import { DERIVED_ATTR, ENCODING_ATTR, EXACT_ATTR, castValue, kindFromAttrType, type KeyKind } from './keys';
import { addParsedEdge, attributeRecord, fillMissing, readEdgeId, readNodeId, renameAttribute, restoreProvenance, type AttributeRecord, type ParsedEdge } from './records';
import { toEdgeAttributes, toNodeAttributes, type YedGraphics } from './normalize';

export interface GraphmlReadOptions {
  /** Input size cap in characters (see shared/xml/guard.ts). */
  maxChars?: number;
}

interface KeyDef {
  name: string;
  kind: KeyKind;
  domain: string;
  defaultText?: string;
  exactFor?: string;
  derived: boolean;
  yfiles?: string;
}

interface RawElement {
  id: string;
  line: number;
  data: AttributeRecord;
  yed: YedGraphics;
}

interface RawEdge extends RawElement, ParsedEdge {}

const UNSUPPORTED = new Map([
  ['hyperedge', 'hyperedges (edges joining more than two nodes)'],
  ['port', 'ports'],
  ['endpoint', 'hyperedge endpoints'],
  ['locator', 'graphs stored in separate files (<locator>)'],
]);

/** Parses GraphML text into a knowledge graph; throws InputError naming the line for anything it cannot take. */
export function readGraphml(text: string, options: GraphmlReadOptions = {}): KnowledgeGraph {
  const { parser, fail, read } = xmlReader('GraphML');
  const keys = new Map<string, KeyDef>();
  const graphData = attributeRecord();
  const nodes = new Map<string, RawElement>();
  const edges: RawEdge[] = [];
  const edgeIds = new Map<string, number>();
  const stack: string[] = [];
  let edgeDefaultDirected = true;
  let graphs = 0;

  let keyDef: KeyDef | undefined;
  let inDefault = false;
  let element: RawElement | undefined;
  let graphLevel = false;
  let dataKey: string | undefined;
  let dataText = '';
  let yfilesDepth = 0;
  let yedLabelOpen = false;
  let capture = false;


  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = localName(tag.name);
    const attrs = tag.attributes;
    if (stack.length === 0) {
      if (name !== 'graphml') {
        const hint = name === 'gexf' ? ' It is a GEXF file — open it as GEXF.' : '';
        fail('wrong-root', `The root element is <${tag.name}>, not <graphml>: this is not a GraphML file.${hint}`);
      }
    }
    stack.push(name);
    if (yfilesDepth > 0) {
      yfilesDepth++;
      const yed = element?.yed;
      if (!yed) return;
      if (name === 'Geometry') {
        yed.x = Number(attrs.x);
        yed.y = Number(attrs.y);
        yed.width = Number(attrs.width);
        yed.height = Number(attrs.height);
      } else if (name === 'Fill' && attrs.color !== undefined && yed.fill === undefined) {
        yed.fill = attrs.color;
      } else if ((name === 'NodeLabel' || name === 'EdgeLabel') && yed.label === undefined) {
        yedLabelOpen = true;
        capture = true;
        dataText = '';
      }
      return;
    }
    if (dataKey !== undefined) return; // markup inside a <data> we do not interpret: its text is kept
    const unsupported = UNSUPPORTED.get(name);
    if (unsupported !== undefined) {
      fail('unsupported', `<${tag.name}> found: GraphML ${unsupported} cannot be imported into Relata. Remove them in the source tool and export again.`);
    }
    switch (name) {
      case 'key': {
        const id = attrs.id;
        if (id === undefined) fail('bad-value', '<key> without an id attribute.');
        const def: KeyDef = {
          name: decodeUnrepresentable(attrs['attr.name'] ?? id!),
          kind: attrs[ENCODING_ATTR] === 'json' ? 'json' : kindFromAttrType(attrs['attr.type']),
          domain: attrs.for ?? 'all',
          derived: attrs[DERIVED_ATTR] === 'true',
        };
        if (attrs[EXACT_ATTR] !== undefined) def.exactFor = decodeUnrepresentable(attrs[EXACT_ATTR]);
        if (attrs['yfiles.type'] !== undefined) def.yfiles = attrs['yfiles.type'];
        keys.set(id!, def);
        keyDef = def;
        return;
      }
      case 'default':
        if (keyDef) {
          inDefault = true;
          capture = true;
          dataText = '';
        }
        return;
      case 'graph':
        if (element !== undefined) fail('unsupported', `A nested <graph> inside node "${element.id}" cannot be imported: Relata graphs are flat. Flatten the group in the source tool.`);
        if (++graphs > 1) fail('unsupported', 'A second <graph> found: Relata imports one graph per file. Split the file in the source tool.');
        edgeDefaultDirected = attrs.edgedefault !== 'undirected';
        graphLevel = true;
        return;
      case 'node': {
        const id = readNodeId(attrs.id, nodes, fail);
        element = { id, line: parser.line, data: attributeRecord(), yed: {} };
        nodes.set(id, element);
        graphLevel = false;
        return;
      }
      case 'edge': {
        if (attrs.source === undefined || attrs.target === undefined) fail('bad-value', '<edge> without a source or a target.');
        const { id, hasId } = readEdgeId(attrs.id, edgeIds, parser.line, fail);
        const directed = attrs.directed === undefined ? edgeDefaultDirected : attrs.directed !== 'false';
        const raw: RawEdge = {
          id, hasId, line: parser.line, data: attributeRecord(), yed: {}, directed,
          source: decodeUnrepresentable(attrs.source!),
          target: decodeUnrepresentable(attrs.target!),
        };
        edges.push(raw);
        element = raw;
        graphLevel = false;
        return;
      }
      case 'data': {
        const key = attrs.key;
        if (key === undefined) fail('bad-value', '<data> without a key attribute.');
        dataKey = key;
        dataText = '';
        if (keys.get(key!)?.yfiles !== undefined) {
          yfilesDepth = 1;
          capture = false;
        } else {
          capture = true;
        }
        return;
      }
      default:
        return;
    }
  });

  const onText = (t: string) => {
    if (capture) dataText += t;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);

  parser.on('closetag', (tag: SaxesTagPlain) => {
    const name = stack.pop();
    if (yfilesDepth > 0) {
      if (yedLabelOpen && (name === 'NodeLabel' || name === 'EdgeLabel')) {
        if (element) element.yed.label = decodeUnrepresentable(dataText.trim());
        yedLabelOpen = false;
        capture = false;
      }
      if (--yfilesDepth > 0) return;
      dataKey = undefined;
      return;
    }
    if (dataKey !== undefined && name !== 'data') return;
    switch (name) {
      case 'data': {
        const key = dataKey!;
        dataKey = undefined;
        capture = false;
        const def = keys.get(key);
        const target = element ? element.data : graphLevel ? graphData : undefined;
        if (!target || def?.derived) return;
        // Keys never declared are kept as string attributes named by their id.
        const value = def ? castData(def, decodeUnrepresentable(dataText), element?.id, tag.name, parser.line) : decodeUnrepresentable(dataText);
        target[def?.name ?? key] = value;
        return;
      }
      case 'default':
        if (inDefault && keyDef) keyDef.defaultText = decodeUnrepresentable(dataText);
        inDefault = false;
        capture = false;
        return;
      case 'key':
        keyDef = undefined;
        return;
      case 'node':
      case 'edge':
        element = undefined;
        return;
      case 'graph':
        graphLevel = false;
        return;
      default:
        return;
    }
  });

  read(text, stack, options.maxChars);
  if (graphs === 0) throw new InputError('empty', 'The GraphML file contains no <graph>.');

  return build(keys, graphData, nodes, edges);
}

function castData(def: KeyDef, text: string, owner: string | undefined, tagName: string, line: number): unknown {
  const value = castValue(def.kind, text);
  if (value === undefined) {
    const where = owner === undefined ? 'the graph' : `"${owner}"`;
    throw new InputError('bad-value', `<${tagName}> of ${where}: "${text.slice(0, 40)}" is not a valid ${def.kind} for key "${def.name}".`, line);
  }
  return value;
}

function defaultsFor(keys: Map<string, KeyDef>, domain: string): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  for (const def of keys.values()) {
    if (def.defaultText === undefined || def.derived || (def.domain !== domain && def.domain !== 'all')) continue;
    const value = castValue(def.kind, def.defaultText);
    if (value === undefined) throw new InputError('bad-value', `The <default> of key "${def.name}" ("${def.defaultText.slice(0, 40)}") is not a valid ${def.kind}.`);
    out.push([def.name, value]);
  }
  return out;
}

/** Moves Relata's exact list copies and provenance JSON back under their attribute names. */
function restoreRelataKeys(data: AttributeRecord, exact: ReadonlyArray<[string, string]>): void {
  for (const [fileName, attr] of exact) renameAttribute(data, fileName, attr);
  restoreProvenance(data);
}

function build(keys: Map<string, KeyDef>, graphData: AttributeRecord, nodes: Map<string, RawElement>, edges: RawEdge[]): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  const exact: Array<[string, string]> = [];
  for (const def of keys.values()) if (def.exactFor !== undefined) exact.push([def.name, def.exactFor]);
  fillMissing(graphData, defaultsFor(keys, 'graph'));
  graph.replaceAttributes({ ...graphData });

  const nodeDefaults = defaultsFor(keys, 'node');
  let index = 0;
  for (const raw of nodes.values()) {
    fillMissing(raw.data, nodeDefaults);
    restoreRelataKeys(raw.data, exact);
    graph.addNode(raw.id, toNodeAttributes(raw.id, raw.data, raw.yed, index++, nodes.size));
  }
  const edgeDefaults = defaultsFor(keys, 'edge');
  for (const raw of edges) {
    for (const end of [raw.source, raw.target]) {
      if (!nodes.has(end)) throw new InputError('missing-node', `Edge ${raw.hasId ? `"${raw.id}" ` : ''}refers to node "${end}", which the file does not define.`, raw.line);
    }
    fillMissing(raw.data, edgeDefaults);
    restoreRelataKeys(raw.data, exact);
    addParsedEdge(graph, raw, toEdgeAttributes(raw.data, raw.yed));
  }
  return graph;
}
