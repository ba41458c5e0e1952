/**
 * GEXF 1.2 writer. graphology-gexf was measured and not used: it writes objects as "[object Object]",
 * drops empty strings, turns empty lists into [""], writes control characters raw (invalid XML), and
 * puts viz data under a misspelt namespace that Gephi ignores. This writer shares the GraphML key plan,
 * so every attribute is an attvalue that reads back exactly, and also fills GEXF's native label,
 * weight and viz (position, size, colour) for Gephi and networkx.
 */
import type { KnowledgeGraph } from '../graph/schema';
import { EDGE_CONTRACT, ENCODING_ATTR, EXACT_ATTR, NODE_CONTRACT, type KeyKind } from '../graphml/keys';
import { planKeys, plannedValues, type KeyPlan } from '../graphml/plan';
import { escapeAttribute } from '../xml/escape';

export const GEXF_NS = 'http://www.gexf.net/1.2draft';
export const GEXF_VIZ_NS = 'http://www.gexf.net/1.2draft/viz';

const HEX_COLOR = /^#([0-9a-fA-F]{6})$/;

function gexfType(kind: KeyKind): string {
  if (kind === 'int') return 'integer';
  return kind === 'json' || kind === 'list' ? 'string' : kind;
}

function attributeElement(plan: KeyPlan): string {
  let extra = '';
  if (plan.kind === 'json') extra += ` ${ENCODING_ATTR}="json"`;
  if (plan.exactFor !== undefined) extra += ` ${EXACT_ATTR}="${escapeAttribute(plan.exactFor)}"`;
  return `<attribute id="${plan.id}" title="${escapeAttribute(plan.name)}" type="${gexfType(plan.kind)}"${extra}/>`;
}

function attvalues(plans: readonly KeyPlan[], attributes: Record<string, unknown>): string {
  let out = '';
  for (const [plan, value] of plannedValues(plans, attributes)) out += `<attvalue for="${plan.id}" value="${escapeAttribute(value)}"/>`;
  return out === '' ? '' : `<attvalues>${out}</attvalues>`;
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function viz(attributes: Record<string, unknown>): string {
  let out = '';
  const match = typeof attributes.color === 'string' ? HEX_COLOR.exec(attributes.color) : null;
  if (match) {
    const n = parseInt(match[1]!, 16);
    out += `<viz:color r="${n >> 16}" g="${(n >> 8) & 255}" b="${n & 255}"/>`;
  }
  if (finite(attributes.x) && finite(attributes.y)) out += `<viz:position x="${attributes.x}" y="${attributes.y}" z="0"/>`;
  if (finite(attributes.size)) out += `<viz:size value="${attributes.size}"/>`;
  return out;
}

/** Serialises a knowledge graph as GEXF 1.2 text, node and edge keys as ids. */
export function writeGexf(graph: KnowledgeGraph): string {
  let counter = 0;
  const nextId = () => String(counter++);
  const graphKeys = planKeys('graph', [], (visit) => visit(graph.getAttributes()), true, nextId);
  const nodeKeys = planKeys('node', NODE_CONTRACT, (visit) => graph.forEachNode((_, a) => visit(a)), true, nextId);
  const edgeKeys = planKeys('edge', EDGE_CONTRACT, (visit) => graph.forEachEdge((_, a) => visit(a)), true, nextId);
  const defaultType = graph.undirectedSize === 0 ? 'directed' : graph.directedSize === 0 ? 'undirected' : 'mixed';

  const chunks: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<gexf xmlns="${GEXF_NS}" xmlns:viz="${GEXF_VIZ_NS}" version="1.2">\n<meta><creator>Relata</creator></meta>\n`,
    `<graph mode="static" defaultedgetype="${defaultType}">\n`,
  ];
  for (const [cls, plans] of [['graph', graphKeys], ['node', nodeKeys], ['edge', edgeKeys]] as const) {
    if (plans.length === 0) continue;
    chunks.push(`<attributes class="${cls}">`);
    for (const plan of plans) chunks.push(attributeElement(plan));
    chunks.push('</attributes>\n');
  }
  // GEXF has no graph-level attvalues; Relata keeps graph attributes in one extra element that others ignore.
  const graphValues = attvalues(graphKeys, graph.getAttributes());
  if (graphValues !== '') chunks.push(`<relata-graph>${graphValues}</relata-graph>\n`);

  chunks.push('<nodes>\n');
  graph.forEachNode((key, attributes) => {
    const label = typeof attributes.label === 'string' ? ` label="${escapeAttribute(attributes.label)}"` : '';
    chunks.push(`<node id="${escapeAttribute(key)}"${label}>${attvalues(nodeKeys, attributes)}${viz(attributes)}</node>\n`);
  });
  chunks.push('</nodes>\n<edges>\n');
  graph.forEachEdge((key, attributes, source, target, _s, _t, undirected) => {
    let out = `<edge id="${escapeAttribute(key)}" source="${escapeAttribute(source)}" target="${escapeAttribute(target)}"`;
    if (defaultType === 'mixed') out += ` type="${undirected ? 'undirected' : 'directed'}"`;
    if (typeof attributes.label === 'string') out += ` label="${escapeAttribute(attributes.label)}"`;
    if (finite(attributes.weight)) out += ` weight="${attributes.weight}"`;
    chunks.push(`${out}>${attvalues(edgeKeys, attributes)}</edge>\n`);
  });
  chunks.push('</edges>\n</graph>\n</gexf>\n');
  return chunks.join('');
}
