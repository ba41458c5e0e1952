/**
 * One document's analysis as one line of JSON, and back: what an analysis worker hands back and what a
 * shard writes. Resolution tells mentions apart by identity (a relation's end is one of its sentence's
 * mention objects), so a mention is written in full once, in its sentence's `mentions`, and anywhere
 * else as {"$mention": n}, its index in reading order. Everything else is plain JSON: a field added to
 * mentions, sentences or relations travels without a change here.
 */
import type { DocumentAnalysis } from './discourse';

const REF = '$mention';
/** Analyses nest a few levels deep; a file nesting far deeper is not one. */
const MAX_DEPTH = 64;

/** A line that is not an analysis this codec wrote. */
export class AnalysisFormatError extends Error {
  override name = 'AnalysisFormatError';
}

/** The analysis as one line of JSON (JSON escapes every line break inside strings). */
export function encodeAnalysis(analysis: DocumentAnalysis): string {
  const index = new Map<object, number>();
  const homes = new Set<object>();
  for (const { mentions } of analysis.sentences) {
    homes.add(mentions);
    for (const m of mentions) index.set(m, index.size);
  }
  return JSON.stringify(analysis, function (this: unknown, _key: string, value: unknown) {
    if (typeof value === 'object' && value !== null && !homes.has(this as object)) {
      const n = index.get(value);
      if (n !== undefined) return { [REF]: n };
    }
    return value;
  });
}

/** Parses a line written by encodeAnalysis; each mention becomes one object again, wherever it is referred to. */
export function decodeAnalysis(line: string): DocumentAnalysis {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new AnalysisFormatError(`not JSON (${(error as Error).message})`);
  }
  return reviveAnalysis(value);
}

/** An analysis from JSON already parsed (a shard record holds one): checks its frame and links its mentions. */
export function reviveAnalysis(value: unknown): DocumentAnalysis {
  if (!isRecord(value) || typeof value.name !== 'string' || typeof value.text !== 'string' || !Array.isArray(value.sentences) || !Array.isArray(value.relations)) {
    throw new AnalysisFormatError('not a document analysis: it needs a name, a text, sentences and relations');
  }
  const mentions: object[] = [];
  for (const sentence of value.sentences) {
    if (!isRecord(sentence) || !Array.isArray(sentence.mentions) || !sentence.mentions.every(isRecord)) {
      throw new AnalysisFormatError(`${value.name}: a sentence without a list of mentions`);
    }
    mentions.push(...sentence.mentions);
  }
  const link = (holder: Record<string, unknown> | unknown[], key: string | number, node: unknown, depth: number): void => {
    if (typeof node !== 'object' || node === null) return;
    if (depth > MAX_DEPTH) throw new AnalysisFormatError(`${value.name}: nested more than ${MAX_DEPTH} levels deep`);
    if (isRecord(node) && REF in node) {
      const n = node[REF];
      const mention = typeof n === 'number' ? mentions[n] : undefined;
      if (!mention) throw new AnalysisFormatError(`${value.name}: a reference to mention ${String(n)}, which it does not have`);
      // A defined property, not an assignment: a key named "__proto__" from the file stays a plain key.
      Object.defineProperty(holder, key, { value: mention, writable: true, enumerable: true, configurable: true });
      return;
    }
    if (Array.isArray(node)) node.forEach((child, i) => link(node, i, child, depth + 1));
    else for (const k of Object.keys(node)) link(node as Record<string, unknown>, k, (node as Record<string, unknown>)[k], depth + 1);
  };
  for (const k of Object.keys(value)) link(value, k, value[k], 1);
  return value as unknown as DocumentAnalysis;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
