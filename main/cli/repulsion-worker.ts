/**
 * The second thread of the initial layout's Barnes-Hut repulsion (see repulsion-thread.ts): for each
 * component it is sent, repels its share of the nodes each time it is woken, until told to stop.
 * Bundled beside the command (launch.mjs).
 */
import { parentPort } from 'node:worker_threads';
import { repel } from '../../shared/layout/barnes-hut';
import { DONE, FAILED, GO, STOP, type RepulsionShare } from './repulsion-thread';

parentPort!.on('message', ({ nodes, work, from, to, coefficient, thetaSquared, signals }: RepulsionShare) => {
  for (let seen = 0; ; ) {
    Atomics.wait(signals, GO, seen);
    const iteration = Atomics.load(signals, GO);
    if (iteration === STOP) return;
    try {
      repel(nodes, work, from, to, coefficient, thetaSquared);
    } catch (error) {
      Atomics.store(signals, DONE, FAILED);
      Atomics.notify(signals, DONE);
      throw error;
    }
    Atomics.store(signals, DONE, iteration);
    Atomics.notify(signals, DONE);
    seen = iteration;
  }
});
