/**
 * Removing overlaps between what is drawn for each node: its disc and, where the view shows one, its
 * label, as a box around the node's position. graphology-layout-noverlap sees discs only, so two
 * labels could still run into each other ("Dmitry MeUnited States"); boxes that reach right of the node
 * are what a label takes. Pinned nodes stay where they are and the others move around them.
 */
import type { Positions } from '../graph/commands/positions';
import type { KnowledgeGraph } from '../graph/schema';

/** The extent of a node's drawing around its position, in graph units (up is +y). */
export interface NodeBox {
  left: number;
  right: number;
  bottom: number;
  top: number;
}

export interface OverlapOptions {
  /**
   * The nodes to keep apart, with their boxes (a view leaves out the nodes it does not draw); by
   * default every node, as its disc: `size` in every direction.
   */
  boxes?: ReadonlyMap<string, NodeBox>;
  /** Space kept between boxes, in graph units. */
  margin?: number;
  maxIterations?: number;
}

/** A node's disc as a box: the default for nodes the view gave no box for. */
function discBox(size: unknown): NodeBox {
  const r = typeof size === 'number' && size > 0 ? size : 1;
  return { left: -r, right: r, bottom: -r, top: r };
}

/**
 * New positions for the unpinned nodes so that no two boxes overlap (within `maxIterations` passes).
 * Each pass finds the overlapping pairs (through a grid of box-sized cells) and pushes each pair apart
 * along the axis where they overlap least, each by half, or the unpinned one by all of it.
 * Deterministic: the same graph and boxes give the same positions.
 */
export function removeOverlaps(graph: KnowledgeGraph, options: OverlapOptions = {}): Positions {
  const { margin = 0, maxIterations = 300 } = options;
  const keys = graph.nodes();
  const n = keys.length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const boxes: (NodeBox | null)[] = [];
  const fixed: boolean[] = [];
  let cellW = 1e-9;
  let cellH = 1e-9;
  keys.forEach((key, i) => {
    const a = graph.getNodeAttributes(key);
    x[i] = Number.isFinite(a.x) ? a.x : 0;
    y[i] = Number.isFinite(a.y) ? a.y : 0;
    const box = options.boxes ? (options.boxes.get(key) ?? null) : discBox(a.size);
    boxes.push(box);
    fixed.push(a.pinned === true);
    if (!box) return;
    cellW = Math.max(cellW, box.right - box.left + margin);
    cellH = Math.max(cellH, box.top - box.bottom + margin);
  });
  const kept = keys.flatMap((_k, i) => (boxes[i] ? [i] : []));

  for (let pass = 0; pass < maxIterations; pass++) {
    const grid = new Map<string, number[]>();
    const cellOf = (i: number) => [Math.floor((x[i]! + (boxes[i]!.left + boxes[i]!.right) / 2) / cellW), Math.floor((y[i]! + (boxes[i]!.bottom + boxes[i]!.top) / 2) / cellH)] as const;
    for (const i of kept) {
      const key = cellOf(i).join(',');
      const here = grid.get(key);
      if (here) here.push(i);
      else grid.set(key, [i]);
    }
    let moved = false;
    for (const i of kept) {
      const [cx, cy] = cellOf(i);
      for (let gx = cx - 1; gx <= cx + 1; gx++) {
        for (let gy = cy - 1; gy <= cy + 1; gy++) {
          for (const j of grid.get(`${gx},${gy}`) ?? []) {
            if (j <= i || (fixed[i] && fixed[j])) continue;
            if (separate(i, j)) moved = true;
          }
        }
      }
    }
    if (!moved) break;
  }

  /** Pushes i and j apart if their boxes overlap; true when it did. */
  function separate(i: number, j: number): boolean {
    const [a, b] = [boxes[i]!, boxes[j]!];
    const overlapX = Math.min(x[i]! + a.right, x[j]! + b.right) - Math.max(x[i]! + a.left, x[j]! + b.left) + margin;
    const overlapY = Math.min(y[i]! + a.top, y[j]! + b.top) - Math.max(y[i]! + a.bottom, y[j]! + b.bottom) + margin;
    if (overlapX <= 0 || overlapY <= 0) return false;
    const share = fixed[i] ? 0 : fixed[j] ? 1 : 0.5;
    if (overlapX < overlapY) {
      const away = Math.sign(x[i]! + (a.left + a.right) / 2 - x[j]! - (b.left + b.right) / 2) || -1;
      x[i] = x[i]! + away * overlapX * share;
      x[j] = x[j]! - away * overlapX * (1 - share);
    } else {
      const away = Math.sign(y[i]! + (a.bottom + a.top) / 2 - y[j]! - (b.bottom + b.top) / 2) || -1;
      y[i] = y[i]! + away * overlapY * share;
      y[j] = y[j]! - away * overlapY * (1 - share);
    }
    return true;
  }

  const out: Positions = {};
  keys.forEach((key, i) => {
    if (!fixed[i]) out[key] = { x: x[i]!, y: y[i]! };
  });
  return out;
}
