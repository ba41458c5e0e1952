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
    const { project, repairs } = projectFromFile('g.relata', formatById('relata').write!(g, {}, context)[0]!.data as string);
    expect(project.documents).toEqual(documents);
    expect(snapshot(projectGraph(project))).toEqual(snapshot(g));
    expect(repairs).toEqual([]);
    for (const id of ['graphml', 'gexf', 'graphology'] as const) {
      const [file] = formatById(id).write!(g, { flavor: 'plain' }, context);
      const opened = projectFromFile(file!.name, file!.data as string);
      expect(opened.project.documents, id).toEqual([]);
      expect(snapshot(projectGraph(opened.project)), id).toEqual(snapshot(g));
      expect(opened.repairs, id).toEqual([]);
    }
  });

  it('says what it repaired to open a file (a position that is not a number)', () => {
    const graphml = '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="x" for="node" attr.name="x" attr.type="double"/><graph edgedefault="directed"><node id="a"><data key="x">NaN</data></node></graph></graphml>';
    const { project, repairs } = projectFromFile('nan.graphml', graphml);
    expect(Number.isFinite(project.graph.nodes[0]!.attributes!.x)).toBe(true);
    expect(repairs).toEqual([expect.stringMatching(/^x values that are not finite numbers were replaced \(once; first: node "a"/)]);
  });

  it('refuses a damaged file with the reader\'s reason', () => {
    const gexf = formatById('gexf').write!(awkwardGraph(), {}, { baseName: 'g', documents })[0]!.data as string;
    expect(errorOf(() => projectFromFile('g.gexf', gexf.slice(0, 300))).message).toMatch(/truncated|ends/i);
  });
});
