/**
 * Legend and filters: the legend lists the types with their colours and counts and doubles as the
 * type filter; below it, document, minimum degree and minimum confidence, a button that resets them all,
 * and the nodes the person hid (an edit, undone like any other), with a button that shows them again.
 */
import type { Command } from '../../shared/graph/commands/command';
import { SetHiddenCommand } from '../../shared/graph/commands/visibility';
import { ENTITY_TYPES, TYPE_COLORS, type EntityType } from '../../shared/graph/schema';
import type { Workspace } from '../app/workspace';
import { emptyFilters, isFiltering, type FilterSettings } from '../view/filters';
import { h, fill } from './dom';

export class FiltersPanel {
  readonly legend = h('ul', { class: 'legend' });
  private readonly docSelect = h('select', { 'aria-label': 'Document filter' });
  private readonly degree = h('input', { type: 'range', min: 0, max: 10, step: 1, value: '0', 'aria-label': 'Minimum degree' });
  private readonly confidence = h('input', { type: 'range', min: 0, max: 1, step: 0.05, value: '0', 'aria-label': 'Minimum confidence' });
  private readonly degreeOut = h('output', {}, '0');
  private readonly confidenceOut = h('output', {}, '0');
  private readonly reset = h('button', { type: 'button', title: 'Show every type, document, relation and confidence again', onclick: () => this.resetAll() }, 'Reset filters');
  private readonly hidden = h('p', { class: 'row hidden-nodes' });
  readonly element = h('div', { class: 'filters' },
    h('label', { class: 'field' }, h('span', {}, 'Document'), this.docSelect),
    h('label', { class: 'field' }, h('span', {}, 'Min. relations ', this.degreeOut), this.degree),
    h('label', { class: 'field' }, h('span', {}, 'Min. confidence ', this.confidenceOut), this.confidence),
    this.reset,
    this.hidden);

  constructor(
    private readonly workspace: Workspace,
    private readonly filters: FilterSettings,
    private readonly applied: () => void,
    private readonly execute: (command: Command) => boolean,
  ) {
    this.docSelect.addEventListener('change', () => {
      this.filters.documents = this.docSelect.value ? new Set([this.docSelect.value]) : null;
      this.changed();
    });
    this.degree.addEventListener('input', () => {
      this.filters.minDegree = Number(this.degree.value);
      this.changed();
    });
    this.confidence.addEventListener('input', () => {
      this.filters.minConfidence = Number(this.confidence.value);
      this.changed();
    });
    workspace.on('change', () => this.render());
    this.render();
  }

  /** Lists the types with their counts and the documents, then shows the filters' state. */
  render(): void {
    const counts = new Map<string, number>();
    this.workspace.graph.forEachNode((_n, a) => counts.set(a.type, (counts.get(a.type) ?? 0) + 1));
    fill(this.legend, ENTITY_TYPES.map((type) => h('li', {},
      h('label', { title: `Show or hide ${type} nodes` },
        h('input', { type: 'checkbox', dataset: { type }, onchange: (e: Event) => this.toggleType(type, (e.target as HTMLInputElement).checked) }),
        h('span', { class: 'swatch', style: `background:${TYPE_COLORS[type]}` }),
        h('span', { class: 'name' }, type),
        h('span', { class: 'count' }, String(counts.get(type) ?? 0))))));
    // A filter on a document that is gone (an undone import, another project) lets everything through.
    const [current] = this.filters.documents ?? [];
    if (current !== undefined && !this.workspace.documents.some((d) => d.name === current)) this.filters.documents = null;
    fill(this.docSelect, h('option', { value: '' }, 'All documents'),
      this.workspace.documents.map((d) => h('option', { value: d.name, title: d.name }, this.workspace.titleOf(d.name))));
    const hidden = this.workspace.graph.filterNodes((_n, a) => a.hidden === true);
    fill(this.hidden, hidden.length
      ? [h('span', { class: 'muted' }, `${hidden.length} hidden node${hidden.length === 1 ? '' : 's'}`),
          h('button', { type: 'button', onclick: () => this.execute(new SetHiddenCommand(hidden, false)) }, 'Show them')]
      : null);
    this.sync();
  }

  /** Every control as the filters now are (the controls stay the same elements, so none loses the focus). */
  private sync(): void {
    for (const box of this.legend.querySelectorAll<HTMLInputElement>('input[data-type]')) box.checked = !this.filters.hiddenTypes.has(box.dataset.type as EntityType);
    this.docSelect.value = [...(this.filters.documents ?? [])][0] ?? '';
    this.degreeOut.value = this.degree.value = String(this.filters.minDegree);
    this.confidenceOut.value = this.confidence.value = String(this.filters.minConfidence);
    this.reset.disabled = !isFiltering(this.filters);
  }

  /** Puts every filter back to showing everything. */
  private resetAll(): void {
    Object.assign(this.filters, emptyFilters());
    this.changed();
  }

  /** A filter changed: the controls show it and the canvas applies it. */
  private changed(): void {
    this.sync();
    this.applied();
  }

  private toggleType(type: EntityType, shown: boolean): void {
    if (shown) this.filters.hiddenTypes.delete(type);
    else this.filters.hiddenTypes.add(type);
    this.changed();
  }
}
