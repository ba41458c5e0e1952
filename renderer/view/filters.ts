/** Which nodes and edges the filters let through; pure so the canvas and the tests agree. */
import type { EntityType, KnowledgeGraph } from '../../shared/graph/schema';

export interface FilterSettings {
  /** Types the person switched off. */
  hiddenTypes: Set<EntityType>;
  /** When set, only nodes mentioned in one of these documents are shown. */
  documents: Set<string> | null;
  minDegree: number;
  /** Edges below it are hidden; nodes are not. */
  minConfidence: number;
}

export function emptyFilters(): FilterSettings {
  return { hiddenTypes: new Set(), documents: null, minDegree: 0, minConfidence: 0 };
}

export function isFiltering(f: FilterSettings): boolean {
  return f.hiddenTypes.size > 0 || f.documents !== null || f.minDegree > 0 || f.minConfidence > 0;
}

/**
 * The nodes that pass the filters and that the person has not hidden; degree counts only edges that
 * pass the confidence filter.
 */
export function visibleNodes(graph: KnowledgeGraph, f: FilterSettings): Set<string> {
  const visible = new Set<string>();
  graph.forEachNode((node, attrs) => {
    if (attrs.hidden === true || f.hiddenTypes.has(attrs.type)) return;
    if (f.documents && !(attrs.docs ?? []).some((d) => f.documents!.has(d))) return;
    if (f.minDegree > 0) {
      let degree = 0;
      graph.forEachEdge(node, (_e, ea) => {
        if (edgePasses(ea.confidence, f)) degree++;
      });
      if (degree < f.minDegree) return;
    }
    visible.add(node);
  });
  return visible;
}

export function edgePasses(confidence: number | undefined, f: FilterSettings): boolean {
  return (confidence ?? 1) >= f.minConfidence;
}
