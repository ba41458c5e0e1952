/**
 * The sigma canvas: draws the workspace graph through the reducers, frames it, and places its labels;
 * pointer gestures (gestures.ts) become selection changes, moves and menus. It never edits the graph on
 * its own: dragged nodes are drawn where the pointer holds them, and the drop hands their new positions on.
 */
import { getCameraStateToFitViewportToNodes } from '@sigma/utils';
import Sigma from 'sigma';
import { drawDiscNodeHover } from 'sigma/rendering';
import type { CameraState } from 'sigma/types';
import { graphExtent } from 'sigma/utils';
import type { Point } from '../../shared/graph/commands/positions';
import type { KnowledgeGraph } from '../../shared/graph/schema';
import type { BoxOptions, NodeBox } from '../../shared/layout/overlap';
import type { Selection } from '../app/selection';
import { DARK_PALETTE, initialViewState, isDimmed, LIGHT_PALETTE, reduceEdge, reduceNode, type ViewState } from './reducers';
import { parallelCurvatures } from './parallel-edges';
import { drawNodesOnCpu, isSoftwareWebGL } from './cpu-nodes';
import { sliceEdgeDrawing, type EdgeSlicer } from './edge-slices';
import { axisBox, type OrientedBox } from './label-boxes';
import { avoidLabelOverlaps, drawEdgeLabel, drawNodeLabel, LABEL_GAP, placedEdgeLabels, placedLabels, setEdgeLabelHalo, type PlacedEdgeLabel, type PlacedLabel } from './labels';
import { muteEachNodeUpdate, placeMovedNodes } from './display-data';
import { bindGestures, type GestureCallbacks } from './gestures';
import { redrawWhenStill, setLayoutInMotion, skipEdgeLabelsInLayoutMotion } from './motion';
import { panAsPicture } from './pan-picture';
import { readPickingOnDemand } from './picking';
import { EDGE_PROGRAMS, NODE_PROGRAMS } from './programs';
import { isNodeShown } from './reducers';
import { applyReframe, invertReframe, reframe, type BBox } from './reframe';

/**
 * Above this many edges a layout in motion moves the nodes alone, and the edges follow when it stops:
 * in software WebGL each thousand edges adds about 12 ms to a frame, which must stay under 50 ms.
 */
const EDGES_MOVED_WITH_LAYOUT = 2_000;

/**
 * Above this many nodes, in software WebGL, a pan moves the last picture rather than drawing frames
 * (pan-picture.ts): the GPU process spends about 1.3 µs on each node of a drawn frame, 33 ms at 25k.
 */
const PAN_AS_PICTURE_ABOVE = 20_000;

/**
 * Above this many edges, in software WebGL, edges that come back on screen are drawn in slices over
 * several tasks (edge-slices.ts): at about 3 µs an edge, more would make the frame a long task.
 */
const EDGES_DRAWN_IN_SLICES_ABOVE = 10_000;

/** How much room Fit leaves around the nodes it fits (as a share of their extent). */
const FIT_MARGIN = 1.3;


export class GraphCanvas {
  readonly sigma: Sigma;
  readonly state: ViewState = initialViewState();
  private refreshPending = false;
  /** Edges were added or removed: parallel-edge curvature must be recomputed before the next refresh. */
  private curvatureStale = false;
  /** A layout is moving the nodes (showLayoutMotion), and the timer of the next update drawn for it. */
  private layoutMoving = false;
  private motionTask: ReturnType<typeof setTimeout> | 0 = 0;
  /** The view state changed while a layout moves the nodes: its next update runs their reducers. */
  private viewChangedInMotion = false;
  /** A layout came to rest: the timer of the task that re-processes the graph (settle). */
  private settleTask: ReturnType<typeof setTimeout> | 0 = 0;
  /** Sigma's own answer to an update of every node, held back while a layout's positions are committed. */
  private nodeUpdatesMuted = false;
  /** The view state changed since the layout started moving: the settle runs every reducer again. */
  private viewChangedSinceRest = false;
  /** Software WebGL: the CPU draws the nodes of a layout in motion on a large graph (cpu-nodes.ts). */
  private readonly softwareWebGL: boolean;
  private readonly edgeSlicer: EdgeSlicer;
  /** The extent sigma's last process framed the graph by (a custom one while the view is held). */
  private framing: BBox | null = null;
  /** Elements over the canvas that labels keep clear of. */
  private readonly overlays: HTMLElement[] = [];

