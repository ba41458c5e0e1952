import { graphToByteArrays } from 'graphology-layout-forceatlas2/helpers.js';
import { describe, expect, it } from 'vitest';
import { generateGraph } from '../../shared/graph/generate';
import { forceAtlas2Matrices, NODE_STRIDE } from '../../shared/layout/fa2-matrices';
import { layoutCopy } from '../../shared/layout/layouts';

describe('forceAtlas2Matrices', () => {
  it('builds from the graph itself what graphology builds from a layout copy of it', () => {
    const graph = generateGraph({ nodes: 300, edgesPerNode: 3, seed: 4 });
    const nodes = graph.nodes();
    nodes.slice(0, 20).forEach((n) => graph.setNodeAttribute(n, 'pinned', true));
    graph.setNodeAttribute(nodes[20]!, 'size', 0);
    graph.setNodeAttribute(nodes[21]!, 'x', Number.NaN);
    graph.addDirectedEdge(nodes[22]!, nodes[22]!, { ...graph.getEdgeAttributes(graph.edges()[0]!), weight: 3 });
    graph.addUndirectedEdge(nodes[23]!, nodes[24]!, { ...graph.getEdgeAttributes(graph.edges()[0]!), weight: 0 });
    const expected = graphToByteArrays(layoutCopy(graph) as never, (_edge, attributes) => attributes.weight as number);
    const built = forceAtlas2Matrices(graph);
    expect(built.nodes).toEqual(expected.nodes);
    expect(built.edges).toEqual(expected.edges);
    expect(built.rows.get(nodes[5]!)! * NODE_STRIDE).toBe(5 * NODE_STRIDE);
  });
});
