/** Splits a document's text into plain runs and entity mentions, for the documents view. */
import type { KnowledgeGraph } from '../../shared/graph/schema';

export interface Segment {
  start: number;
  end: number;
  /** The node mentioned here; absent for plain text. */
  node?: string;
}

/** Mentions of any node in `doc`, in text order; overlaps keep the earlier (then longer) mention. */
export function docSegments(graph: KnowledgeGraph, doc: string, length: number): Segment[] {
  const mentions: Required<Segment>[] = [];
  graph.forEachNode((node, attrs) => {
    for (const m of attrs.occurrences ?? []) {
      if (m.doc === doc && m.start >= 0 && m.end <= length && m.end > m.start) mentions.push({ start: m.start, end: m.end, node });
    }
  });
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let at = 0;
  for (const m of mentions) {
    if (m.start < at) continue;
    if (m.start > at) out.push({ start: at, end: m.start });
    out.push(m);
    at = m.end;
  }
  if (at < length) out.push({ start: at, end: length });
  return out;
}
