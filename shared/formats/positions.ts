/** Whether a graph read from a file came with positions, or only with the readers' fallback circle. */
import type { KnowledgeGraph } from '../graph/schema';
import { fallbackPosition } from '../graphml/normalize';

/** True when some node is not where a reader puts nodes its file did not place. */
export function hasFilePositions(graph: KnowledgeGraph): boolean {
  let index = 0;
  const count = graph.order;
  return graph.someNode((_node, a) => {
    const fallback = fallbackPosition(index++, count);
    return a.x !== fallback.x || a.y !== fallback.y;
  });
}
