/**
 * `npm run sample`: rebuilds the bundled sample from graph-data/corpus — the GraphML export and the
 * project the app opens on first run. A test checks that the committed files are current.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { extractGraph } from '../../shared/extract/index';
import { applyInitialLayout } from '../../shared/graph/initial-layout';
import type { SourceDocument } from '../../shared/graph/schema';
import { writeGraphml } from '../../shared/graphml/write';
import { createProject, serializeProject } from '../../shared/project/codec';
import { nerModel } from '../extract/ner-model';
import { writeFileAtomic } from '../io/atomic-write';
import { readDocuments } from './documents';

export const SAMPLE_DIR = join(import.meta.dirname, '..', '..', 'graph-data');

/** The sample's documents, in file-name order. */
export async function sampleDocuments(): Promise<SourceDocument[]> {
  const corpus = join(SAMPLE_DIR, 'corpus');
  const files = (await readdir(corpus)).filter((f) => f.endsWith('.txt')).sort();
  return readDocuments(files.map((f) => join(corpus, f)));
}

/** The sample's files, by name, as they should be on disk. */
export async function buildSample(): Promise<Record<string, string>> {
  const documents = await sampleDocuments();
  const graph = extractGraph(documents, { model: nerModel() });
  applyInitialLayout(graph);
  return {
    'sample.graphml': writeGraphml(graph),
    'sample.relata': serializeProject(createProject({ documents, graph })),
  };
}

if (import.meta.filename === process.argv[1]) {
  const files = await buildSample();
  for (const [name, content] of Object.entries(files)) {
    await writeFileAtomic(join(SAMPLE_DIR, name), content);
    console.log(`wrote graph-data/${name}`);
  }
}
