/** Moving nodes smoothly to layout targets before the layout is committed as one command. */
import { animateNodes } from 'sigma/utils';
import type { Positions } from '../../shared/graph/commands/positions';
import type { KnowledgeGraph } from '../../shared/graph/schema';

/** Above this many moving nodes the tween costs more than it shows; positions jump instead. */
export const MAX_ANIMATED_NODES = 20_000;

/**
 * Tweens the nodes to `targets`; resolves when they are there. `cancel()` stops mid-way (nodes stay
 * where the tween left them) and resolves too.
 */
export function animatePositions(graph: KnowledgeGraph, targets: Positions, durationMs = 400): { done: Promise<void>; cancel: () => void } {
  const count = Object.keys(targets).length;
  if (count === 0 || count > MAX_ANIMATED_NODES || durationMs <= 0) {
    graph.updateEachNodeAttributes((node, attrs) => {
      const p = targets[node];
      if (p) { attrs.x = p.x; attrs.y = p.y; }
      return attrs;
    }, { attributes: ['x', 'y'] });
    return { done: Promise.resolve(), cancel: () => {} };
  }
  let finish: () => void = () => {};
  const done = new Promise<void>((resolve) => (finish = resolve));
  const stop = animateNodes(graph as never, targets, { duration: durationMs, easing: 'quadraticInOut' }, () => finish());
  return { done, cancel: () => { stop(); finish(); } };
}
