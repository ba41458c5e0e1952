/** How two records of the same entity or relation become one (used by merge and by adding documents). */
import type { EdgeAttributes, Evidence, Mention, NodeAttributes } from '../schema';

/** Strings of `a` then those of `b` not already present, compared case-insensitively; `exclude` never appears. */
export function unionNames(a: readonly string[], b: readonly string[], exclude: readonly string[] = []): string[] {
  const seen = new Set(exclude.map((s) => s.toLowerCase()));
  const out: string[] = [];
  for (const name of [...a, ...b]) {
    const key = name.toLowerCase();
    if (!name || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

/** Exact-string union keeping first-seen order. */
export function unionExact(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

const mentionKey = (m: Mention): string => `${m.doc}\u0000${m.start}\u0000${m.end}`;
const evidenceKey = (e: Evidence): string => `${e.doc}\u0000${e.sentence}`;

function unionBy<T>(a: readonly T[], b: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set(a.map(key));
  const out = [...a];
  for (const item of b) {
    const k = key(item);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(item);
  }
  return out;
}

export const unionOccurrences = (a: readonly Mention[], b: readonly Mention[]): Mention[] => unionBy(a, b, mentionKey);
export const unionSupport = (a: readonly Evidence[], b: readonly Evidence[]): Evidence[] => unionBy(a, b, evidenceKey);

/** Independent supporting sentences each make a relation more likely (same rule as the extractor). */
export function combineConfidence(a: number, b: number): number {
  return Math.round((1 - (1 - a) * (1 - b)) * 1000) / 1000;
}

function joinNotes(a: string, b: string): string {
  if (!b || a.includes(b)) return a;
  return a ? `${a}\n\n${b}` : b;
}

/**
 * `into` with `other` folded in: other's label and aliases become aliases, mentions/docs/occurrences
 * combine; into's label, type, colour, position and pin win, notes are joined, tags united.
 */
export function absorbNode(into: NodeAttributes, other: NodeAttributes): NodeAttributes {
  const occurrences = unionOccurrences(into.occurrences ?? [], other.occurrences ?? []);
  const hasOccurrences = (into.occurrences?.length ?? 0) + (other.occurrences?.length ?? 0) > 0;
  return {
    ...into,
    aliases: unionNames(into.aliases ?? [], [other.label, ...(other.aliases ?? [])], [into.label]),
    mentions: hasOccurrences ? occurrences.length : (into.mentions ?? 0) + (other.mentions ?? 0),
    docs: unionExact(into.docs ?? [], other.docs ?? []),
    occurrences,
    note: joinNotes(into.note ?? '', other.note ?? ''),
    tags: unionExact(into.tags ?? [], other.tags ?? []),
  };
}

/**
 * `into` with `other` (a parallel edge saying the same thing) folded in: support sentences united,
 * weight counts them, confidence grows only with sentences `into` did not have.
 */
export function absorbEdge(into: EdgeAttributes, other: EdgeAttributes): EdgeAttributes {
  const intoSupport = into.support ?? [];
  const support = unionSupport(intoSupport, other.support ?? []);
  const added = support.length - intoSupport.length;
  const supported = intoSupport.length + (other.support?.length ?? 0) > 0;
  const confidence = !supported || added > 0 ? combineConfidence(into.confidence ?? 0, other.confidence ?? 0) : (into.confidence ?? 0);
  return {
    ...into,
    evidence: into.evidence || other.evidence,
    doc: into.doc || other.doc,
    confidence,
    weight: supported ? support.length : (into.weight ?? 1) + (other.weight ?? 1),
    support,
    note: joinNotes(into.note ?? '', other.note ?? ''),
    tags: unionExact(into.tags ?? [], other.tags ?? []),
  };
}

/** Key under which parallel edges count as the same relation: direction, ends and label. */
export function relationKey(source: string, target: string, undirected: boolean, label: string): string {
  const [s, t] = undirected && target < source ? [target, source] : [source, target];
  return `${undirected ? 'u' : 'd'}\u0000${s}\u0000${t}\u0000${label.trim().toLowerCase()}`;
}
