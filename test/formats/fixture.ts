/** A graph that exercises what tabular and RDF writers find hard, and the outside readers' bridge. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeGraph } from '../../shared/graph/schema';
import type { OutputFile } from '../../shared/formats/types';
import { edge, node, sampleGraph, tempDir } from '../interop/helpers';

/**
 * The interop sample plus: an imported attribute on some nodes (karate's `club`), a key with spaces,
 * a comma and non-ASCII letters, a `;` inside an alias (the neo4j-admin array delimiter), text with
 * quotes, commas and a line break, an undirected edge, a negated relation and an unconnected node.
 */
export function awkwardGraph(): KnowledgeGraph {
  const g = sampleGraph();
  g.mergeNodeAttributes('medvedev', { club: 'Mr. Hi', rank: 3 });
  g.mergeNodeAttributes('talks', { club: 'Officer' });
  g.addNode('São Paulo, BR', node('São Paulo', 'Place', { aliases: ['SP; capital', 'Sampa'], note: 'line one\nline "two", with commas', x: 5, y: 6 }));
  g.addNode('lonely', node('Nobody', 'Other', { mentions: 0, docs: [] }));
  g.addUndirectedEdgeWithKey('u1', 'us', 'São Paulo, BR', edge('trades with', { predicate: 'trade with', evidence: 'The US, "they say",\ntrades with São Paulo.', confidence: 0.5 }));
  g.addEdgeWithKey('neg', 'medvedev', 'us', edge('did not sign', { predicate: 'sign', polarity: 'negative', confidence: 0.7 }));
  return g;
}

/** Writes output files into a fresh folder and returns it. */
export function writeFiles(files: OutputFile[]): string {
  const dir = tempDir();
  mkdirSync(dir, { recursive: true });
  for (const file of files) writeFileSync(join(dir, file.name), file.data);
  return dir;
}

const script = join(import.meta.dirname, 'readers.py');

/** Runs an outside reader of readers.py; rdflib lives in Debian's python3. */
export function outsideRead<T>(command: 'csv' | 'neo4j' | 'rdflib', ...args: string[]): T {
  const python = command === 'rdflib' ? '/usr/bin/python3' : 'python3';
  return JSON.parse(execFileSync(python, [script, command, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 })) as T;
}
