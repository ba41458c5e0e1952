/** Messages between the page and the worker that builds the graph from the documents' analyses. */
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../shared/graph/schema';

export interface AssembleRequest {
  /** Each document's analysis as a line of JSON (analysis-codec.ts), in document order. */
  analyses: string[];
}

export type AssembleResponse = { kind: 'done'; graph: SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes> } | { kind: 'error'; message: string };