  constructor(
    private readonly graph: KnowledgeGraph,
    private readonly container: HTMLElement,
    selection: Selection,
    callbacks: GestureCallbacks,
  ) {
    this.sigma = new Sigma(graph, container, {
      renderEdgeLabels: true,
      enableEdgeEvents: true,
      zIndex: true,
      labelDensity: 0.7,
      labelGridCellSize: 70,
      labelRenderedSizeThreshold: 7,
      labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      edgeLabelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      labelSize: 13,
      edgeLabelSize: 11,
      // While something moves, no labels, and no edges either (motion.ts).
      hideLabelsOnMove: true,
      minCameraRatio: 0.02,
      maxCameraRatio: 20,
      stagePadding: 40,
      defaultEdgeType: 'arrow',
      nodeProgramClasses: NODE_PROGRAMS,
      edgeProgramClasses: EDGE_PROGRAMS,
      // The node under the pointer gets sigma's white box with its label (dark whatever the theme); other
      // highlighted nodes (the selection) only its halo: their labels are placed among the others (labels.ts).
      defaultDrawNodeHover: (ctx, data, settings) =>
        drawDiscNodeHover(ctx, (data as { key?: string }).key === this.state.hoveredNode ? data : { ...data, label: null }, { ...settings, labelColor: { color: '#111827' } }),
      defaultDrawNodeLabel: drawNodeLabel,
      defaultDrawEdgeLabel: drawEdgeLabel,
      nodeReducer: (node, attrs) => reduceNode(node, attrs as never, this.state),
      edgeReducer: (edge, attrs) => reduceEdge(this.graph, edge, attrs as never, this.state),
    });
    this.sigma.on('afterProcess', () => (this.framing = this.sigma.getCustomBBox() ?? this.sigma.getBBox()));
    readPickingOnDemand(this.sigma);
    avoidLabelOverlaps(this.sigma, { inBackground: (node) => isDimmed(node, this.state), hovered: () => this.state.hoveredNode, covered: () => this.overlayBoxes() });
    redrawWhenStill(this.sigma);
    skipEdgeLabelsInLayoutMotion(this.sigma);
    drawNodesOnCpu(this.sigma, graph);
    this.softwareWebGL = isSoftwareWebGL(this.sigma);
    this.edgeSlicer = sliceEdgeDrawing(this.sigma);
    panAsPicture(this.sigma, () => this.softwareWebGL && this.graph.order > PAN_AS_PICTURE_ABOVE);
    this.state.curvature = parallelCurvatures(graph);
    // Loading a project adds edges one event at a time: recompute once the whole batch is in, not per edge.
    const edgesChanged = () => {
      this.curvatureStale = true;
      this.refresh();
    };
    for (const event of ['edgeAdded', 'edgeDropped', 'cleared', 'edgesCleared', 'nodeDropped'] as const) graph.on(event, edgesChanged);
    selection.on(() => {
      this.state.selectedNodes = selection.nodes;
      this.state.selectedEdges = selection.edges;
      this.refresh();
    });
    this.sigma.getCamera().on('updated', (cam) => {
      const before = this.state.zoomRatio;
      this.state.zoomRatio = cam.ratio;
      // Crossing the threshold changes which edge labels exist, so reducers must run again.
      if ((before < 0.45) !== (cam.ratio < 0.45)) this.refresh();
    });
    bindGestures({
      sigma: this.sigma, graph, state: this.state, selection, container,
      // A drag converts the pointer under sigma's framing: a layout that just stopped is settled first.
      callbacks: { ...callbacks, onDragStart: () => { callbacks.onDragStart?.(); this.settleNow(); } },
      refresh: () => this.refresh(),
      holdFraming: () => this.holdFraming(),
      graphToViewport: (p) => this.graphToViewport(p),
    });
  }

