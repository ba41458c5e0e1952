/**
 * Merging a graph extracted from newly added documents into the open graph, without undoing what the
 * person did by hand: their labels, types, notes, tags, colours, positions and pins stay, and what they
 * deleted stays deleted.
 */
import { placeNewNodes } from '../../layout/place';
import type { KnowledgeGraph, NodeAttributes } from '../schema';
import type { Command } from './command';
import { absorbEdge, absorbNode, relationKey, unionNames } from './combine';
import { cloneData, edgeRecord, freeEdgeKey, nodeRecord, type EdgeRecord, type NodeRecord } from './records';
import { edgeTombstone, nodeTombstones, readTombstones } from './tombstones';

/** What one apply did, for the person ("12 new entities, 30 new relations") and for undo. */
export interface AddDocumentsSummary {
  addedNodes: string[];
  addedEdges: string[];
  /** Extracted nodes recognised as nodes already in the graph. */
  matchedNodes: number;
  /** Extracted things left out because the person had deleted them. */
  skippedDeleted: number;
}

/** Merges `extracted` into the graph; undo removes what it added and restores what it enriched. */
export class AddDocumentsCommand implements Command {
  readonly label: string;
  summary: AddDocumentsSummary = { addedNodes: [], addedEdges: [], matchedNodes: 0, skippedDeleted: 0 };
  private changedNodes: NodeRecord[] = [];
  private changedEdges: EdgeRecord[] = [];

  constructor(
    private readonly extracted: KnowledgeGraph,
    documentCount = 1,
  ) {
    this.label = documentCount === 1 ? 'Add document' : `Add ${documentCount} documents`;
  }

  apply(graph: KnowledgeGraph): void {
    const summary: AddDocumentsSummary = { addedNodes: [], addedEdges: [], matchedNodes: 0, skippedDeleted: 0 };
    const changedNodes = new Map<string, NodeRecord>();
    const changedEdges = new Map<string, EdgeRecord>();
    const deleted = new Set(readTombstones(graph));
    const names = nameIndex(graph);
    const mapping = new Map<string, string>();

    this.extracted.forEachNode((key, attrs) => {
      if (nodeTombstones(key, attrs).some((t) => deleted.has(t))) {
        summary.skippedDeleted++;
        return;
      }
      const match = graph.hasNode(key) ? key : findByName(names, attrs);
      if (match !== undefined) {
        if (!changedNodes.has(match) && !summary.addedNodes.includes(match)) changedNodes.set(match, nodeRecord(graph, match));
        graph.replaceNodeAttributes(match, absorbNode(graph.getNodeAttributes(match), cloneData(attrs)));
        summary.matchedNodes++;
        mapping.set(key, match);
        indexNames(names, match, graph.getNodeAttributes(match));
        return;
      }
      graph.addNode(key, { ...cloneData(attrs), aliases: unionNames(attrs.aliases ?? [], [], [attrs.label]), pinned: false });
      summary.addedNodes.push(key);
      mapping.set(key, key);
      indexNames(names, key, attrs);
    });

    const relations = relationIndex(graph);
    this.extracted.forEachEdge((key, attrs, source, target, _sa, _ta, undirected) => {
      const s = mapping.get(source);
      const t = mapping.get(target);
      if (s === undefined || t === undefined) return;
      if (deleted.has(edgeTombstone(s, t, attrs.label ?? ''))) {
        summary.skippedDeleted++;
        return;
      }
      // Two extracted entities the person had merged into one: their relation would be a self-loop.
      if (s === t && source !== target) return;
      const rkey = relationKey(s, t, undirected, attrs.label ?? '');
      const existing = relations.get(rkey);
      if (existing !== undefined) {
        if (!changedEdges.has(existing) && !summary.addedEdges.includes(existing)) changedEdges.set(existing, edgeRecord(graph, existing));
        graph.replaceEdgeAttributes(existing, absorbEdge(graph.getEdgeAttributes(existing), cloneData(attrs)));
        return;
      }
      const id = freeEdgeKey(graph, key);
      if (undirected) graph.addUndirectedEdgeWithKey(id, s, t, cloneData(attrs));
      else graph.addDirectedEdgeWithKey(id, s, t, cloneData(attrs));
      summary.addedEdges.push(id);
      relations.set(rkey, id);
    });

    // Into an empty picture the extracted graph brings its own layout; into a picture, new nodes go beside their neighbours.
    if (summary.addedNodes.length < graph.order) {
      const positions = placeNewNodes(graph, summary.addedNodes);
      for (const [node, p] of Object.entries(positions)) graph.mergeNodeAttributes(node, p);
    }

    this.summary = summary;
    this.changedNodes = [...changedNodes.values()];
    this.changedEdges = [...changedEdges.values()];
  }

  undo(graph: KnowledgeGraph): void {
    for (const edge of this.summary.addedEdges) if (graph.hasEdge(edge)) graph.dropEdge(edge);
    for (const node of this.summary.addedNodes) if (graph.hasNode(node)) graph.dropNode(node);
    for (const e of this.changedEdges) graph.replaceEdgeAttributes(e.key, cloneData(e.attributes));
    for (const n of this.changedNodes) graph.replaceNodeAttributes(n.key, cloneData(n.attributes));
  }
}

/** Lower-cased label → node, then alias → node where no label claims the name. */
function nameIndex(graph: KnowledgeGraph): Map<string, string> {
  const names = new Map<string, string>();
  graph.forEachNode((node, attrs) => {
    if (attrs.label) names.set(`label:${attrs.label.toLowerCase()}`, node);
  });
  graph.forEachNode((node, attrs) => indexNames(names, node, attrs));
  return names;
}

function indexNames(names: Map<string, string>, node: string, attrs: Pick<NodeAttributes, 'label' | 'aliases'>): void {
  const label = `label:${attrs.label.toLowerCase()}`;
  if (!names.has(label)) names.set(label, node);
  for (const alias of attrs.aliases ?? []) {
    const key = `alias:${alias.toLowerCase()}`;
    if (!names.has(key)) names.set(key, node);
  }
}

/** An existing node known by the extracted node's label, or else by one of its aliases. */
function findByName(names: Map<string, string>, attrs: Pick<NodeAttributes, 'label' | 'aliases'>): string | undefined {
  const all = [attrs.label, ...(attrs.aliases ?? [])].map((n) => n.toLowerCase());
  for (const n of all) {
    const hit = names.get(`label:${n}`) ?? names.get(`alias:${n}`);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

function relationIndex(graph: KnowledgeGraph): Map<string, string> {
  const relations = new Map<string, string>();
  graph.forEachEdge((edge, attrs, source, target, _sa, _ta, undirected) => {
    const key = relationKey(source, target, undirected, attrs.label ?? '');
    if (!relations.has(key)) relations.set(key, edge);
  });
  return relations;
}
