import forceAtlas2 from 'graphology-layout-forceatlas2';
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import defaults from 'graphology-layout-forceatlas2/defaults.js';
import { describe, expect, it } from 'vitest';
import { generateGraph } from '../../shared/graph/generate';
import { barnesHutWork, iterateBarnesHut, repel, REPULSION_IN_THIS_THREAD, type Repulsion } from '../../shared/layout/barnes-hut';
import { forceAtlas2Matrices } from '../../shared/layout/fa2-matrices';

/** Matrices of a generated graph, its nodes spread on a circle with a few on one point (the tree's hardest case). */
function matrices(order: number) {
  const graph = generateGraph({ nodes: order, edgesPerNode: 2, seed: 7 });
  graph.forEachNode((node, a) => {
    const i = Number(node.slice(1));
    const angle = (2 * Math.PI * i) / order;
    graph.mergeNodeAttributes(node, i < 5 ? { x: 1, y: 1 } : { x: 10 * Math.sqrt(order) * Math.cos(angle), y: 10 * Math.sqrt(order) * Math.sin(angle), size: a.size });
  });
  return forceAtlas2Matrices(graph);
}

const settings = { ...forceAtlas2.inferSettings(600), gravity: 0.12, edgeWeightInfluence: 1, barnesHutTheta: 0.5 } as const;

/** The repulsion in two halves one after the other, as the command's two threads share it. */
const inHalves: Repulsion = {
  allocate: (bytes) => new ArrayBuffer(bytes),
  repelAll(nodes, work, coefficient, thetaSquared) {
    const half = Math.floor(nodes.length / 20) * 10;
    repel(nodes, work, half, nodes.length, coefficient, thetaSquared);
    repel(nodes, work, 0, half, coefficient, thetaSquared);
  },
};

describe('iterateBarnesHut', () => {
  it.each([
    ['in one thread', REPULSION_IN_THIS_THREAD],
    ['split in two', inHalves],
  ])("moves every node to the bit where graphology's ForceAtlas2 with Barnes-Hut does (%s)", (_name, repulsion) => {
    const expected = matrices(600);
    const ours = matrices(600);
    const librarySettings = { ...defaults, ...settings, barnesHutOptimize: true };
    const work = barnesHutWork(600, (bytes) => new ArrayBuffer(bytes));
    for (let i = 0; i < 30; i++) {
      iterate(librarySettings, expected.nodes, expected.edges);
      iterateBarnesHut(
        { scalingRatio: settings.scalingRatio!, gravity: settings.gravity, strongGravityMode: settings.strongGravityMode!, slowDown: settings.slowDown!, edgeWeightInfluence: 1, barnesHutTheta: 0.5 },
        ours.nodes,
        ours.edges,
        work,
        repulsion,
      );
    }
    expect(ours.nodes).toEqual(expected.nodes);
    expect(expected.nodes[0]).not.toBe(1);
  });
});