  /**
   * Redraws after the view state changed. A refresh runs the reducers over every node and edge (a
   * tenth of a second at 10k nodes), so all the changes made in one task share one refresh. While a
   * layout moves the nodes, its next update runs their reducers anyway, at a fraction of the cost, and
   * the edges get theirs when it stops.
   */
  refresh(): void {
    // Asked for in motion, or after it other than by the command that commits it.
    if (this.layoutMoving || (this.settleTask && !this.nodeUpdatesMuted)) this.viewChangedSinceRest = true;
    if (this.refreshPending) return;
    this.refreshPending = true;
    queueMicrotask(() => {
      this.refreshPending = false;
      if (this.layoutMoving && !this.curvatureStale) {
        this.viewChangedInMotion = true;
        this.motionTask ||= setTimeout(() => this.drawMotion());
        return;
      }
      // The settle, due in a task of its own, refreshes everything.
      if (this.settleTask) return;
      this.refreshAll();
    });
  }

  private refreshAll(): void {
    if (this.curvatureStale) this.state.curvature = parallelCurvatures(this.graph);
    this.curvatureStale = false;
    this.sigma.refresh();
  }

  /**
   * Draws positions in motion (renderer/layout/live-positions.ts), already written into the graph's
   * attributes: the nodes are updated (and the edges, on a small graph), framed as a full process
   * would frame them, rather than every item re-processed. The update runs in a task of its own: a
   * layout writes its frames in animation-frame callbacks, which share one task with sigma's drawing
   * and the page's compositing, and together they would be one long task. On a large graph the edges
   * wait for the end, and with software WebGL the CPU paints the nodes (cpu-nodes.ts). `false` draws
   * everything at rest again (settle).
   */
  showLayoutMotion(moving: boolean): void {
    this.layoutMoving = moving;
    if (moving) {
      // Set at once: a frame drawn before the update is a moving one too.
      setLayoutInMotion(this.sigma, this.edgesMoveWithLayout() ? null : this.softwareWebGL ? 'cpu' : 'webgl');
      this.motionTask ||= setTimeout(() => this.drawMotion());
      return;
    }
    // The command that commits the positions follows in this task. Sigma would answer its event by
    // reducing every node and re-processing the graph in the next frame, which the settle does anyway.
    if (!this.nodeUpdatesMuted) {
      const unmute = muteEachNodeUpdate(this.sigma, this.graph);
      this.nodeUpdatesMuted = true;
      queueMicrotask(() => {
        this.nodeUpdatesMuted = false;
        unmute();
      });
    }
    this.settleTask ||= setTimeout(() => this.settle());
  }

  /**
   * Draws a layout at rest, in three tasks rather than one: the command that commits the positions
   * (before this), then one refresh of every item and a redraw of the nodes alone under the new
   * framing (every reducer too if the view changed meanwhile), then the frame with the edges again (on
   * a large graph in software WebGL, the edges in slices over the tasks that follow: edge-slices.ts).
   * Until then the view keeps the framing it held in motion, so what is drawn and what the pointer
   * converts still agree.
   */
  private settle(): void {
    clearTimeout(this.settleTask);
    this.settleTask = 0;
    if (this.layoutMoving) return;
    // Before the refresh: the slices process the edges too.
    this.sliceEdgesOfNextFrame();
    this.state.reframe = null;
    // Positions alone moved: sigma's process places every item anew, from the graph's positions.
    if (this.viewChangedSinceRest || this.curvatureStale) this.refreshAll();
    else this.sigma.refresh({ partialGraph: {} });
    this.viewChangedSinceRest = false;
    setTimeout(() => {
      if (this.layoutMoving || this.settleTask) return;
      setLayoutInMotion(this.sigma, null);
      this.sigma.scheduleRender();
    });
  }

