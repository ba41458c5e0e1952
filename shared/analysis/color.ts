/** Node colours for "colour by": entity type, detected community, or source document. */
import louvain from 'graphology-communities-louvain';
import { TYPE_COLORS, type KnowledgeGraph } from '../graph/schema';
import { seededRandom } from '../layout/rng';
import { categoryColor, rankCategories } from './palette';
import { undirectedProjection } from './projection';

export type NodeColors = Map<string, string>;

/** Each node in its type's colour (TYPE_COLORS; unknown types as "Other"). */
export function colorByType(graph: KnowledgeGraph): NodeColors {
  const colors: NodeColors = new Map();
  graph.forEachNode((node, attrs) => colors.set(node, TYPE_COLORS[attrs.type] ?? TYPE_COLORS.Other));
  return colors;
}

export interface Communities {
  /** node → community number, 0 being the largest community. */
  community: Map<string, number>;
  count: number;
  colors: NodeColors;
}

/** Louvain communities over the undirected, weighted view of the graph; the same seed gives the same result. */
export function detectCommunities(graph: KnowledgeGraph, seed = 1): Communities {
  const simple = undirectedProjection(graph);
  const raw = simple.size === 0 ? {} : louvain(simple, { rng: seededRandom(seed), getEdgeWeight: 'weight' });
  const assignment = new Map<string, string>();
  simple.forEachNode((node) => assignment.set(node, node in raw ? `c${raw[node]}` : `n${node}`));
  const rank = rankCategories(assignment);
  const community = new Map<string, number>();
  const colors: NodeColors = new Map();
  for (const [node, category] of assignment) {
    const index = rank.get(category)!;
    community.set(node, index);
    colors.set(node, categoryColor(index));
  }
  return { community, count: rank.size, colors };
}

/** Colour per community (see detectCommunities). */
export function colorByCommunity(graph: KnowledgeGraph, seed = 1): NodeColors {
  return detectCommunities(graph, seed).colors;
}

/** Colour per document: a node takes the colour of the document that mentions it most (first listed on ties). */
export function colorByDocument(graph: KnowledgeGraph, noDocumentColor = TYPE_COLORS.Other): { colors: NodeColors; documents: Map<string, string> } {
  const main = new Map<string, string>();
  graph.forEachNode((node, attrs) => {
    const counts = new Map<string, number>();
    for (const doc of attrs.docs ?? []) counts.set(doc, 0);
    for (const m of attrs.occurrences ?? []) counts.set(m.doc, (counts.get(m.doc) ?? 0) + 1);
    let best: string | undefined;
    for (const [doc, n] of counts) if (best === undefined || n > counts.get(best)!) best = doc;
    if (best !== undefined) main.set(node, best);
  });
  const rank = rankCategories(main);
  const documents = new Map([...rank].map(([doc, i]) => [doc, categoryColor(i)]));
  const colors: NodeColors = new Map();
  graph.forEachNode((node) => {
    const doc = main.get(node);
    colors.set(node, doc === undefined ? noDocumentColor : documents.get(doc)!);
  });
  return { colors, documents };
}
