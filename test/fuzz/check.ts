/**
 * One fuzz case through its reader, judged: it loads (and what loaded fits the project model, saves,
 * reopens and exports), or it fails with the reader's own InputError and a bounded message, within
 * 5 s, leaving Object.prototype as it was. Anything else is an unclean outcome.
 */
import { readGexf } from '../../shared/gexf/read';
import type { KnowledgeGraph, SourceDocument } from '../../shared/graph/schema';
import { readGraphml } from '../../shared/graphml/read';
import { writeGraphml } from '../../shared/graphml/write';
import { createProject, parseProject, projectGraph, readProject, serializeProject } from '../../shared/project/codec';
import { projectSchema } from '../../shared/project/model';
import { Repairs } from '../../shared/project/repairs';
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

function read(c: FuzzCase, repairs: Repairs): { graph: KnowledgeGraph; documents: SourceDocument[] } {
  const text = decodeUtf8(c.bytes, c.kind === 'project' ? 'project' : c.kind === 'gexf' ? 'GEXF' : 'GraphML');
  if (c.kind === 'graphml') return { graph: readGraphml(text, { repairs }), documents: [] };
  if (c.kind === 'gexf') return { graph: readGexf(text, { repairs }), documents: [] };
  const project = readProject(text, { repairs });
  return { graph: projectGraph(project), documents: project.documents };
}

/** What must hold of anything that loaded: it is a valid project that saves, reopens and exports. */
function checkLoaded(graph: KnowledgeGraph, documents: SourceDocument[]): string | undefined {
  const saved = serializeProject(createProject({ documents, graph }));
  const model = projectSchema.safeParse(JSON.parse(saved));
  if (!model.success) return `loaded graph breaks the model at ${model.error.issues[0]!.path.join('.')}: ${model.error.issues[0]!.message}`;
  parseProject(saved);
  readGraphml(writeGraphml(graph));
  return undefined;
}

/** Runs one case; `ms` is the reading alone (decoding included), which must finish within TIME_LIMIT_MS. */
export function runCase(c: FuzzCase): Outcome {
  let start = performance.now();
  let ms = 0;
  let result: Outcome['result'];
  let detail: string | undefined;
  try {
    const { graph, documents } = read(c, new Repairs());
    ms = performance.now() - start;
    start = NaN;
    detail = checkLoaded(graph, documents);
    result = detail === undefined ? 'loaded' : 'unclean';
  } catch (error) {
    if (error instanceof InputError && error.message.length <= MAX_MESSAGE) result = 'refused';
    else {
      result = 'unclean';
      detail = error instanceof InputError ? `message of ${error.message.length} characters` : `${(error as Error)?.name}: ${String((error as Error)?.message).slice(0, 300)}`;
    }
  }
  if (!Number.isNaN(start)) ms = performance.now() - start;
  if (ms > TIME_LIMIT_MS) [result, detail] = ['unclean', `took ${Math.round(ms)} ms`];
  const changed = prototypeChange();
  if (changed !== undefined) [result, detail] = ['unclean', `changed ${changed}`];
  return { seed: c.seed, kind: c.kind, mutations: c.mutations, result, ms, ...(detail === undefined ? {} : { detail }) };
}
