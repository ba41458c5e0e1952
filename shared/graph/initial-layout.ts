/** A first readable layout for a freshly extracted graph, so files open with sensible positions. */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import circular from 'graphology-layout/circular';
import type { KnowledgeGraph } from './schema';

/**
 * Places nodes on a circle, lets ForceAtlas2 settle them, then removes overlaps; deterministic for
 * the same graph. Gravity is raised above ForceAtlas2's inferred value so that entities without
 * relations gather around the graph instead of staying on the starting circle.
 */
export function applyInitialLayout(graph: KnowledgeGraph, iterations = 600): void {
  if (graph.order === 0) return;
  circular.assign(graph, { scale: 100 });
  const settings = forceAtlas2.inferSettings(graph);
  forceAtlas2.assign(graph, { iterations, settings: { ...settings, gravity: 0.12, barnesHutOptimize: graph.order > 1000 } });
  noverlap.assign(graph, { maxIterations: 100, settings: { ratio: 1.5, margin: 4 } });
  graph.updateEachNodeAttributes((_, attr) => ({ ...attr, x: Math.round(attr.x * 100) / 100, y: Math.round(attr.y * 100) / 100 }));
}
