/** Where nodes that join an existing picture go: next to the neighbours they already have there. */
import type { KnowledgeGraph } from '../graph/schema';
import type { Point, Positions } from '../graph/commands/positions';
import { hashString, seededRandom } from './rng';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Centre and typical spacing of the placed nodes, for scaling offsets to the picture. */
function extentOf(graph: KnowledgeGraph, placed: Set<string>): { cx: number; cy: number; radius: number; spacing: number } {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const node of placed) {
    const { x, y } = graph.getNodeAttributes(node);
    minX = Math.min(minX, x); maxX = Math.max(maxX, x);
    minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  }
  if (placed.size === 0) return { cx: 0, cy: 0, radius: 0, spacing: 1 };
  const radius = Math.max(maxX - minX, maxY - minY) / 2;
  return { cx: (minX + maxX) / 2, cy: (minY + maxY) / 2, radius, spacing: Math.max(radius / Math.sqrt(placed.size), 1e-3) || 1 };
}

/**
 * Positions for `newNodes`: each goes near the mean of its already-placed neighbours (new nodes placed
 * earlier count, so chains of new nodes grow outwards); nodes with no placed neighbour go on a ring just
 * outside the picture. Deterministic: offsets are seeded from each node's key.
 */
export function placeNewNodes(graph: KnowledgeGraph, newNodes: readonly string[]): Positions {
  const pending = new Set(newNodes.filter((n) => graph.hasNode(n)));
  const placed = new Set(graph.nodes().filter((n) => !pending.has(n)));
  const { cx, cy, radius, spacing } = extentOf(graph, placed);
  const out: Positions = {};
  const at = (n: string): Point => out[n] ?? graph.getNodeAttributes(n);

  let seeds = 0;
  while (pending.size > 0) {
    let progress = false;
    for (const node of [...pending]) {
      const anchors = graph.neighbors(node).filter((m) => m !== node && placed.has(m));
      if (anchors.length === 0) continue;
      const mx = anchors.reduce((s, m) => s + at(m).x, 0) / anchors.length;
      const my = anchors.reduce((s, m) => s + at(m).y, 0) / anchors.length;
      const rng = seededRandom(hashString(node));
      const angle = rng() * 2 * Math.PI;
      const r = spacing * (0.5 + rng());
      out[node] = { x: mx + r * Math.cos(angle), y: my + r * Math.sin(angle) };
      pending.delete(node);
      placed.add(node);
      progress = true;
    }
    if (progress) continue;
    // A component with no placed node: start it from its best-connected node, outside the picture.
    const seed = [...pending].reduce((best, n) => (graph.degree(n) > graph.degree(best) ? n : best));
    const angle = seeds++ * GOLDEN_ANGLE;
    const r = placed.size === 0 ? 0 : radius + (2 + seeds) * spacing;
    out[seed] = { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle) };
    pending.delete(seed);
    placed.add(seed);
  }
  return out;
}
