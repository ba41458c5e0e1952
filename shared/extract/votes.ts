/**
 * How an entity's type is decided: every source of evidence — the tagger, the gazetteers, the shape
 * of the name, the patterns it stands in, descriptions that point back to it — casts a weighted vote
 * with its reason, and the heaviest type wins, keeping the reason of its strongest vote.
 */
import type { EntityType } from '../graph/schema';
import type { EntityMention } from './mentions';

export interface TypeVote {
  type: EntityType;
  /** How much this piece of evidence counts: a probability or a rule's confidence, times its source's weight. */
  weight: number;
  /** For a person reading the graph: "the news tagger (0.97)", "a title before it". */
  reason: string;
  /**
   * Read from the name's spelling alone ("a place the gazetteer knows"), so every mention of the name
   * repeats it: a name's evidence, not a mention's, which counts once however often the name is written.
   */
  lexical?: boolean;
}

export interface TypeDecision {
  type: EntityType;
  /** The winning type's share of all the weight cast. */
  confidence: number;
  reason: string;
}

/** How much each source's own confidence counts, relative to the tagger's probability. */
export const SOURCE_WEIGHT = {
  model: 1,
  rule: 0.6,
  /**
   * The words of the name say what it is ("… missiles", "the … network"): one such reading outweighs
   * several confident readings by the tagger of the same name elsewhere in the document.
   */
  decisive: 3,
  pattern: 0.6,
  context: 0.5,
} as const;

/** "Other" says only that nothing better is known: any specific type outweighs it at equal weight. */
const OTHER_DISCOUNT = 0.5;

/**
 * Adds a vote to a mention's evidence and updates the type later readers see. A sentence's own
 * patterns all read the types as they were before any of them voted; resolution weighs every vote.
 */
export function castVote(m: EntityMention, vote: TypeVote): void {
  m.votes.push(vote);
  const decision = decideType(m.votes);
  // A vote moves a mention only to its own type. The type it has may be its document's decision
  // (harmonizeDocument), which the mention's own votes alone need not repeat: a vote for Organization
  // must not turn back to Person a name the rest of the story made an organisation.
  if (decision.type !== vote.type) return;
  m.type = decision.type;
  m.confidence = decision.confidence;
}

/** The votes that count: each lexical reading once, at its strongest, and every other vote as cast. */
function counted(votes: readonly TypeVote[]): TypeVote[] {
  const lexical = new Map<string, TypeVote>();
  const out: TypeVote[] = [];
  for (const vote of votes) {
    if (!vote.lexical) {
      out.push(vote);
      continue;
    }
    const key = `${vote.type} ${vote.reason}`;
    const seen = lexical.get(key);
    if (!seen || vote.weight > seen.weight) lexical.set(key, vote);
  }
  return [...out, ...lexical.values()];
}

/** The type the votes elect; with no votes, Other. */
export function decideType(votes: readonly TypeVote[]): TypeDecision {
  const totals = new Map<EntityType, number>();
  const strongest = new Map<EntityType, TypeVote>();
  let all = 0;
  for (const vote of counted(votes)) {
    const weight = vote.type === 'Other' ? vote.weight * OTHER_DISCOUNT : vote.weight;
    totals.set(vote.type, (totals.get(vote.type) ?? 0) + weight);
    all += weight;
    if (weight > (strongest.get(vote.type)?.weight ?? -1)) strongest.set(vote.type, { ...vote, weight });
  }
  let type: EntityType = 'Other';
  let best = -1;
  for (const [t, total] of totals) {
    if (total > best) {
      best = total;
      type = t;
    }
  }
  return { type, confidence: all > 0 ? best / all : 0.5, reason: strongest.get(type)?.reason ?? 'a capitalised name of no known kind' };
}
