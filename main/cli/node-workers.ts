/** The analysis pool's workers as worker_threads threads, one per core by default. */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SpawnWorker } from '../../shared/extract/pool';

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
