/**
 * Node and edge reducers: how graph attributes plus the view state (filters, hover, selection,
 * focus, path, appearance) become what sigma draws. Pure functions of their inputs.
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { colorRamp } from '../../shared/analysis/palette';
import { nodeColor, type EdgeAttributes, type KnowledgeGraph, type NodeAttributes } from '../../shared/graph/schema';
import { applyReframe, type Reframe } from './reframe';

/** Steps of the edges' strength ramp. */
const RAMP_STEPS = 16;
/** Edge widths in pixels: uniform, and the range a strength maps onto. */
const EDGE_WIDTH = { uniform: 1.5, weakest: 1, strongest: 5 };

export interface Palette {
  edge: string;
  /** From the weakest edge to the strongest (edgeStrength), lightness only, so it reads without colour vision. */
  edgeRamp: readonly string[];
  edgeStrong: string;
  dim: string;
  dimEdge: string;
  selection: string;
  path: string;
  pinBorder: string;
}

export const LIGHT_PALETTE: Palette = {
  edge: '#b9bfc8', edgeRamp: colorRamp('#d5dae1', '#2b3442', RAMP_STEPS), edgeStrong: '#5b6473', dim: '#e3e6ea', dimEdge: '#eef0f3', selection: '#1d4ed8', path: '#c2410c', pinBorder: '#1f2937',
};
export const DARK_PALETTE: Palette = {
  edge: '#4b5563', edgeRamp: colorRamp('#323842', '#d7dde6', RAMP_STEPS), edgeStrong: '#cbd5e1', dim: '#2b313b', dimEdge: '#252a32', selection: '#93c5fd', path: '#fb923c', pinBorder: '#f8fafc',
};

export interface ViewState {
  hoveredNode: string | null;
  /** The hovered node and its neighbours; everything else is dimmed. */
  hoverSet: Set<string> | null;
  hoveredEdge: string | null;
  selectedNodes: Set<string>;
  selectedEdges: Set<string>;
  /** Nodes that pass the filters; null when nothing is filtered. */
  visible: Set<string> | null;
  minConfidence: number;
  /** n-hop neighbourhood being focused on; null when not focusing. */
  focus: Set<string> | null;
  path: { nodes: Set<string>; edges: Set<string> } | null;
  /** Colour and size overrides from the Appearance panel; null means use the node's own. */
  colors: Map<string, string> | null;
  sizes: Map<string, number> | null;
  /** Each edge's strength from 0 to 1 (Appearance: edges by weight or confidence); null: edges all alike. */
  edgeStrength: Map<string, number> | null;
  curvature: Map<string, number>;
  /** Camera ratio: below SHOW_ALL_EDGE_LABELS every edge label is drawn. */
  zoomRatio: number;
  /** The nodes being dragged, drawn moved by (dx, dy) where the pointer holds them; the graph gets the positions on drop. */
  drag: { nodes: ReadonlySet<string>; dx: number; dy: number } | null;
  /** While a layout moves the nodes, how their positions are drawn under sigma's last framing (reframe.ts). */
  reframe: Reframe | null;
  palette: Palette;
}

export const SHOW_ALL_EDGE_LABELS = 0.45;
/**
 * Above this many emphasised or selected nodes, labels go back to sigma's density grid instead of being
 * forced (a hub's neighbourhood would be unreadable). Forced labels are placed clear of each other
 * (labels.ts), so a pasted article's new nodes or a neighbourhood of a few dozen are all named.
 */
export const FORCED_LABEL_LIMIT = 30;

export function initialViewState(): ViewState {
  return {
    hoveredNode: null, hoverSet: null, hoveredEdge: null, selectedNodes: new Set(), selectedEdges: new Set(),
    visible: null, minConfidence: 0, focus: null, path: null, colors: null, sizes: null, edgeStrength: null, curvature: new Map(),
    zoomRatio: 1, drag: null, reframe: null, palette: LIGHT_PALETTE,
  };
}

/** How an edge of `strength` (0 to 1) is drawn: darker and wider as it gets stronger. */
export function strengthLook(strength: number, palette: Palette): { color: string; size: number } {
  return { color: palette.edgeRamp[Math.round(strength * RAMP_STEPS)]!, size: EDGE_WIDTH.weakest + strength * (EDGE_WIDTH.strongest - EDGE_WIDTH.weakest) };
}

export type NodeDisplay = Partial<NodeDisplayData> & { borderColor?: string };

/** Whether a node is drawn: it passes the filters and the focus, or is on the highlighted path (which must have no gaps). */
export function isNodeShown(node: string, s: ViewState): boolean {
  return ((!s.visible || s.visible.has(node)) && (!s.focus || s.focus.has(node))) || s.path?.nodes.has(node) === true;
}

