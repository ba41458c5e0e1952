/** A worker of the import's analysis pool: it answers each document with its analysis, saying how far it got meanwhile (shared/extract/pool.ts). */
import { answerAnalysisRequest } from '../../shared/extract/analysis-request';
import type { AnalysisRequest } from '../../shared/extract/pool';

// Progress too: one long pasted document is the whole of an import, and its bar must move.
self.onmessage = (event: MessageEvent<AnalysisRequest>) => self.postMessage(answerAnalysisRequest(event.data, (progress) => self.postMessage(progress)));
