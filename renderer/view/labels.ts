/**
 * Labels a person can read. Sigma chooses node labels by a density grid and by forceLabel, and draws
 * each one where its node is, over whatever is there: two neighbours' labels ran into each other
 * ("Dmitry MeUnited States"). Here a frame's node labels are collected first, then placed by priority
 * (forced ones such as the hovered neighbourhood or the selection first, then bigger nodes): right of
 * the node, else left of it, and left out where neither place is free.
 *
 * Edge labels are drawn whole, along the edge and upright: sigma's own cut them to the length of the
 * edge between the two discs, which left the short edges around a hovered node with "…" or nothing.
 */
import type Sigma from 'sigma';
import { drawDiscNodeLabel } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';

/** Space between a node's disc and its label (as sigma's own drawing leaves), and around a label, in pixels. */
export const LABEL_GAP = 3;
const PAD = 1;

type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'> & { key?: string };

/** What a frame asked to label: where the node is on screen (pixels), and how much its label matters. */
export interface LabelRequest {
  node: string;
  x: number;
  y: number;
  /** The disc's radius on screen. */
  size: number;
  width: number;
  /** Higher first. */
  priority: number;
}

/** A label's place on screen. */
export interface PlacedLabel {
  node: string;
  /** Where its text starts, on the baseline's row of the node. */
  textX: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * Places labels of `height` pixels by priority (then request order), each right of its node or else
 * left of it, where it overlaps no label placed before and no labelled node's disc; the others are left out.
 */
export function placeLabels(requests: readonly LabelRequest[], height: number): PlacedLabel[] {
  const order = requests.map((r, i) => [r, i] as const).sort(([a, i], [b, j]) => b.priority - a.priority || i - j);
  const grid = new Map<string, PlacedLabel[]>();
  const cell = 64;
  const cellsOf = (box: PlacedLabel) => {
    const keys: string[] = [];
    for (let cx = Math.floor(box.left / cell); cx <= Math.floor(box.right / cell); cx++) {
      for (let cy = Math.floor(box.top / cell); cy <= Math.floor(box.bottom / cell); cy++) keys.push(`${cx},${cy}`);
    }
    return keys;
  };
  const free = (box: PlacedLabel) =>
    cellsOf(box).every((key) => !grid.get(key)?.some((o) => o.left < box.right && box.left < o.right && o.top < box.bottom && box.top < o.bottom));
  const occupy = (box: PlacedLabel) => {
    for (const key of cellsOf(box)) {
      const here = grid.get(key);
      if (here) here.push(box);
      else grid.set(key, [box]);
    }
  };
  for (const r of requests) occupy({ node: r.node, textX: r.x, left: r.x - r.size, right: r.x + r.size, top: r.y - r.size, bottom: r.y + r.size });
  const placed: PlacedLabel[] = [];
  for (const [r] of order) {
    const top = r.y - height / 2 - PAD;
    const bottom = r.y + height / 2 + PAD;
    const right = { node: r.node, textX: r.x + r.size + LABEL_GAP, left: r.x + r.size + LABEL_GAP - PAD, right: r.x + r.size + LABEL_GAP + r.width + PAD, top, bottom };
    const left = { node: r.node, textX: r.x - r.size - LABEL_GAP - r.width, left: r.x - r.size - LABEL_GAP - r.width - PAD, right: r.x - r.size - LABEL_GAP + PAD, top, bottom };
    const box = free(right) ? right : free(left) ? left : null;
    if (!box) continue;
    placed.push(box);
    occupy(box);
  }
  return placed;
}

/** The labels a frame asked for, per labels canvas, while sigma's label step runs. */
const requested = new WeakMap<CanvasRenderingContext2D, { data: LabelData; settings: Settings }[]>();
/** The labels each renderer placed in its last frame. */
const lastPlaced = new WeakMap<Sigma, PlacedLabel[]>();

const fontOf = (settings: Settings) => `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;

/**
 * Sigma's defaultDrawNodeLabel for a renderer set up with `avoidLabelOverlaps`: the label is held for
 * placement. A renderer without it (an image export's) gets sigma's own drawing.
 */
export function drawNodeLabel(context: CanvasRenderingContext2D, data: LabelData, settings: Settings): void {
  const held = requested.get(context);
  if (held) held.push({ data, settings });
  else drawDiscNodeLabel(context, data, settings);
}

/** Sigma's private label step and what it records (sigma 3.0). */
interface LabelStep {
  renderLabels(): unknown;
  displayedNodeLabels: Set<string>;
}

/** Has sigma place its node labels so that none overlaps another (see the top of this file). */
export function avoidLabelOverlaps(sigma: Sigma): void {
  const step = sigma as unknown as LabelStep;
  const render = step.renderLabels.bind(sigma);
  const context = sigma.getCanvases().labels!.getContext('2d')!;
  step.renderLabels = () => {
    const held: { data: LabelData; settings: Settings }[] = [];
    requested.set(context, held);
    try {
      render();
    } finally {
      requested.delete(context);
    }
    const settings = held[0]?.settings;
    if (!settings) {
      lastPlaced.set(sigma, []);
      return sigma;
    }
    context.font = fontOf(settings);
    const byNode = new Map(held.map(({ data }) => [data.key!, data]));
    const placed = placeLabels(held.map(({ data }) => ({
      node: data.key!, x: data.x, y: data.y, size: data.size,
      width: context.measureText(data.label!).width,
      priority: (data.forceLabel ? 4 : 0) + (data.highlighted ? 2 : 0) + (data.zIndex ?? 0) / 10 + data.size / 1000,
    })), settings.labelSize);
    // Sigma shows an edge's label when both its ends' labels are shown: only those actually drawn count.
    step.displayedNodeLabels = new Set(placed.map((p) => p.node));
    const color = settings.labelColor.color ?? '#000';
    context.fillStyle = color;
    for (const p of placed) context.fillText(byNode.get(p.node)!.label!, p.textX, byNode.get(p.node)!.y + settings.labelSize / 3);
    lastPlaced.set(sigma, placed);
    return sigma;
  };
}

/** The node labels the renderer drew in its last frame, and where. */
export function placedLabels(sigma: Sigma): readonly PlacedLabel[] {
  return lastPlaced.get(sigma) ?? [];
}

type EdgeLabelData = { label?: string | null; size: number; curvature?: number };
type EndData = { x: number; y: number; size: number };

/**
 * Draws an edge's label whole, at the middle of the edge as drawn (a curved edge's apex), along it and
 * upright, on a halo of the canvas colour so that edges under it do not strike it through.
 */
export function drawEdgeLabel(context: CanvasRenderingContext2D, edge: EdgeLabelData, source: EndData, target: EndData, settings: Settings): void {
  const label = edge.label;
  if (!label) return;
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const length = Math.hypot(dx, dy);
  if (length < source.size + target.size) return;
  // The curve's middle: half way to @sigma/edge-curve's control point, which sits off the chord's middle.
  const bend = (edge.curvature ?? 0) / 2;
  const x = (source.x + target.x) / 2 + dy * bend;
  const y = (source.y + target.y) / 2 - dx * bend;
  // Turned half round where the edge runs leftwards, so the text never reads upside down.
  const along = Math.atan2(dy, dx);
  const angle = along > Math.PI / 2 ? along - Math.PI : along < -Math.PI / 2 ? along + Math.PI : along;
  context.save();
  context.translate(x, y);
  context.rotate(angle);
  context.font = `${settings.edgeLabelWeight} ${settings.edgeLabelSize}px ${settings.edgeLabelFont}`;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.lineJoin = 'round';
  context.lineWidth = 3;
  context.strokeStyle = labelHalo.get(context.canvas) ?? 'rgba(255, 255, 255, 0.85)';
  context.strokeText(label, 0, 0);
  context.fillStyle = settings.edgeLabelColor.color ?? '#000';
  context.fillText(label, 0, 0);
  context.restore();
}

const labelHalo = new WeakMap<HTMLCanvasElement, string>();

/** The colour around edge labels: the canvas's own, so a label reads over edges in either theme. */
export function setEdgeLabelHalo(sigma: Sigma, colour: string): void {
  const canvas = sigma.getCanvases().edgeLabels;
  if (canvas) labelHalo.set(canvas, colour);
}
