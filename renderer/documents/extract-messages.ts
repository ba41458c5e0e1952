/** Messages between the page and the extraction worker. */
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, SourceDocument } from '../../shared/graph/schema';

export interface ExtractRequest {
  documents: SourceDocument[];
}

export type ExtractResponse =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'done'; graph: SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes> }
  | { kind: 'error'; message: string };
