/**
 * One fuzz case through its reader, judged: it loads (and what loaded fits the project model, saves and
 * reopens identically, and exports), or it fails with the reader's own InputError and a bounded
 * message, within 5 s of CPU time, leaving Object.prototype as it was. Anything else is an unclean outcome.
 */
import { isDeepStrictEqual } from 'node:util';
import { readGraphologyJson } from '../../shared/formats/graphology';
import { readGexf } from '../../shared/gexf/read';
import type { KnowledgeGraph, SourceDocument } from '../../shared/graph/schema';
import { readGraphml } from '../../shared/graphml/read';
import { writeGraphml } from '../../shared/graphml/write';
import { storedKey } from '../../shared/graph/safe-keys';
import { createProject, parseProject, projectGraph, readProject, serializeProject } from '../../shared/project/codec';
import { projectSchema } from '../../shared/project/model';
import { Repairs } from '../../shared/project/repairs';
import type { ViewSettings } from '../../shared/project/types';
import { InputError } from '../../shared/xml/errors';
import { decodeUtf8 } from '../../shared/xml/guard';
import type { FuzzCase } from './cases';

export const TIME_LIMIT_MS = 5_000;
const MAX_MESSAGE = 1_000;

export interface Outcome {
  seed: number;
  kind: FuzzCase['kind'];
  mutations: string[];
  result: 'loaded' | 'refused' | 'unclean';
  /** For unclean outcomes: what went wrong. */
  detail?: string;
  ms: number;
}

/** Every own property of Object.prototype and of Object, by identity. */
function prototypeState(): Map<string, unknown> {
  const state = new Map<string, unknown>();
  for (const [owner, target] of [['Object.prototype', Object.prototype], ['Object', Object]] as const) {
    for (const name of Object.getOwnPropertyNames(target)) state.set(`${owner}.${name}`, Object.getOwnPropertyDescriptor(target, name)?.value);
  }
  return state;
}

const baseline = prototypeState();

function prototypeChange(): string | undefined {
  const now = prototypeState();
  for (const [name, value] of now) if (!baseline.has(name) || baseline.get(name) !== value) return name;
  for (const name of baseline.keys()) if (!now.has(name)) return name;
  return undefined;
}

/**
 * Project JSON as the codec means it, to compare files: keys as the graph holds them (a bare
 * "constructor" in a file is the attribute or node "constructor", saved with its prefix), 0 for -0
 * (JSON's), and no graph options (graphology's, always a mixed multigraph in Relata). Attributes may
 * come back in another order, which deep equality ignores.
 */
function canonical(value: unknown, name = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => canonical(v));
  if (typeof value === 'string') return name === 'key' || name === 'source' || name === 'target' ? storedKey(value) : value;
  if (typeof value !== 'object' || value === null) return Object.is(value, -0) ? 0 : value;
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(value)) if (!(k === 'options' && name === 'graph')) out.set(storedKey(k), canonical(v, k));
  return out;
}

const FORMAT_NAMES: Record<FuzzCase['kind'], string> = { graphml: 'GraphML', gexf: 'GEXF', project: 'project', graphology: 'graphology JSON' };

interface Loaded {
  graph: KnowledgeGraph;
  documents: SourceDocument[];
  view?: ViewSettings;
  /** A project file read without repairs, as parsed JSON: what saving it again must give. */
  unrepaired?: unknown;
}

function read(c: FuzzCase, repairs: Repairs): Loaded {
  const text = decodeUtf8(c.bytes, FORMAT_NAMES[c.kind]);
  if (c.kind === 'graphml') return { graph: readGraphml(text, { repairs }), documents: [] };
  if (c.kind === 'gexf') return { graph: readGexf(text, { repairs }), documents: [] };
  if (c.kind === 'graphology') return { graph: readGraphologyJson(text).graph, documents: [] };
  const project = readProject(text, { repairs });
  const loaded: Loaded = { graph: projectGraph(project), documents: project.documents, view: project.view };
  return repairs.size === 0 ? { ...loaded, unrepaired: JSON.parse(text.replace(/^\uFEFF/, '')) } : loaded;
}

/**
 * What must hold of anything that loaded: it is a valid project that saves and reopens identically
 * (a project file read without repairs saves as it was), and exports GraphML that reads back identically.
 */
function checkLoaded({ graph, documents, view, unrepaired }: Loaded): string | undefined {
  const saved = serializeProject(createProject({ documents, graph, view }));
  const model = projectSchema.safeParse(JSON.parse(saved));
  if (!model.success) return `loaded graph breaks the model at ${model.error.issues[0]!.path.join('.')}: ${model.error.issues[0]!.message}`;
  const same = (a: unknown, b: string) => isDeepStrictEqual(canonical(a), canonical(JSON.parse(b)));
  if (unrepaired !== undefined && !same(unrepaired, saved)) return 'the project file, read without repairs, saves differently';
  const reopened = parseProject(saved);
  if (!same(JSON.parse(serializeProject(createProject({ documents: reopened.documents, graph: projectGraph(reopened), view: reopened.view }))), saved)) return 'the saved project reopens differently';
  const exported = writeGraphml(graph);
  if (writeGraphml(readGraphml(exported)) !== exported) return 'the exported GraphML reads back differently';
  return undefined;
}

/**
 * The process's CPU time in milliseconds. Cases are timed by it rather than by the clock: on a machine
 * shared by several jobs a 1 s case took 5 s of wall time, while a hang burns CPU all the same.
 */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Runs one case; `ms` is the CPU time of the reading alone (decoding included), which must stay within TIME_LIMIT_MS. */
export function runCase(c: FuzzCase): Outcome {
  let start = cpuMs();
  let ms = 0;
  let result: Outcome['result'];
  let detail: string | undefined;
  try {
    const loaded = read(c, new Repairs());
    ms = cpuMs() - start;
    start = NaN;
    detail = checkLoaded(loaded);
    result = detail === undefined ? 'loaded' : 'unclean';
  } catch (error) {
    if (error instanceof InputError && error.message.length <= MAX_MESSAGE) result = 'refused';
    else {
      result = 'unclean';
      detail = error instanceof InputError ? `message of ${error.message.length} characters` : `${(error as Error)?.name}: ${String((error as Error)?.message).slice(0, 300)}`;
    }
  }
  if (!Number.isNaN(start)) ms = cpuMs() - start;
  if (ms > TIME_LIMIT_MS) [result, detail] = ['unclean', `took ${Math.round(ms)} ms`];
  const changed = prototypeChange();
  if (changed !== undefined) [result, detail] = ['unclean', `changed ${changed}`];
  return { seed: c.seed, kind: c.kind, mutations: c.mutations, result, ms, ...(detail === undefined ? {} : { detail }) };
}
