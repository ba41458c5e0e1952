/**
 * GraphML reader: typed keys (including Gephi's `integer`), `for="all"`, cast `<default>`s, mixed
 * directedness, parallel edges, unknown keys kept as attributes, yEd graphics mapped to position, label
 * and colour. Unsupported constructs (hyperedges, ports, nested graphs) stop the import with the element
 * and line rather than being dropped.
 */
import { createKnowledgeGraph, type KnowledgeGraph } from '../graph/schema';
import { decodeUnrepresentable } from '../xml/escape';
import { InputError } from '../xml/errors';
import { localName, xmlReader, type XmlReader } from '../xml/reader';
import type { XmlAttributes } from '../xml/attributes';
import { DERIVED_ATTR, ENCODING_ATTR, EXACT_ATTR, castValue, kindFromAttrType, type KeyKind } from './keys';
import { addParsedEdge, attributeTarget, prepareAdjacency, readEdgeId, readNodeId, requireEnds, settleAttributes, storeAttribute, type AttributeTarget, type ParsedEdge, type ReadAttributes } from './records';
import { toEdgeAttributes, toNodeAttributes, type YedGraphics } from './normalize';

export interface GraphmlReadOptions {
  /** Input size cap in characters (see shared/xml/guard.ts). */
  maxChars?: number;
}

interface KeyDef {
  /** attr.name in the file, for messages. */
  name: string;
  target: AttributeTarget;
  kind: KeyKind;
  domain: string;
  defaultText?: string;
  derived: boolean;
  yfiles?: string;
  /** The text of the key's previous <data>. */
  last?: string;
}

interface RawElement extends ReadAttributes {
  id: string;
  line: number;
  /** Only elements with yEd graphics have them. */
  yed?: YedGraphics;
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
  const reader = xmlReader('GraphML');
  const { fail } = reader;
  const keys = new Map<string, KeyDef>();
  const graphAttributes: ReadAttributes = { data: {} };
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
  /** The declaration of `dataKey`, looked up once when the <data> opens. */
  let dataDef: KeyDef | undefined;
  let dataText = '';
  let yfilesDepth = 0;
  let yedLabelOpen = false;
  let capture = false;

