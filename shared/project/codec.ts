/**
 * The `.relata` project file codec: JSON text ⇄ ProjectFile, with the checks that make a bad file fail
 * with a reason (truncated, not a project, made by a newer Relata, damaged structure) instead of
 * loading half a graph. Numbers must be finite: JSON has no NaN or Infinity.
 */
import type { SerializedGraph } from 'graphology-types';
import { createKnowledgeGraph, ENTITY_TYPES, type EdgeAttributes, type GraphAttributes, type KnowledgeGraph, type NodeAttributes, type SourceDocument } from '../graph/schema';
import { InputError } from '../xml/errors';
import { PROJECT_FORMAT, PROJECT_VERSION, type ProjectFile, type ViewSettings } from './types';

/** Project files above this many characters are refused before parsing. */
export const MAX_PROJECT_CHARS = 512 * 1024 * 1024;

/** Builds a ProjectFile from the app's live state. */
export function createProject(parts: { documents: SourceDocument[]; graph: KnowledgeGraph; view?: ViewSettings }): ProjectFile {
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    documents: parts.documents,
    graph: exportGraph(parts.graph),
    view: parts.view ?? {},
  };
}

export type ProjectGraph = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/**
 * graph.export(), but keeping an attribute named "__proto__" (files from other tools may have one):
 * graphology copies attributes with Object.assign, which makes such an attribute the copy's prototype.
 * A spread copies it as the data it is.
 */
export function exportGraph(graph: KnowledgeGraph): ProjectGraph {
  const serialized = graph.export() as ProjectGraph;
  const keep = (live: object, copy: { attributes?: object }) => {
    if (Object.hasOwn(live, '__proto__')) copy.attributes = { ...live };
  };
  keep(graph.getAttributes(), serialized);
  for (const node of serialized.nodes) keep(graph.getNodeAttributes(node.key), node);
  for (const edge of serialized.edges) keep(graph.getEdgeAttributes(edge.key!), edge);
  return serialized;
}

/** The knowledge graph stored in a project. */
export function projectGraph(project: ProjectFile): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  graph.import(project.graph);
  return graph;
}

/** Project file text (pretty enough to diff, compact enough to stay fast). */
export function serializeProject(project: ProjectFile): string {
  return JSON.stringify(project);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isNumber = (v: unknown): v is number => typeof v === 'number';

function invalid(path: string, expected: string): never {
  throw new InputError('invalid-schema', `The project file is damaged: ${path} should be ${expected}. Open a backup or the autosave copy instead.`);
}

type Check = [string, (v: unknown) => boolean, string];
const NODE_CHECKS: Check[] = [
  ['label', (v) => typeof v === 'string', 'a string'],
  ['type', (v) => (ENTITY_TYPES as readonly unknown[]).includes(v), `one of ${ENTITY_TYPES.join(', ')}`],
  ['aliases', isStringArray, 'a list of strings'],
  ['mentions', isNumber, 'a number'],
  ['docs', isStringArray, 'a list of strings'],
  ['x', isNumber, 'a number'],
  ['y', isNumber, 'a number'],
  ['size', isNumber, 'a number'],
  ['color', (v) => typeof v === 'string', 'a string'],
  ['note', (v) => typeof v === 'string', 'a string'],
  ['tags', isStringArray, 'a list of strings'],
  ['pinned', (v) => typeof v === 'boolean', 'true or false'],
  ['occurrences', Array.isArray, 'a list'],
];
const EDGE_CHECKS: Check[] = [
  ['label', (v) => typeof v === 'string', 'a string'],
  ['predicate', (v) => typeof v === 'string', 'a string'],
  ['evidence', (v) => typeof v === 'string', 'a string'],
  ['doc', (v) => typeof v === 'string', 'a string'],
  ['confidence', isNumber, 'a number'],
  ['weight', isNumber, 'a number'],
  ['note', (v) => typeof v === 'string', 'a string'],
  ['tags', isStringArray, 'a list of strings'],
  ['support', Array.isArray, 'a list'],
];

function checkAttributes(path: string, attributes: unknown, checks: Check[]): void {
  if (!isObject(attributes)) invalid(`${path}.attributes`, 'an object');
  for (const [name, ok, expected] of checks) if (!ok(attributes[name])) invalid(`${path}.attributes.${name}`, expected);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(reason);
    // An error at the very end of the text means the text stopped early rather than went wrong.
    if (/end of JSON input/i.test(reason) || (position !== null && Number(position[1]) >= text.length - 1)) {
      throw new InputError('truncated', 'The project file is truncated (it ends in the middle of the data). Open a backup or the autosave copy instead.');
    }
    throw new InputError('not-xml', `The project file is damaged: it is not valid JSON (${reason}).`);
  }
}

