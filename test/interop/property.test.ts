import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readGexf } from '../../shared/gexf/read';
import { writeGexf } from '../../shared/gexf/write';
import { readGraphml } from '../../shared/graphml/read';
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

  it('project file (finite numbers: JSON has no NaN, Infinity or -0)', () => {
    fc.assert(
      fc.property(graphArbitrary(true), fc.array(fc.record({ name: text, text }), { maxLength: 3 }), (g, documents) => {
        const back = parseProject(serializeProject(createProject({ documents, graph: g, view: { theme: 'dark' } })));
        expect(back.documents).toEqual(documents);
        expect(snapshot(projectGraph(back))).toEqual(snapshot(g));
      }),
      { numRuns: 150 },
    );
  });
});
