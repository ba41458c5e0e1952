/**
 * The explorer: wires the workspace, the selection, the canvas and the panels together and
 * registers the edit/view commands. Project and document commands (file.*) are registered by the
 * shell's controllers on the same `actions`.
 */
import { neighbourhood, shortestPath } from '../../shared/analysis/paths';
import type { Command } from '../../shared/graph/commands/command';
import { DeleteCommand } from '../../shared/graph/commands/delete';
import { MoveNodesCommand } from '../../shared/graph/commands/positions';
import { ExportController } from '../export/export-controller';
import { AttributeTable } from '../panels/attribute-table';
import { tabbed } from '../panels/bottom-tabs';
import { hasFilePositions } from '../../shared/formats/positions';
import { LayoutController } from '../layout/controller';
import { ONE_SHOT_LAYOUTS, type OneShotLayout } from '../../shared/layout/collection';
import { showAbout } from '../panels/about';
import { AppearancePanel } from '../panels/appearance';
import { DocumentsView } from '../panels/documents';
import { h, fill, section } from '../panels/dom';
import { FiltersPanel } from '../panels/filters';
import { Inspector } from '../panels/inspector';
import { SearchBox } from '../panels/search';
import { iconLabel, Toolbar } from '../panels/toolbar';
import type { Platform } from '../../shared/shell/platform';
import { GraphCanvas } from '../view/canvas';
import { emptyFilters, isFiltering, visibleNodes } from '../view/filters';
import { Minimap } from '../view/minimap';
import { Actions } from './actions';
import { openCanvasMenu } from './canvas-menu';
import { Selection } from './selection';
import type { Workspace } from './workspace';

export class ExplorerApp {
  readonly selection = new Selection();
  readonly actions = new Actions();
  readonly canvas: GraphCanvas;
  readonly filters = emptyFilters();
  readonly toolbar: Toolbar;
  readonly documentsView: DocumentsView;
  readonly leftPanel = h('aside', { class: 'panel left', 'aria-label': 'Find, legend and filters' });
  private readonly banner = h('div', { class: 'banner', hidden: true });
  private readonly search: SearchBox;
  readonly layouts: LayoutController;

