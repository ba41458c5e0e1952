/** What the person has selected on the canvas: nodes and edges, with a change event for panels. */
export class Selection {
  nodes = new Set<string>();
  edges = new Set<string>();
  private readonly listeners = new Set<() => void>();

  /** Replaces the selection. */
  set(nodes: Iterable<string>, edges: Iterable<string> = []): void {
    this.nodes = new Set(nodes);
    this.edges = new Set(edges);
    this.emit();
  }

  /** Shift-click: adds a node, or removes it when already selected. */
  toggleNode(node: string): void {
    if (this.nodes.has(node)) this.nodes.delete(node);
    else this.nodes.add(node);
    this.emit();
  }

  add(nodes: Iterable<string>): void {
    for (const n of nodes) this.nodes.add(n);
    this.emit();
  }

  clear(): void {
    if (this.nodes.size === 0 && this.edges.size === 0) return;
    this.set([]);
  }

  /** Drops ids that no longer exist (after delete, merge, undo, load). */
  prune(hasNode: (n: string) => boolean, hasEdge: (e: string) => boolean): void {
    const nodes = [...this.nodes].filter(hasNode);
    const edges = [...this.edges].filter(hasEdge);
    if (nodes.length !== this.nodes.size || edges.length !== this.edges.size) this.set(nodes, edges);
  }

  on(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private emit(): void {
    for (const fn of [...this.listeners]) fn();
  }
}
