/**
 * Appearance: colour by type, Louvain community or document; size by degree, PageRank or mentions;
 * edge colour and width by supporting sentences or confidence; label density. The choice is saved in the project's view settings; the mappings come from shared/analysis.
 */
import { colorByCommunity, colorByDocument } from '../../shared/analysis/color';
import { edgeStrengths, type EdgeStrengthStop } from '../../shared/analysis/edge-strength';
import { sizeByDegree, sizeByMentions, sizeByPageRank } from '../../shared/analysis/size';
import type { ViewSettings } from '../../shared/project/types';
import type { Workspace } from '../app/workspace';
import type { GraphCanvas } from '../view/canvas';
import { strengthLook } from '../view/reducers';
import { h, fill } from './dom';

type ColorBy = NonNullable<ViewSettings['colorBy']>;
type SizeBy = NonNullable<ViewSettings['sizeBy']>;
type EdgesBy = NonNullable<ViewSettings['edgesBy']>;

export class AppearancePanel {
  private readonly colorBy = h('select', { 'aria-label': 'Colour by' },
    h('option', { value: 'type' }, 'Type (or own colour)'), h('option', { value: 'community' }, 'Community (Louvain)'), h('option', { value: 'document' }, 'Document'));
  private readonly sizeBy = h('select', { 'aria-label': 'Size by' },
    h('option', { value: 'degree' }, 'Relations (degree)'), h('option', { value: 'pagerank' }, 'PageRank'), h('option', { value: 'mentions' }, 'Mentions'));
  private readonly edgesBy = h('select', { 'aria-label': 'Edges by' },
    h('option', { value: 'weight' }, 'Supporting sentences'), h('option', { value: 'confidence' }, 'Confidence'), h('option', { value: 'none' }, 'Nothing (all alike)'));
  private readonly edgeKey = h('ul', { class: 'legend key' });
  private readonly density = h('input', { type: 'range', min: 0.1, max: 3, step: 0.1, value: '0.7', 'aria-label': 'Label density' });
  private readonly key = h('ul', { class: 'legend key' });
  readonly element = h('div', { class: 'appearance' },
    h('label', { class: 'field' }, h('span', {}, 'Colour by'), this.colorBy),
    this.key,
    h('label', { class: 'field' }, h('span', {}, 'Size by'), this.sizeBy),
    h('label', { class: 'field' }, h('span', {}, 'Edge colour and width by'), this.edgesBy),
    this.edgeKey,
    h('label', { class: 'field' }, h('span', {}, 'Labels: fewer ↔ more'), this.density));
  private pending = 0;
  private justLoaded = false;

  constructor(
    private readonly workspace: Workspace,
    private readonly canvas: GraphCanvas,
  ) {
    this.colorBy.addEventListener('change', () => this.choose({ colorBy: this.colorBy.value as ColorBy }));
    this.sizeBy.addEventListener('change', () => this.choose({ sizeBy: this.sizeBy.value as SizeBy }));
    this.edgesBy.addEventListener('change', () => this.choose({ edgesBy: this.edgesBy.value as EdgesBy }));
    this.density.addEventListener('input', () => canvas.setLabelDensity(Number(this.density.value)));
    // A load replaces every mapping: apply at once, so that the canvas's first drawing of the new graph
    // has them (a frame later, 10k nodes would be processed and drawn twice). Workspace.load announces
    // itself with 'load' then 'change': that change is the same load.
    workspace.on('load', () => {
      cancelAnimationFrame(this.pending);
      this.apply();
      this.justLoaded = true;
    });
    // Analyses are whole-graph passes: coalesce a burst of edits into one recomputation.
    workspace.on('change', () => {
      if (this.justLoaded) {
        this.justLoaded = false;
        return;
      }
      cancelAnimationFrame(this.pending);
      this.pending = requestAnimationFrame(() => this.apply());
    });
    this.apply();
  }

  private choose(patch: Partial<ViewSettings>): void {
    Object.assign(this.workspace.view, patch);
    this.workspace.changed();
  }

  /** Recomputes colours and sizes for the current graph and settings. */
  apply(): void {
    const { graph, view } = this.workspace;
    const colorBy: ColorBy = view.colorBy ?? 'type';
    const sizeBy: SizeBy = view.sizeBy ?? 'degree';
    this.colorBy.value = colorBy;
    this.sizeBy.value = sizeBy;
    const state = this.canvas.state;
    fill(this.key);
    if (colorBy === 'community') {
      state.colors = colorByCommunity(graph);
      this.key.append(h('li', { class: 'muted' }, `${new Set(state.colors.values()).size} colour groups`));
    } else if (colorBy === 'document') {
      const { colors, documents } = colorByDocument(graph);
      state.colors = colors;
      fill(this.key, [...documents].map(([doc, colour]) => h('li', {}, h('span', { class: 'swatch', style: `background:${colour}` }), h('span', { class: 'name' }, doc))));
    } else state.colors = null;
    state.sizes = sizeBy === 'pagerank' ? sizeByPageRank(graph) : sizeBy === 'mentions' ? sizeByMentions(graph) : sizeByDegree(graph);
    const edgesBy: EdgesBy = view.edgesBy ?? 'weight';
    this.edgesBy.value = edgesBy;
    const edges = edgesBy === 'none' ? null : edgeStrengths(graph, edgesBy);
    state.edgeStrength = edges?.strength ?? null;
    const describe = edgesBy === 'weight' ? (v: number) => `${v} supporting sentence${v === 1 ? '' : 's'}` : (v: number) => `confidence ${v.toFixed(2)}`;
    fill(this.edgeKey, edges && edges.strongest.value > edges.weakest.value ? [edges.weakest, edges.strongest].map((stop) => this.edgeSample(stop, describe)) : null);
    this.canvas.refresh();
  }

  /** A legend line: an edge drawn as strong as `stop`, and the value it stands for. */
  private edgeSample({ value, strength }: EdgeStrengthStop, describe: (value: number) => string): HTMLElement {
    const { color, size } = strengthLook(strength, this.canvas.state.palette);
    return h('li', {},
      h('span', { class: 'edge-sample', style: `background:${color};height:${size}px` }),
      h('span', { class: 'name' }, describe(value)));
  }
}
