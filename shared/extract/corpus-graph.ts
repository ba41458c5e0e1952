/**
 * The second half of extraction, which needs the whole corpus: entities resolved across every
 * document's analysis, then the graph assembled. Apart from the analysis (and its parser), so a thread
 * that only merges analyses never loads it.
 */
import circular from 'graphology-layout/circular';
import type { KnowledgeGraph } from '../graph/schema';
import { assembleGraph } from './assemble';
import type { DocumentAnalysis } from './discourse';
import { resolveEntities } from './resolve';

/**
 * The graph of a corpus from its documents' analyses, in corpus order. However the analyses were made
 * (in this thread, on a pool of workers, in shards), the same analyses give the same graph.
 */
export function graphFromAnalyses(analyses: DocumentAnalysis[]): KnowledgeGraph {
  const graph = assembleGraph(analyses, resolveEntities(analyses));
  // Start from a circle so every view has somewhere to put each node; layouts refine it.
  circular.assign(graph, { scale: 100 });
  return graph;
}
