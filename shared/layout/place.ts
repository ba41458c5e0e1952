/**
 * Where nodes that join an existing picture go: beside what they are related to there, in free space.
 *
 * A new node's anchors are its placed neighbours; failing those, the placed nodes mentioned in the same
 * sentences as it, then in the same documents (a name mentioned beside others belongs near them). A
 * node with none goes on a ring just outside the picture. Around its anchors' centre a node takes the
 * nearest free spot: the first of a few rings of spots that keeps a typical node spacing from every node
 * placed so far, so new nodes neither pile onto the hubs they join nor onto each other.
 */
import type { KnowledgeGraph } from '../graph/schema';
import type { Point, Positions } from '../graph/commands/positions';
import { hashString, seededRandom } from './rng';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Rings of spots around the anchors, in node spacings, tried nearest first; and spots per ring. */
const RINGS = [0.8, 1.2, 1.7, 2.4, 3.4, 4.8];
const SPOTS_PER_RING = 12;
/** A spot is free when no placed node is closer than this share of the spacing. */
const FREE = 0.8;

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

/** Placed points in cells of one spacing, to find how near the nearest is without looking at all of them. */
class PointGrid {
  private readonly cells = new Map<string, Point[]>();

  constructor(private readonly cell: number) {}

  add(p: Point): void {
    const key = this.key(Math.floor(p.x / this.cell), Math.floor(p.y / this.cell));
    const here = this.cells.get(key);
    if (here) here.push(p);
    else this.cells.set(key, [p]);
  }

  /** Distance to the nearest point, or `cap` when none is nearer than one cell. */
  nearest(p: Point, cap: number): number {
    const [cx, cy] = [Math.floor(p.x / this.cell), Math.floor(p.y / this.cell)];
    let best = cap;
    for (let x = cx - 1; x <= cx + 1; x++) {
      for (let y = cy - 1; y <= cy + 1; y++) {
        for (const q of this.cells.get(this.key(x, y)) ?? []) best = Math.min(best, Math.hypot(q.x - p.x, q.y - p.y));
      }
    }
    return best;
  }

  private key(x: number, y: number): string {
    return `${x},${y}`;
  }
}

/** Placed nodes by the sentences and by the documents that mention them. */
function mentionIndex(graph: KnowledgeGraph, placed: Set<string>): { bySentence: Map<string, string[]>; byDocument: Map<string, string[]> } {
  const bySentence = new Map<string, string[]>();
  const byDocument = new Map<string, string[]>();
  const note = (index: Map<string, string[]>, key: string, node: string) => {
    const here = index.get(key);
    if (!here) index.set(key, [node]);
    else if (here.at(-1) !== node) here.push(node);
  };
  for (const node of placed) {
    for (const m of graph.getNodeAttribute(node, 'occurrences') ?? []) {
      note(bySentence, `${m.doc}\u0000${m.sentence}`, node);
      note(byDocument, m.doc, node);
    }
  }
  return { bySentence, byDocument };
}

/**
 * Positions for `newNodes` (see the top of this file): new nodes placed earlier count as anchors, so
 * chains of new nodes grow outwards. Deterministic: each node's spots turn by an angle seeded from its key.
 */
export function placeNewNodes(graph: KnowledgeGraph, newNodes: readonly string[]): Positions {
  const pending = new Set(newNodes.filter((n) => graph.hasNode(n)));
  const placed = new Set(graph.nodes().filter((n) => !pending.has(n)));
  const { cx, cy, radius, spacing } = extentOf(graph, placed);
  const out: Positions = {};
  const at = (n: string): Point => out[n] ?? graph.getNodeAttributes(n);
  const grid = new PointGrid(spacing);
  for (const n of placed) grid.add(at(n));
  let mentions: ReturnType<typeof mentionIndex> | null = null;

  /** The placed nodes that `node` belongs near: its neighbours, else those mentioned with it. */
  const anchorsOf = (node: string, byMention: boolean): string[] => {
    const neighbours = graph.neighbors(node).filter((m) => m !== node && placed.has(m));
    if (neighbours.length || !byMention) return neighbours;
    mentions ??= mentionIndex(graph, placed);
    const occurrences = graph.getNodeAttribute(node, 'occurrences') ?? [];
    for (const [index, key] of [[mentions.bySentence, (m: { doc: string; sentence: number }) => `${m.doc}\u0000${m.sentence}`], [mentions.byDocument, (m: { doc: string }) => m.doc]] as const) {
      const found = new Set(occurrences.flatMap((m) => index.get(key(m)) ?? []));
      if (found.size) return [...found];
    }
    return [];
  };

  const place = (node: string, centre: Point) => {
    const turn = seededRandom(hashString(node))() * 2 * Math.PI;
    let best = centre;
    let room = -1;
    search: for (const ring of RINGS) {
      for (let k = 0; k < SPOTS_PER_RING; k++) {
        const angle = turn + (k * 2 * Math.PI) / SPOTS_PER_RING;
        const spot = { x: centre.x + ring * spacing * Math.cos(angle), y: centre.y + ring * spacing * Math.sin(angle) };
        const nearest = grid.nearest(spot, spacing);
        if (nearest > room) [best, room] = [spot, nearest];
        if (nearest >= FREE * spacing) break search;
      }
    }
    out[node] = best;
    grid.add(best);
    pending.delete(node);
    placed.add(node);
  };

  let seeds = 0;
  while (pending.size > 0) {
    // Neighbours first, across rounds, so a node placed this round can anchor the next; then mentions.
    let progress = false;
    for (const byMention of [false, true]) {
      for (const node of [...pending]) {
        const anchors = anchorsOf(node, byMention);
        if (anchors.length === 0) continue;
        place(node, { x: anchors.reduce((s, m) => s + at(m).x, 0) / anchors.length, y: anchors.reduce((s, m) => s + at(m).y, 0) / anchors.length });
        progress = true;
      }
      if (progress) break;
    }
    if (progress) continue;
    // A component related to nothing placed: start it from its best-connected node, outside the picture.
    const seed = [...pending].reduce((best, n) => (graph.degree(n) > graph.degree(best) ? n : best));
    const angle = seeds++ * GOLDEN_ANGLE;
    const r = placed.size === 0 ? 0 : radius + (2 + seeds) * spacing;
    place(seed, { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle) });
  }
  return out;
}
