/**
 * Documents analysed on every core. A pool of workers (worker_threads in the CLI, Web Workers in the
 * app: the shells supply them) takes documents from a stream only as workers free up, so a corpus
 * larger than memory flows through, and hands the analyses on in the corpus's order, so the graph
 * built from them is the same whatever the number of workers.
 */
import type { SourceDocument } from '../graph/schema';

/** Asks a worker to analyse one document. */
export interface AnalysisRequest {
  id: number;
  document: SourceDocument;
}

/**
 * A worker's answer: the analysis as a line of JSON (analysis-codec.ts), or why it failed; before it,
 * a worker may say how far into the document it is (0 to 1).
 */
export type AnalysisReply = { id: number; analysis: string } | { id: number; error: string } | { id: number; progress: number };

/** A worker as the pool drives it. */
export interface PoolWorker {
  send(request: AnalysisRequest): void;
  terminate(): void;
}

/** Starts a worker that answers through `onReply`, and reports through `onFailure` if it dies. */
export type SpawnWorker = (onReply: (reply: AnalysisReply) => void, onFailure: (error: Error) => void) => PoolWorker;

/** A document of the stream, with its place in the corpus. */
export interface Numbered {
  index: number;
  document: SourceDocument;
}

/** An analysed document, handed on in corpus order. */
export interface Analyzed extends Numbered {
  /** The analysis as a line of JSON. */
  analysis: string;
}

/** The run was cancelled: the workers are gone and nothing more will be handed on. */
export class AnalysisCancelled extends Error {
  override name = 'AnalysisCancelled';
  constructor() {
    super('cancelled');
  }
}

export class AnalysisPool {
  private readonly workers: PoolWorker[] = [];
  private stop: ((error: Error) => void) | null = null;
  private cancelled = false;

  /**
   * @param jobs how many workers analyse at once
   * @param spawn starts one worker, when the first document for it comes
   */
  constructor(
    private readonly jobs: number,
    private readonly spawn: SpawnWorker,
  ) {
    if (!Number.isInteger(jobs) || jobs < 1) throw new RangeError(`jobs must be a whole number ≥ 1, not ${jobs}`);
  }

  /**
   * Analyses every document of the stream; `onAnalyzed` gets each in the stream's order and may be
   * async (writing a line, say): the pool waits for it before handing on the next. Resolves once all
   * are handed on; rejects with the first failure, or AnalysisCancelled. The workers end with the run.
   * `onProgress` hears how far a worker is into a document, when its workers say.
   */
  async run(documents: AsyncIterable<Numbered> | Iterable<Numbered>, onAnalyzed: (item: Analyzed) => void | Promise<void>, onProgress?: (item: Numbered, done: number) => void): Promise<void> {
    if (this.cancelled) throw new AnalysisCancelled();
    // Each worker holds one document and has the next one waiting, so it never idles between them.
    const window = this.jobs * 2;
    const source = (Symbol.asyncIterator in documents ? documents[Symbol.asyncIterator]() : documents[Symbol.iterator]()) as AsyncIterator<Numbered> | Iterator<Numbered>;
    const pending = new Map<number, { item: Numbered; worker: number }>();
    const done = new Map<number, Analyzed>();
    const load = new Array<number>(this.jobs).fill(0);
    let nextId = 0;
    let nextOut = 0;
    let exhausted = false;
    let failure: Error | null = null;
    let wake: (() => void) | null = null;
    const signal = () => {
      wake?.();
      wake = null;
    };
    this.stop = (error) => {
      failure ??= error;
      signal();
    };

    const workerFor = (slot: number): PoolWorker => {
      this.workers[slot] ??= this.spawn(
        (reply) => {
          const entry = pending.get(reply.id);
          if (!entry) return;
          if ('progress' in reply) return onProgress?.(entry.item, reply.progress);
          pending.delete(reply.id);
          load[entry.worker]!--;
          if ('error' in reply) failure ??= new Error(reply.error);
          else done.set(reply.id, { ...entry.item, analysis: reply.analysis });
          signal();
        },
        (error) => {
          failure ??= error;
          signal();
        },
      );
      return this.workers[slot]!;
    };

    try {
      for (;;) {
        if (failure) throw failure;
        // Hand on whatever is ready, in order.
        for (let ready = done.get(nextOut); ready; ready = done.get(nextOut)) {
          done.delete(nextOut++);
          await onAnalyzed(ready);
          if (failure) throw failure;
        }
        // Fill the window from the stream, giving each document to the least busy worker.
        while (!exhausted && nextId - nextOut < window) {
          const next = await source.next();
          if (failure) throw failure;
          if (next.done) {
            exhausted = true;
            break;
          }
          let slot = 0;
          for (let w = 1; w < this.jobs; w++) if (load[w]! < load[slot]!) slot = w;
          const id = nextId++;
          pending.set(id, { item: next.value, worker: slot });
          load[slot]!++;
          workerFor(slot).send({ id, document: next.value.document });
        }
        if (exhausted && nextOut === nextId) return;
        if (!done.has(nextOut)) await new Promise<void>((resolve) => (wake = resolve));
      }
    } finally {
      this.stop = null;
      this.terminate();
    }
  }

  /** Stops at once: the workers are terminated and a running `run` rejects with AnalysisCancelled. */
  cancel(): void {
    this.cancelled = true;
    this.terminate();
    this.stop?.(new AnalysisCancelled());
  }

  private terminate(): void {
    for (const worker of this.workers.splice(0)) worker?.terminate();
  }
}
