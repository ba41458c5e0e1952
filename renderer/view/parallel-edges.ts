/**
 * Curvature for parallel edges so that "Putin — leads → Russia" and "Putin — visited → Russia"
 * stay readable. Kept out of the graph (unlike @sigma/edge-curve's indexer) so exports stay clean.
 */
import type { KnowledgeGraph } from '../../shared/graph/schema';

const SPREAD = 0.35;

/** Curvature per edge that shares its endpoints with another edge; lone edges are absent (drawn straight). */
export function parallelCurvatures(graph: KnowledgeGraph): Map<string, number> {
  const groups = new Map<string, string[]>();
  graph.forEachEdge((edge, _a, source, target) => {
    const key = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const group = groups.get(key);
    if (group) group.push(edge);
    else groups.set(key, [edge]);
  });
  const curvature = new Map<string, number>();
  for (const edges of groups.values()) {
    if (edges.length < 2) continue;
    edges.forEach((edge, i) => {
      // Curvature is relative to the edge's own direction, so flip it for edges running the other way.
      const source = graph.source(edge);
      const flip = source < graph.target(edge) ? 1 : -1;
      // Alternate sides, stepping outwards: +1, -1, +2, -2…
      const offset = (Math.floor(i / 2) + 1) * (i % 2 === 0 ? 1 : -1);
      curvature.set(edge, flip * offset * SPREAD);
    });
  }
  return curvature;
}
