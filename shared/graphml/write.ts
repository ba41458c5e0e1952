/** GraphML writer: the BRIEF.md contract, plus Gephi (x/y/size/r/g/b) and yEd (ShapeNode graphics) extras. */
import type { KnowledgeGraph } from '../graph/schema';
import { escapeAttribute, escapeText } from '../xml/escape';
import { DERIVED_ATTR, EDGE_CONTRACT, ENCODING_ATTR, EXACT_ATTR, NODE_CONTRACT, attrTypeOf } from './keys';
import { planKeys, plannedValues, type KeyPlan } from './plan';

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
  '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
const SCHEMA_LOCATION = ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"';
const HEX_COLOR = /^#([0-9a-fA-F]{6})$/;

function keyElement(plan: KeyPlan): string {
  let extra = '';
  if (plan.kind === 'json') extra += ` ${ENCODING_ATTR}="json"`;
  if (plan.exactFor !== undefined) extra += ` ${EXACT_ATTR}="${escapeAttribute(plan.exactFor)}"`;
  return `<key id="${plan.id}" for="${plan.domain}" attr.name="${escapeAttribute(plan.name)}" attr.type="${attrTypeOf(plan.kind)}"${extra}/>`;
}

/** The <data> elements of one element, in key order. */
function dataElements(plans: readonly KeyPlan[], attributes: Record<string, unknown>): string {
  let out = '';
  for (const [plan, value] of plannedValues(plans, attributes)) out += `<data key="${plan.id}">${escapeText(value)}</data>`;
  return out;
}

function gephiColor(color: unknown): string {
  const match = typeof color === 'string' ? HEX_COLOR.exec(color) : null;
  if (!match) return '';
  const n = parseInt(match[1]!, 16);
  return `<data key="gr">${n >> 16}</data><data key="gg">${(n >> 8) & 255}</data><data key="gb">${n & 255}</data>`;
}

function num(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** yEd draws the node box from its top-left corner with y growing downwards. */
function yedNode(attributes: Record<string, unknown>): string {
  const size = Math.max(num(attributes.size, 5), 0.5);
  const side = size * 2;
  const x = num(attributes.x, 0) - size;
  const y = -num(attributes.y, 0) - size;
  const color = typeof attributes.color === 'string' && HEX_COLOR.test(attributes.color) ? attributes.color.toUpperCase() : '#999999';
  const label = typeof attributes.label === 'string' ? attributes.label : '';
  return (
    `<data key="yg"><y:ShapeNode><y:Geometry height="${side}" width="${side}" x="${x}" y="${y}"/>` +
    `<y:Fill color="${color}" transparent="false"/><y:BorderStyle color="#000000" type="line" width="1.0"/>` +
    `<y:NodeLabel>${escapeText(label)}</y:NodeLabel><y:Shape type="ellipse"/></y:ShapeNode></data>`
  );
}

function yedEdge(attributes: Record<string, unknown>, directed: boolean): string {
  const label = typeof attributes.label === 'string' ? attributes.label : '';
  return (
    `<data key="ye"><y:PolyLineEdge><y:Arrows source="none" target="${directed ? 'standard' : 'none'}"/>` +
    `<y:EdgeLabel>${escapeText(label)}</y:EdgeLabel></y:PolyLineEdge></data>`
  );
}

/** Serialises a knowledge graph as GraphML text; node and edge keys are written as their ids. */
export function writeGraphml(graph: KnowledgeGraph, options: GraphmlWriteOptions = {}): string {
  const flavor = options.flavor ?? 'plain';
  const provenance = options.provenance ?? true;
  let counter = 0;
  const nextId = () => `d${counter++}`;

  const graphKeys = planKeys('graph', [], (visit) => visit(graph.getAttributes()), provenance, nextId);
  const nodeKeys = planKeys('node', NODE_CONTRACT, (visit) => graph.forEachNode((_, a) => visit(a)), provenance, nextId);
  const edgeKeys = planKeys('edge', EDGE_CONTRACT, (visit) => graph.forEachEdge((_, a) => visit(a)), provenance, nextId);

  const chunks: string[] = [HEADER];
  if (flavor === 'yed') chunks.push(` xmlns:y="${YED_NS}"`);
  chunks.push(SCHEMA_LOCATION, '>\n');
  for (const plan of [...graphKeys, ...nodeKeys, ...edgeKeys]) chunks.push(keyElement(plan), '\n');
  if (flavor === 'gephi') {
    for (const c of ['r', 'g', 'b']) chunks.push(`<key id="g${c}" for="node" attr.name="${c}" attr.type="int" ${DERIVED_ATTR}="true"/>\n`);
  }
  if (flavor === 'yed') {
    chunks.push('<key id="yg" for="node" yfiles.type="nodegraphics"/>\n<key id="ye" for="edge" yfiles.type="edgegraphics"/>\n');
  }

  const undirected = graph.undirectedSize;
  const allUndirected = undirected > 0 && undirected === graph.size;
  chunks.push(`<graph id="G" edgedefault="${allUndirected ? 'undirected' : 'directed'}">\n`);
  const graphData = dataElements(graphKeys, graph.getAttributes());
  if (graphData !== '') chunks.push(graphData, '\n');

  graph.forEachNode((key, attributes) => {
    let out = `<node id="${escapeAttribute(key)}">`;
    // yEd graphics go first: networkx maps them to x/y/label, and the contract keys after them must win.
    if (flavor === 'yed') out += yedNode(attributes);
    out += dataElements(nodeKeys, attributes);
    if (flavor === 'gephi') out += gephiColor(attributes.color);
    chunks.push(out, '</node>\n');
  });
  graph.forEachEdge((key, attributes, source, target, _sa, _ta, isUndirected) => {
    let out = `<edge id="${escapeAttribute(key)}" source="${escapeAttribute(source)}" target="${escapeAttribute(target)}"`;
    if (isUndirected && !allUndirected) out += ' directed="false"';
    out += '>';
    if (flavor === 'yed') out += yedEdge(attributes, !isUndirected);
    out += dataElements(edgeKeys, attributes);
    chunks.push(out, '</edge>\n');
  });
  chunks.push('</graph>\n</graphml>\n');
  return chunks.join('');
}
