/** The extraction pipeline: documents → sentences → mentions → coreference → relations → graph. */
import { createKnowledgeGraph, type KnowledgeGraph, type SourceDocument } from '../graph/schema';

export interface ExtractOptions {
  /** Called after each document. */
  onProgress?: (done: number, total: number) => void;
  /** Polled between documents; extraction stops early (returning what it has) when it answers true. */
  shouldCancel?: () => boolean;
}

/** Extracts a knowledge graph from documents (placeholder until the engine lands). */
export function extractGraph(documents: SourceDocument[], options: ExtractOptions = {}): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  documents.forEach((_, i) => options.onProgress?.(i + 1, documents.length));
  return graph;
}
