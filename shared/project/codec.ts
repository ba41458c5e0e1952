/**
 * The `.relata` project file codec: JSON text ⇄ ProjectFile, checked against the project model
 * (./model.ts) so that a bad file fails with a reason (truncated, not a project, made by a newer
 * Relata, damaged structure) instead of loading half a graph. What the model cannot hold but a person
 * would not want refused is repaired and reported: an occurrence outside its document, a malformed
 * supporting sentence, a colour outside the grammar, a position JSON wrote as 1e999.
 *
 * Keys and attribute names are stored as the graph holds them (see ../graph/safe-keys.ts); a file
 * Relata did not write may name a prototype member, which gets its prefix on reading.
 */
import type { SerializedGraph } from 'graphology-types';
import { createKnowledgeGraph, TYPE_COLORS, type EdgeAttributes, type EntityType, type GraphAttributes, type KnowledgeGraph, type NodeAttributes, type SourceDocument } from '../graph/schema';
import { storedKey } from '../graph/safe-keys';
import { megabytes } from '../text/decode';
import { InputError, quoted } from '../xml/errors';
import { isColor, isEvidence, isMention, projectSchema } from './model';
import { Repairs } from './repairs';
import { PROJECT_FORMAT, PROJECT_VERSION, type ProjectFile, type ViewSettings } from './types';

/** Project files above this many characters are refused before parsing. */
export const MAX_PROJECT_CHARS = 512 * 1024 * 1024;

export type ProjectGraph = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

const NODE_NUMBERS: ReadonlyArray<[string, number]> = [['x', 0], ['y', 0], ['size', 5], ['mentions', 0]];
const EDGE_NUMBERS: ReadonlyArray<[string, number]> = [['confidence', 1], ['weight', 1]];

/** The text a number JSON cannot write is kept as (the spellings GraphML and GEXF use). */
const nonFiniteText = (n: number) => (Number.isNaN(n) ? 'NaN' : n > 0 ? 'INF' : '-INF');

/**
 * A copy of live attributes that JSON writes as they are: a contract number that is not finite
 * becomes its default, any other one its text, each reported. Own keys only, copied as data.
 */
function representable(attributes: object, numbers: ReadonlyArray<[string, number]>, where: string, repairs: Repairs | undefined): Record<string, unknown> {
  const copy = { ...attributes } as Record<string, unknown>;
  for (const [name, value] of Object.entries(copy)) {
    if (typeof value !== 'number' || Number.isFinite(value)) continue;
    const fallback = numbers.find(([field]) => field === name)?.[1];
    copy[name] = fallback ?? nonFiniteText(value);
    repairs?.note(fallback === undefined ? 'numbers JSON cannot write (NaN, infinite) were saved as text' : `${name} values that were not finite numbers were saved as ${fallback}`, where);
  }
  return copy;
}

/** graph.export() as a project stores it: values JSON cannot write are repaired into `repairs` (see representable). */
export function exportGraph(graph: KnowledgeGraph, repairs?: Repairs): ProjectGraph {
  const serialized = graph.export() as ProjectGraph;
  serialized.attributes = representable(graph.getAttributes(), [], 'the graph', repairs);
  for (const node of serialized.nodes) node.attributes = representable(graph.getNodeAttributes(node.key), NODE_NUMBERS, `node ${quoted(node.key)}`, repairs) as NodeAttributes;
  for (const edge of serialized.edges) edge.attributes = representable(graph.getEdgeAttributes(edge.key!), EDGE_NUMBERS, `edge ${quoted(edge.key!)}`, repairs) as EdgeAttributes;
  return serialized;
}

/** Builds a ProjectFile from the app's live state; values JSON cannot write are repaired into `repairs`. */
export function createProject(parts: { documents: SourceDocument[]; graph: KnowledgeGraph; view?: ViewSettings; repairs?: Repairs }): ProjectFile {
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    documents: parts.documents,
    graph: exportGraph(parts.graph, parts.repairs),
    view: parts.view ?? {},
  };
}