/** The set that stays bright (hover beats path); null when nothing is emphasised. */
function emphasis(s: ViewState): Set<string> | null {
  return s.hoverSet ?? s.path?.nodes ?? null;
}

/** Whether a node is drawn faded behind what is emphasised (a hovered neighbourhood, a path), unnamed. */
export function isDimmed(node: string, s: ViewState): boolean {
  const bright = emphasis(s);
  return bright !== null && !bright.has(node) && !s.selectedNodes.has(node);
}

/**
 * What sigma draws for a node: only the fields it reads. During a layout sigma reduces every node
 * every frame, and copying all of a node's attributes too was a third of that (10k nodes: 50 → 30 ms).
 */
export function reduceNode(node: string, attrs: NodeAttributes, s: ViewState): NodeDisplay {
  // Where it is drawn: where the pointer holds it, where a layout in motion has it (reframe.ts), or where it is.
  const { x, y } = s.drag?.nodes.has(node) ? { x: attrs.x + s.drag.dx, y: attrs.y + s.drag.dy } : s.reframe ? applyReframe(s.reframe, attrs) : attrs;
  const out: NodeDisplay = {
    x,
    y,
    label: attrs.label,
    color: s.colors?.get(node) ?? nodeColor(attrs),
    size: s.sizes?.get(node) ?? attrs.size ?? 5,
    type: attrs.pinned ? 'pinned' : 'circle',
    zIndex: 1,
  };
  if (attrs.pinned) out.borderColor = s.palette.pinBorder;
  if (!isNodeShown(node, s)) {
    out.hidden = true;
    return out;
  }
  const selected = s.selectedNodes.has(node);
  const bright = emphasis(s);
  if (isDimmed(node, s)) {
    out.color = s.palette.dim;
    out.label = null;
    out.zIndex = 0;
    if (attrs.pinned) out.borderColor = s.palette.dim;
  } else if (bright && bright.size <= FORCED_LABEL_LIMIT) {
    out.forceLabel = true;
    out.zIndex = 2;
  } else if (bright) {
    out.zIndex = 2;
  }
  if (selected && s.selectedNodes.size <= FORCED_LABEL_LIMIT) {
    out.highlighted = true;
    out.forceLabel = true;
    out.zIndex = 3;
  } else if (selected) {
    // A box selection of dozens: a ring each, not dozens of overlapping label boxes.
    out.type = 'pinned';
    out.borderColor = s.palette.selection;
    out.zIndex = 3;
  }
  if (node === s.hoveredNode) out.highlighted = true;
  return out;
}

export function reduceEdge(graph: KnowledgeGraph, edge: string, attrs: EdgeAttributes, s: ViewState): Partial<EdgeDisplayData> {
  const [source, target] = graph.extremities(edge);
  const curvature = s.curvature.get(edge);
  const undirected = graph.isUndirected(edge);
  const strength = s.edgeStrength?.get(edge);
  const look = strength === undefined ? null : strengthLook(strength, s.palette);
  const out: Partial<EdgeDisplayData> & { curvature?: number } = {
    label: null,
    color: look?.color ?? s.palette.edge,
    size: look?.size ?? EDGE_WIDTH.uniform,
    type: curvature === undefined ? (undirected ? 'line' : 'arrow') : undirected ? 'curved' : 'curvedArrow',
    zIndex: 0,
  };
  if (curvature !== undefined) out.curvature = curvature;
  if (!isNodeShown(source, s) || !isNodeShown(target, s) || (attrs.confidence ?? 1) < s.minConfidence) {
    out.hidden = true;
    return out;
  }
  const text = attrs.label || attrs.predicate || null;
  const selected = s.selectedEdges.has(edge);
  const onPath = s.path?.edges.has(edge) ?? false;
  const touchesHover = s.hoveredNode !== null && (source === s.hoveredNode || target === s.hoveredNode);
  // A hub's edges too: their labels are placed apart, those with no room left out (labels.ts).
  if (selected || onPath || touchesHover || edge === s.hoveredEdge || s.zoomRatio < SHOW_ALL_EDGE_LABELS) out.label = text;
  if (s.hoverSet) {
    if (touchesHover) {
      out.color = s.palette.edgeStrong;
      out.zIndex = 1;
    } else out.color = s.palette.dimEdge;
  } else if (s.path) {
    if (onPath) {
      out.color = s.palette.path;
      out.size = (out.size ?? 1) + 2;
      out.zIndex = 1;
    } else out.color = s.palette.dimEdge;
  }
  if (selected || edge === s.hoveredEdge) {
    out.color = s.palette.selection;
    out.size = (out.size ?? 1) + 1.5;
    out.zIndex = 2;
  }
  return out;
}
