/**
 * graphology's serialisation (`graph.export()` / `Graph.from`): the JSON that graphology, sigma.js
 * tools and Gephi Lite exchange. Written as Relata holds the graph; read from any tool, with each
 * node and edge completed like a GraphML import (foreign attributes kept as they are).
 */
import { createKnowledgeGraph, type KnowledgeGraph } from '../graph/schema';
import { originalKey, safeKey } from '../graph/safe-keys';
import { toEdgeAttributes, toNodeAttributes, type Owner } from '../graphml/normalize';
import type { AttributeRecord } from '../graphml/records';
import { exportGraph } from '../project/codec';
import { jsonProblem, MAX_JSON_DEPTH } from '../project/model';
import { Repairs } from '../project/repairs';
import { InputError, quoted } from '../xml/errors';
import { hasFilePositions } from './positions';
import type { FileFormat, ReadResult } from './types';

/** JSON graphs above this many characters are refused before parsing. */
export const MAX_JSON_CHARS = 400 * 1024 * 1024;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A copy of a parsed attribute object into a record of the graph's own, names made safe (see
 * ../graph/safe-keys.ts). graphology's JSON is the graph as Relata holds it, so its provenance lists
 * are Relata's own and only prototype members need escaping.
 */
function record(value: unknown, where: string): AttributeRecord {
  if (value === undefined) return {};
  if (!isObject(value)) throw new InputError('invalid-schema', `${where}.attributes should be an object.`);
  const copy: AttributeRecord = {};
  for (const name of Object.keys(value)) {
    // Deeper values cannot be saved, nor even turned into text without overflowing the stack.
    if (jsonProblem(value[name]) === 'too-deep') throw new InputError('invalid-schema', `${where}.attributes[${quoted(name)}] is nested deeper than ${MAX_JSON_DEPTH} levels.`);
    copy[safeKey(name)] = value[name];
  }
  return copy;
}

/** The graph key of a node or edge key in the file. */
function key(value: unknown, where: string): string {
  if (typeof value === 'string') return safeKey(value);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw new InputError('invalid-schema', `${where} should be a string or a number.`);
}

/** Attributes under the names other tools know (a null-prototype copy, where "__proto__" is a name like any other). */
function outside(attributes: object | undefined): Record<string, unknown> | undefined {
  if (attributes === undefined) return undefined;
  const copy: Record<string, unknown> = Object.create(null);
  for (const [name, value] of Object.entries(attributes)) copy[originalKey(name)] = value;
  return copy;
}

/** The graph as graphology's JSON, with ids and attribute names as they are outside Relata. */
function writeGraphologyJson(graph: KnowledgeGraph): string {
  const serialized = exportGraph(graph);
  return JSON.stringify({
    ...serialized,
    attributes: outside(serialized.attributes),
    nodes: serialized.nodes.map((n) => ({ ...n, key: originalKey(n.key), attributes: outside(n.attributes) })),
    edges: serialized.edges.map((e) => ({ ...e, key: e.key === undefined ? undefined : originalKey(e.key), source: originalKey(e.source), target: originalKey(e.target), attributes: outside(e.attributes) })),
  });
}

/** Parses graphology JSON into a knowledge graph; throws InputError saying what is wrong. */
export function readGraphologyJson(text: string): ReadResult {
  if (text.length > MAX_JSON_CHARS) throw new InputError('too-large', `This JSON file is ${(text.length / 1048576).toFixed(0)} MB; the limit is ${MAX_JSON_CHARS / 1048576} MB.`);
  if (text.includes('\0')) throw new InputError('binary', 'This is binary data, not a JSON graph.');
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError('not-xml', `This is not valid JSON (${(error as Error).message}).`);
  }
  if (!isObject(data) || !Array.isArray(data.nodes)) {
    throw new InputError('wrong-root', 'This JSON is not a graph: graphology\'s format is an object with a "nodes" list (and an "edges" list).');
  }
  if (data.edges !== undefined && !Array.isArray(data.edges)) throw new InputError('invalid-schema', '"edges" should be a list.');
  const options = isObject(data.options) ? data.options : {};
  const undirectedGraph = options.type === 'undirected';

  const graph = createKnowledgeGraph();
  graph.replaceAttributes(record(data.attributes, 'The graph'));
  let where = '';
  const repairs = new Repairs();
  const owner: Owner = { repairs, where: () => where };
  const nodes = data.nodes as unknown[];
  nodes.forEach((entry, i) => {
    where = `nodes[${i}]`;
    if (!isObject(entry)) throw new InputError('invalid-schema', `${where} should be an object with a "key".`);
    const id = key(entry.key, `${where}.key`);
    if (graph.hasNode(id)) throw new InputError('duplicate-id', `Node ${quoted(originalKey(id))} appears twice (${where}).`);
    graph.addNode(id, toNodeAttributes(originalKey(id), record(entry.attributes, where), undefined, i, nodes.length, owner));
  });
  ((data.edges ?? []) as unknown[]).forEach((entry, i) => {
    where = `edges[${i}]`;
    if (!isObject(entry)) throw new InputError('invalid-schema', `${where} should be an object with a "source" and a "target".`);
    const source = key(entry.source, `${where}.source`);
    const target = key(entry.target, `${where}.target`);
    for (const end of [source, target]) {
      if (!graph.hasNode(end)) throw new InputError('missing-node', `${where} refers to node ${quoted(originalKey(end))}, which the file does not define.`);
    }
    const attributes = toEdgeAttributes(record(entry.attributes, where), undefined, owner);
    const undirected = entry.undirected === true || (entry.undirected === undefined && undirectedGraph);
    if (entry.key === undefined) {
      if (undirected) graph.addUndirectedEdge(source, target, attributes);
      else graph.addDirectedEdge(source, target, attributes);
      return;
    }
    const id = key(entry.key, `${where}.key`);
    if (graph.hasEdge(id)) throw new InputError('duplicate-id', `Edge ${quoted(originalKey(id))} appears twice (${where}).`);
    if (undirected) graph.addUndirectedEdgeWithKey(id, source, target, attributes);
    else graph.addDirectedEdgeWithKey(id, source, target, attributes);
  });
  return { graph, documents: [], positioned: hasFilePositions(graph), repairs: repairs.messages() };
}

export const graphologyFormat: FileFormat = {
  id: 'graphology',
  label: 'graphology JSON',
  description: "graphology's own serialisation, for sigma.js, Gephi Lite and JavaScript tools.",
  extensions: ['.json'],
  mimeType: 'application/json',
  opensAs: 'graph',
  parameters: [],
  sniff: (head) => /^\s*\{/.test(head) && head.includes('"nodes"') && !head.includes('"relata-project"'),
  read: readGraphologyJson,
  write: (graph, _settings, context) => [{ name: `${context.baseName}.json`, data: writeGraphologyJson(graph), mimeType: 'application/json' }],
};
