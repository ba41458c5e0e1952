/**
 * Pointer gestures on the canvas, turned into selection changes, moves and menus: hovering shows a
 * neighbourhood; click selects and shift- or ctrl-click adds or removes; dragging a node moves it, or the
 * whole selection when it is one of several selected; shift-drag draws a selection box and ctrl-drag
 * (⌘ on a Mac) a lasso, wherever they start; right-click asks for the context menu.
 *
 * Nothing here edits the graph: dragged nodes are drawn where the pointer holds them (ViewState.drag),
 * and the drop hands their new positions to onDragEnd.
 */
import type Sigma from 'sigma';
import type { MouseCoords } from 'sigma/types';
import type { Point, Positions } from '../../shared/graph/commands/positions';
import type { KnowledgeGraph } from '../../shared/graph/schema';
import type { Selection } from '../app/selection';
import { insidePolygon } from './polygon';
import { isNodeShown, type ViewState } from './reducers';

/** The pointer's gestures on the canvas, as the shortcut sheet lists them (`mod` is Ctrl, or ⌘ on a Mac). */
export const POINTER_GESTURES: readonly { does: string; how: string }[] = [
  { does: 'Select a node or a relation', how: 'Click' },
  { does: 'Add to the selection or take out of it', how: 'Shift-click or mod-click' },
  { does: 'Select the nodes in a box', how: 'Shift-drag' },
  { does: 'Select the nodes in a lasso', how: 'mod-drag' },
  { does: 'Move a node, or the whole selection it is part of', how: 'Drag' },
  { does: 'Focus, pin, hide, merge or delete', how: 'Right-click' },
];

/** What a right-click was on: a node, an edge or the empty stage; `at` is where, in page pixels. */
export type ContextTarget = ({ node: string } | { edge: string } | { stage: true }) & { at: Point };

export interface GestureCallbacks {
  /** A drag is starting (a running layout should let go of the nodes). */
  onDragStart?(): void;
  /** A drag ended: the nodes were moved to `to` (and should become pinned). */
  onDragEnd(to: Positions): void;
  onNodeDoubleClick?(node: string): void;
  onContextMenu?(target: ContextTarget): void;
}

/** The parts of the canvas the gestures read and drive. */
export interface GestureHost {
  readonly sigma: Sigma;
  readonly graph: KnowledgeGraph;
  readonly state: ViewState;
  readonly selection: Selection;
  readonly container: HTMLElement;
  readonly callbacks: GestureCallbacks;
  refresh(): void;
  /** Keeps the framing as it is while nodes move, so the rest of the graph stays still on screen. */
  holdFraming(): void;
  graphToViewport(p: Point): Point;
}

/** Pixels a pointer must travel for a box or a lasso to count as one, rather than as a click. */
const SWEEP_THRESHOLD = 4;
/** A lasso's points are kept at least this many pixels apart. */
const LASSO_STEP = 3;

type Original = MouseEvent | TouchEvent;

