/**
 * Barnes-Hut's repulsion for the initial layout on two threads: this one and a worker, which is
 * otherwise idle once analysis is done. Each iteration the worker repels the second half of the nodes
 * while this thread repels the first, in shared memory, and this thread waits for it: each node's
 * force is summed as in one thread, so the layout is the same to the bit (see shared/layout/barnes-hut.ts).
 * The worker is sent the shared matrices once a component and then woken through Atomics each
 * iteration: a message an iteration cost more than the repulsion it handed over.
 */
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { repel, type BarnesHutWork, type Repulsion } from '../../shared/layout/barnes-hut';
import { NODE_STRIDE } from '../../shared/layout/fa2-matrices';

/** What the worker repels, for every iteration of a component: the node rows [from, to). */
export interface RepulsionShare {
  nodes: Float32Array;
  work: BarnesHutWork;
  from: number;
  to: number;
  coefficient: number;
  thetaSquared: number;
  signals: Int32Array;
}

/**
 * The Int32 slots of `signals`: GO, the iteration this thread asks for (STOP: the component is done);
 * DONE, the last the worker has repelled, or FAILED.
 */
export const GO = 0;
export const DONE = 1;
export const STOP = -1;
export const FAILED = -2;
/** Far longer than any share takes: past it the worker is taken for gone, rather than waited for forever. */
const SHARE_TIMEOUT_MS = 60_000;

/** Starts the worker; the repulsion it offers once it runs, and a way to stop it. */
export async function repulsionThread(): Promise<{ repulsion: Repulsion; close: () => void }> {
  const worker = new Worker(new URL('./repulsion-worker.mjs', import.meta.url));
  await once(worker, 'online');
  let shared: { nodes: Float32Array; signals: Int32Array; half: number } | undefined;
  const finish = () => {
    if (!shared) return;
    Atomics.store(shared.signals, GO, STOP);
    Atomics.notify(shared.signals, GO);
    shared = undefined;
  };
  const repulsion: Repulsion = {
    allocate: (bytes) => new SharedArrayBuffer(bytes),
    repelAll(nodes, work, coefficient, thetaSquared) {
      if (shared?.nodes !== nodes) {
        finish();
        const half = Math.floor(nodes.length / NODE_STRIDE / 2) * NODE_STRIDE;
        const signals = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
        worker.postMessage({ nodes, work, from: half, to: nodes.length, coefficient, thetaSquared, signals } satisfies RepulsionShare);
        shared = { nodes, signals, half };
      }
      const { signals, half } = shared;
      const iteration = Atomics.add(signals, GO, 1) + 1;
      Atomics.notify(signals, GO);
      repel(nodes, work, 0, half, coefficient, thetaSquared);
      for (let done = Atomics.load(signals, DONE); done !== iteration; done = Atomics.load(signals, DONE)) {
        if (done === FAILED || Atomics.wait(signals, DONE, done, SHARE_TIMEOUT_MS) === 'timed-out') throw new Error("the layout's repulsion thread failed");
      }
    },
  };
  return {
    repulsion,
    close: () => {
      finish();
      void worker.terminate();
    },
  };
}
