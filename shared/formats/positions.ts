/** Whether a graph read from a file came with positions, or only with the readers' fallback circle. */
import type { KnowledgeGraph } from '../graph/schema';
import { fallbackPosition } from '../graphml/normalize';

/** How far from its circle point a node may be and still count as unplaced: engines' Math.cos differ in the last bit. */
const TOLERANCE = 1e-9;

/** True when some node is not where a reader puts nodes its file did not place. */
export function hasFilePositions(graph: KnowledgeGraph): boolean {
  let index = 0;
  const count = graph.order;
  return graph.someNode((_node, a) => {
    const fallback = fallbackPosition(index++, count);
    return !(Math.abs(a.x - fallback.x) <= TOLERANCE * (1 + Math.abs(fallback.x)) && Math.abs(a.y - fallback.y) <= TOLERANCE * (1 + Math.abs(fallback.y)));
  });
}
