/**
 * The extraction pipeline in one thread, without the command around it: loading the tagger's
 * weights, analysing, resolving and assembling the 1 MB bench corpus beside compromise's bare parse
 * of the same text in a process of its own (bare-parse.ts; runs alternate, so load weighs on both
 * alike), and text that is not news — a line without full stops, one word repeated — per MB beside
 * news. RUNS sets the runs (default 3).
 */
import { readFileSync } from 'node:fs';
import { NER_MODEL_PATH } from '../../main/extract/ner-model';
import { graphFromAnalyses } from '../../shared/extract/corpus-graph';
import { analyzeDocument } from '../../shared/extract/discourse';
import { NerModel } from '../../shared/extract/ner/model';
import type { SourceDocument } from '../../shared/graph/schema';
import { bareParse } from './bare-parse';
import { buildCorpus } from './corpus';
import { median } from './stats';

const MB = 1024 * 1024;
const RUNS = Number(process.env.RUNS ?? 3);

function timed(run: () => unknown): number {
  globalThis.gc?.();
  const started = performance.now();
  run();
  return performance.now() - started;
}

const verdict = (ok: boolean) => (ok ? 'meets' : 'MISSES');

const loads: number[] = [];
let model!: NerModel;
for (let r = 0; r < 5; r++) loads.push(timed(() => (model = new NerModel(readFileSync(NER_MODEL_PATH)))));
const load = median(loads);
console.log(`tagger model: ${(readFileSync(NER_MODEL_PATH).byteLength / MB).toFixed(2)} MB, load ${load.toFixed(0)} ms (median of 5)   ${verdict(load <= 300)} ≤ 300 ms`);

const extract = (docs: SourceDocument[]) => graphFromAnalyses(docs.map((d) => analyzeDocument(d, model)));

const corpus = buildCorpus(MB);
const bytes = corpus.reduce((n, d) => n + d.text.length, 0);
const bare: number[] = [];
const pipeline: number[] = [];
for (let r = 0; r < RUNS; r++) {
  bare.push(bareParse(1).wallMs);
  pipeline.push(timed(() => extract(corpus)));
}
const ratio = median(pipeline) / median(bare);
console.log(`\n1 MB bench corpus (${corpus.length} documents, ${(bytes / MB).toFixed(2)} MB), medians of ${RUNS}`);
console.log(`  compromise bare parse          ${(median(bare) / 1000).toFixed(2)} s`);
console.log(`  analysis + resolve + assemble  ${(median(pipeline) / 1000).toFixed(2)} s   ${ratio.toFixed(2)}× bare   ${verdict(ratio <= 2)} ≤ 2×`);

/** Text of `size` characters made by repeating `words`, with no sentence end anywhere. */
function unpunctuated(words: string[], size: number): SourceDocument {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    parts.push(words[i % words.length]!);
    length += words[i % words.length]!.length + 1;
  }
  return { name: 'pasted.txt', text: parts.join(' ') };
}

const HALF = MB / 2;
const news = buildCorpus(HALF, 7);
const newsBytes = news.reduce((n, d) => n + d.text.length, 0);
const newsPerMb = (median(Array.from({ length: RUNS }, () => timed(() => extract(news)))) / newsBytes) * MB;
console.log(`\nper MB, beside news (${(newsPerMb / 1000).toFixed(1)} s/MB)`);
const hostile: Array<[string, SourceDocument]> = [
  ['one line, no full stop', unpunctuated('the minister said Russia supplied drones to Ukraine while officials in Berlin met Olaf Scholz and'.split(' '), HALF)],
  ['one word repeated', unpunctuated(['buffalo'], HALF)],
];
for (const [name, doc] of hostile) {
  const perMb = (median(Array.from({ length: RUNS }, () => timed(() => extract([doc])))) / doc.text.length) * MB;
  console.log(`  ${name.padEnd(24)} ${(perMb / 1000).toFixed(1)} s/MB   ${(perMb / newsPerMb).toFixed(2)}× news   ${verdict(perMb <= 3 * newsPerMb)} ≤ 3×`);
}
