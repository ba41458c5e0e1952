/**
 * Appearance: colour by type, Louvain community or document; size by degree, PageRank or mentions;
 * label density. The choice is saved in the project's view settings; the mappings come from shared/analysis.
 */
import { colorByCommunity, colorByDocument } from '../../shared/analysis/color';
import { sizeByDegree, sizeByMentions, sizeByPageRank } from '../../shared/analysis/size';
import type { ViewSettings } from '../../shared/project/types';
import type { Workspace } from '../app/workspace';
import type { GraphCanvas } from '../view/canvas';
import { h, fill } from './dom';

type ColorBy = NonNullable<ViewSettings['colorBy']>;
type SizeBy = NonNullable<ViewSettings['sizeBy']>;

export class AppearancePanel {
  private readonly colorBy = h('select', { 'aria-label': 'Colour by' },
    h('option', { value: 'type' }, 'Type (or own colour)'), h('option', { value: 'community' }, 'Community (Louvain)'), h('option', { value: 'document' }, 'Document'));
  private readonly sizeBy = h('select', { 'aria-label': 'Size by' },
    h('option', { value: 'degree' }, 'Relations (degree)'), h('option', { value: 'pagerank' }, 'PageRank'), h('option', { value: 'mentions' }, 'Mentions'));
  private readonly density = h('input', { type: 'range', min: 0.1, max: 3, step: 0.1, value: '0.7', 'aria-label': 'Label density' });
  private readonly key = h('ul', { class: 'legend key' });
  readonly element = h('div', { class: 'appearance' },
    h('label', { class: 'field' }, h('span', {}, 'Colour by'), this.colorBy),
    this.key,
    h('label', { class: 'field' }, h('span', {}, 'Size by'), this.sizeBy),
    h('label', { class: 'field' }, h('span', {}, 'Labels: fewer ↔ more'), this.density));
  private pending = 0;
  private justLoaded = false;

  constructor(
    private readonly workspace: Workspace,
    private readonly canvas: GraphCanvas,
  ) {
    this.colorBy.addEventListener('change', () => this.choose({ colorBy: this.colorBy.value as ColorBy }));
    this.sizeBy.addEventListener('change', () => this.choose({ sizeBy: this.sizeBy.value as SizeBy }));
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
    this.canvas.refresh();
  }
}
