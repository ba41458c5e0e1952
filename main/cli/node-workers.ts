/**
 * The analysis pool's workers for the command line: worker_threads threads, one per core by default,
 * or, for a single job, the command's own thread. Either runs the analysis worker's bundle, which
 * launch.mjs builds beside the command's.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalysisReply, AnalysisRequest, SpawnWorker } from '../../shared/extract/pool';
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

/** The analyst of this thread, loaded on first use. */
async function loadAnalyst(setup: AnalystSetup): Promise<(request: AnalysisRequest) => AnalysisReply> {
  const { analyst } = (await import(bundle.href)) as typeof import('./analysis-worker');
  return analyst(setup);
}

/**
 * One worker that is this thread, for a single job: a second thread would load the pipeline (compromise,
 * lexicons, the tagger) a second time and leave this one idle while it works. Documents are answered
 * in turn, each on an event-loop turn of its own, so reading and Ctrl+C get in between.
 */
export const inThreadWorker = (setup: AnalystSetup = {}): SpawnWorker => (onReply, onFailure) => {
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
