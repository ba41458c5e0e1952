import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/** The files a bundle of `entry` (a path in the repository) is built from. */
async function bundledInputs(entry: string): Promise<string[]> {
  const { metafile } = await build({ entryPoints: [join(root, entry)], bundle: true, write: false, metafile: true, platform: 'node', format: 'esm', logLevel: 'silent' });
  return Object.keys(metafile.inputs);
}

describe('the graph of a corpus from its analyses', () => {
  it('loads no parser: a merge, or the extract command’s own thread, never starts compromise', async () => {
    const inputs = await bundledInputs('shared/extract/corpus-graph.ts');
    expect(inputs).toContain('shared/extract/assemble.ts');
    expect(inputs.filter((input) => input.includes('node_modules/compromise/'))).toEqual([]);
  });
});
