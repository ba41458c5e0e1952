/**
 * The CLI's analyst: the pipeline and a tagger, answering documents one at a time, as a worker_threads
 * thread of the analysis pool (see nodeWorkers). Bundled beside the command (launch.mjs).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { answerAnalysisRequest } from '../../shared/extract/analysis-request';
import type { AnalysisRequest } from '../../shared/extract/pool';
import { nerModel } from '../extract/ner-model';

/** What an analyst needs to know: the tagger model to load (the shipped one when absent). */
export interface AnalystSetup {
  model?: string;
}

/** What a worker thread is given as its workerData. */
export interface AnalysisWorkerData {
  analysisWorker: AnalystSetup;
}

const port = parentPort!;
const model = nerModel((workerData as AnalysisWorkerData).analysisWorker.model);
port.on('message', (request: AnalysisRequest) => port.postMessage(answerAnalysisRequest(request, model)));
