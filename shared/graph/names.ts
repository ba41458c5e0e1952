/** Finding an entity by what it is called. */
import type { KnowledgeGraph } from './schema';

/**
 * The node other than `except` that is called `name` (case and surrounding spaces ignored): one whose
 * label it is, else one that has it as an alias. Undefined when no other node goes by that name.
 */
export function findNodeNamed(graph: KnowledgeGraph, name: string, except?: string): string | undefined {
  const wanted = name.trim().toLowerCase();
  if (!wanted) return undefined;
  const same = (s: unknown) => typeof s === 'string' && s.trim().toLowerCase() === wanted;
  return (
    graph.findNode((node, attrs) => node !== except && same(attrs.label)) ??
    graph.findNode((node, attrs) => node !== except && Array.isArray(attrs.aliases) && attrs.aliases.some(same))
  );
}
