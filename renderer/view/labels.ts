/**
 * Labels a person can read. Sigma chooses node labels by a density grid and by forceLabel, and draws
 * each one where its node is, over whatever is there: two neighbours' labels ran into each other
 * ("Dmitry MeUnited States"). Here a frame's node labels are collected first, then placed by priority
 * (forced ones such as the hovered neighbourhood or the selection first, then bigger nodes): right of
 * the node, else left of it, else above or below it, and left out where no place is free.
 *
 * Edge labels are drawn whole, along the edge and upright: sigma's own cut them to the length of the
 * edge between the two discs, which left the short edges around a hovered node with "…" or nothing.
 * They are placed too, after the node labels and clear of them: the labels of a hovered node's edges
 * met at its disc in a knot of words. Each goes to the middle of its edge, else slides along it, else
 * is left out (hovering or selecting the edge brings it first).
 */
import type Sigma from 'sigma';
import { drawDiscNodeLabel } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import { axisBox, BoxGrid, type OrientedBox } from './label-boxes';

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
  /** Right of its node whatever is there: the node under the pointer, whose label sigma's hover box shows there. */
  fixed?: boolean;
  /** Asked for by name (the selection, the hovered neighbourhood): it may cover a disc whose label was not. */
  forced?: boolean;
}

/** A label's place on screen. */
export interface PlacedLabel {
  node: string;
  /** Where its text starts, and its baseline. */
  textX: number;
  textY: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A node's disc as a box: labels keep clear of the nodes they could name. */
const discBox = (r: { x: number; y: number; size: number }) => axisBox(r.x - r.size, r.x + r.size, r.y - r.size, r.y + r.size);
const boxOf = (p: PlacedLabel) => axisBox(p.left, p.right, p.top, p.bottom);

/**
 * Places labels of `height` pixels by priority (then request order), each right of its node, else left
 * of it, else above or below it, where it overlaps no label placed before and no labelled node's disc;
 * the others are left out. A forced label keeps clear of forced nodes' discs only: six pasted nodes
 * selected in the dense middle of a graph are all named, over discs whose labels are not. A side where
 * the label would run past the edge of a canvas `width` wide is the last resort, and `covered` places
 * (what lies over the canvas) are never used.
 */
export function placeLabels(requests: readonly LabelRequest[], height: number, width = Infinity, covered: readonly OrientedBox[] = []): PlacedLabel[] {
  const order = requests.map((r, i) => [r, i] as const).sort(([a, i], [b, j]) => Number(b.fixed ?? 0) - Number(a.fixed ?? 0) || b.priority - a.priority || i - j);
  const grid = new BoxGrid();
  const unforcedDiscs = new BoxGrid();
  for (const r of requests) (r.forced ? grid : unforcedDiscs).take(discBox(r));
  for (const box of covered) grid.take(box);
  const isFree = (r: LabelRequest, b: PlacedLabel) => grid.isFree(boxOf(b)) && (r.forced || unforcedDiscs.isFree(boxOf(b)));
  const placed: PlacedLabel[] = [];
  for (const [r] of order) {
    // A label whose text starts at textX, its middle at `middle`; the baseline sits a third of the height below the middle, as sigma draws it.
    const at = (textX: number, middle: number): PlacedLabel => ({
      node: r.node, textX, textY: middle + height / 3, left: textX - PAD, right: textX + r.width + PAD, top: middle - height / 2 - PAD, bottom: middle + height / 2 + PAD,
    });
    const right = at(r.x + r.size + LABEL_GAP, r.y);
    const sides = [right, at(r.x - r.size - LABEL_GAP - r.width, r.y), at(r.x - r.width / 2, r.y - r.size - LABEL_GAP - height / 2), at(r.x - r.width / 2, r.y + r.size + LABEL_GAP + height / 2)];
    const inside = (b: PlacedLabel) => b.left >= 0 && b.right <= width;
    const box = r.fixed ? right : sides.filter(inside).concat(sides.filter((b) => !inside(b))).find((b) => isFree(r, b));
    if (!box) continue;
    placed.push(box);
    grid.take(boxOf(box));
  }
  return placed;
}

/** What a frame asked to label along an edge: where on screen the label may go, and how much it matters. */
export interface EdgeLabelRequest {
  edge: string;
  /** The preferred centre: the middle of the edge between its discs (a curved edge's apex). */
  x: number;
  y: number;
  /** The text's turn, upright. */
  angle: number;
  width: number;
  /** How far the label may slide either way along the edge and still stay off its ends' discs. */
  slack: number;
  /** Higher first. */
  priority: number;
}

/** An edge label's place on screen: its centre and turn. */
export interface PlacedEdgeLabel {
  edge: string;
  box: OrientedBox;
}

/** Where along its edge a label is tried, in shares of its slack: the middle, then further out. */
const SLIDES = [0, -0.5, 0.5, -1, 1];

/**
 * Places edge labels of `height` pixels by priority (then request order): at the middle of the edge,
 * else slid along it, where the label overlaps no edge label placed before and none of `obstacles`
 * (node labels and discs); the others are left out, as a node label with no room is.
 */
export function placeEdgeLabels(requests: readonly EdgeLabelRequest[], height: number, obstacles: readonly OrientedBox[]): PlacedEdgeLabel[] {
  const order = requests.map((r, i) => [r, i] as const).sort(([a, i], [b, j]) => b.priority - a.priority || i - j);
  const grid = new BoxGrid();
  for (const box of obstacles) grid.take(box);
  const placed: PlacedEdgeLabel[] = [];
  for (const [r] of order) {
    const ux = Math.cos(r.angle);
    const uy = Math.sin(r.angle);
    const box = SLIDES.map((share) => ({ x: r.x + ux * share * r.slack, y: r.y + uy * share * r.slack, angle: r.angle, hw: r.width / 2 + PAD, hh: height / 2 + PAD }))
      .find((candidate) => grid.isFree(candidate));
    if (!box) continue;
    placed.push({ edge: r.edge, box });
    grid.take(box);
  }
  return placed;
}

/** The labels a frame asked for, per labels canvas, while sigma's label step runs. */
const requested = new WeakMap<CanvasRenderingContext2D, { data: LabelData; settings: Settings }[]>();
/** The edge labels a frame asked for, per edge labels canvas, while sigma's edge label step runs. */
const requestedEdges = new WeakMap<CanvasRenderingContext2D, { request: Omit<EdgeLabelRequest, 'width'>; label: string; settings: Settings }[]>();
/** What each renderer drew in its last frame: node labels and edge labels. */
const lastFrame = new WeakMap<Sigma, { nodes: PlacedLabel[]; edges: PlacedEdgeLabel[] }>();

const fontOf = (settings: Settings) => `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
const edgeFontOf = (settings: Settings) => `${settings.edgeLabelWeight} ${settings.edgeLabelSize}px ${settings.edgeLabelFont}`;

/**
 * Sigma's defaultDrawNodeLabel for a renderer set up with `avoidLabelOverlaps`: the label is held for
 * placement. A renderer without it (an image export's) gets sigma's own drawing.
 */
export function drawNodeLabel(context: CanvasRenderingContext2D, data: LabelData, settings: Settings): void {
  const held = requested.get(context);
  if (held) held.push({ data, settings });
  else drawDiscNodeLabel(context, data, settings);
}

/** Sigma's private label steps and what they record (sigma 3.0). */
interface LabelStep {
  renderLabels(): unknown;
  renderEdgeLabels(): unknown;
  displayedNodeLabels: Set<string>;
}

/** Runs one of sigma's label steps with its drawings held in `held` for placement. */
function holding<T>(map: WeakMap<CanvasRenderingContext2D, T[]>, context: CanvasRenderingContext2D, render: () => unknown): T[] {
  const held: T[] = [];
  map.set(context, held);
  try {
    render();
  } finally {
    map.delete(context);
  }
  return held;
}

/**
 * Has sigma place its node and edge labels so that none overlaps another (see the top of this file).
 * Edge labels are drawn above the nodes, clear of every node but those `inBackground` (faded behind a
 * hovered neighbourhood): below them, as sigma has them, a node over a label hid part of it. The
 * `hovered` node's label stays right of it, where sigma's hover box repeats it. No label goes where
 * something `covered` lies over the canvas (the minimap).
 */
export function avoidLabelOverlaps(sigma: Sigma, view: { inBackground: (node: string) => boolean; hovered: () => string | null; covered: () => OrientedBox[] }): void {
  const { inBackground } = view;
  const step = sigma as unknown as LabelStep;
  const canvases = sigma.getCanvases();
  canvases.labels!.before(canvases.edgeLabels!);
  const frame = { nodes: [] as PlacedLabel[], edges: [] as PlacedEdgeLabel[] };
  /** What lies over the canvas this frame, read once for both label steps. */
  let covered: OrientedBox[] = [];
  lastFrame.set(sigma, frame);
  const renderNodes = step.renderLabels.bind(sigma);
  const context = canvases.labels!.getContext('2d')!;
  step.renderLabels = () => {
    const held = holding(requested, context, renderNodes);
    const settings = held[0]?.settings;
    frame.nodes = [];
    if (!settings) return sigma;
    context.font = fontOf(settings);
    const byNode = new Map(held.map(({ data }) => [data.key!, data]));
    const requests = held.map(({ data }) => ({
      node: data.key!, x: data.x, y: data.y, size: data.size,
      width: context.measureText(data.label!).width,
      priority: (data.forceLabel ? 4 : 0) + (data.highlighted ? 2 : 0) + (data.zIndex ?? 0) / 10 + data.size / 1000,
      fixed: data.key === view.hovered(),
      forced: !!data.forceLabel,
    }));
    covered = view.covered();
    const placed = placeLabels(requests, settings.labelSize, sigma.getDimensions().width, covered);
    // Sigma shows an edge's label when both its ends' labels are shown: only those actually drawn count.
    step.displayedNodeLabels = new Set(placed.map((p) => p.node));
    const color = settings.labelColor.color ?? '#000';
    context.fillStyle = color;
    for (const p of placed) context.fillText(byNode.get(p.node)!.label!, p.textX, p.textY);
    frame.nodes = placed;
    return sigma;
  };

  const renderEdges = step.renderEdgeLabels.bind(sigma);
  const edgeContext = canvases.edgeLabels!.getContext('2d')!;
  step.renderEdgeLabels = () => {
    const held = holding(requestedEdges, edgeContext, renderEdges);
    const settings = held[0]?.settings;
    frame.edges = [];
    if (!settings) return sigma;
    edgeContext.font = edgeFontOf(settings);
    const requests = held.map(({ request, label }) => {
      const width = edgeContext.measureText(label).width;
      return { ...request, width, slack: Math.max(0, request.slack - width / 2) };
    });
    frame.edges = placeEdgeLabels(requests, settings.edgeLabelSize, [...frame.nodes.map(boxOf), ...shownDiscs(sigma, inBackground), ...covered]);
    const labels = new Map(held.map(({ request, label }) => [request.edge, label]));
    for (const { edge, box } of frame.edges) paintEdgeLabel(edgeContext, labels.get(edge)!, box, settings);
    return sigma;
  };
}

/** The discs of the nodes drawn inside the view, but those in the background, in pixels. */
function shownDiscs(sigma: Sigma, inBackground: (node: string) => boolean): OrientedBox[] {
  const { width, height } = sigma.getDimensions();
  const discs: OrientedBox[] = [];
  sigma.getGraph().forEachNode((node) => {
    const data = sigma.getNodeDisplayData(node);
    if (!data || data.hidden || inBackground(node)) return;
    const { x, y } = sigma.framedGraphToViewport(data);
    const size = sigma.scaleSize(data.size);
    if (x + size >= 0 && x - size <= width && y + size >= 0 && y - size <= height) discs.push(discBox({ x, y, size }));
  });
  return discs;
}

/** The node labels the renderer drew in its last frame, and where. */
export function placedLabels(sigma: Sigma): readonly PlacedLabel[] {
  return lastFrame.get(sigma)?.nodes ?? [];
}

/** The edge labels the renderer drew in its last frame, and where. */
export function placedEdgeLabels(sigma: Sigma): readonly PlacedEdgeLabel[] {
  return lastFrame.get(sigma)?.edges ?? [];
}

type EdgeLabelData = { key?: string; label?: string | null; size: number; curvature?: number; zIndex?: number };
type EndData = { x: number; y: number; size: number };

/**
 * Where an edge's label goes: beside the middle of the edge between its discs (a curved edge's apex),
 * along the edge and upright, `lift` pixels above it so that the edge does not strike the text through;
 * `slack` is half the room between the discs (a straight edge's label may slide that far, less its own
 * half width). Null when the discs touch.
 */
function edgeLabelPlace(edge: EdgeLabelData, source: EndData, target: EndData, lift: number): { x: number; y: number; angle: number; slack: number } | null {
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const length = Math.hypot(dx, dy);
  const room = length - source.size - target.size;
  if (room < 0) return null;
  // Turned half round where the edge runs leftwards, so the text never reads upside down.
  const along = Math.atan2(dy, dx);
  const angle = along > Math.PI / 2 ? along - Math.PI : along < -Math.PI / 2 ? along + Math.PI : along;
  const above = { x: Math.sin(angle) * lift, y: -Math.cos(angle) * lift };
  if (edge.curvature) {
    // The curve's middle: half way to @sigma/edge-curve's control point, which sits off the chord's middle.
    const bend = edge.curvature / 2;
    return { x: (source.x + target.x) / 2 + dy * bend + above.x, y: (source.y + target.y) / 2 - dx * bend + above.y, angle, slack: 0 };
  }
  // The middle of the room between the discs, not of the chord: beside a hub's big disc it is further out.
  const middle = (source.size + room / 2) / length;
  return { x: source.x + dx * middle + above.x, y: source.y + dy * middle + above.y, angle, slack: room / 2 };
}

/** Writes an edge label centred on its box, turned with it, on a halo of the canvas colour. */
function paintEdgeLabel(context: CanvasRenderingContext2D, label: string, box: OrientedBox, settings: Settings): void {
  context.save();
  context.translate(box.x, box.y);
  context.rotate(box.angle);
  context.font = edgeFontOf(settings);
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

/**
 * Sigma's defaultDrawEdgeLabel: an edge's label whole, along the edge and upright, on a halo so that
 * edges under it do not strike it through. A renderer set up with `avoidLabelOverlaps` holds it for
 * placement; one without it (an image export's) draws it at the middle at once.
 */
export function drawEdgeLabel(context: CanvasRenderingContext2D, edge: EdgeLabelData, source: EndData, target: EndData, settings: Settings): void {
  const label = edge.label;
  if (!label) return;
  const place = edgeLabelPlace(edge, source, target, edge.size / 2 + settings.edgeLabelSize / 2 + 1);
  if (!place) return;
  const held = requestedEdges.get(context);
  // Selected and hovered edges (drawn above the others) first, then the stronger.
  if (held) held.push({ request: { edge: edge.key!, ...place, priority: (edge.zIndex ?? 0) + edge.size / 100 }, label, settings });
  else paintEdgeLabel(context, label, { ...place, hw: 0, hh: 0 }, settings);
}

const labelHalo = new WeakMap<HTMLCanvasElement, string>();

/** The colour around edge labels: the canvas's own, so a label reads over edges in either theme. */
export function setEdgeLabelHalo(sigma: Sigma, colour: string): void {
  const canvas = sigma.getCanvases().edgeLabels;
  if (canvas) labelHalo.set(canvas, colour);
}
