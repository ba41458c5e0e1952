/** A first readable layout for a freshly extracted graph, so files open with sensible positions. */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import circular from 'graphology-layout/circular';
import type { KnowledgeGraph } from './schema';

/** Places nodes on a circle, then lets ForceAtlas2 settle them; deterministic for the same graph. */
export function applyInitialLayout(graph: KnowledgeGraph, iterations = 150): void {
  if (graph.order === 0) return;
  circular.assign(graph, { scale: 100 });
  const settings = forceAtlas2.inferSettings(graph);
  forceAtlas2.assign(graph, { iterations, settings: { ...settings, barnesHutOptimize: graph.order > 1000 } });
  graph.updateEachNodeAttributes((_, attr) => ({ ...attr, x: Math.round(attr.x * 100) / 100, y: Math.round(attr.y * 100) / 100 }));
}
