/**
 * A pool worker's side of the analysis pool (pool.ts), for the shells' worker entries: apart from the
 * pool, so the thread that drives the pool never loads the pipeline. A worker lives for a whole run,
 * so whatever the pipeline loads on first use (a lexicon, a model's weights) loads once per worker.
 */
import { encodeAnalysis } from './analysis-codec';
import { analyzeDocument } from './discourse';
import type { NerModel } from './ner/model';
import type { AnalysisReply, AnalysisRequest } from './pool';

/**
 * Analyses the requested document with the worker's tagger; a failure is answered with its reason,
 * named by the document. With `report`, a long document also says how far it got on the way (a
 * progress reply, then the answer).
 */
export function answerAnalysisRequest({ id, document }: AnalysisRequest, model: NerModel, report?: (reply: AnalysisReply) => void): AnalysisReply {
  try {
    return { id, analysis: encodeAnalysis(analyzeDocument(document, model, report && ((progress) => report({ id, progress })))) };
  } catch (error) {
    return { id, error: `${document.name}: ${error instanceof Error ? error.message : String(error)}` };
  }
}
