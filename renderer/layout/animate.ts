/** Moving nodes smoothly to layout targets before the layout is committed as one command. */
import { quadraticInOut } from 'sigma/utils';
import type { Positions } from '../../shared/graph/commands/positions';
import type { KnowledgeGraph } from '../../shared/graph/schema';
import { writePositions } from './live-positions';

/** Above this many moving nodes the tween costs more than it shows; positions jump instead. */
export const MAX_ANIMATED_NODES = 20_000;

/**
 * Tweens the nodes to `targets`, writing each frame's positions into the graph as positions in motion
 * are (live-positions.ts) and then calling `onFrame`; resolves when they are there. `cancel()` stops
 * mid-way (nodes stay where the tween left them) and `finish()` puts them there at once; both resolve.
 */
export function animatePositions(
  graph: KnowledgeGraph,
  targets: Positions,
  durationMs: number,
  onFrame: () => void,
): { done: Promise<void>; cancel: () => void; finish: () => void } {
  const arrive = () => writePositions(graph, (node) => targets[node]);
  const count = Object.keys(targets).length;
  if (count === 0 || count > MAX_ANIMATED_NODES || durationMs <= 0) {
    arrive();
    return { done: Promise.resolve(), cancel: () => {}, finish: () => {} };
  }
  const from: Positions = {};
  graph.forEachNode((node, { x, y }) => {
    if (targets[node]) from[node] = { x, y };
  });
  let resolve: () => void = () => {};
  const done = new Promise<void>((settle) => (resolve = settle));
  const start = performance.now();
  const step = (now: number) => {
    const progress = Math.min(1, Math.max(0, (now - start) / durationMs));
    const t = quadraticInOut(progress);
    writePositions(graph, (node) => {
      const [a, b] = [from[node], targets[node]];
      return a && b ? { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t } : undefined;
    });
    onFrame();
    if (progress < 1) frame = requestAnimationFrame(step);
    else resolve();
  };
  let frame = requestAnimationFrame(step);
  return {
    done,
    cancel: () => { cancelAnimationFrame(frame); resolve(); },
    finish: () => {
      cancelAnimationFrame(frame);
      arrive();
      resolve();
    },
  };
}
