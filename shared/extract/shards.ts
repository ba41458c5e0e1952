/**
 * A corpus split across machines. Analysing a document needs only that document, so shard i of n
 * analyses every n-th document and writes its analyses as JSON lines; `merge` gathers all the shards'
 * lines back into corpus order, then resolves and assembles once, as a single run would.
 *
 * A shard's file: a header naming the shard and the corpus, one record per document of the shard (its
 * analysis, or a note that it was blank), and a closing line, so a shard that died mid-way is told
 * apart from one that finished.
 */
import { z } from 'zod';
import { ENTITY_TYPES } from '../graph/schema';
import { hashString } from '../layout/rng';
import { reviveAnalysis } from './analysis-codec';
import type { DocumentAnalysis } from './discourse';

const FORMAT = 'relata-analyses';
const VERSION = 1;

/** Shard `index` of `count`, counted from 0. */
export interface ShardSpec {
  index: number;
  count: number;
}

/** The corpus a shard belongs to: how many documents, and a fingerprint of their names in order. */
export interface CorpusId {
  documents: number;
  fingerprint: string;
}

/** A shard file, or a set of them, that does not hold what merge needs; the message says where and why. */
export class ShardError extends Error {
  override name = 'ShardError';
}

/** Parses "i/n" (as a batch system's array index gives it: `--shard $INDEX/$COUNT`). */
export function parseShardSpec(text: string): ShardSpec {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index >= count) throw new ShardError(`--shard wants i/n with 0 ≤ i < n (say 0/4), not "${text}"`);
  return { index, count };
}

/** Whether the corpus's `documentIndex`-th document belongs to the shard: every n-th, so shards get alike mixes. */
export function inShard(documentIndex: number, { index, count }: ShardSpec): boolean {
  return documentIndex % count === index;
}

/** Identifies a corpus by its documents' names in order: every shard must be cut from the same list. */
export function corpusId(names: readonly string[]): CorpusId {
  return { documents: names.length, fingerprint: hashString(names.join('\n')).toString(16).padStart(8, '0') };
}

/** The lines of a shard's file, as strings without their line breaks. */
export const shardLines = {
  header: (shard: ShardSpec, corpus: CorpusId) => JSON.stringify({ format: FORMAT, version: VERSION, shard: `${shard.index}/${shard.count}`, ...corpus }),
  /** `analysis` is a line of analysis-codec.ts. */
  analysis: (doc: number, analysis: string) => `{"doc":${doc},"analysis":${analysis}}`,
  blank: (doc: number, name: string) => JSON.stringify({ doc, blank: name }),
  end: (records: number) => JSON.stringify({ end: true, records }),
};

const count = z.number().int().nonnegative();
const header = z.object({ format: z.literal(FORMAT), version: z.number(), shard: z.string(), documents: count, fingerprint: z.string() });
const record = z.union([
  z.object({ doc: count, analysis: z.unknown() }),
  z.object({ doc: count, blank: z.string() }),
  z.object({ end: z.literal(true), records: count }),
]);

/** What resolution and assembly read from an analysis; fields they do not read pass unchecked. */
const mention = z.looseObject({
  first: count, last: count, start: count, end: count, text: z.string(), type: z.enum(ENTITY_TYPES), confidence: z.number(),
  canonical: z.string().optional(), longForm: z.string().optional(),
});
const endpoint = z.union([z.looseObject({ mention, viaPronoun: z.boolean() }), z.looseObject({ concept: z.string() })]);
const analysisSchema = z.looseObject({
  name: z.string(),
  text: z.string(),
  sentences: z.array(z.looseObject({ sentence: z.looseObject({ index: count, start: count, end: count }), mentions: z.array(mention), quality: z.number() })),
  relations: z.array(z.looseObject({ subject: endpoint, object: endpoint, label: z.string(), predicate: z.string(), confidence: z.number(), sentence: count })),
});

/** The problem with an analysis from outside, or undefined when resolution and assembly can take it. */
function analysisProblem(a: DocumentAnalysis): string | undefined {
  const checked = analysisSchema.safeParse(a);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    return `${issue.path.join('.') || 'the analysis'}: ${issue.message}`;
  }
  const mentions = new Set(a.sentences.flatMap((s) => s.mentions));
  for (const r of a.relations) {
    if (r.sentence >= a.sentences.length) return `a relation in sentence ${r.sentence} of ${a.sentences.length}`;
    for (const end of [r.subject, r.object]) if ('mention' in end && !mentions.has(end.mention)) return 'a relation whose mention is in none of its sentences';
  }
  return undefined;
}

interface ShardFile {
  name: string;
  shard: string;
  records: number;
  ended: boolean;
}

