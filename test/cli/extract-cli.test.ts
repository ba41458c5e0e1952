import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseProject, projectGraph } from '../../shared/project/codec';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');

/** Runs the CLI as a person would (`npm run extract -- …` runs exactly this). */
async function extract(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', join(root, 'main/cli/extract.ts'), ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'relata-cli-'));
});

describe('npm run extract', () => {
  it('writes GraphML for a folder of text files, nested folders included', async () => {
    const corpus = join(dir, 'corpus');
    await mkdir(join(corpus, 'more'), { recursive: true });
    await writeFile(join(corpus, 'a.txt'), 'Norwegian Prime Minister Jonas Store visited Warsaw. Store praised Poland.');
    await writeFile(join(corpus, 'more', 'c.md'), 'Estonia expelled the Belarusian ambassador.');
    await writeFile(join(corpus, 'notes.json'), '{"not": "text"}');
    const out = join(dir, 'a.graphml');
    const result = await extract(corpus, '-o', out);
    expect(result.code).toBe(0);
    const xml = await readFile(out, 'utf8');
    expect(xml).toContain('attr.name="label"');
    expect(xml).toContain('Jonas Store');
    expect(xml).toContain('a.txt');
    expect(xml).toContain('c.md');
    expect(xml).not.toContain('notes.json');
  });

  it('writes a Relata project with --format json', async () => {
    await writeFile(join(dir, 'b.txt'), 'Chile signed the accord with Peru.');
    const out = join(dir, 'b.relata');
    expect((await extract(join(dir, 'b.txt'), '-o', out, '--format', 'json')).code).toBe(0);
    const project = parseProject(await readFile(out, 'utf8'));
    expect(project.documents).toEqual([{ name: 'b.txt', text: 'Chile signed the accord with Peru.' }]);
    expect(projectGraph(project).mapNodes((_, a) => a.label)).toContain('Chile');
  });

  it('reports progress on stderr for a large corpus', async () => {
    const big = join(dir, 'big');
    await mkdir(big, { recursive: true });
    const article = 'Portugal signed a trade accord with Brazil in Lisbon. '.repeat(500);
    for (let i = 0; i < 12; i++) await writeFile(join(big, `doc${i}.txt`), article);
    const result = await extract(big, '-o', join(dir, 'big.graphml'));
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/extracting 0\.\d MB: 12\/12 documents/);
  });

  const failures: Array<[string, () => Promise<string[]>, RegExp]> = [
    ['a missing path', async () => [join(dir, 'nope.txt'), '-o', join(dir, 'x.graphml')], /does not exist/],
    ['a binary file', async () => {
      await writeFile(join(dir, 'bin.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10]));
      return [join(dir, 'bin.txt'), '-o', join(dir, 'x.graphml')];
    }, /binary/],
    ['invalid UTF-8', async () => {
      await writeFile(join(dir, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]));
      return [join(dir, 'latin1.txt'), '-o', join(dir, 'x.graphml')];
    }, /not valid UTF-8/],
    ['an empty corpus', async () => {
      await writeFile(join(dir, 'empty.txt'), '  \n');
      return [join(dir, 'empty.txt'), '-o', join(dir, 'x.graphml')];
    }, /corpus is empty/],
    ['a missing -o', async () => [join(dir, 'corpus')], /missing -o/],
  ];
  for (const [what, args, reason] of failures) {
    it(`exits non-zero with a one-line reason for ${what}`, async () => {
      const result = await extract(...(await args()));
      expect(result.code).not.toBe(0);
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(reason);
    });
  }

  it('leaves an existing output untouched when extraction fails', async () => {
    const out = join(dir, 'keep.graphml');
    await writeFile(out, 'previous');
    expect((await extract(join(dir, 'nope.txt'), '-o', out)).code).not.toBe(0);
    expect(await readFile(out, 'utf8')).toBe('previous');
  });
});
