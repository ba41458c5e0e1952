import { nerModel } from '../../main/extract/ner-model';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnalysisFormatError, decodeAnalysis, encodeAnalysis } from '../../shared/extract/analysis-codec';
import { analyzeDocument, type DocumentAnalysis } from '../../shared/extract/discourse';
import { graphFromAnalyses } from '../../shared/extract/corpus-graph';
import { writeGraphml } from '../../shared/graphml/write';

const corpus = join(import.meta.dirname, '..', '..', 'graph-data', 'corpus');
const analyses = readdirSync(corpus)
  .sort()
  .map((name) => analyzeDocument({ name, text: readFileSync(join(corpus, name), 'utf8') }, nerModel()));

const mentionsOf = (a: DocumentAnalysis) => a.sentences.flatMap((s) => s.mentions);

describe('analysis codec', () => {
  it('gives back analyses that make the same graph, byte for byte', () => {
    const decoded = analyses.map((a) => decodeAnalysis(encodeAnalysis(a)));
    expect(decoded).toEqual(analyses);
    expect(writeGraphml(graphFromAnalyses(decoded))).toBe(writeGraphml(graphFromAnalyses(analyses)));
  });

  it('writes one line per analysis, each mention in full once', () => {
    const a = analyses[0]!;
    const line = encodeAnalysis(a);
    expect(line).not.toContain('\n');
    expect(a.relations.some((r) => 'mention' in r.subject)).toBe(true);
    const ends = (r: DocumentAnalysis['relations'][number]) => [r.subject, r.object, ...(r.source ? [r.source] : [])];
    expect(line.split('"$mention"').length - 1).toBe(a.relations.reduce((n, r) => n + ends(r).filter((end) => 'mention' in end).length, 0));
  });

  it('links each relation end to the very mention object of its sentence, as resolution needs', () => {
    for (const a of analyses) {
      const decoded = decodeAnalysis(encodeAnalysis(a));
      const mentions = new Set(mentionsOf(decoded));
      for (const r of decoded.relations) for (const end of [r.subject, r.object]) if ('mention' in end) expect(mentions.has(end.mention)).toBe(true);
    }
  });

  it('carries fields it does not know, mentions referring to mentions included', () => {
    const a = decodeAnalysis(encodeAnalysis(analyses[1]!));
    const [first, second] = mentionsOf(a);
    const extended = {
      ...a,
      sentences: a.sentences.map((s) => ({ ...s, parse: { heads: [1, 0, -1], label: 'S' } })),
      relations: a.relations.map((r) => ({ ...r, cue: { mention: first, words: ['said'] } })),
    };
    Object.assign(second!, { antecedent: first, vector: [0.25, -1.5e-7] });
    const back = decodeAnalysis(encodeAnalysis(extended as DocumentAnalysis)) as typeof extended;
    expect(back).toEqual(extended);
    const backMentions = mentionsOf(back);
    expect((backMentions[1] as unknown as { antecedent: unknown }).antecedent).toBe(backMentions[0]);
    expect(back.relations[0]!.cue.mention).toBe(backMentions[0]);
  });

  it('refuses what it did not write, with a reason', () => {
    expect(() => decodeAnalysis('{"name":"a.txt"')).toThrow(AnalysisFormatError);
    expect(() => decodeAnalysis('[1,2]')).toThrow(/not a document analysis/);
    expect(() => decodeAnalysis('{"name":"a","text":"","sentences":[{"mentions":5}],"relations":[]}')).toThrow(/without a list of mentions/);
    expect(() => decodeAnalysis('{"name":"a","text":"","sentences":[],"relations":[{"subject":{"mention":{"$mention":3}}}]}')).toThrow(/mention 3/);
    const deep = `{"name":"a","text":"","sentences":[],"relations":${'['.repeat(500)}${']'.repeat(500)}}`;
    expect(() => decodeAnalysis(deep)).toThrow(/levels deep/);
  });

  it('keeps a key named __proto__ as a plain key', () => {
    const line = '{"name":"a","text":"Ann","sentences":[{"mentions":[{"text":"Ann"}]}],"relations":[{"__proto__":{"$mention":0}}]}';
    const a = decodeAnalysis(line);
    const relation = a.relations[0] as unknown as Record<string, unknown>;
    expect(Object.getPrototypeOf(relation)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(relation, '__proto__')?.value).toBe(a.sentences[0]!.mentions[0]);
  });
});
