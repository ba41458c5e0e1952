/** Shared test helpers: a sample knowledge graph and a bridge to networkx (python3). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../shared/xml/errors';
import { createKnowledgeGraph, TYPE_COLORS, type EntityType, type KnowledgeGraph, type NodeAttributes, type EdgeAttributes } from '../../shared/graph/schema';

const script = join(import.meta.dirname, 'nx_bridge.py');

/** The InputError that `fn` throws; fails the test when it throws nothing or something else. */
export function errorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError, but the input was accepted');
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'relata-interop-'));
}

export type NxValue = [unknown, string];
export interface NxDump {
  directed: boolean;
  multigraph: boolean;
  graph: Record<string, NxValue>;
  nodes: Record<string, Record<string, NxValue>>;
  edges: Array<{ source: string; target: string; id: string | null; attrs: Record<string, NxValue> }>;
}

/** What networkx.read_graphml sees in a GraphML text. */
export function networkxRead(text: string, format: 'graphml' | 'gexf' = 'graphml'): NxDump {
  const file = join(tempDir(), `g.${format}`);
  writeFileSync(file, text, 'utf8');
  const out = execFileSync('python3', [script, 'read', file], { encoding: 'utf8', maxBuffer: 1 << 30 });
  return JSON.parse(out) as NxDump;
}

/** GraphML text written by networkx.write_graphml from a JSON spec. */
export function networkxWrite(spec: unknown): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'spec.json'), JSON.stringify(spec), 'utf8');
  execFileSync('python3', [script, 'write', join(dir, 'spec.json'), join(dir, 'out.graphml')]);
  return execFileSync('cat', [join(dir, 'out.graphml')], { encoding: 'utf8', maxBuffer: 1 << 30 });
}

/** Full node attributes with overrides. */
export function node(label: string, type: EntityType, extra: Partial<NodeAttributes> = {}): NodeAttributes {
  return {
    label,
    type,
    aliases: [],
    mentions: 1,
    docs: ['001.txt'],
    x: 0,
    y: 0,
    size: 5,
    color: TYPE_COLORS[type],
    note: '',
    tags: [],
    pinned: false,
    occurrences: [],
    ...extra,
  };
}

export function edge(label: string, extra: Partial<EdgeAttributes> = {}): EdgeAttributes {
  return { label, predicate: label, evidence: '', doc: '001.txt', confidence: 0.5, weight: 1, note: '', tags: [], support: [], ...extra };
}

/** A small graph exercising every contract attribute, parallel edges and a self-loop. */
export function sampleGraph(): KnowledgeGraph {
  const g = createKnowledgeGraph();
  g.addNode('medvedev', node('Dmitry Medvedev', 'Person', {
    aliases: ['Medvedev', 'Dmitri Medvedev'], mentions: 7, docs: ['001.txt', '004_625579a92e5a1402.txt'],
    x: 12.5, y: -3.25, size: 9, note: 'Deputy chair <Security Council> & "hawk"', tags: ['russia'], pinned: true,
    occurrences: [{ doc: '001.txt', sentence: 2, start: 10, end: 18, text: 'Medvedev' }],
  }));
  g.addNode('talks', node('peace talks', 'Event', { x: -40, y: 22.75, mentions: 3 }));
  g.addNode('us', node('United States', 'Place', { aliases: ['US', 'U.S.'], x: 100, y: 0.001, color: '#123abc' }));
  g.addEdgeWithKey('e0', 'medvedev', 'talks', edge('dismissed', {
    predicate: 'dismiss', evidence: 'Medvedev dismissed the talks as "theatre" & more.', confidence: 0.92, weight: 2,
    support: [{ doc: '001.txt', sentence: 2, text: 'Medvedev dismissed the talks.', start: 0 }],
  }));
  g.addEdgeWithKey('e1', 'medvedev', 'talks', edge('mocked', { predicate: 'mock', confidence: 0.4 }));
  g.addEdgeWithKey('e2', 'us', 'us', edge('self', { weight: 3 }));
  return g;
}

/** Everything a graph holds, in a form toEqual can compare (keys, ends, directedness, attributes). */
export function snapshot(g: KnowledgeGraph) {
  return {
    attributes: g.getAttributes(),
    nodes: g.mapNodes((key, attributes) => ({ key, attributes })),
    edges: g.mapEdges((key, attributes, source, target, _s, _t, undirected) => ({ key, source, target, undirected, attributes })),
  };
}
