/**
 * GraphML writer: the BRIEF.md contract, plus Gephi (x/y/size/r/g/b) and yEd (ShapeNode graphics)
 * extras. The plain and Gephi flavours are valid against the GraphML schema: ids and attr.names are
 * name tokens (ids escaped by ./ids.ts, names made readable tokens with the exact name in a hint), and
 * what Relata needs to read its own file back exactly travels in processing instructions (./hints.ts).
 */
import type { KnowledgeGraph } from '../graph/schema';
import { originalKey } from '../graph/safe-keys';
import { escapeAttribute, escapeText } from '../xml/escape';
import { formatHint } from './hints';
import { encodeId, nameToken } from './ids';
import { EDGE_CONTRACT, NODE_CONTRACT, attrTypeOf, type Domain } from './keys';
import { KeyIds, keyHint, planKeys, plannedValues, type KeyPlan } from './plan';

export type GraphmlFlavor = 'plain' | 'gephi' | 'yed';

export interface GraphmlWriteOptions {
  /** Extras for a target tool; every flavour also carries the full contract. Default 'plain'. */
  flavor?: GraphmlFlavor;
  /** Write occurrences/support as JSON keys (`relata:occurrences`, `relata:support`). Default true. */
  provenance?: boolean;
}

const YED_NS = 'http://www.yworks.com/xml/graphml';
const HEADER =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  `${formatHint({ ids: 'nmtoken' })}\n` +
  '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
const SCHEMA_LOCATION = ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"';
const HEX_COLOR = /^#([0-9a-fA-F]{6})$/;

/** attr.names for one domain: name tokens, distinct from each other. */
class AttrNames {
  private readonly used = new Set<string>();

  next(name: string): string {
    const base = nameToken(name);
    let token = base;
    for (let n = 2; this.used.has(token); n++) token = `${base}_${n}`;
    this.used.add(token);
    return token;
  }
}

function keyElement(plan: KeyPlan, names: AttrNames): string {
  const fileName = names.next(plan.name);
  const start = `<key id="${plan.id}" for="${plan.domain}" attr.name="${escapeAttribute(fileName)}" attr.type="${attrTypeOf(plan.kind)}"`;
  const hint = keyHint(plan, fileName, attrTypeOf(plan.kind), false);
  return hint === '' ? `${start}/>` : `${start}>${hint}</key>`;
}

/** The <data> elements of one element, in key order. */
function dataElements(plans: readonly KeyPlan[], attributes: Record<string, unknown>): string {
  let out = '';
  for (const [plan, value] of plannedValues(plans, attributes)) out += `<data key="${plan.id}">${escapeText(value)}</data>`;
  return out;
}

function gephiColor(color: unknown, ids: Record<'r' | 'g' | 'b', string>): string {
  const match = typeof color === 'string' ? HEX_COLOR.exec(color) : null;
  if (!match) return '';
  const n = parseInt(match[1]!, 16);
  return `<data key="${ids.r}">${n >> 16}</data><data key="${ids.g}">${(n >> 8) & 255}</data><data key="${ids.b}">${n & 255}</data>`;
}

