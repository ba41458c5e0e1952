import { execFile, spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseProject, projectGraph } from '../../shared/project/codec';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');

/** Runs a command as a person would (`npm run extract -- …` runs exactly this). */
async function cli(command: 'extract' | 'merge', ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(root, 'main/cli/launch.mjs'), command, ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
const extract = (...args: string[]) => cli('extract', ...args);

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
    expect(result.stderr).toMatch(/extracting 0\.\d MB: 12\/12 documents, \d+\.\d+ MB\/s/);
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

describe('extraction on every core, and across machines', () => {
  let corpus: string;
  let single: string;
  beforeAll(async () => {
    // The sample articles and three more, so that three workers each get several.
    corpus = join(dir, 'cores');
    await cp(join(root, 'graph-data', 'corpus'), corpus, { recursive: true });
    await writeFile(join(corpus, 'x1.txt'), 'Chancellor Olaf Scholz met Emmanuel Macron in Paris. Scholz said Germany would send tanks to Ukraine.');
    await writeFile(join(corpus, 'x2.txt'), 'NATO Secretary General Jens Stoltenberg warned Russia. He visited Kyiv on Tuesday.');
    await writeFile(join(corpus, 'x3.txt'), '   \n');
    single = join(dir, 'jobs1.graphml');
    const result = await extract(corpus, '-o', single, '--jobs', '1');
    expect(result.code, result.stderr).toBe(0);
  }, 60_000);

  it('writes the same bytes whatever the number of workers', async () => {
    const out = join(dir, 'jobs3.graphml');
    expect((await extract(corpus, '-o', out, '--jobs', '3')).code).toBe(0);
    expect(await readFile(out, 'utf8')).toBe(await readFile(single, 'utf8'));
  });

  it('merges shards into the graph of a single run', async () => {
    const shards = [0, 1, 2].map((i) => join(dir, `shard${i}.jsonl`));
    for (const [i, file] of shards.entries()) {
      const result = await extract(corpus, '--shard', `${i}/3`, '--analyses', file, '--jobs', '1');
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toMatch(new RegExp(`analyses of \\d+ of 8 documents \\(shard ${i}/3\\)`));
    }
    const out = join(dir, 'merged.graphml');
    const merged = await cli('merge', shards[2]!, shards[0]!, shards[1]!, '-o', out);
    expect(merged.code, merged.stderr).toBe(0);
    expect(await readFile(out, 'utf8')).toBe(await readFile(single, 'utf8'));
    const missing = await cli('merge', shards[0]!, shards[2]!, '-o', join(dir, 'partial.graphml'));
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toMatch(/^relata merge: \d+ of 8 documents are in no file given: shard 1\/3 missing$/);
  });

  it('refuses bad options with a one-line reason', async () => {
    for (const [args, reason] of [
      [['--jobs', '0'], /--jobs wants a whole number/],
      [['--layout', 'pretty'], /unknown --layout "pretty"/],
      [['--shard', '3/3', '--analyses', join(dir, 'x.jsonl')], /--shard wants i\/n/],
      [['--shard', '0/2'], /--shard writes analyses/],
    ] as const) {
      const result = await extract(corpus, '-o', join(dir, 'x.graphml'), ...args);
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(reason);
    }
  });

  it('stops cleanly on Ctrl+C: exit 130, workers ended, nothing written, no temp file left, with one job too', async () => {
    const big = join(dir, 'cancel');
    const out = join(dir, 'cancel-out');
    await mkdir(big, { recursive: true });
    await mkdir(out, { recursive: true });
    const article = 'Portugal signed a trade accord with Brazil in Lisbon. President Lula praised the deal. '.repeat(400);
    for (let i = 0; i < 24; i++) await writeFile(join(big, `doc${i}.txt`), article);
    // Two worker threads for either output, and one.
    const runs: Array<[string[], string]> = [
      [['-o', join(out, 'graph.graphml')], '2'],
      [['--analyses', join(out, 'shard.jsonl')], '2'],
      [['-o', join(out, 'graph.graphml')], '1'],
    ];
    for (const [target, jobs] of runs) {
      const child = spawn(process.execPath, [join(root, 'main/cli/launch.mjs'), 'extract', big, ...target, '--jobs', jobs], { cwd: root });
      let stderr = '';
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      await new Promise<void>((resolve) =>
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
          if (/extracting .* MB: \d+\/24 documents/.test(stderr)) resolve();
        }),
      );
      child.kill('SIGINT');
      expect(await exited).toBe(130);
      expect(stderr).toMatch(/relata extract: cancelled \(Ctrl\+C\); nothing was written/);
      expect(stderr).not.toMatch(/24\/24 documents/);
      expect(await readdir(out)).toEqual([]);
    }
  });
});
