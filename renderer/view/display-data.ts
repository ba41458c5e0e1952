/**
 * Sigma's display data of each node, read and moved in place. Sigma hands out copies of it
 * (getNodeDisplayData), and its partial refresh re-derives it: a copy of the node's attributes, the
 * reducer's object and sigma's defaults, 20k short-lived objects per frame at 10k nodes, which cost a
 * layout frame a third of its script time and most of its garbage collection. While a layout moves the
 * nodes and nothing else changes, each node keeps its display data, given its new place.
 */
import type Sigma from 'sigma';
import type { NodeDisplayData } from 'sigma/types';
import { createNormalizationFunction } from 'sigma/utils';
import type { KnowledgeGraph } from '../../shared/graph/schema';
import type { BBox } from './reframe';

/** Sigma's private members that hold each item's display data and its place in a program (sigma 3.0). */
interface DrawnItems {
  nodeDataCache: Record<string, NodeDisplayData>;
  nodeIndices: Record<string, number>;
  nodeProgramIndex: Record<string, number>;
  edgeIndices: Record<string, number>;
  edgeProgramIndex: Record<string, number>;
  addNodeToProgram(node: string, fingerprint: number, position: number): void;
  addEdgeToProgram(edge: string, fingerprint: number, position: number): void;
}

function drawnItems(sigma: Sigma): DrawnItems | null {
  const items = sigma as unknown as Partial<DrawnItems>;
  const found = items.nodeDataCache && items.nodeIndices && items.nodeProgramIndex && items.edgeIndices && items.edgeProgramIndex
    && typeof items.addNodeToProgram === 'function' && typeof items.addEdgeToProgram === 'function';
  return found ? (items as DrawnItems) : null;
}

/**
 * Gives each node's display data its position in the graph, framed as `framing` frames it, and writes
 * it into the node's program; the edges are written again too with `withEdges` (an edge's ends come
 * from its nodes' display data). The next render draws them. Returns false, having changed nothing,
 * if sigma's internals are not where sigma 3.0 keeps them: a partial refresh of every node is then
 * the way.
 */
export function placeMovedNodes(sigma: Sigma, graph: KnowledgeGraph, framing: BBox, withEdges: boolean): boolean {
  const items = drawnItems(sigma);
  if (!items) return false;
  const frame = createNormalizationFunction(framing);
  const { nodeDataCache, nodeIndices, nodeProgramIndex } = items;
  graph.forEachNode((node, attrs) => {
    const data = nodeDataCache[node];
    const position = nodeProgramIndex[node];
    if (!data || position === undefined) return;
    data.x = attrs.x;
    data.y = attrs.y;
    frame.applyTo(data);
    items.addNodeToProgram(node, nodeIndices[node]!, position);
  });
  if (withEdges) {
    const { edgeIndices, edgeProgramIndex } = items;
    graph.forEachEdge((edge) => {
      const position = edgeProgramIndex[edge];
      if (position !== undefined) items.addEdgeToProgram(edge, edgeIndices[edge]!, position);
    });
  }
  return true;
}

/** Reads a node's display data without a copy (a copy where sigma's internals are not found); not to be changed. */
export function displayDataReader(sigma: Sigma): (node: string) => NodeDisplayData | undefined {
  const items = drawnItems(sigma);
  // Sigma replaces its cache on each full refresh: it is looked up at each read.
  return items ? (node) => items.nodeDataCache[node] : (node) => sigma.getNodeDisplayData(node);
}

/** Sigma's private graph listeners (sigma 3.0). */
interface GraphListeners {
  activeListeners?: { eachNodeAttributesUpdatedGraphUpdate?: (...args: never[]) => void };
}

/**
 * Detaches sigma's answer to an update of every node (re-reducing every node, then re-processing the
 * graph) until the returned function re-attaches it; nothing is detached if sigma's internals are not
 * where sigma 3.0 keeps them.
 */
export function muteEachNodeUpdate(sigma: Sigma, graph: KnowledgeGraph): () => void {
  const listener = (sigma as unknown as GraphListeners).activeListeners?.eachNodeAttributesUpdatedGraphUpdate;
  if (typeof listener !== 'function') return () => {};
  graph.removeListener('eachNodeAttributesUpdated', listener);
  return () => void graph.on('eachNodeAttributesUpdated', listener);
}
