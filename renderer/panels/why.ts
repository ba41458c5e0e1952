/**
 * Why Relata believes what the inspector shows, in words: the evidence that decided a node's type,
 * and the pattern, stance and speaker behind an edge. The patterns' own reasons are read from their
 * declarations (shared/extract/patterns), loaded apart from the app's first screen because they bring
 * the extractor's lexicons with them.
 */
import type { EdgeAttributes, NodeAttributes } from '../../shared/graph/schema';

/** Pattern name → the reason its declaration gives. */
export type PatternReasons = ReadonlyMap<string, string>;

let loading: Promise<PatternReasons> | undefined;

/** The declared reason of every relation pattern, loaded once. */
export function loadPatternReasons(): Promise<PatternReasons> {
  loading ??= import('../../shared/extract/patterns/index').then(({ PATTERNS }) => new Map(PATTERNS.map((p) => [p.name, p.reason])));
  return loading;
}

/** Why the node has its type, when the extractor said ("the news tagger reads a person (0.97)"). */
export function typeWhy(node: Pick<NodeAttributes, 'type' | 'typeReason'>): string | undefined {
  return node.typeReason ? `${node.type}: ${node.typeReason}` : undefined;
}

/** Why the edge exists and how the text holds it, one line each; empty for an edge a person drew. */
export function edgeWhy(edge: Pick<EdgeAttributes, 'pattern' | 'polarity' | 'modality' | 'source'>, reasons: PatternReasons | undefined): string[] {
  const lines: string[] = [];
  if (edge.pattern) lines.push(`Read as ${reasons?.get(edge.pattern) ?? `"${edge.pattern}"`}.`);
  if (edge.polarity === 'negative') lines.push('The text denies it.');
  if (edge.modality === 'hedged') lines.push('The text only plans, conditions or alleges it, so its confidence is lower.');
  if (edge.source) lines.push(`As reported by ${edge.source}.`);
  return lines;
}
