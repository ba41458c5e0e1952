/**
 * The analysis pool's workers for the command line: worker_threads threads, one per core by default,
 * or, for a single job, the command's own thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalysisReply, AnalysisRequest, SpawnWorker } from '../../shared/extract/pool';

/** The default for --jobs: one worker per core. */
export const defaultJobs = (): number => availableParallelism();

const entry = new URL(`./analysis-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

/** What a worker needs to know: the tagger model to load (the shipped one when absent). */
export interface WorkerSetup {
  model?: string;
}

function startWorker(setup: WorkerSetup): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData: setup });
  // Run from TypeScript sources (tsx): Node 20 does not hand tsx's loader on to a worker, so the worker registers it itself.
  const tsx = import.meta.resolve('tsx/esm/api');
  return new Worker(`import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`, { eval: true, workerData: setup });
}

/** Starts analysis workers; a worker that dies (out of memory, say) is reported, one that is terminated is not. */
export const nodeWorkers = (setup: WorkerSetup = {}): SpawnWorker => (onReply, onFailure) => {
  const worker = startWorker(setup);
  let terminated = false;
  worker.on('message', onReply);
  worker.on('error', (error) => terminated || onFailure(error));
  worker.on('exit', (code) => terminated || onFailure(new Error(`an analysis worker stopped unexpectedly (exit code ${code})`)));
  return {
    send: (request) => worker.postMessage(request),
    terminate: () => {
      terminated = true;
      void worker.terminate();
    },
  };
};

/** The analyst of this thread: the pipeline and the tagger, loaded on first use. */
async function loadAnalyst(setup: WorkerSetup): Promise<(request: AnalysisRequest) => AnalysisReply> {
  const [{ answerAnalysisRequest }, { nerModel }] = await Promise.all([import('../../shared/extract/analysis-request'), import('../extract/ner-model')]);
  const model = nerModel(setup.model);
  return (request) => answerAnalysisRequest(request, model);
}

/**
 * One worker that is this thread, for a single job: a second thread would load the pipeline (tsx,
 * compromise, lexicons, the tagger) a second time and leave this one idle while it works. Documents
 * are answered in turn, each on an event-loop turn of its own, so reading and Ctrl+C get in between.
 */
export const inThreadWorker = (setup: WorkerSetup = {}): SpawnWorker => (onReply, onFailure) => {
  const analyst = loadAnalyst(setup);
  let queue = Promise.resolve();
  let terminated = false;
  return {
    send: (request) => {
      queue = queue
        .then(() => new Promise((resolve) => setImmediate(resolve)))
        .then(async () => {
          const answer = await analyst;
          if (!terminated) onReply(answer(request));
        })
        .catch((error: unknown) => {
          if (!terminated) onFailure(error instanceof Error ? error : new Error(String(error)));
        });
    },
    terminate: () => {
      terminated = true;
    },
  };
};
