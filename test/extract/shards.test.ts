import { nerModel } from '../../main/extract/ner-model';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeAnalysis } from '../../shared/extract/analysis-codec';
import { analyzeDocument } from '../../shared/extract/discourse';
import { corpusId, inShard, parseShardSpec, ShardError, ShardMerger, shardLines, type ShardSpec } from '../../shared/extract/shards';

const corpus = join(import.meta.dirname, '..', '..', 'graph-data', 'corpus');
const names = readdirSync(corpus).sort();
const analyses = names.map((name) => analyzeDocument({ name, text: readFileSync(join(corpus, name), 'utf8') }, nerModel()));
const id = corpusId(names);

/** The lines `extract --shard i/n --analyses` writes for the sample corpus. */
function shardFile(spec: ShardSpec, options: { corpus?: typeof id; end?: boolean } = {}): string[] {
  const records = analyses.flatMap((a, doc) => (inShard(doc, spec) ? [shardLines.analysis(doc, encodeAnalysis(a))] : []));
  return [shardLines.header(spec, options.corpus ?? id), ...records, ...(options.end === false ? [] : [shardLines.end(records.length)])];
}

function merge(files: Record<string, string[]>) {
  const merger = new ShardMerger();
  for (const [name, lines] of Object.entries(files)) {
    merger.beginFile(name);
    lines.forEach((line, i) => merger.addLine(line, i + 1));
  }
  return merger.finish();
}

describe('shards', () => {
  it('parses i/n and deals documents round-robin', () => {
    expect(parseShardSpec('2/8')).toEqual({ index: 2, count: 8 });
    for (const bad of ['8/8', '1/0', 'x', '-1/3', '1/3/4']) expect(() => parseShardSpec(bad)).toThrow(ShardError);
    const spec = { index: 1, count: 3 };
    expect([0, 1, 2, 3, 4, 5, 6, 7].filter((i) => inShard(i, spec))).toEqual([1, 4, 7]);
  });

  it('merges shards given in any order back into the corpus order', () => {
    const merged = merge({ 'c.jsonl': shardFile({ index: 2, count: 3 }), 'a.jsonl': shardFile({ index: 0, count: 3 }), 'b.jsonl': shardFile({ index: 1, count: 3 }) });
    expect(merged).toEqual(analyses);
  });

  const refusals: Array<[string, () => Record<string, string[]>, RegExp]> = [
    ['a missing shard', () => ({ 'a.jsonl': shardFile({ index: 0, count: 2 }) }), /documents are in no file given: shard 1\/2 missing/],
    ['a shard given twice', () => ({ 'a.jsonl': shardFile({ index: 0, count: 2 }), 'b.jsonl': shardFile({ index: 0, count: 2 }) }), /b\.jsonl:2: document 0 is in two records/],
    ['a shard cut short', () => ({ 'a.jsonl': shardFile({ index: 0, count: 2 }), 'b.jsonl': shardFile({ index: 1, count: 2 }, { end: false }) }), /b\.jsonl is incomplete/],
    ['a shard of another corpus', () => ({ 'a.jsonl': shardFile({ index: 0, count: 2 }), 'b.jsonl': shardFile({ index: 1, count: 2 }, { corpus: corpusId([...names].reverse()) }) }), /b\.jsonl:1: a shard of another corpus/],
    ['shards cut differently', () => ({ 'a.jsonl': shardFile({ index: 0, count: 2 }), 'b.jsonl': shardFile({ index: 1, count: 3 }) }), /all must be cut the same way/],
    ['a file that is not analyses', () => ({ 'a.jsonl': ['<graphml>'] }), /a\.jsonl:1: not a file of analyses/],
    ['another version', () => ({ 'a.jsonl': [shardFile({ index: 0, count: 1 })[0]!.replace('"version":1', '"version":2')] }), /format version 2/],
    ['a line cut mid-way', () => ({ 'a.jsonl': shardFile({ index: 0, count: 1 }).map((l, i) => (i === 2 ? l.slice(0, 50) : l)) }), /a\.jsonl:3: not a line of JSON/],
    ['a closing line with the wrong count', () => ({ 'a.jsonl': [...shardFile({ index: 0, count: 1 }, { end: false }), shardLines.end(2)] }), /counts 2 records, the file has 5/],
    ['a document beyond the corpus', () => ({ 'a.jsonl': [shardLines.header({ index: 0, count: 1 }, id), shardLines.analysis(9, encodeAnalysis(analyses[0]!))] }), /document 9 of a corpus of 5/],
    ['an unknown entity type', () => ({ 'a.jsonl': [shardLines.header({ index: 0, count: 1 }, id), shardLines.analysis(0, encodeAnalysis(analyses[0]!).replace('"type":"Place"', '"type":"Planet"'))] }), /a\.jsonl:2: .*type/],
    ['a relation in a sentence it does not have', () => ({ 'a.jsonl': [shardLines.header({ index: 0, count: 1 }, id), shardLines.analysis(0, encodeAnalysis({ ...analyses[0]!, relations: analyses[0]!.relations.map((r) => ({ ...r, sentence: 999 })) }))] }), /a relation in sentence 999/],
  ];
  for (const [what, files, reason] of refusals) {
    it(`refuses ${what}`, () => {
      expect(() => merge(files())).toThrow(reason);
    });
  }
});
