/** Search over labels and aliases, with arrow-key navigation; Enter selects and centres the node. */
import type { KnowledgeGraph } from '../../shared/graph/schema';
import { searchNodes, type SearchHit } from '../view/search';
import { h, fill } from './dom';

export class SearchBox {
  readonly input = h('input', { type: 'search', placeholder: 'Find entity…  (Ctrl+F)', 'aria-label': 'Find entity', class: 'search-input', autocomplete: 'off' });
  private readonly list = h('ul', { class: 'search-results', role: 'listbox' });
  readonly element = h('div', { class: 'search' }, this.input, this.list);
  private hits: SearchHit[] = [];
  private active = 0;

  constructor(
    private readonly graph: KnowledgeGraph,
    private readonly choose: (node: string) => void,
  ) {
    this.input.addEventListener('input', () => this.update());
    this.input.addEventListener('focus', () => this.update());
    this.input.addEventListener('blur', () => setTimeout(() => fill(this.list), 150));
    this.input.addEventListener('keydown', (e) => this.onKey(e));
  }

  focus(): void {
    this.input.focus();
    this.input.select();
  }

  private update(): void {
    this.hits = searchNodes(this.graph, this.input.value);
    this.active = 0;
    this.renderList();
  }

  private renderList(): void {
    fill(this.list, this.hits.map((hit, i) => h('li', {
      role: 'option', class: i === this.active ? 'active' : '', 'aria-selected': String(i === this.active),
      onmousedown: (e: Event) => {
        e.preventDefault();
        this.pick(i);
      },
    }, hit.label, hit.via ? h('span', { class: 'muted' }, ` (${hit.via})`) : null,
      h('span', { class: 'type' }, this.graph.getNodeAttribute(hit.node, 'type')))));
    if (this.input.value && !this.hits.length) fill(this.list, h('li', { class: 'muted none' }, 'No entity matches'));
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!this.hits.length) return;
      this.active = (this.active + (e.key === 'ArrowDown' ? 1 : -1) + this.hits.length) % this.hits.length;
      this.renderList();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      this.pick(this.active);
    } else if (e.key === 'Escape') {
      this.input.value = '';
      this.hits = [];
      fill(this.list);
      this.input.blur();
    }
  }

  private pick(i: number): void {
    const hit = this.hits[i];
    if (!hit) return;
    fill(this.list);
    this.choose(hit.node);
  }
}
