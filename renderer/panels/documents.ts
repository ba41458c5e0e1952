/**
 * The documents view: one document's text with every entity mention highlighted. Clicking a
 * mention selects its node; selecting a node scrolls the text (and only the text) to its mentions.
 * Documents are listed by headline; the file name stays in the tooltip and beside the list.
 */
import { TYPE_COLORS, type EntityType, type SourceDocument } from '../../shared/graph/schema';
import type { Selection } from '../app/selection';
import type { Workspace } from '../app/workspace';
import { docSegments, segmentBlocks, type Segment } from './doc-segments';
import { h, fill } from './dom';

/**
 * Characters per block of text: the browser lays out only the blocks in view, so a long document's
 * hundred thousand mentions cost nothing until they are scrolled to.
 */
const BLOCK_CHARACTERS = 20_000;

/** The text on screen: which document, each mention's place and look, and the mention elements in text order. */
interface Shown {
  doc: SourceDocument;
  keys: string[];
  marks: HTMLElement[];
  byNode: Map<string, HTMLElement[]>;
  /** The marks shown as selected. */
  lit: HTMLElement[];
}

export class DocumentsView {
  private readonly picker = h('select', { 'aria-label': 'Document' });
  private readonly text = h('div', { class: 'doc-text', tabIndex: 0 });
  private readonly info = h('span', { class: 'muted' });
  readonly element = h('div', { class: 'documents' }, h('div', { class: 'doc-head' }, this.picker, this.info), this.text);
  private current: string | null = null;
  private shown: Shown | null = null;

  constructor(
    private readonly workspace: Workspace,
    private readonly selection: Selection,
  ) {
    this.picker.addEventListener('change', () => this.show(this.picker.value));
    // One listener each for every mention (a long document has a hundred thousand of them).
    this.text.addEventListener('click', (e) => {
      const node = this.mentionAt(e);
      if (node === undefined) return;
      if (e.shiftKey) this.selection.toggleNode(node);
      else this.selection.set([node]);
    });
    this.text.addEventListener('mouseover', (e) => {
      const node = this.mentionAt(e);
      if (node === undefined || !workspace.graph.hasNode(node)) return;
      const { label, type } = workspace.graph.getNodeAttributes(node);
      (e.target as HTMLElement).closest('mark')!.title = `${label} (${type})`;
    });
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
    fill(this.picker, docs.map((d) => h('option', { value: d.name, selected: d.name === this.current, title: d.name }, this.workspace.titleOf(d.name))));
    const doc = docs.find((d) => d.name === this.current);
    if (!doc) {
      fill(this.text, h('p', { class: 'muted' }, 'No documents. Import text files to extract a graph from them.'));
      this.info.textContent = '';
      this.shown = null;
      return;
    }
    const graph = this.workspace.graph;
    const segments = docSegments(graph, doc.name, doc.text.length);
    const looks = new Map<string, { label: string; type: EntityType }>();
    const look = (node: string) => {
      let known = looks.get(node);
      if (!known) {
        const { label, type } = graph.getNodeAttributes(node);
        known = { label, type: type in TYPE_COLORS ? type : 'Other' };
        looks.set(node, known);
      }
      return known;
    };
    const keys = segments.flatMap((s) => (s.node ? [`${s.start}\u0000${s.end}\u0000${s.node}\u0000${look(s.node).label}\u0000${look(s.node).type}`] : []));
    this.info.textContent = `${doc.name} · ${keys.length} mentions · ${doc.text.length.toLocaleString()} characters`;
    // Most edits change nothing this text shows: redrawing a long document at each one would be slow.
    if (this.shown?.doc !== doc || !sameStrings(this.shown.keys, keys)) {
      const marks: HTMLElement[] = [];
      const byNode = new Map<string, HTMLElement[]>();
      const draw = (s: Segment) => {
        const text = doc.text.slice(s.start, s.end);
        if (!s.node) return text;
        const mark = h('mark', { class: 'mention', dataset: { node: s.node, start: String(s.start) }, style: `--type-colour:${TYPE_COLORS[look(s.node).type]}` }, text);
        marks.push(mark);
        const same = byNode.get(s.node);
        if (same) same.push(mark);
        else byNode.set(s.node, [mark]);
        return mark;
      };
      fill(this.text, segmentBlocks(segments, doc.text, BLOCK_CHARACTERS).map((block) => h('div', { class: 'doc-block' }, block.map(draw))));
      this.shown = { doc, keys, marks, byNode, lit: [] };
    }
    this.markSelected();
  }

  private markSelected(): void {
    const shown = this.shown;
    if (!shown) return;
    for (const el of shown.lit) el.classList.remove('selected');
    shown.lit = [...this.selection.nodes].flatMap((n) => shown.byNode.get(n) ?? []);
    for (const el of shown.lit) el.classList.add('selected');
  }

  /** The node of the mention under an event, if any. */
  private mentionAt(event: Event): string | undefined {
    return (event.target as HTMLElement).closest<HTMLElement>('mark.mention')?.dataset.node;
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

  /**
   * Scrolls the text to the first mention at or after `offset`. Only the text scrolls: scrollIntoView
   * would scroll every scrollable box around it too, the panel and the page, and take the picker away.
   */
  private scrollTo(offset: number): void {
    const marks = this.shown?.marks ?? [];
    let [low, high] = [0, marks.length];
    while (low < high) {
      const mid = (low + high) >> 1;
      if (Number(marks[mid]!.dataset.start) < offset) low = mid + 1;
      else high = mid;
    }
    const target = marks[low] ?? marks.at(-1);
    if (!target) return;
    const box = this.text.getBoundingClientRect();
    const at = target.getBoundingClientRect();
    this.text.scrollTo({ top: this.text.scrollTop + at.top - box.top - (box.height - at.height) / 2, behavior: 'smooth' });
    target.classList.add('flash');
    setTimeout(() => target.classList.remove('flash'), 1200);
  }
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}
