/** The extraction pipeline: documents → sentences → mentions → coreference → relations → graph. */
import circular from 'graphology-layout/circular';
import type { KnowledgeGraph, SourceDocument } from '../graph/schema';
import { assembleGraph } from './assemble';
import { analyzeDocument, type DocumentAnalysis } from './discourse';
import type { NerModel } from './ner/model';
import { resolveEntities } from './resolve';

export interface ExtractOptions {
  /** The news tagger (ner/model.ts), loaded once by the caller's platform. */
  model: NerModel;
  /** Called after each document. */
  onProgress?: (done: number, total: number) => void;
  /** Polled between documents; extraction stops early (returning what it has) when it answers true. */
  shouldCancel?: () => boolean;
}

/** Extracts a knowledge graph from documents, deterministically and offline. */
export function extractGraph(documents: SourceDocument[], options: ExtractOptions): KnowledgeGraph {
  const analyses: DocumentAnalysis[] = [];
  for (const document of documents) {
    if (options.shouldCancel?.()) break;
    analyses.push(analyzeDocument(document, options.model));
    options.onProgress?.(analyses.length, documents.length);
  }
  const graph = assembleGraph(analyses, resolveEntities(analyses));
  // Start from a circle so every view has somewhere to put each node; layouts refine it.
  circular.assign(graph, { scale: 100 });
  return graph;
}
