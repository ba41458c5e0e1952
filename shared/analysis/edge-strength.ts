/** How strongly the sources support each relation, for the edges' colour and width. */
import type { KnowledgeGraph } from '../graph/schema';

/** What edge colour and width show: the supporting sentences, or the extractor's confidence. */
export type EdgeMeasure = 'weight' | 'confidence';

/** A value of the measure and the strength it is drawn with. */
export interface EdgeStrengthStop {
  value: number;
  strength: number;
}

/** Each edge's strength from 0 to 1, and the weakest and strongest edge of the graph (for a legend). */
export interface EdgeStrengths {
  strength: Map<string, number>;
  weakest: EdgeStrengthStop;
  strongest: EdgeStrengthStop;
}

const finite = (v: unknown, fallback: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);

/**
 * Strength by `measure`, from the graph's weakest edge (0) to its strongest (1): confidence linearly,
 * weight (supporting sentences) on a log scale, as most relations rest on one sentence and a few on dozens.
 */
export function edgeStrengths(graph: KnowledgeGraph, measure: EdgeMeasure): EdgeStrengths {
  const values = new Map<string, number>();
  let [min, max] = [Infinity, -Infinity];
  graph.forEachEdge((edge, a) => {
    const v = measure === 'confidence' ? Math.min(1, Math.max(0, finite(a.confidence, 1))) : Math.max(1, finite(a.weight, 1));
    values.set(edge, v);
    [min, max] = [Math.min(min, v), Math.max(max, v)];
  });
  if (values.size === 0) [min, max] = [0, 0];
  const lift = measure === 'confidence' ? (v: number) => v : Math.log;
  const scale = (v: number) => (max > min ? (lift(v) - lift(min)) / (lift(max) - lift(min)) : 0);
  const strength = new Map<string, number>();
  for (const [edge, v] of values) strength.set(edge, scale(v));
  return { strength, weakest: { value: min, strength: scale(min) }, strongest: { value: max, strength: scale(max) } };
}
