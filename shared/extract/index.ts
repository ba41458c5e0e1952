/** The extraction pipeline: documents → sentences → mentions → coreference → relations → graph. */
import type { KnowledgeGraph, SourceDocument } from '../graph/schema';
import { graphFromAnalyses } from './corpus-graph';
import { analyzeDocument, type DocumentAnalysis } from './discourse';
import type { NerModel } from './ner/model';

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
  return graphFromAnalyses(analyses);
}
