/**
 * The documents view: one document's text with every entity mention highlighted. Clicking a
 * mention selects its node; selecting a node scrolls to (and emphasises) its mentions.
 */
import { TYPE_COLORS, type EntityType } from '../../shared/graph/schema';
import type { Selection } from '../app/selection';
import type { Workspace } from '../app/workspace';
import { docSegments } from './doc-segments';
import { h, fill } from './dom';

export class DocumentsView {
  private readonly picker = h('select', { 'aria-label': 'Document' });
  private readonly text = h('div', { class: 'doc-text', tabIndex: 0 });
  private readonly info = h('span', { class: 'muted' });
  readonly element = h('div', { class: 'documents' }, h('div', { class: 'doc-head' }, this.picker, this.info), this.text);
  private current: string | null = null;

  constructor(
    private readonly workspace: Workspace,
    private readonly selection: Selection,
  ) {
    this.picker.addEventListener('change', () => this.show(this.picker.value));
    workspace.on('change', () => this.render());
    selection.on(() => this.followSelection());
    this.render();
  }

  /** Shows a document and scrolls to a character offset in it. */
  show(doc: string, offset?: number): void {
    if (doc !== this.current) {
      this.current = doc;
      this.render();
    }
    if (offset !== undefined) this.scrollTo(offset);
  }

  render(): void {
    const docs = this.workspace.documents;
    if (!this.current || !docs.some((d) => d.name === this.current)) this.current = docs[0]?.name ?? null;
    fill(this.picker, docs.map((d) => h('option', { value: d.name, selected: d.name === this.current }, d.name)));
    const doc = docs.find((d) => d.name === this.current);
    if (!doc) {
      fill(this.text, h('p', { class: 'muted' }, 'No documents. Import text files to extract a graph from them.'));
      this.info.textContent = '';
      return;
    }
    const graph = this.workspace.graph;
    const segments = docSegments(graph, doc.name, doc.text.length);
    this.info.textContent = `${segments.filter((s) => s.node).length} mentions · ${doc.text.length.toLocaleString()} characters`;
    fill(this.text, segments.map((s) => {
      const text = doc.text.slice(s.start, s.end);
      if (!s.node) return text;
      const type = graph.getNodeAttribute(s.node, 'type') as EntityType;
      return h('mark', {
        class: 'mention', dataset: { node: s.node, start: String(s.start) }, title: `${graph.getNodeAttribute(s.node, 'label')} (${type})`,
        style: `--type-colour:${TYPE_COLORS[type] ?? TYPE_COLORS.Other}`,
        onclick: (e: MouseEvent) => {
          if (e.shiftKey) this.selection.toggleNode(s.node!);
          else this.selection.set([s.node!]);
        },
      }, text);
    }));
    this.markSelected();
  }

  private markSelected(): void {
    for (const el of this.text.querySelectorAll<HTMLElement>('mark.mention')) {
      el.classList.toggle('selected', this.selection.nodes.has(el.dataset.node!));
    }
  }

  private followSelection(): void {
    const [node] = this.selection.nodes;
    if (node && this.workspace.graph.hasNode(node)) {
      const occurrences = this.workspace.graph.getNodeAttribute(node, 'occurrences') ?? [];
      const here = occurrences.find((o) => o.doc === this.current) ?? occurrences[0];
      if (here && here.doc !== this.current) {
        this.current = here.doc;
        this.render();
      }
      this.markSelected();
      if (here) this.scrollTo(here.start);
    } else this.markSelected();
  }

  private scrollTo(offset: number): void {
    const marks = [...this.text.querySelectorAll<HTMLElement>('mark.mention')];
    const target = marks.find((m) => Number(m.dataset.start) >= offset) ?? marks.at(-1);
    if (target) {
      target.scrollIntoView({ block: 'center', behavior: 'smooth' });
      target.classList.add('flash');
      setTimeout(() => target.classList.remove('flash'), 1200);
    }
  }
}
