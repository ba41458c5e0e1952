import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
let cache: string;

beforeAll(async () => {
  cache = await mkdtemp(join(tmpdir(), 'relata-launch-'));
});
afterAll(() => rm(cache, { recursive: true, force: true }));

/** `npm run extract -- --help`, with the bundles in the test's own cache folder. */
async function extractHelp(): Promise<string> {
  const { stdout } = await run(process.execPath, [join(root, 'main/cli/launch.mjs'), 'extract', '--help'], { cwd: root, env: { ...process.env, RELATA_CACHE: cache } });
  return stdout;
}

/** When the bundle's header says its build started. */
async function builtAt(): Promise<number> {
  const header = (await readFile(join(cache, 'extract.mjs'), 'utf8')).split('\n', 1)[0]!;
  return (JSON.parse(header.replace('// relata bundle ', '')) as { startedMs: number }).startedMs;
}

describe('the command launcher', () => {
  it('builds the command and its worker on first use, then reuses them while the sources are unchanged', async () => {
    expect(await extractHelp()).toContain('usage: npm run extract');
    const built = await builtAt();
    const header = (await readFile(join(cache, 'extract.mjs'), 'utf8')).split('\n', 1)[0]!;
    expect(header).toContain(join(root, 'main/cli/extract.ts'));
    expect(header).toContain(join(root, 'shared/extract/discourse.ts'));
    expect((await stat(join(cache, 'analysis-worker.mjs'))).isFile()).toBe(true);
    await extractHelp();
    expect(await builtAt()).toBe(built);
  });

  it('rebuilds when a source is newer than the bundle, the worker is missing, or another checkout built it', async () => {
    await extractHelp();
    const bundle = join(cache, 'extract.mjs');
    // As if every source had been edited after the build started.
    await writeFile(bundle, (await readFile(bundle, 'utf8')).replace(/"startedMs":\d+/, '"startedMs":0'));
    await extractHelp();
    const rebuilt = await builtAt();
    expect(rebuilt).toBeGreaterThan(0);
    await rm(join(cache, 'analysis-worker.mjs'));
    await extractHelp();
    expect(await builtAt()).toBeGreaterThan(rebuilt);
    expect((await stat(join(cache, 'analysis-worker.mjs'))).isFile()).toBe(true);
    // A git worktree or a copy sharing this node_modules, whose sources look unchanged here.
    const other = (await readFile(bundle, 'utf8')).replace(/"entry":"[^"]*"/, '"entry":"/elsewhere/main/cli/extract.ts"');
    await writeFile(bundle, other);
    await extractHelp();
    expect(await readFile(bundle, 'utf8')).toContain(`"entry":${JSON.stringify(join(root, 'main/cli/extract.ts'))}`);
  });

  it('refuses a command that is not one', async () => {
    await expect(run(process.execPath, [join(root, 'main/cli/launch.mjs'), '../evil'], { cwd: root })).rejects.toMatchObject({ code: 2 });
  });
});
