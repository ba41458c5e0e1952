/** Files the app opens: a project as it is, a graph as a new project holding it. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectStore } from '../../main/project-store';
import { parseProject } from '../../shared/project/codec';
import { formatById } from '../../shared/formats/collection';
import { opensAsFile, projectFromFile } from '../../shared/formats/open';
import { projectGraph } from '../../shared/project/codec';
import { errorOf, snapshot, tempDir } from '../interop/helpers';
import { awkwardGraph } from './fixture';

const documents = [{ name: '001.txt', text: 'Medvedev dismissed the talks.' }];

describe('opening files', () => {
  it('tells the files that open from the ones imported as text', () => {
    for (const name of ['a.relata', 'b.GraphML', 'c.gexf', 'd.json', 'e.xml']) expect(opensAsFile(name), name).toBe(true);
    for (const name of ['a.txt', 'b.md', 'c.csv', 'graphml', 'e.ttl']) expect(opensAsFile(name), name).toBe(false);
  });

  it('opens a project with its documents and view, and a GraphML or GEXF file as a new project of its graph', () => {
    const g = awkwardGraph();
    const context = { baseName: 'g', documents };
    const project = projectFromFile('g.relata', formatById('relata').write!(g, {}, context)[0]!.data as string);
    expect(project.documents).toEqual(documents);
    expect(snapshot(projectGraph(project))).toEqual(snapshot(g));
    for (const id of ['graphml', 'gexf', 'graphology'] as const) {
      const [file] = formatById(id).write!(g, { flavor: 'plain' }, context);
      const opened = projectFromFile(file!.name, file!.data as string);
      expect(opened.documents, id).toEqual([]);
      expect(snapshot(projectGraph(opened)), id).toEqual(snapshot(g));
    }
  });

  it('refuses a damaged file with the reader\'s reason', () => {
    const gexf = formatById('gexf').write!(awkwardGraph(), {}, { baseName: 'g', documents })[0]!.data as string;
    expect(errorOf(() => projectFromFile('g.gexf', gexf.slice(0, 300))).message).toMatch(/truncated|ends/i);
  });
});

describe("the desktop shell's Open", () => {
  it('opens GraphML and GEXF files as well as projects, and still saves only projects', async () => {
    const dir = tempDir();
    const store = new ProjectStore(parseProject, undefined, projectFromFile);
    const g = awkwardGraph();
    const graphml = join(dir, 'g.graphml');
    writeFileSync(graphml, formatById('graphml').write!(g, { flavor: 'plain' }, { baseName: 'g', documents })[0]!.data);
    expect(snapshot(projectGraph(projectFromFile('g.graphml', await store.open(graphml))))).toEqual(snapshot(g));
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'Medvedev dismissed the talks.');
    await expect(store.open(notes)).rejects.toThrow(/cannot open this kind of file/);
    await expect(store.save(join(dir, 'out.relata'), await store.open(graphml))).rejects.toThrow(/failed validation/);
  });
});
