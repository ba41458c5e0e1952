/**
 * The analysis pool's workers for the command line: worker_threads threads, one per core by default,
 * each running the analysis worker's bundle, which launch.mjs builds beside the command's.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SpawnWorker } from '../../shared/extract/pool';
import type { AnalysisWorkerData, AnalystSetup } from './analysis-worker';

/** The default for --jobs: one worker per core. */
export const defaultJobs = (): number => availableParallelism();

const bundle = new URL('./analysis-worker.mjs', import.meta.url);

/** Starts analysis workers; a worker that dies (out of memory, say) is reported, one that is terminated is not. */
export const nodeWorkers = (setup: AnalystSetup = {}): SpawnWorker => (onReply, onFailure) => {
  const workerData: AnalysisWorkerData = { analysisWorker: setup };
  const worker = new Worker(bundle, { workerData });
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