function num(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** yEd draws the node box from its top-left corner with y growing downwards. */
function yedNode(attributes: Record<string, unknown>, key: string): string {
  const size = Math.max(num(attributes.size, 5), 0.5);
  const side = size * 2;
  const x = num(attributes.x, 0) - size;
  const y = -num(attributes.y, 0) - size;
  const color = typeof attributes.color === 'string' && HEX_COLOR.test(attributes.color) ? attributes.color.toUpperCase() : '#999999';
  const label = typeof attributes.label === 'string' ? attributes.label : '';
  return (
    `<data key="${key}"><y:ShapeNode><y:Geometry height="${side}" width="${side}" x="${x}" y="${y}"/>` +
    `<y:Fill color="${color}" transparent="false"/><y:BorderStyle color="#000000" type="line" width="1.0"/>` +
    `<y:NodeLabel>${escapeText(label)}</y:NodeLabel><y:Shape type="ellipse"/></y:ShapeNode></data>`
  );
}

function yedEdge(attributes: Record<string, unknown>, directed: boolean, key: string): string {
  const label = typeof attributes.label === 'string' ? attributes.label : '';
  return (
    `<data key="${key}"><y:PolyLineEdge><y:Arrows source="none" target="${directed ? 'standard' : 'none'}"/>` +
    `<y:EdgeLabel>${escapeText(label)}</y:EdgeLabel></y:PolyLineEdge></data>`
  );
}

/**
 * Elements are joined a few thousand at a time into one flat string. Each element's text is made of
 * many small strings; held until the end they all outlive the young generation and the collector
 * copies them twice, which was most of what writing cost. Joined early they die young.
 */
const BATCH = 4096;

/** Serialises a knowledge graph as GraphML text; node and edge keys are written as their (escaped) ids. */
export function writeGraphml(graph: KnowledgeGraph, options: GraphmlWriteOptions = {}): string {
  return [...graphmlChunks(graph, options)].join('');
}

/** writeGraphml's text in pieces, for a file written as they come: a large graph's text is never whole in memory. */
export function* graphmlChunks(graph: KnowledgeGraph, options: GraphmlWriteOptions = {}): Generator<string, void, undefined> {
  const flavor = options.flavor ?? 'plain';
  const provenance = options.provenance ?? true;
  const ids = new KeyIds();
  const graphAttributes = graph.getAttributes();
  const planOptions = { provenance, ids, graphAttributes };

  const graphKeys = planKeys('graph', [], (visit) => visit(graphAttributes), planOptions);
  const nodeKeys = planKeys('node', NODE_CONTRACT, (visit) => graph.forEachNode((_, a) => visit(a)), planOptions);
  const edgeKeys = planKeys('edge', EDGE_CONTRACT, (visit) => graph.forEachEdge((_, a) => visit(a)), planOptions);

  let batch: string[] = [HEADER];
  if (flavor === 'yed') batch.push(` xmlns:y="${YED_NS}"`);
  batch.push(SCHEMA_LOCATION, '>\n');
  const names: Record<Domain, AttrNames> = { graph: new AttrNames(), node: new AttrNames(), edge: new AttrNames() };
  for (const plan of [...graphKeys, ...nodeKeys, ...edgeKeys]) batch.push(keyElement(plan, names[plan.domain]), '\n');
  const gephi = { r: ids.next('node'), g: ids.next('node'), b: ids.next('node') };
  if (flavor === 'gephi') {
    for (const c of ['r', 'g', 'b'] as const) {
      batch.push(`<key id="${gephi[c]}" for="node" attr.name="${names.node.next(c)}" attr.type="int">${formatHint({ derived: 'true' })}</key>\n`);
    }
  }
  const yed = { node: ids.next('node'), edge: ids.next('edge') };
  if (flavor === 'yed') {
    // attr.type is not yEd's, but readers that require one (graph-tool) refuse a key without it.
    batch.push(`<key id="${yed.node}" for="node" yfiles.type="nodegraphics" attr.name="${names.node.next('nodegraphics')}" attr.type="string"/>\n`);
    batch.push(`<key id="${yed.edge}" for="edge" yfiles.type="edgegraphics" attr.name="${names.edge.next('edgegraphics')}" attr.type="string"/>\n`);
  }

  const undirected = graph.undirectedSize;
  const allUndirected = undirected > 0 && undirected === graph.size;
  batch.push(`<graph id="G" edgedefault="${allUndirected ? 'undirected' : 'directed'}">\n`);
  const graphData = dataElements(graphKeys, graphAttributes);
  if (graphData !== '') batch.push(graphData, '\n');

  for (const { node, attributes } of graph.nodeEntries()) {
    let out = `<node id="${escapeAttribute(encodeId(originalKey(node)))}">`;
    // yEd graphics go first: networkx maps them to x/y/label, and the contract keys after them must win.
    if (flavor === 'yed') out += yedNode(attributes, yed.node);
    out += dataElements(nodeKeys, attributes);
    if (flavor === 'gephi') out += gephiColor(attributes.color, gephi);
    if (batch.push(out + '</node>\n') >= BATCH) {
      yield batch.join('');
      batch = [];
    }
  }
  for (const { edge, attributes, source, target, undirected: isUndirected } of graph.edgeEntries()) {
    let out = `<edge id="${escapeAttribute(encodeId(originalKey(edge)))}" source="${escapeAttribute(encodeId(originalKey(source)))}" target="${escapeAttribute(encodeId(originalKey(target)))}"`;
    if (isUndirected && !allUndirected) out += ' directed="false"';
    out += '>';
    if (flavor === 'yed') out += yedEdge(attributes, !isUndirected, yed.edge);
    out += dataElements(edgeKeys, attributes);
    if (batch.push(out + '</edge>\n') >= BATCH) {
      yield batch.join('');
      batch = [];
    }
  }
  batch.push('</graph>\n</graphml>\n');
  yield batch.join('');
}
