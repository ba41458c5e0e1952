/**
 * The attribute table: every node or edge with every attribute it holds (imported ones too), sortable
 * by any column and filterable by text or, in a numeric column, by comparison (`>3`). Only the rows in
 * view are in the page, so a graph of 100k nodes scrolls as one of 100. A click selects the row's node
 * or edge on the canvas; the canvas's selection is marked in the table.
 */
import type { Selection } from '../app/selection';
import type { Workspace } from '../app/workspace';
import { fill, h } from './dom';
import { buildTable, filterRows, sortRows, type Table, type TableDomain, type TableRow } from './table-model';
import '../styles/formats.css';

/** Row height in pixels (formats.css gives cells this height): rows in view are found by arithmetic. */
export const ROW_HEIGHT = 26;
/** Rows drawn beyond each edge of the view, so a small scroll shows no gap. */
const OVERSCAN = 12;

export interface AttributeTableHost {
  /** Selects a node and brings it into view. */
  reveal(node: string): void;
}

export class AttributeTable {
  readonly element: HTMLElement;
  private domain: TableDomain = 'node';
  private table: Table | null = null;
  private rows: TableRow[] = [];
  private sort: { column: number; descending: boolean } | null = null;
  private visible = false;
  private frame = 0;
  private readonly filter = h('input', { type: 'search', placeholder: 'Filter… (in a number column: >3, <=0.5)', 'aria-label': 'Filter rows' });
  private readonly column = h('select', { 'aria-label': 'Filter column' });
  private readonly count = h('span', { class: 'muted table-count', role: 'status' });
  private readonly domainButtons: Record<TableDomain, HTMLButtonElement>;
  private readonly head = h('thead');
  private readonly body = h('tbody');
  private readonly scroller = h('div', { class: 'table-scroll', tabIndex: 0 }, h('table', { class: 'attributes-table' }, this.head, this.body));

  constructor(
    private readonly workspace: Workspace,
    private readonly selection: Selection,
    private readonly host: AttributeTableHost,
  ) {
    const domainButton = (domain: TableDomain, label: string) =>
      h('button', { type: 'button', 'aria-pressed': String(domain === this.domain), onclick: () => this.setDomain(domain) }, label);
    this.domainButtons = { node: domainButton('node', 'Nodes'), edge: domainButton('edge', 'Edges') };
    this.element = h('div', { class: 'attribute-table' },
      h('div', { class: 'row table-tools' }, this.domainButtons.node, this.domainButtons.edge, this.column, this.filter, this.count),
      this.scroller);
    this.filter.addEventListener('input', () => this.refilter());
    this.column.addEventListener('change', () => this.refilter());
    this.scroller.addEventListener('scroll', () => this.schedule());
    workspace.on('change', () => {
      this.table = null;
      if (this.visible) this.rebuild();
    });
    selection.on(() => this.schedule());
  }

  /** Called when the panel is shown or hidden: a hidden table does no work. */
  setVisible(visible: boolean): void {
    this.visible = visible;
    if (visible && !this.table) this.rebuild();
    else if (visible) this.schedule();
  }

  private setDomain(domain: TableDomain): void {
    if (domain === this.domain) return;
    this.domain = domain;
    for (const [d, button] of Object.entries(this.domainButtons)) button.setAttribute('aria-pressed', String(d === domain));
    this.sort = null;
    this.filter.value = '';
    this.column.value = '';
    this.table = null;
    this.rebuild();
  }

  private rebuild(): void {
    const table = buildTable(this.workspace.graph, this.domain);
    this.table = table;
    const chosen = this.column.value;
    fill(this.column, h('option', { value: '' }, 'Any column'), table.columns.map((c, i) => h('option', { value: String(i), selected: String(i) === chosen }, c.name)));
    if (this.sort && this.sort.column >= table.columns.length) this.sort = null;
    fill(this.head, h('tr', {}, table.columns.map((c, i) => h('th', {
      scope: 'col', class: c.numeric ? 'numeric' : '', title: `Sort by ${c.name}`,
      'aria-sort': this.sort?.column === i ? (this.sort.descending ? 'descending' : 'ascending') : 'none',
      onclick: () => this.sortBy(i),
    }, c.name))));
    this.refilter();
  }

  private sortBy(column: number): void {
    this.sort = { column, descending: this.sort?.column === column ? !this.sort.descending : false };
    for (const [i, th] of [...this.head.querySelectorAll('th')].entries()) {
      th.setAttribute('aria-sort', i === column ? (this.sort.descending ? 'descending' : 'ascending') : 'none');
    }
    this.refilter();
  }

  private refilter(): void {
    const table = this.table;
    if (!table) return;
    const column = this.column.value === '' ? null : Number(this.column.value);
    const kept = filterRows(table, this.filter.value, column);
    this.rows = this.sort ? sortRows(kept, table, this.sort.column, this.sort.descending) : kept;
    const noun = this.domain === 'node' ? 'nodes' : 'edges';
    this.count.textContent = kept.length === table.rows.length ? `${table.rows.length} ${noun}` : `${kept.length} of ${table.rows.length} ${noun}`;
    this.scroller.scrollTop = 0;
    this.schedule();
  }

  private schedule(): void {
    if (!this.visible || this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  /** Draws the rows in view, with spacers standing for the others. */
  private render(): void {
    const table = this.table;
    if (!table) return;
    const first = Math.max(0, Math.floor(this.scroller.scrollTop / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(this.rows.length, Math.ceil((this.scroller.scrollTop + this.scroller.clientHeight) / ROW_HEIGHT) + OVERSCAN);
    const selected = this.domain === 'node' ? this.selection.nodes : this.selection.edges;
    const spacer = (rows: number) => (rows > 0 ? h('tr', { class: 'spacer', style: `height:${rows * ROW_HEIGHT}px`, 'aria-hidden': 'true' }) : null);
    fill(this.body,
      spacer(first),
      this.rows.slice(first, last).map((row) => h('tr', {
        class: selected.has(row.key) ? 'selected' : '', dataset: { key: row.key },
        onclick: () => this.pick(row.key),
      }, row.cells.map((cell, i) => h('td', { class: table.columns[i]!.numeric ? 'numeric' : '', title: cell }, cell)))),
      spacer(this.rows.length - last));
  }

  private pick(key: string): void {
    if (this.domain === 'node') this.host.reveal(key);
    else if (this.workspace.graph.hasEdge(key)) this.selection.set([], [key]);
  }
}
