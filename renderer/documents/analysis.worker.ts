/** A worker of the import's analysis pool: it answers each document with its analysis (shared/extract/pool.ts). */
import { answerAnalysisRequest } from '../../shared/extract/analysis-request';
import type { AnalysisRequest } from '../../shared/extract/pool';

self.onmessage = (event: MessageEvent<AnalysisRequest>) => self.postMessage(answerAnalysisRequest(event.data));
