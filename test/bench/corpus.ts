/**
 * A benchmark corpus of many different documents: the sample articles, and the CoNLL04 and CoNLL-2003
 * sentences (Reuters news: thousands of distinct names, so the graph grows as a real corpus's does)
 * when ../shared is beside the repo, recombined with a seeded shuffle into articles of 20–60 sentences.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceDocument } from '../../shared/graph/schema';

const root = join(import.meta.dirname, '..', '..');

function sentencePool(): string[] {
  const pool: string[] = [];
  const corpus = join(root, 'graph-data', 'corpus');
  for (const f of readdirSync(corpus).sort()) {
    pool.push(...readFileSync(join(corpus, f), 'utf8').split(/(?<=[.!?]["”]?)\s+|\n+/).filter((s) => s.trim().length > 20));
  }
  const conll = join(root, '..', 'shared', 'eval', 'conll04', 'train.json');
  if (existsSync(conll)) {
    for (const s of JSON.parse(readFileSync(conll, 'utf8')) as Array<{ tokens: string[] }>) {
      pool.push(detokenize(s.tokens));
    }
  }
  // CoNLL-2003: a token per line, a blank line between sentences; headlines and bylines (short lines) left out.
  for (const split of ['eng.train', 'eng.testa']) {
    const file = join(root, '..', 'shared', 'eval', 'conll03', split);
    if (!existsSync(file)) continue;
    for (const block of readFileSync(file, 'utf8').split(/\n\s*\n/)) {
      const tokens = block.split('\n').map((line) => line.split(' ')[0]!).filter((t) => t && t !== '-DOCSTART-');
      if (tokens.length >= 8) pool.push(detokenize(tokens));
    }
  }
  return pool;
}

const detokenize = (tokens: string[]) => tokens.join(' ').replace(/ ([,.;:!?%)]|'s|n't)/g, '$1').replace(/([($]) /g, '$1');

/** Mulberry32: a small seeded generator, so every run benchmarks the same text. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Documents totalling at least `bytes` characters. */
export function buildCorpus(bytes: number, seed = 42): SourceDocument[] {
  const pool = sentencePool();
  const rand = random(seed);
  const docs: SourceDocument[] = [];
  let total = 0;
  while (total < bytes) {
    const n = 20 + Math.floor(rand() * 40);
    const sentences: string[] = [];
    for (let i = 0; i < n; i++) sentences.push(pool[Math.floor(rand() * pool.length)]!);
    const text = sentences.reduce((acc, s, i) => acc + (i % 5 === 4 ? '\n\n' : ' ') + s, '').trim();
    docs.push({ name: `bench_${String(docs.length).padStart(5, '0')}.txt`, text });
    total += text.length;
  }
  return docs;
}
