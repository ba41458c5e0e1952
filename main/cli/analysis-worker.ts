/** A worker of the CLI's analysis pool (a worker_threads thread): it answers each document with its analysis. */
import { parentPort, workerData } from 'node:worker_threads';
import { answerAnalysisRequest } from '../../shared/extract/analysis-request';
import type { AnalysisRequest } from '../../shared/extract/pool';
import { nerModel } from '../extract/ner-model';

const model = nerModel((workerData as { model?: string } | undefined)?.model);
parentPort!.on('message', (request: AnalysisRequest) => parentPort!.postMessage(answerAnalysisRequest(request, model)));
