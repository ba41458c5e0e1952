import { describe, expect, it } from 'vitest';
import { emptyEdgeRecord, emptyNodeRecord, toEdgeAttributes, toNodeAttributes } from '../../shared/graphml/normalize';
import { readGraphml } from '../../shared/graphml/read';

describe('the records GraphML elements are read into', () => {
  it('have only slots that completing them sets, so no attribute is left unset', () => {
    const owner = { where: () => 'here' };
    const node = toNodeAttributes('a', emptyNodeRecord(), undefined, 0, 1, owner) as Record<string, unknown>;
    const edge = toEdgeAttributes(emptyEdgeRecord(), undefined, owner) as Record<string, unknown>;
    for (const name of Object.keys(emptyNodeRecord())) expect(node[name], name).not.toBeUndefined();
    for (const name of Object.keys(emptyEdgeRecord())) expect(edge[name], name).not.toBeUndefined();
  });

  it('take a declared <default> in a slot the element left unset', () => {
    const graph = readGraphml(
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">' +
        '<key id="n" for="node" attr.name="note" attr.type="string"><default>seen</default></key>' +
        '<key id="w" for="edge" attr.name="weight" attr.type="double"><default>2.5</default></key>' +
        '<graph edgedefault="directed"><node id="a"/><node id="b"><data key="n">own</data></node><edge source="a" target="b"/></graph></graphml>',
    );
    expect(graph.getNodeAttribute('a', 'note')).toBe('seen');
    expect(graph.getNodeAttribute('b', 'note')).toBe('own');
    expect(graph.getEdgeAttribute(graph.edges()[0]!, 'weight')).toBe(2.5);
  });
});
