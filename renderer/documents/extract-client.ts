/** Starts an extraction in a Web Worker; the returned job can be cancelled (the worker is terminated). */
import { createKnowledgeGraph, type KnowledgeGraph, type SourceDocument } from '../../shared/graph/schema';
import type { ExtractRequest, ExtractResponse } from './extract-messages';

export class ExtractionCancelled extends Error {
  constructor() {
    super('Import cancelled: no documents were added.');
    this.name = 'ExtractionCancelled';
  }
}

export interface ExtractionJob {
  result: Promise<KnowledgeGraph>;
  cancel(): void;
}

export function startExtraction(documents: SourceDocument[], onProgress: (done: number, total: number) => void): ExtractionJob {
  const worker = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module', name: 'relata-extract' });
  let settle: { reject(error: Error): void } | null = null;
  const result = new Promise<KnowledgeGraph>((resolve, reject) => {
    settle = { reject };
    worker.onmessage = (event: MessageEvent<ExtractResponse>) => {
      const message = event.data;
      if (message.kind === 'progress') {
        onProgress(message.done, message.total);
        return;
      }
      worker.terminate();
      if (message.kind === 'error') {
        reject(new Error(`Extraction failed: ${message.message}`));
        return;
      }
      const graph = createKnowledgeGraph();
      graph.import(message.graph);
      resolve(graph);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`Extraction failed: ${event.message || 'the worker stopped unexpectedly'}`));
    };
  });
  worker.postMessage({ documents } satisfies ExtractRequest);
  return {
    result,
    cancel() {
      worker.terminate();
      settle?.reject(new ExtractionCancelled());
    },
  };
}
