/**
 * Legend and filters: the legend lists the types with their colours and counts and doubles as the
 * type filter; below it, document, minimum degree and minimum confidence.
 */
import { ENTITY_TYPES, TYPE_COLORS, type EntityType } from '../../shared/graph/schema';
import type { Workspace } from '../app/workspace';
import type { FilterSettings } from '../view/filters';
import { h, fill } from './dom';

export class FiltersPanel {
  readonly legend = h('ul', { class: 'legend' });
  private readonly docSelect = h('select', { 'aria-label': 'Document filter' });
  private readonly degree = h('input', { type: 'range', min: 0, max: 10, step: 1, value: '0', 'aria-label': 'Minimum degree' });
  private readonly confidence = h('input', { type: 'range', min: 0, max: 1, step: 0.05, value: '0', 'aria-label': 'Minimum confidence' });
  private readonly degreeOut = h('output', {}, '0');
  private readonly confidenceOut = h('output', {}, '0');
  readonly element = h('div', { class: 'filters' },
    h('label', { class: 'field' }, h('span', {}, 'Document'), this.docSelect),
    h('label', { class: 'field' }, h('span', {}, 'Min. relations ', this.degreeOut), this.degree),
    h('label', { class: 'field' }, h('span', {}, 'Min. confidence ', this.confidenceOut), this.confidence));

  constructor(
    private readonly workspace: Workspace,
    private readonly filters: FilterSettings,
    private readonly changed: () => void,
  ) {
    this.docSelect.addEventListener('change', () => {
      this.filters.documents = this.docSelect.value ? new Set([this.docSelect.value]) : null;
      this.changed();
    });
    this.degree.addEventListener('input', () => {
      this.filters.minDegree = Number(this.degree.value);
      this.degreeOut.value = this.degree.value;
      this.changed();
    });
    this.confidence.addEventListener('input', () => {
      this.filters.minConfidence = Number(this.confidence.value);
      this.confidenceOut.value = this.confidence.value;
      this.changed();
    });
    workspace.on('change', () => this.render());
    this.render();
  }

  render(): void {
    const counts = new Map<string, number>();
    this.workspace.graph.forEachNode((_n, a) => counts.set(a.type, (counts.get(a.type) ?? 0) + 1));
    fill(this.legend, ENTITY_TYPES.map((type) => h('li', {},
      h('label', { title: `Show or hide ${type} nodes` },
        h('input', {
          type: 'checkbox', checked: !this.filters.hiddenTypes.has(type), dataset: { type },
          onchange: (e: Event) => this.toggleType(type, (e.target as HTMLInputElement).checked),
        }),
        h('span', { class: 'swatch', style: `background:${TYPE_COLORS[type]}` }),
        h('span', { class: 'name' }, type),
        h('span', { class: 'count' }, String(counts.get(type) ?? 0))))));
    const current = this.docSelect.value;
    fill(this.docSelect, h('option', { value: '' }, 'All documents'),
      this.workspace.documents.map((d) => h('option', { value: d.name, selected: d.name === current, title: d.name }, this.workspace.titleOf(d.name))));
    if (current && !this.workspace.documents.some((d) => d.name === current)) {
      this.filters.documents = null;
    }
  }

  private toggleType(type: EntityType, shown: boolean): void {
    if (shown) this.filters.hiddenTypes.delete(type);
    else this.filters.hiddenTypes.add(type);
    this.changed();
  }
}
