import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphologyFormat, readGraphologyJson } from '../../shared/formats/graphology';
import { readGexf } from '../../shared/gexf/read';
import { writeGexf } from '../../shared/gexf/write';
import { readGraphml } from '../../shared/graphml/read';
import type { KnowledgeGraph } from '../../shared/graph/schema';
import { writeGraphml } from '../../shared/graphml/write';
import { createProject, parseProject, projectGraph, serializeProject } from '../../shared/project/codec';
import { graphArbitrary, text } from './arbitraries';
import { snapshot } from './helpers';

describe('lossless round trips of random graphs (fast-check)', () => {
  it.each(['plain', 'gephi', 'yed'] as const)('GraphML (%s flavour)', (flavor) => {
    fc.assert(
      fc.property(graphArbitrary(false), (g) => {
        expect(snapshot(readGraphml(writeGraphml(g, { flavor })))).toEqual(snapshot(g));
      }),
      { numRuns: 150 },
    );
  });

  it('GEXF', () => {
    fc.assert(
      fc.property(graphArbitrary(false), (g) => {
        expect(snapshot(readGexf(writeGexf(g)))).toEqual(snapshot(g));
      }),
      { numRuns: 100 },
    );
  });

  it('graphology JSON', () => {
    const write = (g: KnowledgeGraph) => String(graphologyFormat.write!(g, {}, { baseName: 'graph', documents: [] })[0]!.data);
    fc.assert(
      fc.property(graphArbitrary(true), (g) => {
        expect(snapshot(readGraphologyJson(write(g)).graph)).toEqual(snapshot(g));
      }),
      { numRuns: 60 },
    );
  });

  it('project file (finite numbers: JSON has no NaN, Infinity or -0)', () => {
    fc.assert(
      fc.property(graphArbitrary(true), fc.uniqueArray(fc.record({ name: text.filter((n) => n !== ''), text }), { maxLength: 3, selector: (d) => d.name }), (g, documents) => {
        // Offsets point inside their documents, or at documents the project does not hold.
        const names = new Set(documents.map((d) => d.name));
        g.forEachNode((node, a) => g.setNodeAttribute(node, 'occurrences', a.occurrences.filter((m) => !names.has(m.doc))));
        g.forEachEdge((edge, a) => g.setEdgeAttribute(edge, 'support', a.support.filter((s) => !names.has(s.doc))));
        const back = parseProject(serializeProject(createProject({ documents, graph: g, view: { theme: 'dark' } })));
        expect(back.documents).toEqual(documents);
        expect(snapshot(projectGraph(back))).toEqual(snapshot(g));
      }),
      { numRuns: 150 },
    );
  });
});