/** Replaces the contents of `graph` with a project's graph. */
export function loadProjectGraph(graph: KnowledgeGraph, serialized: ProjectFile['graph']): void {
  graph.clear();
  graph.import(serialized);
}

/** The knowledge graph stored in a project. */
export function projectGraph(project: ProjectFile): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  loadProjectGraph(graph, project.graph);
  return graph;
}

/** Project file text (pretty enough to diff, compact enough to stay fast). */
export function serializeProject(project: ProjectFile): string {
  return JSON.stringify(project);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function damaged(path: string, problem: string): never {
  throw new InputError('invalid-schema', `The project file is damaged: ${path} ${problem}. Open a backup or the autosave copy instead.`);
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
    throw new InputError('not-xml', `The project file is damaged: it is not valid JSON (${reason.slice(0, 200)}).`);
  }
}

/** An object whose own keys are given their prefix where they name a prototype member (JSON.parse makes "__proto__" an own key). */
function withStoredKeys(value: unknown): unknown {
  if (!isObject(value)) return value;
  let safe = true;
  for (const name in value) if (storedKey(name) !== name) safe = false;
  if (safe) return value;
  const copy: Record<string, unknown> = {};
  for (const [name, item] of Object.entries(value)) copy[storedKey(name)] = item;
  return copy;
}

/** The model's repairs of one node or edge, made before the schema check (see the file comment). */
function repairElement(attributes: Record<string, unknown>, numbers: ReadonlyArray<[string, number]>, texts: ReadonlyMap<string, string>, where: string, repairs: Repairs): void {
  for (const [name, fallback] of numbers) {
    const value = attributes[name];
    if (typeof value === 'number' && !Number.isFinite(value)) {
      attributes[name] = fallback;
      repairs.note(`${name} values beyond a number's range were replaced by ${fallback}`, where);
    }
  }
  if ('color' in attributes && !isColor(attributes.color) && typeof attributes.type === 'string') {
    attributes.color = TYPE_COLORS[attributes.type as EntityType] ?? TYPE_COLORS.Other;
    repairs.note('colours outside the accepted grammar were replaced by the type colour', where);
  }
  const inside = (doc: string, end: number) => texts.get(doc) === undefined || end <= texts.get(doc)!.length;
  const keep = (field: string, valid: (entry: unknown) => boolean) => {
    const list = attributes[field];
    if (!Array.isArray(list) || list.every(valid)) return;
    attributes[field] = list.filter(valid);
    repairs.note(`${field} entries that are malformed or point outside their document were dropped`, where);
  };
  keep('occurrences', (m) => isMention(m) && inside(m.doc, m.end));
  keep('support', (s) => isEvidence(s) && inside(s.doc, s.start + s.text.length));
}

/** A project's document names made unique: a repeated name gets " (2)", " (3)"… */
function uniqueNames(documents: unknown, repairs: Repairs): void {
  if (!Array.isArray(documents)) return;
  const used = new Set<string>();
  for (const doc of documents) {
    if (!isObject(doc) || typeof doc.name !== 'string') continue;
    let name = doc.name;
    for (let n = 2; used.has(name); n++) name = `${doc.name} (${n})`;
    if (name !== doc.name) repairs.note('documents with the same name were renamed', quoted(doc.name));
    doc.name = name;
    used.add(name);
  }
}

