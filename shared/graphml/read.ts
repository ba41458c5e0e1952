/**
 * GraphML reader: typed keys (including Gephi's `integer`), `for="all"`, cast `<default>`s, mixed
 * directedness, parallel edges (and networkx's repeated multigraph edge ids), unknown keys kept as
 * attributes, yEd graphics mapped to position, label and colour, Relata's own hints (./hints.ts).
 * Unsupported constructs (hyperedges, ports, nested graphs) stop the import with the element and line
 * rather than being dropped; elements of other namespaces are left out.
 */
import { createKnowledgeGraph, type KnowledgeGraph } from '../graph/schema';
import { originalKey } from '../graph/safe-keys';
import type { Repairs } from '../project/repairs';
import { decodeUnrepresentable } from '../xml/escape';
import { InputError, quoted } from '../xml/errors';
import { xmlReader, type XmlReader } from '../xml/reader';
import type { XmlAttributes } from '../xml/attributes';
import { HINT_TARGET, parseHint, type Hint } from './hints';
import { decodeId } from './ids';
import { EDGE_CONTRACT, NODE_CONTRACT, kindFromAttrType, type KeyKind } from './keys';
import { emptyEdgeRecord, emptyNodeRecord, toEdgeAttributes, toNodeAttributes, type Owner, type YedGraphics } from './normalize';
import {
  addParsedEdges,
  attributeTarget,
  castAttribute,
  describeEdge,
  graphKey,
  readEdgeId,
  readNodeId,
  settleAttributes,
  storeAttribute,
  type AttributeTarget,
  type IdDecoder,
  type PlacedEdge,
  type ReadAttributes,
} from './records';
import { recordDeclaredTypes, type Declaration } from './types';

export interface GraphmlReadOptions {
  /** Input size cap in characters (see shared/xml/guard.ts). */
  maxChars?: number;
  /** Collects what was changed so the graph fits the project model (a NaN position, a malformed colour). */
  repairs?: Repairs;
}

/** The GraphML namespace, and the older one some tools still write. */
export const GRAPHML_NAMESPACES = ['http://graphml.graphdrawing.org/xmlns', 'http://graphml.graphdrawing.org/xmlns/graphml'];

interface KeyDef {
  /** The key's id, which its <data> elements name. */
  id: string;
  /** attr.name in the file, for messages. */
  name: string;
  target: AttributeTarget;
  kind: KeyKind;
  domain: string;
  /** attr.type as the file declared it, or the type a hint gives. */
  declared?: string;
  defaultText?: string;
  derived: boolean;
  yfiles?: string;
  /** The text of the key's previous <data>. */
  last?: string;
  /** The key of the <data> that came after this key's last time: elements repeat one order of keys. */
  following?: KeyDef;
}

/** A <key> while it is open: its hint, if any, arrives inside it. */
interface OpenKey {
  id: string;
  name: string;
  type: string | undefined;
  domain: string;
  yfiles: string | undefined;
  hint?: Hint;
  defaultText?: string;
}

interface RawElement extends ReadAttributes {
  id: string;
  /** Offset of the element in the text (see XmlReader.positionOf). */
  at: number;
  /** Only elements with yEd graphics have them. */
  yed?: YedGraphics;
}

interface RawEdge extends RawElement, PlacedEdge {}

const UNSUPPORTED = new Map([
  ['hyperedge', 'hyperedges (edges joining more than two nodes)'],
  ['port', 'ports'],
  ['endpoint', 'hyperedge endpoints'],
  ['locator', 'graphs stored in separate files (<locator>)'],
]);

const CONTRACT: Record<string, ReadonlySet<string>> = {
  node: new Set(NODE_CONTRACT.map(([name]) => name)),
  edge: new Set(EDGE_CONTRACT.map(([name]) => name)),
  graph: new Set(),
};

