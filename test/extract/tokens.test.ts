import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { parse } from '../../shared/extract/tokens';

const corpus = join(import.meta.dirname, '..', '..', 'graph-data', 'corpus');
const sample = readdirSync(corpus).sort().map((f) => readFileSync(join(corpus, f), 'utf8')).join('\n\n');

/** Every term as compromise left it: its text, spacing, tags, normal form, root and chunk. */
function terms(doc: { document: { text: string; pre: string; post: string; tags: Set<string>; normal: string; root?: string; chunk?: string }[][] }): string {
  return JSON.stringify(doc.document.map((s) => s.map((t) => [t.text, t.pre, t.post, [...t.tags].sort(), t.normal, t.root, t.chunk])));
}

describe('the staged parse', () => {
  it("tags every term exactly as one nlp() call does, across several batches of sentences", () => {
    const whole = nlp(sample);
    whole.compute('root');
    const staged = parse(sample);
    expect(staged.document.length).toBeGreaterThan(300);
    expect(terms(staged as never)).toBe(terms(whole as never));
  });

  it('reports its progress in steps that only go up, ending at 1', () => {
    const reports: number[] = [];
    parse(sample, (done) => reports.push(done));
    expect(reports.length).toBeGreaterThan(10);
    for (let i = 1; i < reports.length; i++) expect(reports[i]).toBeGreaterThan(reports[i - 1]!);
    expect(reports[0]).toBeGreaterThan(0);
    expect(reports.at(-1)).toBe(1);
  });
});
