/** Runs extraction off the UI thread. Cancel is the page terminating this worker. */
import { extractGraph } from '../../shared/extract/index';
import { NerModel } from '../../shared/extract/ner/model';
import type { ExtractRequest, ExtractResponse } from './extract-messages';

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

self.onmessage = async (event: MessageEvent<ExtractRequest>) => {
  const post = (message: ExtractResponse) => self.postMessage(message);
  try {
    const graph = extractGraph(event.data.documents, { model: await loadModel(), onProgress: (done, total) => post({ kind: 'progress', done, total }) });
    post({ kind: 'done', graph: graph.export() });
  } catch (error) {
    post({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
