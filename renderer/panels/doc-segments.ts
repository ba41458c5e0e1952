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

/**
 * The segments in blocks of about `size` characters or more, each ending at a line end: the documents
 * view draws a block as one element that the browser lays out only when it is scrolled into view.
 * Only plain runs are split (at a line break); every character stays in exactly one segment.
 */
export function segmentBlocks(segments: readonly Segment[], text: string, size: number): Segment[][] {
  const blocks: Segment[][] = [];
  let block: Segment[] = [];
  let length = 0;
  for (const segment of segments) {
    let rest = segment;
    while (!rest.node && length + rest.end - rest.start > size) {
      let cut = -1;
      for (let i = Math.max(rest.start, rest.start + size - length - 1); i < rest.end - 1 && cut < 0; i++) if (text.charCodeAt(i) === 10) cut = i;
      if (cut < 0) break;
      block.push({ start: rest.start, end: cut + 1 });
      blocks.push(block);
      [block, length, rest] = [[], 0, { start: cut + 1, end: rest.end }];
    }
    block.push(rest);
    length += rest.end - rest.start;
  }
  if (block.length) blocks.push(block);
  return blocks;
}
