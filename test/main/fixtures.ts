/** Temp folders and valid project text for the main-process tests. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKnowledgeGraph, TYPE_COLORS } from '../../shared/graph/schema';
import { createProject, serializeProject } from '../../shared/project/codec';

export async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'relata-main-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A small valid project whose one node carries `note`, so tests can tell versions apart. */
export function projectText(note = 'first'): string {
  const graph = createKnowledgeGraph();
  graph.addNode('person:putin', {
    label: 'Vladimir Putin', type: 'Person', aliases: ['Putin'], mentions: 2, docs: ['a.txt'],
    x: 1.5, y: -2, size: 6, color: TYPE_COLORS.Person, note, tags: [], pinned: true, occurrences: [],
  });
  return serializeProject(createProject({ documents: [{ name: 'a.txt', text: 'Putin spoke.' }], graph }));
}