/** Parses and validates project file text; throws InputError saying what is wrong and what to do. */
export function parseProject(text: string, maxChars = MAX_PROJECT_CHARS): ProjectFile {
  if (text.length > maxChars) {
    throw new InputError('too-large', `The project file is ${(text.length / 1048576).toFixed(0)} MB; the limit is ${(maxChars / 1048576).toFixed(0)} MB.`);
  }
  if (text.includes('\0')) throw new InputError('binary', 'This is binary data, not a Relata project file.');
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (body === '') throw new InputError('empty', 'The project file is empty. Open a backup or the autosave copy instead.');
  if (body[0] !== '{') throw new InputError('wrong-root', 'This is not a Relata project file (it is not a JSON object).');
  const data = parseJson(body);
  if (!isObject(data) || data.format !== PROJECT_FORMAT) throw new InputError('wrong-root', 'This is not a Relata project file (no "relata-project" format marker).');
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) invalid('version', 'a positive whole number');
  if (version > PROJECT_VERSION) {
    throw new InputError('newer-version', `This project was made by a newer Relata (file format ${version}; this version reads up to ${PROJECT_VERSION}). Update Relata to open it.`);
  }
  if (!Array.isArray(data.documents)) invalid('documents', 'a list');
  (data.documents as unknown[]).forEach((doc, i) => {
    if (!isObject(doc) || typeof doc.name !== 'string' || typeof doc.text !== 'string') invalid(`documents[${i}]`, 'a {name, text} pair of strings');
  });
  if (!isObject(data.view)) invalid('view', 'an object');
  const graph = data.graph;
  if (!isObject(graph)) invalid('graph', 'an object');
  if (graph.attributes !== undefined && !isObject(graph.attributes)) invalid('graph.attributes', 'an object');
  if (!Array.isArray(graph.nodes)) invalid('graph.nodes', 'a list');
  if (!Array.isArray(graph.edges)) invalid('graph.edges', 'a list');
  const nodeKeys = new Set<string>();
  (graph.nodes as unknown[]).forEach((n, i) => {
    if (!isObject(n) || typeof n.key !== 'string') invalid(`graph.nodes[${i}].key`, 'a string');
    const key = n.key as string;
    if (nodeKeys.has(key)) throw new InputError('duplicate-id', `The project file is damaged: node "${key}" appears twice (graph.nodes[${i}]).`);
    nodeKeys.add(key);
    checkAttributes(`graph.nodes[${i}]`, n.attributes, NODE_CHECKS);
  });
  const edgeKeys = new Set<string>();
  (graph.edges as unknown[]).forEach((e, i) => {
    if (!isObject(e)) invalid(`graph.edges[${i}]`, 'an object');
    if (e.key !== undefined) {
      if (typeof e.key !== 'string') invalid(`graph.edges[${i}].key`, 'a string');
      if (edgeKeys.has(e.key)) throw new InputError('duplicate-id', `The project file is damaged: edge "${e.key}" appears twice (graph.edges[${i}]).`);
      edgeKeys.add(e.key);
    }
    for (const end of ['source', 'target'] as const) {
      if (typeof e[end] !== 'string') invalid(`graph.edges[${i}].${end}`, 'a node key');
      if (!nodeKeys.has(e[end] as string)) throw new InputError('missing-node', `The project file is damaged: graph.edges[${i}] points to node "${String(e[end])}", which does not exist.`);
    }
    if (e.undirected !== undefined && typeof e.undirected !== 'boolean') invalid(`graph.edges[${i}].undirected`, 'true or false');
    checkAttributes(`graph.edges[${i}]`, e.attributes, EDGE_CHECKS);
  });
  return data as unknown as ProjectFile;
}
