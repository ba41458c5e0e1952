/**
 * The sentences behind a node or an edge, with the character ranges to highlight in each.
 * Pure: the inspector renders what these return.
 */
import type { KnowledgeGraph, Mention, SourceDocument } from '../../shared/graph/schema';
import { isEvidence, isMention } from '../../shared/project/model';

export interface EvidenceLine {
  doc: string;
  sentence: number;
  /** Offset of `text` in its document, so the documents view can scroll to it. */
  start: number;
  text: string;
  /** Ranges within `text` to highlight, sorted and non-overlapping. */
  marks: [number, number][];
}

/** How far a sentence is looked for around a mention: an unpunctuated document is not one sentence. */
const MAX_SENTENCE = 2000;

/** The well-formed entries of a provenance list (a file or an older version may hold others). */
const entries = <T>(list: unknown, valid: (entry: unknown) => entry is T): T[] => (Array.isArray(list) ? list.filter(valid) : []);

/** The sentence of `text` that contains [start, end): from the previous terminator or line break to the next. */
export function sentenceAround(text: string, start: number, end: number): { start: number; text: string } {
  start = Math.min(Math.max(0, start), text.length);
  end = Math.min(Math.max(start, end), text.length);
  let from = start;
  while (from > 0 && start - from < MAX_SENTENCE && !/[.!?\n]/.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to - end < MAX_SENTENCE && !/[.!?\n]/.test(text[to]!)) to++;
  if (to < text.length && text[to] !== '\n') to++;
  while (from < start && /\s/.test(text[from]!)) from++;
  return { start: from, text: text.slice(from, to).trimEnd() };
}

function mergeMarks(marks: [number, number][]): [number, number][] {
  const sorted = marks.filter(([a, b]) => b > a).sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const m of sorted) {
    const last = out.at(-1);
    if (last && m[0] <= last[1]) last[1] = Math.max(last[1], m[1]);
    else out.push([m[0], m[1]]);
  }
  return out;
}

function marksIn(line: { start: number; text: string }, mentions: Mention[]): [number, number][] {
  const end = line.start + line.text.length;
  return mentions.filter((m) => m.start >= line.start && m.end <= end).map((m) => [m.start - line.start, m.end - line.start] as [number, number]);
}

/** Every sentence mentioning the node, in document order, with its mentions marked. */
export function nodeEvidence(graph: KnowledgeGraph, documents: SourceDocument[], node: string): EvidenceLine[] {
  const occurrences = entries(graph.getNodeAttribute(node, 'occurrences'), isMention);
  const texts = new Map(documents.map((d) => [d.name, d.text]));
  const lines = new Map<string, EvidenceLine>();
  for (const m of occurrences) {
    const key = `${m.doc}\u0000${m.sentence}`;
    if (lines.has(key)) continue;
    const docText = texts.get(m.doc);
    const sentence = docText !== undefined ? sentenceAround(docText, m.start, m.end) : { start: m.start, text: m.text };
    lines.set(key, { doc: m.doc, sentence: m.sentence, ...sentence, marks: [] });
  }
  for (const line of lines.values()) line.marks = mergeMarks(marksIn(line, occurrences.filter((m) => m.doc === line.doc)));
  const order = new Map(documents.map((d, i) => [d.name, i]));
  return [...lines.values()].sort((a, b) => (order.get(a.doc) ?? 1e9) - (order.get(b.doc) ?? 1e9) || a.start - b.start);
}

/** The edge's supporting sentences with both ends' mentions marked. */
export function edgeEvidence(graph: KnowledgeGraph, edge: string): EvidenceLine[] {
  const attrs = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  const mentions = [...entries(graph.getNodeAttribute(source, 'occurrences'), isMention), ...entries(graph.getNodeAttribute(target, 'occurrences'), isMention)];
  const supported = entries(attrs.support, isEvidence);
  const support = supported.length ? supported : attrs.evidence ? [{ doc: String(attrs.doc), sentence: -1, text: String(attrs.evidence), start: -1 }] : [];
  return support.map((s) => ({
    doc: s.doc, sentence: s.sentence, start: s.start, text: s.text,
    marks: s.start < 0 ? [] : mergeMarks(marksIn(s, mentions.filter((m) => m.doc === s.doc))),
  }));
}

/** Mentions per document for the inspector's "Mentions" list, most first. */
export function mentionsPerDocument(graph: KnowledgeGraph, node: string): [string, number][] {
  const attrs = graph.getNodeAttributes(node);
  const counts = new Map<string, number>();
  for (const m of entries(attrs.occurrences, isMention)) counts.set(m.doc, (counts.get(m.doc) ?? 0) + 1);
  for (const d of Array.isArray(attrs.docs) ? attrs.docs : []) if (typeof d === 'string' && !counts.has(d)) counts.set(d, 0);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
