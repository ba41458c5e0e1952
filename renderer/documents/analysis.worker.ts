/** A worker of the import's analysis pool: it answers each document with its analysis, saying how far it got meanwhile (shared/extract/pool.ts). */
import { answerAnalysisRequest } from '../../shared/extract/analysis-request';
import { NerModel } from '../../shared/extract/ner/model';
import type { AnalysisRequest } from '../../shared/extract/pool';

let model: Promise<NerModel> | undefined;

/** The tagger's weights, fetched from the app's own origin once per worker. */
function loadModel(): Promise<NerModel> {
  model ??= fetch(new URL('../../shared/extract/ner/model.bin', import.meta.url))
    .then((response) => {
      if (!response.ok) throw new Error(`the tagger model could not be loaded (HTTP ${response.status})`);
      return response.arrayBuffer();
    })
    .then((buffer) => new NerModel(new Uint8Array(buffer)));
  return model;
}

// Progress too: one long pasted document is the whole of an import, and its bar must move.
self.onmessage = async (event: MessageEvent<AnalysisRequest>) => {
  const request = event.data;
  try {
    self.postMessage(answerAnalysisRequest(request, await loadModel(), (progress) => self.postMessage(progress)));
  } catch (error) {
    self.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
};