/** Parses GraphML text into a knowledge graph; throws InputError naming the line and column for anything it cannot take. */
export function readGraphml(text: string, options: GraphmlReadOptions = {}): KnowledgeGraph {
  const reader = xmlReader('GraphML', GRAPHML_NAMESPACES);
  const { fail } = reader;
  const keys = new Map<string, KeyDef>();
  const graphAttributes: ReadAttributes = { data: {} };
  const nodes = new Map<string, RawElement>();
  const edges: RawEdge[] = [];
  const stack: string[] = [];
  let decode: IdDecoder = (id) => id;
  let edgeDefaultDirected = true;
  let graphs = 0;

  let openKey: OpenKey | undefined;
  let inDefault = false;
  let element: RawElement | undefined;
  let graphLevel = false;
  let dataKey: string | undefined;
  /** The declaration of `dataKey`, looked up once when the <data> opens. */
  let dataDef: KeyDef | undefined;
  /** The declaration of the <data> before, whose `following` is most likely this one's. */
  let previousDef: KeyDef | undefined;
  let dataText = '';
  let yfilesDepth = 0;
  /** Depth of markup inside a <data> that is not yEd's: its text is kept, its elements are not read. */
  let insideData = 0;
  let yedLabelOpen = false;
  let capture = false;
  const where = () => (element === undefined ? 'the graph' : 'source' in element ? describeEdge(element as RawEdge) : `node ${quoted(originalKey(element.id))}`);

  const closeKey = (open: OpenKey) => {
    const hint = open.hint;
    const derived = hint?.get('derived') === 'true';
    const def: KeyDef = {
      id: open.id,
      name: open.name,
      target: attributeTarget(open.name, hint),
      kind: hint?.get('encoding') === 'json' ? 'json' : kindFromAttrType(open.type),
      domain: open.domain,
      derived,
    };
    // A JSON key's attr.type is only the "string" it travels as.
    const declared = hint?.get('type') ?? (open.type === undefined || def.kind === 'json' ? undefined : open.type.toLowerCase() === 'integer' ? 'int' : open.type.toLowerCase());
    if (declared !== undefined) def.declared = declared;
    if (open.defaultText !== undefined) def.defaultText = open.defaultText;
    if (open.yfiles !== undefined) def.yfiles = open.yfiles;
    keys.set(open.id, def);
  };

  const opentag = (name: string, attrs: XmlAttributes, qualifiedName: string) => {
    if (stack.length === 0 && name !== 'graphml') {
      const hint = name === 'gexf' ? ' It is a GEXF file — open it as GEXF.' : '';
      fail('wrong-root', `The root element is <${qualifiedName.slice(0, 40)}>, not <graphml>: this is not a GraphML file.${hint}`);
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
    if (dataKey !== undefined) {
      insideData++;
      return;
    }
    switch (name) {
      case 'key': {
        const id = attrs.get('id');
        if (id === undefined) fail('bad-value', '<key> without an id attribute.');
        openKey = { id: id!, name: decodeUnrepresentable(attrs.get('attr.name') ?? id!), type: attrs.get('attr.type'), domain: attrs.get('for') ?? 'all', yfiles: attrs.get('yfiles.type') };
        return;
      }
      case 'default':
        if (openKey) {
          inDefault = true;
          capture = true;
          dataText = '';
        }
        return;
      case 'graph':
        if (element !== undefined) fail('unsupported', `A nested <graph> inside ${where()} cannot be imported: Relata graphs are flat. Flatten the group in the source tool.`);
        if (++graphs > 1) fail('unsupported', 'A second <graph> found: Relata imports one graph per file. Split the file in the source tool.');
        edgeDefaultDirected = attrs.get('edgedefault') !== 'undirected';
        graphLevel = true;
        return;
      case 'node': {
        const id = readNodeId(attrs.get('id'), nodes, reader, decode);
        element = { id, at: reader.offset, data: emptyNodeRecord() };
        nodes.set(id, element);
        graphLevel = false;
        reader.leaves('data', 'key', leaf);
        return;
      }
      case 'edge': {
        const source = attrs.get('source');
        const target = attrs.get('target');
        if (source === undefined || target === undefined) fail('bad-value', '<edge> without a source or a target.');
        const { id, hasId } = readEdgeId(attrs.get('id'), decode);
        const directedText = attrs.get('directed');
        const directed = directedText === undefined ? edgeDefaultDirected : directedText !== 'false';
        const raw: RawEdge = { id, hasId, at: reader.offset, data: emptyEdgeRecord(), directed, source: decodeNode(source!), target: decodeNode(target!) };
        edges.push(raw);
        element = raw;
        graphLevel = false;
        reader.leaves('data', 'key', leaf);
        return;
      }
      case 'data': {
        const key = attrs.get('key');
        if (key === undefined) fail('bad-value', '<data> without a key attribute.');
        dataKey = key;
        dataDef = definition(key!);
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
          fail('unsupported', `<${qualifiedName}> found: GraphML ${unsupported} cannot be imported into Relata. Remove them in the source tool and export again.`);
        }
        return;
      }
    }
  };

  const decodeNode = (raw: string) => graphKey(raw, decode);

  const onText = (t: string) => {
    if (capture) dataText += t;
  };

  const instruction = (target: string, data: string) => {
    if (target !== HINT_TARGET) return;
    const hint = parseHint(data);
    if (stack.length === 0 && hint.get('ids') === 'nmtoken') decode = decodeId;
    else if (openKey !== undefined && stack[stack.length - 1] === 'key') openKey.hint = hint;
  };

  const closetag = (_: string, qualifiedName: string) => {
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
    if (insideData > 0) {
      insideData--;
      return;
    }
    switch (name) {
      case 'data': {
        const key = dataKey!;
        const def = dataDef;
        dataKey = undefined;
        dataDef = undefined;
        capture = false;
        storeData(key, def, dataText, qualifiedName);
        return;
      }
      case 'default':
        if (inDefault && openKey) openKey.defaultText = decodeUnrepresentable(dataText);
        inDefault = false;
        capture = false;
        return;
      case 'key':
        if (openKey) closeKey(openKey);
        openKey = undefined;
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

  /** The declaration of a <data>'s key: comparing with the key expected next spares hashing a new string in a map for nearly every <data>. */
  const definition = (key: string): KeyDef | undefined => {
    const expected = previousDef?.following;
    const def = expected !== undefined && expected.id === key ? expected : keys.get(key);
    if (previousDef !== undefined && def !== undefined) previousDef.following = def;
    previousDef = def;
    return def;
  };

  /** Keeps the text of a <data> as its element's attribute; keys never declared are kept as string attributes named by their id. */
  const storeData = (key: string, def: KeyDef | undefined, text: string, tagName: string) => {
    const owner = element ?? (graphLevel ? graphAttributes : undefined);
    if (!owner || def?.derived) return;
    const value = def ? castData(def, repeated(def, decodeUnrepresentable(text)), tagName) : decodeUnrepresentable(text);
    storeAttribute(owner, def ? def.target : attributeTarget(key, undefined), value);
  };

  /** A <data> the scanner read whole (see XmlReader.leaves); yEd's graphics, which hold markup, are read as markup. */
  const leaf = (key: string, text: string): boolean => {
    const def = definition(key);
    if (def?.yfiles !== undefined) return false;
    storeData(key, def, text, 'data');
    return true;
  };

  const castData = (def: KeyDef, value: string, tagName: string): unknown => {
    const cast = castAttribute(def.kind, value, def.name, options.repairs, where);
    if (cast === undefined) fail('bad-value', `<${tagName}> of ${where()}: ${quoted(value)} is not a valid ${def.kind} for key ${quoted(def.name)}.`);
    return cast;
  };

  reader.read(text, { opentag, closetag, text: onText, instruction, wantsForeign: () => yfilesDepth > 0 }, options.maxChars);
  if (graphs === 0) throw new InputError('empty', 'The GraphML file contains no <graph>.');

  return build(keys, graphAttributes, nodes, edges, reader, options.repairs);
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

function defaultsFor(keys: Map<string, KeyDef>, domain: string): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  for (const def of keys.values()) {
    if (def.defaultText === undefined || def.derived || def.target.exact || (def.domain !== domain && def.domain !== 'all')) continue;
    const value = castAttribute(def.kind, def.defaultText, def.name, undefined, () => '');
    if (value === undefined) throw new InputError('bad-value', `The <default> of key ${quoted(def.name)} (${quoted(def.defaultText)}) is not a valid ${def.kind}.`);
    out.push([def.target.attr, value]);
  }
  return out;
}

/** The types the file declared for attributes outside the contract, for recordDeclaredTypes. */
function declarations(keys: Map<string, KeyDef>): Declaration[] {
  const out: Declaration[] = [];
  for (const def of keys.values()) {
    if (def.declared === undefined || def.derived || def.target.exact || def.yfiles !== undefined) continue;
    for (const domain of ['node', 'edge', 'graph'] as const) {
      if ((def.domain === domain || def.domain === 'all') && !CONTRACT[domain]!.has(def.target.attr)) out.push([domain, def.target.attr, def.declared]);
    }
  }
  return out;
}

function build(keys: Map<string, KeyDef>, graphAttributes: ReadAttributes, nodes: Map<string, RawElement>, edges: RawEdge[], reader: XmlReader, repairs: Repairs | undefined): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  graph.replaceAttributes(settleAttributes(graphAttributes, defaultsFor(keys, 'graph')));

  let current: RawElement | undefined;
  const owner: Owner = { repairs, where: () => ('source' in current! ? describeEdge(current as RawEdge) : `node ${quoted(originalKey(current!.id))}`) };
  const nodeDefaults = defaultsFor(keys, 'node');
  let index = 0;
  for (const raw of nodes.values()) {
    current = raw;
    graph.addNode(raw.id, toNodeAttributes(originalKey(raw.id), settleAttributes(raw, nodeDefaults), raw.yed, index++, nodes.size, owner));
  }
  addParsedEdges(graph, edges, reader);
  const edgeDefaults = defaultsFor(keys, 'edge');
  for (const raw of edges) {
    current = raw;
    toEdgeAttributes(settleAttributes(raw, edgeDefaults), raw.yed, owner);
  }
  recordDeclaredTypes(graph, declarations(keys));
  return graph;
}
