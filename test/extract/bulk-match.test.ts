import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import '../../shared/extract/bulk-match';

const corpus = join(import.meta.dirname, '..', '..', 'graph-data', 'corpus');
const texts = readdirSync(corpus).sort().map((f) => readFileSync(join(corpus, f), 'utf8'));
/** compromise's own bulk matcher, from its sources (its "sweep" module): bulk-match.ts replaces it in the methods every parse uses. */
const ORIGINAL = join(import.meta.dirname, '..', '..', 'node_modules', 'compromise', 'src', '1-one', 'sweep', 'methods', 'sweep', 'index.js');

type Methods = { one: { bulkMatch: unknown } };
const methods = (nlp.world() as unknown as { methods: Methods }).methods;

/** Every term's text and tags after a full parse of the text with the given bulk matcher. */
function tagsWith(bulkMatch: unknown, text: string): string {
  const ours = methods.one.bulkMatch;
  methods.one.bulkMatch = bulkMatch;
  try {
    const doc = nlp(text) as unknown as { document: { text: string; tags: Set<string> }[][] };
    return JSON.stringify(doc.document.map((s) => s.map((t) => [t.text, [...t.tags]])));
  } finally {
    methods.one.bulkMatch = ours;
  }
}

describe("the post-tagger's bulk matcher", () => {
  it('tags every term of the sample corpus exactly as compromise’s own matcher does, tags in the same order', async () => {
    const original = ((await import(/* @vite-ignore */ ORIGINAL)) as { default: unknown }).default;
    const ours = methods.one.bulkMatch;
    expect(ours).not.toBe(original);
    for (const text of texts) expect(tagsWith(ours, text)).toBe(tagsWith(original, text));
  });
});