  /** Settles a layout that just stopped now rather than in a task of its own. */
  private settleNow(): void {
    if (this.settleTask) this.settle();
  }

  private drawMotion(): void {
    this.motionTask = 0;
    if (!this.layoutMoving) return;
    const sigma = this.sigma;
    const wanted = sigma.getCustomBBox() ?? graphExtent(this.graph);
    this.state.reframe = reframe(this.framing ?? wanted, wanted);
    const withEdges = this.edgesMoveWithLayout();
    // The reducers run again only if the view state changed: positions alone keep each item's display data.
    const viewChanged = this.viewChangedInMotion || !placeMovedNodes(sigma, this.graph, wanted, withEdges);
    this.viewChangedInMotion = false;
    const partialGraph = viewChanged ? { nodes: this.graph.nodes(), edges: withEdges ? this.graph.edges() : [] } : {};
    // Drawn now (with no items, a partial refresh is a bare redraw), not in the next animation frame:
    // software WebGL then has until that frame to finish, rather than making its compositing wait.
    sigma.refresh({ partialGraph, skipIndexation: true });
  }

  /** Has the next frame at rest draw the edges in slices, where drawing them in one would be a long task. */
  private sliceEdgesOfNextFrame(): void {
    if (this.softwareWebGL && this.graph.size > EDGES_DRAWN_IN_SLICES_ABOVE) this.edgeSlicer.sliceNextFrame();
  }

  /** Resolves once the edges of the last frame are all drawn (the last of its slices, if it left them to slices). */
  edgesDrawn(): Promise<void> {
    return this.edgeSlicer.complete();
  }

  private edgesMoveWithLayout(): boolean {
    return this.graph.size <= EDGES_MOVED_WITH_LAYOUT;
  }

  setTheme(theme: 'light' | 'dark'): void {
    this.state.palette = theme === 'dark' ? DARK_PALETTE : LIGHT_PALETTE;
    this.sigma.setSetting('labelColor', { color: theme === 'dark' ? '#e5e7eb' : '#1f2937' });
    this.sigma.setSetting('edgeLabelColor', { color: theme === 'dark' ? '#cbd5e1' : '#4b5563' });
    setEdgeLabelHalo(this.sigma, getComputedStyle(this.container).backgroundColor);
  }

  setLabelDensity(density: number): void {
    this.sigma.setSetting('labelDensity', density);
  }

