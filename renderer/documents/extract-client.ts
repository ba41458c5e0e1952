/**
 * Extraction for an import, off the UI thread: a pool of Web Workers, one per core, analyses the
 * documents (shared/extract/pool.ts), then one more worker resolves, assembles and lays out the graph.
 * The returned job can be cancelled: every worker is terminated.
 */
import { AnalysisCancelled, AnalysisPool, type SpawnWorker } from '../../shared/extract/pool';
import type { CorpusProgress } from '../../shared/extract/progress';
import { createKnowledgeGraph, type KnowledgeGraph, type SourceDocument } from '../../shared/graph/schema';
import type { AssembleRequest, AssembleResponse } from './extract-messages';

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

const failed = (reason: string) => new Error(`Extraction failed: ${reason}`);

const spawnWebWorker: SpawnWorker = (onReply, onFailure) => {
  const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'relata-analysis' });
  worker.onmessage = (event) => onReply(event.data);
  worker.onerror = (event) => onFailure(new Error(event.message || 'an analysis worker stopped unexpectedly'));
  return { send: (request) => worker.postMessage(request), terminate: () => worker.terminate() };
};

/** Resolves, assembles and lays out the analyses in a worker of its own. */
function assemble(analyses: string[], track: (worker: Worker) => void): Promise<KnowledgeGraph> {
  const worker = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module', name: 'relata-extract' });
  track(worker);
  return new Promise<KnowledgeGraph>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<AssembleResponse>) => {
      worker.terminate();
      const message = event.data;
      if (message.kind === 'error') return reject(failed(message.message));
      const graph = createKnowledgeGraph();
      graph.import(message.graph);
      resolve(graph);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(failed(event.message || 'the worker stopped unexpectedly'));
    };
    worker.postMessage({ analyses } satisfies AssembleRequest);
  });
}

export function startExtraction(documents: SourceDocument[], onProgress: (progress: CorpusProgress) => void): ExtractionJob {
  const jobs = Math.max(1, Math.min(navigator.hardwareConcurrency || 1, documents.length));
  const pool = new AnalysisPool(jobs, spawnWebWorker);
  let assembler: Worker | null = null;
  let cancelled = false;
  let stop: (error: Error) => void = () => undefined;
  const stopped = new Promise<never>((_, reject) => (stop = reject));
  const totalBytes = documents.reduce((n, d) => n + d.text.length, 0);
  const started = performance.now();
  const analyses: string[] = [];
  let bytes = 0;
  /** Characters analysed so far of the documents still in a worker (a long one reports as it goes). */
  const partly = new Map<number, number>();
  const report = () => {
    let inWork = 0;
    for (const done of partly.values()) inWork += done;
    onProgress({ documents: analyses.length, totalDocuments: documents.length, bytes: bytes + inWork, totalBytes, elapsedMs: performance.now() - started });
  };

  const work = (async () => {
    try {
      await pool.run(
        documents.map((document, index) => ({ index, document })),
        ({ index, document, analysis }) => {
          partly.delete(index);
          analyses.push(analysis);
          bytes += document.text.length;
          report();
        },
        ({ index, document }, done) => {
          partly.set(index, done * document.text.length);
          report();
        },
      );
    } catch (error) {
      if (error instanceof AnalysisCancelled) throw new ExtractionCancelled();
      throw failed(error instanceof Error ? error.message : String(error));
    }
    if (cancelled) throw new ExtractionCancelled();
    return assemble(analyses, (worker) => (assembler = worker));
  })();
  return {
    // Cancel settles the job at once, whatever step it is in.
    result: Promise.race([work, stopped]),
    cancel() {
      cancelled = true;
      pool.cancel();
      assembler?.terminate();
      stop(new ExtractionCancelled());
    },
  };
}