export function bindGestures(host: GestureHost): void {
  const { sigma, graph, state, selection, container, callbacks } = host;
  /** The nodes being dragged, where the pointer took hold (graph units), and their edges (redrawn as they move). */
  let dragged: { nodes: string[]; grabbed: string; start: Point; edges: string[]; moved: boolean } | null = null;
  /** A selection box or lasso being drawn: its points in pixels, and the outline on screen. */
  let sweep: { lasso: boolean; points: Point[]; outline: SVGSVGElement } | null = null;
  /** A box or lasso has just ended: the browser's click that follows must not change the selection again. */
  let sweepJustEnded = false;

  const hover = (node: string | null) => {
    state.hoveredNode = node;
    state.hoverSet = node ? new Set([node, ...graph.neighbors(node)]) : null;
    host.refresh();
  };
  sigma.on('enterNode', ({ node }) => {
    if (!dragged && !sweep) hover(node);
    container.style.cursor = 'pointer';
  });
  sigma.on('leaveNode', () => {
    if (!dragged) hover(null);
    container.style.cursor = '';
  });
  sigma.on('enterEdge', ({ edge }) => {
    state.hoveredEdge = edge;
    host.refresh();
  });
  sigma.on('leaveEdge', () => {
    state.hoveredEdge = null;
    host.refresh();
  });

  const afterSweep = (): boolean => {
    const ended = sweepJustEnded;
    sweepJustEnded = false;
    return ended;
  };
  let lastClicked: string | null = null;
  const click = (node: string, e: MouseEvent) => {
    if (afterSweep()) return;
    lastClicked = node;
    if (e.shiftKey || e.metaKey || e.ctrlKey) selection.toggleNode(node);
    else selection.set([node]);
  };
  sigma.on('clickNode', ({ node, event }) => click(node, event.original as MouseEvent));
  sigma.on('doubleClickNode', ({ node, event, preventSigmaDefault }) => {
    preventSigmaDefault();
    // Sigma counts any two quick clicks as a double click, even on two different nodes.
    if (node !== lastClicked) click(node, event.original as MouseEvent);
    else callbacks.onNodeDoubleClick?.(node);
  });
  sigma.on('clickEdge', ({ edge }) => {
    if (!afterSweep()) selection.set([], [edge]);
  });
  sigma.on('clickStage', () => {
    if (!afterSweep()) selection.clear();
  });

  // The browser's own menu would cover the app's.
  container.addEventListener('contextmenu', (e) => e.preventDefault());
  const at = (event: MouseCoords) => {
    const original = event.original as MouseEvent;
    return { x: original.clientX, y: original.clientY };
  };
  sigma.on('rightClickNode', ({ node, event }) => callbacks.onContextMenu?.({ node, at: at(event) }));
  sigma.on('rightClickEdge', ({ edge, event }) => callbacks.onContextMenu?.({ edge, at: at(event) }));
  sigma.on('rightClickStage', ({ event }) => callbacks.onContextMenu?.({ stage: true, at: at(event) }));

  /** Only the main button drags and sweeps (sigma reports every button's press). */
  const mainButton = (e: Original) => !('button' in e) || e.button === 0;

  sigma.on('downNode', ({ node, event }) => {
    if (!mainButton(event.original)) return;
    if (event.original.shiftKey || event.original.ctrlKey || event.original.metaKey) return startSweep(event);
    callbacks.onDragStart?.();
    // A node of a larger selection takes the selection along; any other node moves alone.
    const nodes = selection.nodes.has(node) && selection.nodes.size > 1 ? [...selection.nodes].filter((n) => graph.hasNode(n) && isNodeShown(n, state)) : [node];
    dragged = { nodes, grabbed: node, start: sigma.viewportToGraph(event), edges: [...new Set(nodes.flatMap((n) => graph.edges(n)))], moved: false };
    // Freeze the normalisation so the rest of the graph does not shift while the nodes move.
    host.holdFraming();
    // Sigma's own drag of the stage carries on with the camera held still, so sigma counts the drag as a move.
    sigma.getCamera().disable();
  });

  const startSweep = (event: MouseCoords) => {
    sweepJustEnded = false;
    const { shiftKey, ctrlKey, metaKey } = event.original;
    if (!mainButton(event.original) || !(shiftKey || ctrlKey || metaKey)) return;
    sigma.getCamera().disable();
    const outline = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    outline.classList.add('sweep');
    outline.append(document.createElementNS('http://www.w3.org/2000/svg', 'polygon'));
    container.appendChild(outline);
    sweep = { lasso: !shiftKey, points: [{ x: event.x, y: event.y }], outline };
  };
  sigma.on('downStage', ({ event }) => startSweep(event));
  sigma.on('downEdge', ({ event }) => startSweep(event));

  sigma.on('moveBody', ({ event, preventSigmaDefault }) => {
    if (dragged) {
      dragged.moved = true;
      const p = sigma.viewportToGraph(event);
      state.drag = { nodes: new Set(dragged.nodes), dx: p.x - dragged.start.x, dy: p.y - dragged.start.y };
      // The dragged nodes and their edges only: moving them in the graph would have sigma re-process every item each move.
      sigma.refresh({ partialGraph: { nodes: dragged.nodes, edges: dragged.edges }, skipIndexation: true, schedule: true });
    } else if (sweep) {
      extendSweep(sweep, { x: event.x, y: event.y });
      preventSigmaDefault();
    }
  });

  const up = (point?: Point) => {
    if (dragged) {
      const { nodes, grabbed, moved } = dragged;
      const drag = state.drag;
      dragged = null;
      state.drag = null;
      sigma.getCamera().enable();
      const kept = nodes.filter((n) => graph.hasNode(n));
      if (moved && drag && kept.length) {
        const to: Positions = {};
        for (const n of kept) to[n] = { x: graph.getNodeAttribute(n, 'x') + drag.dx, y: graph.getNodeAttribute(n, 'y') + drag.dy };
        callbacks.onDragEnd(to);
        // Sigma swallows the click that ends a move, and that click is what selected a node dragged alone.
        if (nodes.length === 1) selection.set([grabbed]);
      }
    }
    if (sweep) {
      const { points, outline } = sweep;
      if (point && !sweep.lasso) extendSweep(sweep, point);
      sweep = null;
      outline.remove();
      sigma.getCamera().enable();
      const [first] = points;
      // A sweep a few pixels wide is a shift- or ctrl-click, which clickNode/clickStage handle.
      if (first && points.some((p) => Math.abs(p.x - first.x) + Math.abs(p.y - first.y) > SWEEP_THRESHOLD)) {
        selection.add(graph.filterNodes((node, attrs) => isNodeShown(node, state) && insidePolygon(host.graphToViewport(attrs), points)));
        sweepJustEnded = true;
      }
    }
  };
  sigma.on('upNode', ({ event }) => up(event));
  sigma.on('upEdge', ({ event }) => up(event));
  sigma.on('upStage', ({ event }) => up(event));
  window.addEventListener('mouseup', () => up());
}

/** A box's corners follow the pointer; a lasso adds the pointer's place to its path. */
function extendSweep(sweep: { lasso: boolean; points: Point[]; outline: SVGSVGElement }, p: Point): void {
  const first = sweep.points[0]!;
  if (!sweep.lasso) sweep.points = [first, { x: p.x, y: first.y }, p, { x: first.x, y: p.y }];
  else {
    const last = sweep.points.at(-1)!;
    if (Math.hypot(p.x - last.x, p.y - last.y) >= LASSO_STEP) sweep.points.push(p);
  }
  sweep.outline.firstElementChild!.setAttribute('points', sweep.points.map(({ x, y }) => `${x},${y}`).join(' '));
}