/** Repairs what the model repairs in parsed project data, in place. */
function repair(data: Record<string, unknown>, repairs: Repairs): void {
  uniqueNames(data.documents, repairs);
  const texts = new Map<string, string>();
  if (Array.isArray(data.documents)) for (const doc of data.documents) if (isObject(doc) && typeof doc.name === 'string' && typeof doc.text === 'string') texts.set(doc.name, doc.text);
  const graph = data.graph;
  if (!isObject(graph)) return;
  graph.attributes = withStoredKeys(graph.attributes);
  for (const [list, numbers] of [[graph.nodes, NODE_NUMBERS], [graph.edges, EDGE_NUMBERS]] as const) {
    if (!Array.isArray(list)) continue;
    list.forEach((element: unknown, i) => {
      if (!isObject(element)) return;
      for (const end of ['key', 'source', 'target']) if (typeof element[end] === 'string') element[end] = storedKey(element[end]);
      element.attributes = withStoredKeys(element.attributes);
      if (isObject(element.attributes)) repairElement(element.attributes, numbers, texts, `${numbers === NODE_NUMBERS ? 'graph.nodes' : 'graph.edges'}[${i}]`, repairs);
    });
  }
  data.view = withStoredKeys(data.view);
}

/** The first problem zod found, as a path and what it should be. */
function describeIssue(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): [string, string] {
  const issue = issues[0]!;
  const path = issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p).slice(0, 60)}`)).join('') || 'the file';
  const expected = /^Invalid input: expected (\w+), received (\w+)$/.exec(issue.message);
  return [path, expected ? `should be a ${expected[1]} (it is ${expected[2] === 'undefined' ? 'missing' : `a ${expected[2]}`})` : `is invalid (${issue.message.slice(0, 200)})`];
}

export interface ReadProjectOptions {
  maxChars?: number;
  /** Collects what was repaired on reading (see the file comment). */
  repairs?: Repairs;
}

/** Parses and validates project file text; throws InputError saying what is wrong and what to do. */
export function readProject(text: string, options: ReadProjectOptions = {}): ProjectFile {
  const maxChars = options.maxChars ?? MAX_PROJECT_CHARS;
  const repairs = options.repairs ?? new Repairs();
  if (text.length > maxChars) throw new InputError('too-large', `The project file is ${megabytes(text.length)}; the limit is ${megabytes(maxChars)}.`);
  if (text.includes('\0')) throw new InputError('binary', 'This is binary data, not a Relata project file.');
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (body === '') throw new InputError('empty', 'The project file is empty. Open a backup or the autosave copy instead.');
  if (body[0] !== '{') throw new InputError('wrong-root', 'This is not a Relata project file (it is not a JSON object).');
  const data = parseJson(body);
  if (!isObject(data) || data.format !== PROJECT_FORMAT) throw new InputError('wrong-root', 'This is not a Relata project file (no "relata-project" format marker).');
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) damaged('version', 'should be a positive whole number');
  if (version > PROJECT_VERSION) {
    throw new InputError('newer-version', `This project was made by a newer Relata (file format ${version}; this version reads up to ${PROJECT_VERSION}). Update Relata to open it.`);
  }
  repair(data, repairs);
  const result = projectSchema.safeParse(data);
  if (!result.success) damaged(...describeIssue(result.error.issues));
  const project = result.data as unknown as ProjectFile;
  const nodeKeys = new Set<string>();
  project.graph.nodes.forEach((node, i) => {
    if (nodeKeys.has(node.key)) throw new InputError('duplicate-id', `The project file is damaged: node ${quoted(node.key)} appears twice (graph.nodes[${i}]).`);
    nodeKeys.add(node.key);
  });
  const edgeKeys = new Set<string>();
  project.graph.edges.forEach((edge, i) => {
    if (edge.key !== undefined) {
      if (edgeKeys.has(edge.key)) throw new InputError('duplicate-id', `The project file is damaged: edge ${quoted(edge.key)} appears twice (graph.edges[${i}]).`);
      edgeKeys.add(edge.key);
    }
    for (const end of [edge.source, edge.target]) {
      if (!nodeKeys.has(end)) throw new InputError('missing-node', `The project file is damaged: graph.edges[${i}] points to node ${quoted(end)}, which does not exist.`);
    }
  });
  return project;
}

/** Parses and validates project file text (see readProject), leaving repairs unreported. */
export function parseProject(text: string, maxChars = MAX_PROJECT_CHARS): ProjectFile {
  return readProject(text, { maxChars });
}
