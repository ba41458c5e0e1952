/** Runs extraction off the UI thread. Cancel is the page terminating this worker. */
import { extractGraph } from '../../shared/extract/index';
import type { ExtractRequest, ExtractResponse } from './extract-messages';

self.onmessage = (event: MessageEvent<ExtractRequest>) => {
  const post = (message: ExtractResponse) => self.postMessage(message);
  try {
    const graph = extractGraph(event.data.documents, { onProgress: (done, total) => post({ kind: 'progress', done, total }) });
    post({ kind: 'done', graph: graph.export() });
  } catch (error) {
    post({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