/**
 * Gathers shard files, line by line, into the corpus's analyses. Refuses what would make a wrong
 * graph: shards of different corpora, a document twice, a shard cut short, documents no shard has.
 */
export class ShardMerger {
  private corpus: (CorpusId & { file: string }) | undefined;
  /** By document index; null for a blank document. */
  private readonly analyses = new Map<number, DocumentAnalysis | null>();
  private readonly files: ShardFile[] = [];
  private file: ShardFile | undefined;

  /** Starts reading the next file, named `name` in messages. */
  beginFile(name: string): void {
    this.file = { name, shard: '', records: 0, ended: false };
    this.files.push(this.file);
  }

  /** Takes the file's `lineNumber`-th line (from 1). */
  addLine(line: string, lineNumber: number): void {
    const file = this.file;
    if (!file) throw new Error('addLine before beginFile');
    const fail = (why: string): never => {
      throw new ShardError(`${file.name}:${lineNumber}: ${why}`);
    };
    if (line.trim() === '') return;
    if (file.ended) fail('a line after the closing line');
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      fail(lineNumber === 1 ? 'not a file of analyses written by `extract --analyses`' : 'not a line of JSON (was the file cut short?)');
    }
    if (lineNumber === 1 || file.shard === '') return this.readHeader(file, value, fail);

    const parsed = record.safeParse(value);
    if (!parsed.success) fail('not a record of analyses');
    const r = parsed.data!;
    if ('end' in r) {
      if (r.records !== file.records) fail(`the closing line counts ${r.records} records, the file has ${file.records}`);
      file.ended = true;
      return;
    }
    const corpus = this.corpus!;
    if (r.doc >= corpus.documents) fail(`document ${r.doc} of a corpus of ${corpus.documents}`);
    if (this.analyses.has(r.doc)) fail(`document ${r.doc} is in two records (the same shard given twice?)`);
    let analysis: DocumentAnalysis | null = null;
    if ('analysis' in r) {
      try {
        analysis = reviveAnalysis(r.analysis);
      } catch (error) {
        fail((error as Error).message);
      }
      const problem = analysisProblem(analysis!);
      if (problem) fail(`${analysis!.name}: ${problem}`);
    }
    this.analyses.set(r.doc, analysis);
    file.records++;
  }

  /** The analyses of every non-blank document, in corpus order, once all shards are read. */
  finish(): DocumentAnalysis[] {
    const cut = this.files.find((f) => !f.ended);
    if (cut) throw new ShardError(`${cut.name} is incomplete: its extract did not finish (shard ${cut.shard || '?'})`);
    const corpus = this.corpus;
    if (!corpus) throw new ShardError('no analyses to merge');
    const missing = corpus.documents - this.analyses.size;
    if (missing > 0) {
      const count = Number(this.files[0]!.shard.split('/')[1]);
      const given = new Set(this.files.map((f) => f.shard));
      const absent = Array.from({ length: count }, (_, i) => `${i}/${count}`).filter((s) => !given.has(s));
      throw new ShardError(`${missing} of ${corpus.documents} documents are in no file given${absent.length ? `: shard${absent.length > 1 ? 's' : ''} ${absent.join(', ')} missing` : ''}`);
    }
    return [...this.analyses.keys()]
      .sort((a, b) => a - b)
      .map((doc) => this.analyses.get(doc))
      .filter((a): a is DocumentAnalysis => a != null);
  }

  private readHeader(file: ShardFile, value: unknown, fail: (why: string) => never): void {
    const parsed = header.safeParse(value);
    if (!parsed.success) fail('not a file of analyses written by `extract --analyses`');
    const h = parsed.data!;
    if (h.version !== VERSION) fail(`analyses of format version ${h.version}; this Relata reads version ${VERSION}: extract them again`);
    const shard = (() => {
      try {
        return parseShardSpec(h.shard);
      } catch {
        return fail(`a header naming shard "${h.shard}"`);
      }
    })();
    const corpus = this.corpus;
    if (!corpus) this.corpus = { documents: h.documents, fingerprint: h.fingerprint, file: file.name };
    else if (corpus.documents !== h.documents || corpus.fingerprint !== h.fingerprint) {
      fail(`a shard of another corpus than ${corpus.file} (${h.documents} documents, not ${corpus.documents}, or other names): were all shards given the same inputs?`);
    }
    const first = this.files[0]!.shard;
    if (first && Number(first.split('/')[1]) !== shard.count) fail(`shard ${h.shard}, while ${this.files[0]!.name} is shard ${first}: all must be cut the same way`);
    file.shard = h.shard;
  }
}
