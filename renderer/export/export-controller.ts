/**
 * File › Export: one command per format of the collection (and `file.export` for the last one used).
 * The dialog picks the format, its settings and the scope; the graph part is written by the format's
 * declaration (pictures are drawn from the canvas), several files are zipped, and the platform saves
 * the result.
 */
import { bundleFiles } from '../../shared/formats/bundle';
import { EXPORT_MENU, formatOfCommand, type ExportCommand } from '../../shared/formats/commands';
import { scopedGraph, type ScopeFilter } from '../../shared/formats/scope';
import type { ExportScope, FormatId, OutputFile } from '../../shared/formats/types';
import type { KnowledgeGraph, SourceDocument } from '../../shared/graph/schema';
import type { Actions } from '../app/actions';
import type { Selection } from '../app/selection';
import type { Platform } from '../../shared/shell/platform';
import type { GraphCanvas } from '../view/canvas';
import { edgePasses, type FilterSettings } from '../view/filters';
import { isNodeShown, reduceEdge, reduceNode, type ViewState } from '../view/reducers';
import { chooseExport, type ExportChoice, type ScopeSizes } from './export-dialog';
import { renderPng, renderSvg, type PictureOptions } from './image';

export interface ExportHost {
  graph: KnowledgeGraph;
  documents(): readonly SourceDocument[];
  canvas: GraphCanvas;
  /** The filter panel's settings (the canvas holds what they let through). */
  filters: FilterSettings;
  selection: Selection;
  platform: Pick<Platform, 'exportFile'>;
  /** The open project's file name, for output names. */
  fileName(): string | null;
  report(message: string, kind?: 'info' | 'error'): void;
}

export class ExportController {
  private last: FormatId = 'graphml';

  constructor(
    actions: Actions,
    private readonly host: ExportHost,
  ) {
    actions.register('file.export', () => this.export(this.last));
    for (const { command } of EXPORT_MENU) actions.register(command, () => this.export(formatOfCommand(command as ExportCommand)!));
  }

  /** Asks how to export `format`, then exports; nothing happens on Cancel. */
  async export(format: FormatId): Promise<void> {
    const choice = await chooseExport(format, this.sizes());
    if (!choice) return;
    this.last = choice.format.id;
    await this.run(choice);
  }

  /** Writes and saves an export as chosen; true when saved. */
  async run(choice: ExportChoice): Promise<boolean> {
    const base = (this.host.fileName() ?? 'relata-graph').replace(/\.[^.]*$/, '') || 'relata-graph';
    const file = choice.format.picture ? await this.picture(choice, base) : bundleFiles(this.files(choice, base), `${base}-${choice.format.id}`);
    const saved = await this.host.platform.exportFile(file.name, file.data, file.mimeType);
    if (saved) this.host.report(`Exported ${file.name}`);
    return saved;
  }

  private files(choice: ExportChoice, baseName: string): OutputFile[] {
    const graph = scopedGraph(this.host.graph, this.filter(choice.scope));
    return choice.format.write!(graph, choice.settings, { baseName, documents: this.host.documents() });
  }

  private async picture(choice: ExportChoice, base: string): Promise<OutputFile> {
    const { canvas } = this.host;
    const options: PictureOptions = {
      background: getComputedStyle(document.body).backgroundColor,
      scale: Number(choice.settings.scale ?? 1),
      frame: null,
    };
    if (choice.scope !== 'view') {
      const filter = this.filter(choice.scope);
      const nodes = filter.nodes ?? new Set(this.host.graph.nodes());
      // Drawn as the screen draws, without what is passing (hover, a drag, a layout's motion) or out of scope.
      const state: ViewState = {
        ...canvas.state, visible: new Set(nodes), focus: null, hoveredNode: null, hoverSet: null, hoveredEdge: null,
        path: null, drag: null, reframe: null, selectedNodes: new Set(), selectedEdges: new Set(),
        minConfidence: choice.scope === 'filtered' ? canvas.state.minConfidence : 0,
      };
      const graph = this.host.graph;
      options.frame = nodes;
      options.settings = {
        nodeReducer: (node, attributes) => reduceNode(node, attributes as never, state),
        edgeReducer: (edge, attributes) => {
          const display = reduceEdge(graph, edge, attributes as never, state);
          return filter.edge && !filter.edge(edge, graph.getEdgeAttributes(edge)) ? { ...display, hidden: true } : display;
        },
      };
    }
    const format = choice.format.id as 'png' | 'svg';
    const data = format === 'png' ? await renderPng(canvas.sigma, options) : await renderSvg(canvas.sigma, options);
    return { name: `${base}${choice.format.extensions[0]}`, data, mimeType: choice.format.mimeType };
  }

  /** The nodes and edges a scope holds. */
  private filter(scope: ExportScope): ScopeFilter {
    const { graph, canvas, selection } = this.host;
    if (scope === 'filtered') {
      const { filters } = this.host;
      return {
        nodes: new Set(graph.filterNodes((node) => isNodeShown(node, canvas.state))),
        edge: (_edge, attributes) => edgePasses(attributes.confidence, filters),
      };
    }
    if (scope === 'selection') {
      const nodes = new Set(selection.nodes);
      for (const edge of selection.edges) if (graph.hasEdge(edge)) graph.extremities(edge).forEach((n) => nodes.add(n));
      // Edges alone selected: those edges; nodes selected: everything between them.
      const onlyEdges = selection.nodes.size === 0;
      return { nodes, ...(onlyEdges ? { edge: (edge: string) => selection.edges.has(edge) } : {}) };
    }
    return { nodes: null };
  }

  private sizes(): ScopeSizes {
    const { graph, canvas, selection } = this.host;
    const filtering = canvas.state.visible !== null || canvas.state.focus !== null || canvas.state.minConfidence > 0;
    const selected = this.filter('selection').nodes!.size;
    return {
      graph: graph.order,
      filtered: filtering ? this.filter('filtered').nodes!.size : null,
      selection: selection.nodes.size + selection.edges.size > 0 ? selected : null,
    };
  }
}
