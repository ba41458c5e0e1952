/**
 * The V8 heap Relata's processes run with. Opening a large graph allocates hundreds of megabytes
 * that all stay alive (a 100k-node, 300k-edge GraphML file makes about 370 MB of graph). In V8's
 * default young generation (16 MB semi-spaces) the scavenger copies what survives at every few
 * megabytes allocated, and so copied most of that graph, and rescanned the old objects pointing at
 * it, some seventy times per read. 64 MB semi-spaces scavenge a quarter as often, for at most
 * 3 × 48 MB more memory while a graph is being built (young space shrinks again when idle).
 */

/** V8 flags as node's command line and Electron's `js-flags` switch take them. */
export const HEAP_FLAGS = ['--max-semi-space-size=64'] as const;

export interface SwitchControls {
  appendSwitch(name: string, value: string): void;
}

/**
 * Gives the app's renderer processes, where files are opened, the heap flags. The main process
 * reads no graph files. The CLI commands that read graphs (package.json) pass the same flags to node.
 */
export function configureHeap(controls: SwitchControls): void {
  controls.appendSwitch('js-flags', HEAP_FLAGS.join(' '));
}
