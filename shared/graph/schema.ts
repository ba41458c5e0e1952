/**
 * The graph model every part of Relata agrees on: node and edge attributes of the knowledge graph.
 * The GraphML contract in BRIEF.md is a projection of these (list attributes become `|`-joined strings).
 */
import Graph from 'graphology';

export const ENTITY_TYPES = ['Person', 'Organization', 'Place', 'Event', 'Weapon', 'Concept', 'Other'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/**
 * Default colour per entity type: any two stay apart for readers with a red-green or blue-yellow colour
 * deficiency as well (CIEDE2000 of at least 10 between their simulated colours), and no two share a hue
 * (test/graph/type-colors.test.ts). The legend, the extractor and the readers use it.
 */
export const TYPE_COLORS: Record<EntityType, string> = {
  Person: '#0072b2',
  Organization: '#ee7733',
  Place: '#009e73',
  Event: '#cc79a7',
  Weapon: '#cc3311',
  Concept: '#776655',
  Other: '#bbbbbb',
};

/** The type colours before, which projects saved then still carry on their nodes (Person and Concept were both blue). */
const FORMER_TYPE_COLORS: Record<EntityType, string> = {
  Person: '#0072b2',
  Organization: '#e69f00',
  Place: '#009e73',
  Event: '#cc79a7',
  Weapon: '#d55e00',
  Concept: '#56b4e9',
  Other: '#999999',
};

/** Whether `color` is `type`'s default, today's or a former one: a colour the person did not choose. */
export function isTypeColor(color: unknown, type: string): boolean {
  if (typeof color !== 'string' || !(type in TYPE_COLORS)) return false;
  const c = color.toLowerCase();
  return c === TYPE_COLORS[type as EntityType] || c === FORMER_TYPE_COLORS[type as EntityType];
}

/** The colour a node is drawn in: its own, unless it has none or wears its type's default (then today's). */
export function nodeColor(attrs: { type: string; color?: unknown }): string {
  const type = (attrs.type in TYPE_COLORS ? attrs.type : 'Other') as EntityType;
  return typeof attrs.color === 'string' && attrs.color && !isTypeColor(attrs.color, type) ? attrs.color : TYPE_COLORS[type];
}

/** One occurrence of an entity in a document: character offsets into the document text. */
export interface Mention {
  doc: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
}

/** One sentence that supports an edge. */
export interface Evidence {
  doc: string;
  sentence: number;
  text: string;
  /** Character offset of the sentence in its document. */
  start: number;
}

export interface NodeAttributes {
  label: string;
  type: EntityType;
  /** Why it has that type: the strongest evidence the extractor weighed ("a title before it"). */
  typeReason?: string;
  /** Other surface forms merged into this node. */
  aliases: string[];
  /** Number of mentions across all documents. */
  mentions: number;
  /** Base names of the documents that mention it. */
  docs: string[];
  x: number;
  y: number;
  size: number;
  color: string;
  note: string;
  tags: string[];
  pinned: boolean;
  /** Hidden from the view by the person (absent when shown). */
  hidden?: boolean;
  /** Where it occurs (project file only; not part of the GraphML contract). */
  occurrences: Mention[];
  /** Attributes read from foreign files are kept as they came. */
  [extra: string]: unknown;
}

export interface EdgeAttributes {
  /** The predicate as written, e.g. "did not sign". */
  label: string;
  /** Lemma of the predicate, e.g. "sign" (negation stays in `label`). */
  predicate: string;
  /** The first supporting sentence. */
  evidence: string;
  doc: string;
  confidence: number;
  /** Number of supporting sentences. */
  weight: number;
  note: string;
  tags: string[];
  /** Every supporting sentence (project file only). */
  support: Evidence[];
  /** Every document that states it, in the order first stated (`doc` is the first). */
  docs?: string[];
  /** The pattern that read it (shared/extract/patterns), or the model that made it. */
  pattern?: string;
  /** "negative" when the text denies it ("did not sign", "refused to"). */
  polarity?: 'positive' | 'negative';
  /** "hedged" when the text only plans, conditions or alleges it ("could", "plans to", "if …"). */
  modality?: 'asserted' | 'hedged';
  /** Who the text reports as saying it ("…, the ministry said"), by label. */
  source?: string;
  [extra: string]: unknown;
}

export interface GraphAttributes {
  [extra: string]: unknown;
}

/** The knowledge graph: mixed so that imported undirected edges survive, multi for parallel relations. */
export type KnowledgeGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** A new empty knowledge graph. */
export function createKnowledgeGraph(): KnowledgeGraph {
  return new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ multi: true, type: 'mixed', allowSelfLoops: true });
}

/** A source text as the pipeline receives it; `name` is the file's base name. */
export interface SourceDocument {
  name: string;
  text: string;
}
