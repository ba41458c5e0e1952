/** Files the app opens: a project as it is, a graph as a new project holding it. */
import { describe, expect, it } from 'vitest';
import { formatById } from '../../shared/formats/collection';
import { opensAsFile, projectFromFile } from '../../shared/formats/open';
import { projectGraph } from '../../shared/project/codec';
import { errorOf, snapshot } from '../interop/helpers';
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
