/** How `extract` and `merge` end: the corpus's graph, laid out, written as GraphML or a Relata project. */
import { graphFromAnalyses } from '../../shared/extract/corpus-graph';
import type { DocumentAnalysis } from '../../shared/extract/discourse';
import { applyInitialLayout, BARNES_HUT_FROM, INITIAL_LAYOUT_MODES, type InitialLayoutMode } from '../../shared/graph/initial-layout';
import { graphmlChunks } from '../../shared/graphml/write';
import { createProject, serializeProject } from '../../shared/project/codec';
import { writeAtomically } from '../io/atomic-write';
import type { Interrupt } from './interrupt';
import { repulsionThread } from './repulsion-thread';

const FORMATS = ['graphml', 'json'] as const;

export interface GraphFileOptions {
  out: string;
  format: (typeof FORMATS)[number];
  layout: InitialLayoutMode;
}

/** The options both commands take, for node:util's parseArgs. */
export const GRAPH_FILE_ARGS = {
  out: { type: 'string', short: 'o' },
  format: { type: 'string', default: 'graphml' },
  layout: { type: 'string', default: 'fast' },
} as const;

/** Checks the parsed options; `out` may be missing only where the command writes no graph. */
export function graphFileOptions(values: { out?: string; format?: string; layout?: string }): Omit<GraphFileOptions, 'out'> & { out?: string } {
  const format = values.format ?? 'graphml';
  const layout = values.layout ?? 'fast';
  if (!(FORMATS as readonly string[]).includes(format)) throw new Error(`unknown --format "${format}" (use graphml or json)`);
  if (!(INITIAL_LAYOUT_MODES as readonly string[]).includes(layout)) throw new Error(`unknown --layout "${layout}" (use ${INITIAL_LAYOUT_MODES.join(', ')})`);
  return { out: values.out, format: format as GraphFileOptions['format'], layout: layout as InitialLayoutMode };
}

/**
 * Resolves and assembles the analyses (corpus order), lays the graph out and writes it; says on stderr
 * what it wrote, the time since the process started, the CPU time of all its threads (on a busy
 * machine a steadier measure than the time) and its peak memory.
 */
export async function writeGraphFile(analyses: DocumentAnalysis[], options: GraphFileOptions, interrupt: Interrupt): Promise<void> {
  const kept = analyses.filter((a) => a.text.trim() !== '');
  if (kept.length === 0) throw new Error('the corpus is empty: no non-empty .txt, .text or .md files in the given paths');
  // The layout's second thread starts while the graph is assembled; a graph too small for Barnes-Hut does without it.
  const helper = options.layout === 'none' ? undefined : repulsionThread();
  const graph = graphFromAnalyses(kept);
  interrupt.check();
  const layoutStarted = performance.now();
  try {
    const threads = graph.order >= BARNES_HUT_FROM ? await helper : undefined;
    applyInitialLayout(graph, options.layout, { shouldStop: () => interrupt.requested, repulsion: threads?.repulsion });
  } finally {
    void helper?.then(({ close }) => close(), () => undefined);
  }
  const layoutMs = performance.now() - layoutStarted;
  interrupt.check();
  // GraphML goes to the file a piece at a time: whole, its text would be the largest thing this run holds.
  const chunks = options.format === 'json' ? [serializeProject(createProject({ documents: kept.map(({ name, text }) => ({ name, text })), graph }))] : graphmlChunks(graph);
  await writeAtomically(options.out, async (file) => {
    for (const chunk of chunks) {
      interrupt.check();
      await file.write(chunk);
    }
  });
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const { user, system } = process.cpuUsage();
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  console.error(`wrote ${options.out}: ${graph.order} nodes, ${graph.size} edges from ${kept.length} documents in ${seconds(performance.now())} (layout ${seconds(layoutMs)}, CPU ${seconds((user + system) / 1000)}, peak memory ${peakMb} MB)`);
}
