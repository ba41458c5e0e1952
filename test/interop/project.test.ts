import { describe, expect, it } from 'vitest';
import { createProject, parseProject, projectGraph, serializeProject } from '../../shared/project/codec';
import { safeAttributeName } from '../../shared/graph/safe-keys';
import { errorOf, sampleGraph, snapshot } from './helpers';

const documents = [{ name: '001.txt', text: 'Medvedev dismissed the talks.\n\u0000 and \uD83D\uDE00' }];

describe('project file codec', () => {
  it('round-trips documents, graph (with provenance) and view', () => {
    const g = sampleGraph();
    const view = { colorBy: 'type' as const, camera: { x: 0.5, y: 0.5, ratio: 1.2, angle: 0 } };
    const back = parseProject(serializeProject(createProject({ documents, graph: g, view })));
    expect(back.documents).toEqual(documents);
    expect(back.view).toEqual(view);
    expect(snapshot(projectGraph(back))).toEqual(snapshot(g));
  });

  it('keeps attributes named "__proto__" as data on the graph, its nodes and its edges, under their safe names', () => {
    const g = sampleGraph();
    const [node, edge] = [g.nodes()[0]!, g.edges()[0]!];
    const own = (target: object, value: unknown) => Object.defineProperty(target, '__proto__', { value, enumerable: true, writable: true, configurable: true });
    own(g.getAttributes(), 'graph');
    own(g.getNodeAttributes(node), 0);
    own(g.getEdgeAttributes(edge), { x: 1 });
    const back = projectGraph(parseProject(serializeProject(createProject({ documents, graph: g }))));
    for (const [attrs, value] of [[back.getAttributes(), 'graph'], [back.getNodeAttributes(node), 0], [back.getEdgeAttributes(edge), { x: 1 }]] as const) {
      expect((attrs as Record<string, unknown>)[safeAttributeName('__proto__')]).toEqual(value);
      expect(Object.hasOwn(attrs, '__proto__')).toBe(false);
      expect(Object.getPrototypeOf(attrs)).toBe(Object.prototype);
    }
  });

  it('refuses a file from a newer Relata with the version in the message', () => {
    const text = serializeProject({ ...createProject({ documents, graph: sampleGraph() }), version: 99 });
    const error = errorOf(() => parseProject(text));
    expect(error.code).toBe('newer-version');
    expect(error.message).toMatch(/newer Relata.*99/);
  });

  it('detects truncation at every kind of offset', () => {
    const text = serializeProject(createProject({ documents, graph: sampleGraph() }));
    for (let cut = 1; cut < text.length; cut += 7) {
      const error = errorOf(() => parseProject(text.slice(0, cut)));
      expect(['truncated', 'wrong-root']).toContain(error.code);
    }
  });

  it('names the damaged field, duplicate ids and dangling edges', () => {
    const p = createProject({ documents, graph: sampleGraph() });
    const broken = JSON.parse(serializeProject(p));
    broken.graph.nodes[1].attributes.x = 'left';
    expect(errorOf(() => parseProject(JSON.stringify(broken))).message).toMatch(/graph\.nodes\[1\]\.attributes\.x should be a number/);
    const dup = JSON.parse(serializeProject(p));
    dup.graph.nodes.push(dup.graph.nodes[0]);
    expect(errorOf(() => parseProject(JSON.stringify(dup))).code).toBe('duplicate-id');
    const dangling = JSON.parse(serializeProject(p));
    dangling.graph.edges[0].target = 'nobody';
    expect(errorOf(() => parseProject(JSON.stringify(dangling))).message).toMatch(/"nobody"/);
  });

  it('refuses binary data, other JSON and empty text', () => {
    expect(errorOf(() => parseProject('\u0089PNG\r\n\u001a\n\u0000\u0000')).code).toBe('binary');
    expect(errorOf(() => parseProject('{"nodes": []}')).code).toBe('wrong-root');
    expect(errorOf(() => parseProject('   ')).code).toBe('empty');
    expect(errorOf(() => parseProject('<graphml/>')).code).toBe('wrong-root');
  });
});