  /**
   * Shows the saved camera, or the whole graph, at once. A newly opened project does not animate from
   * the last one's view: each animation frame would redraw a graph that may have 10k nodes.
   */
  showView(camera?: CameraState): void {
    this.sliceEdgesOfNextFrame();
    this.sigma.setCustomBBox(null);
    this.refresh();
    this.sigma.getCamera().setState(camera ?? { x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  }

  /** Fits every shown node in the view. */
  zoomToFit(): Promise<void> {
    this.sigma.setCustomBBox(null);
    this.refresh();
    return this.sigma.getCamera().animatedReset({ duration: 400 });
  }

  /**
   * Fits the given nodes in the view, with a margin around them; a single node is centred and zoomed in
   * on (to no less than the current zoom). Nodes not shown are left out; with none left, the whole graph.
   */
  fitNodes(nodes: Iterable<string>): Promise<void> {
    const shown = [...nodes].filter((n) => this.graph.hasNode(n) && isNodeShown(n, this.state));
    if (shown.length === 0) return this.zoomToFit();
    const camera = this.sigma.getCamera();
    const fitted = getCameraStateToFitViewportToNodes(this.sigma, shown);
    const ratio = shown.length === 1 ? Math.min(camera.ratio, 0.4) : fitted.ratio * FIT_MARGIN;
    return camera.animate({ x: fitted.x, y: fitted.y, ratio: Math.max(ratio, this.sigma.getSetting('minCameraRatio') ?? 0) }, { duration: 400 });
  }

  /** Keeps the graph framed as it is while nodes move (a drag, removing overlaps), so the rest stays still on screen. */
  holdFraming(): void {
    if (!this.sigma.getCustomBBox()) this.sigma.setCustomBBox(graphExtent(this.graph));
  }

  /** Keeps labels from under `element`, which lies over the canvas (the minimap). */
  keepLabelsClearOf(element: HTMLElement): void {
    this.overlays.push(element);
  }

  /** Where the overlays lie on the canvas, in its pixels. */
  private overlayBoxes(): OrientedBox[] {
    const canvas = this.container.getBoundingClientRect();
    return this.overlays.map((element) => element.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0)
      .map((r) => axisBox(r.left - canvas.left, r.right - canvas.left, r.top - canvas.top, r.bottom - canvas.top));
  }

  /** The node labels drawn in the last frame, and where, in pixels. */
  shownLabels(): readonly PlacedLabel[] {
    return placedLabels(this.sigma);
  }

  /** The edge labels drawn in the last frame, and where, in pixels. */
  shownEdgeLabels(): readonly PlacedEdgeLabel[] {
    return placedEdgeLabels(this.sigma);
  }

  /**
   * What each shown node takes on screen at the current zoom, in graph units: its disc, and its label
   * where one can show at this zoom (a node drawn big enough, or one whose label is forced). Overlaps are
   * removed as the person sees them; the margin is a few pixels.
   */
  drawnBoxes(): BoxOptions {
    const sigma = this.sigma;
    const origin = this.viewportToGraph({ x: 0, y: 0 });
    const step = this.viewportToGraph({ x: 1, y: 0 });
    const perPixel = Math.hypot(step.x - origin.x, step.y - origin.y);
    const context = sigma.getCanvases().labels!.getContext('2d')!;
    context.font = `${sigma.getSetting('labelWeight')} ${sigma.getSetting('labelSize')}px ${sigma.getSetting('labelFont')}`;
    const threshold = sigma.getSetting('labelRenderedSizeThreshold');
    const half = Math.max(sigma.getSetting('labelSize') / 2 + 1, 0);
    const boxes = new Map<string, NodeBox>();
    this.graph.forEachNode((node) => {
      const data = sigma.getNodeDisplayData(node);
      if (!data || data.hidden) return;
      const r = sigma.scaleSize(data.size);
      const label = data.label && (data.forceLabel || r >= threshold) ? LABEL_GAP + context.measureText(data.label).width : 0;
      const up = Math.max(r, label ? half : 0);
      boxes.set(node, { left: -r * perPixel, right: (r + label) * perPixel, bottom: -up * perPixel, top: up * perPixel });
    });
    return { boxes, margin: 4 * perPixel };
  }

  /** Centres the camera on a node without changing the zoom much. */
  centerOn(node: string): void {
    const data = this.sigma.getNodeDisplayData(node);
    if (!data) return;
    const camera = this.sigma.getCamera();
    void camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, 0.6) }, { duration: 400 });
  }

  /**
   * A graph point's place on screen, in CSS pixels relative to the canvas container, as it is drawn:
   * while a layout moves the nodes, sigma's own conversion still uses the framing it held.
   */
  graphToViewport(p: Point): Point {
    return this.sigma.graphToViewport(this.state.reframe ? applyReframe(this.state.reframe, p) : p);
  }

  /** The graph point drawn at a place on screen (the inverse of graphToViewport). */
  viewportToGraph(p: Point): Point {
    const held = this.sigma.viewportToGraph(p);
    return this.state.reframe ? invertReframe(this.state.reframe, held) : held;
  }
}
