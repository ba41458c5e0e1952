/**
 * GEXF 1.3 writer, valid against GEXF's schema. graphology-gexf was measured and not used: it writes
 * objects as "[object Object]", drops empty strings, turns empty lists into [""], writes control
 * characters raw (invalid XML), and puts viz data under a misspelt namespace that Gephi ignores. This
 * writer shares the GraphML key plan, so every attribute is an attvalue that reads back exactly, and
 * also fills GEXF's native label, weight, kind (the predicate) and viz (position, size, colour) for
 * Gephi and networkx. Graph attributes, which GEXF has no element for, travel in Relata's hints.
 */
import type { KnowledgeGraph } from '../graph/schema';
import { originalKey } from '../graph/safe-keys';
import { formatHint } from '../graphml/hints';
import { EDGE_CONTRACT, NODE_CONTRACT, formatValue } from '../graphml/keys';
import { KeyIds, hintFields, keyHint, planKeys, plannedValues, type KeyPlan } from '../graphml/plan';
import { escapeAttribute } from '../xml/escape';

export const GEXF_NS = 'http://gexf.net/1.3';
export const GEXF_VIZ_NS = 'http://gexf.net/1.3/viz';

const HEX_COLOR = /^#([0-9a-fA-F]{6})$/;

/**
 * The GEXF type of a plan. Lists of any item type are written as `liststring`, which networkx reads
 * (it fails on `listinteger` and the other list types); a hint keeps the declared one for Relata.
 */
function gexfType(plan: KeyPlan): string {
  if (plan.declared?.startsWith('list')) return 'liststring';
  if (plan.declared !== undefined) return plan.declared === 'int' ? 'integer' : plan.declared;
  if (plan.kind === 'int') return 'integer';
  return plan.kind === 'json' || plan.kind === 'list' ? 'string' : plan.kind;
}

/** A list in GEXF 1.3's notation, `[a, b]`, with strings JSON-quoted so commas and brackets in them survive. */
function formatList(value: unknown[]): string {
  return `[${value.map((item) => (typeof item === 'string' ? JSON.stringify(item) : String(item))).join(', ')}]`;
}

function valueText(plan: KeyPlan, value: unknown): string {
  return plan.declared?.startsWith('list') && Array.isArray(value) ? formatList(value) : formatValue(plan.kind, value);
}

function attributeElement(plan: KeyPlan): string {
  const start = `<attribute id="${plan.id}" title="${escapeAttribute(plan.name)}" type="${gexfType(plan)}"`;
  // GEXF says most declared types itself, and titles are any text.
  const hint = keyHint(plan, plan.name, gexfType(plan), true);
  return hint === '' ? `${start}/>` : `${start}>${hint}</attribute>`;
}

function attvalues(plans: readonly KeyPlan[], attributes: Record<string, unknown>): string {
  let out = '';
  for (const [plan] of plannedValues(plans, attributes)) out += `<attvalue for="${plan.id}" value="${escapeAttribute(valueText(plan, attributes[plan.attr]))}"/>`;
  return out === '' ? '' : `<attvalues>${out}</attvalues>`;
}

/** Graph attributes as hints: one per attribute, typed like a node attribute would be. */
function graphAttributes(plans: readonly KeyPlan[], attributes: Record<string, unknown>): string {
  let out = '';
  for (const [plan] of plannedValues(plans, attributes)) {
    const value = attributes[plan.attr];
    out += `${formatHint({ ...hintFields(plan, plan.name, gexfType(plan), true), 'graph-attribute': plan.name, type: plan.declared ?? gexfType(plan), value: valueText(plan, value) })}\n`;
  }
  return out;
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
/** An XML Schema token: no line breaks or tabs, no leading, trailing or doubled spaces. */
const isToken = (v: string) => !/[\t\n\r]|^ | $| {2}/.test(v);

function viz(attributes: Record<string, unknown>): string {
  let out = '';
  const match = typeof attributes.color === 'string' ? HEX_COLOR.exec(attributes.color) : null;
  if (match) {
    const n = parseInt(match[1]!, 16);
    out += `<viz:color r="${n >> 16}" g="${(n >> 8) & 255}" b="${n & 255}"/>`;
  }
  if (finite(attributes.x) && finite(attributes.y)) out += `<viz:position x="${attributes.x}" y="${attributes.y}" z="0"/>`;
  if (finite(attributes.size) && attributes.size >= 0) out += `<viz:size value="${attributes.size}"/>`;
  return out;
}

/** Serialises a knowledge graph as GEXF 1.3 text, node and edge keys as ids. */
export function writeGexf(graph: KnowledgeGraph): string {
  const ids = new KeyIds();
  const attributes = graph.getAttributes();
  const planOptions = { provenance: true, ids, graphAttributes: attributes };
  const graphKeys = planKeys('graph', [], (visit) => visit(attributes), planOptions);
  const nodeKeys = planKeys('node', NODE_CONTRACT, (visit) => graph.forEachNode((_, a) => visit(a)), planOptions);
  const edgeKeys = planKeys('edge', EDGE_CONTRACT, (visit) => graph.forEachEdge((_, a) => visit(a)), planOptions);
  const mixed = graph.undirectedSize > 0 && graph.directedSize > 0;
  const defaultType = graph.directedSize === 0 && graph.undirectedSize > 0 ? 'undirected' : 'directed';

  const chunks: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    // No xsi:schemaLocation: GEXF's normative schema (RELAX NG) does not allow it, and its XSD does not compile.
    `<gexf xmlns="${GEXF_NS}" xmlns:viz="${GEXF_VIZ_NS}" version="1.3">\n`,
    '<meta><creator>Relata</creator></meta>\n',
    `<graph mode="static" defaultedgetype="${defaultType}">\n`,
    graphAttributes(graphKeys, attributes),
  ];
  for (const [cls, plans] of [['node', nodeKeys], ['edge', edgeKeys]] as const) {
    if (plans.length === 0) continue;
    chunks.push(`<attributes class="${cls}">`);
    for (const plan of plans) chunks.push(attributeElement(plan));
    chunks.push('</attributes>\n');
  }

  chunks.push('<nodes>\n');
  graph.forEachNode((key, a) => {
    const label = typeof a.label === 'string' ? ` label="${escapeAttribute(a.label)}"` : '';
    chunks.push(`<node id="${escapeAttribute(originalKey(key))}"${label}>${attvalues(nodeKeys, a)}${viz(a)}</node>\n`);
  });
  chunks.push('</nodes>\n<edges>\n');
  graph.forEachEdge((key, a, source, target, _s, _t, undirected) => {
    let out = `<edge id="${escapeAttribute(originalKey(key))}" source="${escapeAttribute(originalKey(source))}" target="${escapeAttribute(originalKey(target))}"`;
    if (mixed) out += ` type="${undirected ? 'undirected' : 'directed'}"`;
    if (typeof a.label === 'string') out += ` label="${escapeAttribute(a.label)}"`;
    if (finite(a.weight)) out += ` weight="${a.weight}"`;
    const kind = typeof a.kind === 'string' ? a.kind : a.predicate;
    if (typeof kind === 'string' && kind !== '' && isToken(kind)) out += ` kind="${escapeAttribute(kind)}"`;
    chunks.push(`${out}>${attvalues(edgeKeys, a)}</edge>\n`);
  });
  chunks.push('</edges>\n</graph>\n</gexf>\n');
  return chunks.join('');
}
