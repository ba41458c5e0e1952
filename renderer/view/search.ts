/** Ranks nodes for the search box by how well their label or aliases match what was typed. */
import type { KnowledgeGraph } from '../../shared/graph/schema';

export interface SearchHit {
  node: string;
  label: string;
  /** The alias that matched, when the label did not. */
  via: string | null;
  score: number;
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
}

/** 4 exact, 3 prefix, 2 word prefix, 1 substring, 0 no match. */
function matchScore(candidate: string, query: string): number {
  const c = fold(candidate);
  if (c === query) return 4;
  if (c.startsWith(query)) return 3;
  if (c.split(/[\s\-.'’]+/).some((w) => w.startsWith(query))) return 2;
  return c.includes(query) ? 1 : 0;
}

/** Best matches first; ties go to the more mentioned entity, then alphabetical. */
export function searchNodes(graph: KnowledgeGraph, query: string, limit = 12): SearchHit[] {
  const q = fold(query);
  if (!q) return [];
  const hits: SearchHit[] = [];
  graph.forEachNode((node, attrs) => {
    const labelScore = matchScore(attrs.label ?? node, q);
    let best = labelScore;
    let via: string | null = null;
    for (const alias of attrs.aliases ?? []) {
      const s = matchScore(alias, q);
      if (s > best) {
        best = s;
        via = alias;
      }
    }
    if (best > 0) hits.push({ node, label: attrs.label ?? node, via, score: best * 1000 + Math.min(attrs.mentions ?? 0, 999) });
  });
  hits.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label));
  return hits.slice(0, limit);
}