  constructor(
    root: HTMLElement,
    readonly workspace: Workspace,
  ) {
    this.toolbar = new Toolbar({
      run: (c) => void this.actions.run(c),
      canUndo: () => workspace.history.canUndo(),
      canRedo: () => workspace.history.canRedo(),
      undoLabel: () => workspace.history.undoLabel(),
      redoLabel: () => workspace.history.redoLabel(),
    });
    const stage = h('main', { class: 'stage', 'aria-label': 'Graph canvas' });
    const canvasHost = h('div', { class: 'canvas' });
    stage.append(canvasHost, this.banner);
    const inspectorPanel = h('aside', { class: 'panel right', 'aria-label': 'Inspector' });
    this.documentsView = new DocumentsView(workspace, this.selection);
    const table = new AttributeTable(workspace, this.selection, { reveal: (node) => this.reveal(node) });
    const docsPanel = h('section', { class: 'panel bottom', 'aria-label': 'Documents and attributes' }, tabbed([
      { label: 'Documents', element: this.documentsView.element },
      { label: 'Attribute table', element: table.element, onShow: (visible) => table.setVisible(visible) },
    ]));
    fill(root, this.toolbar.element, h('div', { class: 'body' }, this.leftPanel, stage, inspectorPanel), docsPanel);

    this.canvas = new GraphCanvas(workspace.graph, canvasHost, this.selection, {
      // A running layout would pull a dragged node back every frame: bring it to rest (its run is kept) first.
      onDragStart: () => this.layouts.settle(),
      onDragEnd: (to) => this.execute(new MoveNodesCommand(to)),
      onContextMenu: (target) => openCanvasMenu({
        graph: workspace.graph,
        selection: this.selection,
        execute: (c) => this.execute(c),
        focusNeighbourhood: (node, hops) => this.focusNeighbourhood(node, hops),
        selectAll: () => void this.actions.run('edit.selectAll'),
        fitGraph: () => void this.canvas.zoomToFit(),
      }, target),
    });
    const minimap = new Minimap(this.canvas.sigma, this.canvas, workspace.graph, () => this.canvas.state.palette.selection);
    stage.append(minimap.element);
    this.canvas.keepLabelsClearOf(minimap.element);
    this.layouts = new LayoutController({
      graph: workspace.graph,
      execute: (c) => this.execute(c),
      showMotion: (moving) => {
        this.canvas.showLayoutMotion(moving);
        minimap.nodesMoved();
      },
      drawnBoxes: () => this.canvas.drawnBoxes(),
    });
    this.toolbar.layoutSlot.append(...this.layoutControls());
    this.search = new SearchBox(workspace.graph, (node) => this.reveal(node));
    const filtersPanel = new FiltersPanel(workspace, this.filters, () => this.applyFilters(), (c) => this.execute(c));
    this.leftPanel.append(
      this.search.element,
      section('Legend · types', filtersPanel.legend),
      section('Filters', filtersPanel.element),
      section('Appearance', new AppearancePanel(workspace, this.canvas).element),
    );
    const inspector = new Inspector(workspace, this.selection, {
      execute: (c) => this.execute(c),
      showInDocument: (doc, offset) => this.documentsView.show(doc, offset),
      focusNeighbourhood: (node, hops) => this.focusNeighbourhood(node, hops),
      showPath: (a, b) => this.showPath(a, b),
      viewCentre: () => this.viewCentre(),
    });
    inspectorPanel.append(h('h2', {}, 'Inspector'), inspector.element);

    workspace.on('load', () => this.afterLoad());
    // What an import brought is selected: the new nodes stand out, labelled, beside what they relate to.
    workspace.onDocumentsAdded((nodes) => {
      if (nodes.length) this.selection.set(nodes);
    });
    // The camera travels with the project (saved with it) but moving it is not an edit.
    this.canvas.sigma.getCamera().on('updated', ({ x, y, ratio, angle }) => {
      workspace.view.camera = { x, y, ratio, angle };
    });
    workspace.on('change', () => this.afterChange());
    workspace.history.on('change', () => this.toolbar.sync());
    this.actions.onError((error) => this.toolbar.say(messageOf(error), 'error'));
    this.registerActions();
    // Escape steps back out: first a focus or path view, then the selection.
    window.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape' || (e.target as HTMLElement | null)?.closest('input, textarea, select, dialog[open]')) return;
      if (!this.banner.hidden) (this.banner.querySelector('button') as HTMLButtonElement | null)?.click();
      else this.selection.clear();
    });
    this.setTheme(workspace.view.theme ?? (matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'));
  }

  /** Runs an edit through the history; a refused edit is explained in the status bar. */
  execute(command: Command): boolean {
    try {
      this.workspace.execute(command);
      this.toolbar.say(command.label);
      return true;
    } catch (error) {
      this.toolbar.say(messageOf(error), 'error');
      return false;
    }
  }

  /** Selects a node, brings it into view and reveals it in the documents view. */
  reveal(node: string): void {
    if (!this.workspace.graph.hasNode(node)) return;
    this.selection.set([node]);
    this.canvas.centerOn(node);
  }

  focusNeighbourhood(node: string, hops: number): void {
    this.canvas.state.focus = neighbourhood(this.workspace.graph, node, hops);
    this.showBanner(`Focused on ${hops}-hop neighbourhood of “${this.workspace.graph.getNodeAttribute(node, 'label')}”`, () => {
      this.canvas.state.focus = null;
      this.canvas.refresh();
    });
    this.canvas.refresh();
    void this.canvas.fitNodes(this.canvas.state.focus);
  }

  showPath(from: string, to: string): void {
    const g = this.workspace.graph;
    const path = shortestPath(g, from, to);
    if (!path) {
      this.toolbar.say(`No path joins “${g.getNodeAttribute(from, 'label')}” and “${g.getNodeAttribute(to, 'label')}”.`, 'error');
      return;
    }
    // Its nodes are shown while it is highlighted, filtered out or not (reducers.ts isNodeShown).
    this.canvas.state.path = { nodes: new Set(path.nodes), edges: new Set(path.edges) };
    this.selection.set(path.nodes);
    this.showBanner(`Shortest path: ${path.nodes.map((n) => g.getNodeAttribute(n, 'label')).join(' → ')}`, () => {
      this.canvas.state.path = null;
      this.canvas.refresh();
    });
    this.canvas.refresh();
  }

  applyFilters(): void {
    const g = this.workspace.graph;
    this.canvas.state.visible = isFiltering(this.filters) || g.someNode((_n, a) => a.hidden === true) ? visibleNodes(g, this.filters) : null;
    this.canvas.state.minConfidence = this.filters.minConfidence;
    const hidden = this.canvas.state.visible;
    if (hidden) this.selection.prune((n) => hidden.has(n), () => true);
    this.canvas.refresh();
  }

  setTheme(theme: 'light' | 'dark'): void {
    document.documentElement.dataset.theme = theme;
    this.canvas.setTheme(theme);
  }

  /** Another project (or the sample) replaced the contents: start from a fresh view of it. */
  private afterLoad(): void {
    this.layouts.dispose();
    this.selection.clear();
    Object.assign(this.filters, emptyFilters());
    Object.assign(this.canvas.state, { focus: null, path: null, hoveredNode: null, hoverSet: null, hoveredEdge: null });
    this.banner.hidden = true;
    if (this.workspace.view.theme) this.setTheme(this.workspace.view.theme);
    const saved = this.workspace.view.camera;
    this.canvas.showView(saved && [saved.x, saved.y, saved.ratio].every(Number.isFinite) ? saved : undefined);
    // A graph whose file gave no positions sits on the readers' circle: lay it out, as one undoable edit.
    const graph = this.workspace.graph;
    if (graph.order > 1 && !hasFilePositions(graph)) this.layouts.runForceAtlas2For(Math.min(8_000, 1_500 + 3 * graph.order));
  }

  private afterChange(): void {
    const g = this.workspace.graph;
    this.selection.prune((n) => g.hasNode(n), (e) => g.hasEdge(e));
    if (this.canvas.state.path && ![...this.canvas.state.path.nodes].every((n) => g.hasNode(n))) this.canvas.state.path = null;
    this.applyFilters();
  }

  private viewCentre(): { x: number; y: number } {
    const { width, height } = this.canvas.sigma.getDimensions();
    return this.canvas.viewportToGraph({ x: width / 2, y: height / 2 });
  }

  private showBanner(text: string, onClear: () => void): void {
    fill(this.banner, h('span', {}, text), h('button', {
      onclick: () => {
        this.banner.hidden = true;
        onClear();
      },
    }, 'Clear'));
    this.banner.hidden = false;
  }

  /** Registers the commands that need the platform: File › Export. `fileName` names the open project. */
  attachPlatform(platform: Platform, fileName: () => string | null): void {
    const workspace = this.workspace;
    new ExportController(this.actions, {
      graph: workspace.graph, documents: () => workspace.documents, canvas: this.canvas, filters: this.filters, selection: this.selection,
      platform, fileName, report: (message, kind) => this.toolbar.say(message, kind),
    });
  }

  private layoutControls(): HTMLElement[] {
    const fa2 = h('button', { title: 'Run or stop ForceAtlas2 (Ctrl+L); pinned nodes stay put', 'aria-label': 'ForceAtlas2', dataset: { layout: 'forceatlas2' } });
    const sync = () => {
      const running = this.layouts.isForceAtlas2Running();
      fill(fa2, running ? iconLabel('■', 'Stop layout') : iconLabel('▶', 'ForceAtlas2'));
      fa2.classList.toggle('active', running);
    };
    this.layouts.onChange(sync);
    sync();
    fa2.addEventListener('click', () => void this.actions.run('view.layout'));
    const oneShot = h('select', { 'aria-label': 'Apply a layout', title: 'Apply a layout (pinned nodes stay put)' },
      h('option', { value: '' }, 'Layout…'),
      ONE_SHOT_LAYOUTS.map((l) => h('option', { value: l.id, title: l.description }, l.label)));
    oneShot.addEventListener('change', () => {
      const name = oneShot.value as OneShotLayout;
      oneShot.value = '';
      if (!name) return;
      // Overlaps are removed at the scale on screen: the graph must not be framed again as it spreads.
      if (name === 'noverlap') this.canvas.holdFraming();
      else this.releaseFrame();
      void this.layouts.run(name);
    });
    return [fa2, oneShot];
  }

  /** Lets the view follow the nodes again (a drag freezes the framing so the rest stays still). */
  private releaseFrame(): void {
    const sigma = this.canvas.sigma;
    if (sigma.getCustomBBox()) sigma.setCustomBBox(null);
  }

  private registerActions(): void {
    const a = this.actions;
    a.register('edit.undo', () => {
      if (this.workspace.undo()) this.toolbar.say('Undone');
    });
    a.register('edit.redo', () => {
      if (this.workspace.redo()) this.toolbar.say('Redone');
    });
    a.register('edit.delete', () => {
      const { nodes, edges } = this.selection;
      if (nodes.size || edges.size) this.execute(new DeleteCommand({ nodes: [...nodes], edges: [...edges] }));
    });
    a.register('edit.selectAll', () => {
      const visible = this.canvas.state.visible;
      this.selection.set(this.workspace.graph.filterNodes((n) => !visible || visible.has(n)));
    });
    a.register('edit.find', () => this.search.focus());
    a.register('view.zoomFit', () => {
      const { nodes, edges } = this.selection;
      const g = this.workspace.graph;
      const ends = [...edges].filter((e) => g.hasEdge(e)).flatMap((e) => g.extremities(e));
      return nodes.size || ends.length ? this.canvas.fitNodes([...nodes, ...ends]) : this.canvas.zoomToFit();
    });
    a.register('view.layout', () => {
      this.releaseFrame();
      this.layouts.toggleForceAtlas2();
    });
    a.register('view.theme', () => {
      const theme = document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark';
      this.setTheme(theme);
      this.workspace.view.theme = theme;
      // The theme is saved with the project.
      this.workspace.changed();
    });
    a.register('help.about', () => showAbout());
  }
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