  const opentag = (tagName: string, attrs: XmlAttributes) => {
    const name = localName(tagName);
    if (stack.length === 0) {
      if (name !== 'graphml') {
        const hint = name === 'gexf' ? ' It is a GEXF file — open it as GEXF.' : '';
        fail('wrong-root', `The root element is <${tagName}>, not <graphml>: this is not a GraphML file.${hint}`);
      }
    }
    stack.push(name);
    if (yfilesDepth > 0) {
      yfilesDepth++;
      const yed = element?.yed;
      if (yed === undefined) return;
      if (name === 'Geometry') {
        yed.x = Number(attrs.get('x'));
        yed.y = Number(attrs.get('y'));
        yed.width = Number(attrs.get('width'));
        yed.height = Number(attrs.get('height'));
      } else if (name === 'Fill' && attrs.get('color') !== undefined && yed.fill === undefined) {
        yed.fill = attrs.get('color');
      } else if ((name === 'NodeLabel' || name === 'EdgeLabel') && yed.label === undefined) {
        yedLabelOpen = true;
        capture = true;
        dataText = '';
      }
      return;
    }
    if (dataKey !== undefined) return; // markup inside a <data> we do not interpret: its text is kept
    switch (name) {
      case 'key': {
        const id = attrs.get('id');
        if (id === undefined) fail('bad-value', '<key> without an id attribute.');
        const name = decodeUnrepresentable(attrs.get('attr.name') ?? id!);
        const exact = attrs.get(EXACT_ATTR);
        const exactFor = exact === undefined ? undefined : decodeUnrepresentable(exact);
        const def: KeyDef = {
          name,
          target: attributeTarget(name, exactFor),
          kind: attrs.get(ENCODING_ATTR) === 'json' ? 'json' : kindFromAttrType(attrs.get('attr.type')),
          domain: attrs.get('for') ?? 'all',
          derived: attrs.get(DERIVED_ATTR) === 'true',
        };
        const yfiles = attrs.get('yfiles.type');
        if (yfiles !== undefined) def.yfiles = yfiles;
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
        edgeDefaultDirected = attrs.get('edgedefault') !== 'undirected';
        graphLevel = true;
        return;
      case 'node': {
        const id = readNodeId(attrs.get('id'), nodes, fail);
        element = { id, line: reader.line, data: {} };
        nodes.set(id, element);
        graphLevel = false;
        return;
      }
      case 'edge': {
        const source = attrs.get('source');
        const target = attrs.get('target');
        if (source === undefined || target === undefined) fail('bad-value', '<edge> without a source or a target.');
        const { id, hasId } = readEdgeId(attrs.get('id'), edgeIds, reader.line, fail);
        const directedText = attrs.get('directed');
        const directed = directedText === undefined ? edgeDefaultDirected : directedText !== 'false';
        const raw: RawEdge = {
          id, hasId, line: reader.line, data: {}, directed,
          source: decodeUnrepresentable(source!),
          target: decodeUnrepresentable(target!),
        };
        edges.push(raw);
        element = raw;
        graphLevel = false;
        return;
      }
      case 'data': {
        const key = attrs.get('key');
        if (key === undefined) fail('bad-value', '<data> without a key attribute.');
        dataKey = key;
        dataDef = keys.get(key!);
        dataText = '';
        if (dataDef?.yfiles !== undefined) {
          yfilesDepth = 1;
          capture = false;
          if (element) element.yed ??= {};
        } else {
          capture = true;
        }
        return;
      }
      default: {
        const unsupported = UNSUPPORTED.get(name);
        if (unsupported !== undefined) {
          fail('unsupported', `<${tagName}> found: GraphML ${unsupported} cannot be imported into Relata. Remove them in the source tool and export again.`);
        }
        return;
      }
    }
  };

  const onText = (t: string) => {
    if (capture) dataText += t;
  };

  const closetag = (tagName: string) => {
    const name = stack.pop();
    if (yfilesDepth > 0) {
      if (yedLabelOpen && (name === 'NodeLabel' || name === 'EdgeLabel')) {
        if (element?.yed) element.yed.label = decodeUnrepresentable(dataText.trim());
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
        const def = dataDef;
        dataKey = undefined;
        dataDef = undefined;
        capture = false;
        const owner = element ?? (graphLevel ? graphAttributes : undefined);
        if (!owner || def?.derived) return;
        // Keys never declared are kept as string attributes named by their id.
        const value = def ? castData(def, repeated(def, decodeUnrepresentable(dataText)), element?.id, tagName, fail) : decodeUnrepresentable(dataText);
        storeAttribute(owner, def ? def.target : { attr: key, exact: false }, value);
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
  };

  reader.read(text, { opentag, closetag, text: onText }, options.maxChars);
  if (graphs === 0) throw new InputError('empty', 'The GraphML file contains no <graph>.');

  return build(keys, graphAttributes, nodes, edges);
}

/**
 * `text`, or the equal string the key's previous <data> held. Files repeat a value over consecutive
 * elements (a type, a predicate, a document): the graph then keeps one string for the run, not one each.
 */
function repeated(def: KeyDef, text: string): string {
  if (text === def.last) return def.last;
  def.last = text;
  return text;
}

function castData(def: KeyDef, text: string, owner: string | undefined, tagName: string, fail: XmlReader['fail']): unknown {
  const value = castValue(def.kind, text);
  if (value === undefined) {
    const where = owner === undefined ? 'the graph' : `"${owner}"`;
    fail('bad-value', `<${tagName}> of ${where}: "${text.slice(0, 40)}" is not a valid ${def.kind} for key "${def.name}".`);
  }
  return value;
}

function defaultsFor(keys: Map<string, KeyDef>, domain: string): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  for (const def of keys.values()) {
    if (def.defaultText === undefined || def.derived || def.target.exact || (def.domain !== domain && def.domain !== 'all')) continue;
    const value = castValue(def.kind, def.defaultText);
    if (value === undefined) throw new InputError('bad-value', `The <default> of key "${def.name}" ("${def.defaultText.slice(0, 40)}") is not a valid ${def.kind}.`);
    out.push([def.target.attr, value]);
  }
  return out;
}

function build(keys: Map<string, KeyDef>, graphAttributes: ReadAttributes, nodes: Map<string, RawElement>, edges: RawEdge[]): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  graph.replaceAttributes(settleAttributes(graphAttributes, defaultsFor(keys, 'graph')));

  const nodeDefaults = defaultsFor(keys, 'node');
  let index = 0;
  for (const raw of nodes.values()) {
    graph.addNode(raw.id, toNodeAttributes(raw.id, settleAttributes(raw, nodeDefaults), raw.yed, index++, nodes.size));
  }
  prepareAdjacency(graph, edges);
  const edgeDefaults = defaultsFor(keys, 'edge');
  for (const raw of edges) {
    requireEnds(raw, raw.line, graph);
    addParsedEdge(graph, raw, toEdgeAttributes(settleAttributes(raw, edgeDefaults), raw.yed));
  }
  return graph;
}
