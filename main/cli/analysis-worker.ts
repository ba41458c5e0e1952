/**
 * The CLI's analyst: the pipeline and a tagger, answering documents one at a time. Started as a
 * worker_threads thread of the analysis pool (see nodeWorkers) it answers the pool's messages;
 * imported, it lends its analyst to the command's own thread. Bundled beside the command (launch.mjs).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { answerAnalysisRequest } from '../../shared/extract/analysis-request';
import type { AnalysisReply, AnalysisRequest } from '../../shared/extract/pool';
import { nerModel } from '../extract/ner-model';

/** What an analyst needs to know: the tagger model to load (the shipped one when absent). */
export interface AnalystSetup {
  model?: string;
}

/** What a worker thread is given as its workerData, so it knows it is the pool's. */
export interface AnalysisWorkerData {
  analysisWorker: AnalystSetup;
}

/** An analyst with the tagger of `setup` loaded. */
export function analyst(setup: AnalystSetup): (request: AnalysisRequest) => AnalysisReply {
  const model = nerModel(setup.model);
  return (request) => answerAnalysisRequest(request, model);
}

const data = workerData as Partial<AnalysisWorkerData> | null;
if (parentPort && data?.analysisWorker) {
  const port = parentPort;
  const answer = analyst(data.analysisWorker);
  port.on('message', (request: AnalysisRequest) => port.postMessage(answer(request)));
}
