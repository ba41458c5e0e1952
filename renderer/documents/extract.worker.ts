/**
 * Builds the import's graph off the UI thread: resolves and assembles the documents' analyses (made by
 * the analysis pool) and gives the graph its first layout. Cancel is the page terminating this worker.
 */
import { decodeAnalysis } from '../../shared/extract/analysis-codec';
import { graphFromAnalyses } from '../../shared/extract/corpus-graph';
import { applyInitialLayout } from '../../shared/graph/initial-layout';
import type { AssembleRequest, AssembleResponse } from './extract-messages';

self.onmessage = (event: MessageEvent<AssembleRequest>) => {
  const post = (message: AssembleResponse) => self.postMessage(message);
  try {
    const graph = graphFromAnalyses(event.data.analyses.map(decodeAnalysis));
    applyInitialLayout(graph, 'fast');
    post({ kind: 'done', graph: graph.export() });
  } catch (error) {
    post({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
