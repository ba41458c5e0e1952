import { mkdir, mkdtemp, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { currentBundle } from '../../main/cli/analysis-bundle';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'relata-bundle-'));
});

/** Sets a file's modification time `seconds` from now, as an edit then would. */
const touch = (path: string, seconds: number) => utimes(path, new Date(), new Date(Date.now() + seconds * 1000));

describe('the analysis bundle', () => {
  it('is built on first use, reused while its sources are unchanged, and rebuilt when one of them changes', async () => {
    const entry = join(dir, 'entry.ts');
    const dependency = join(dir, 'word.ts');
    await writeFile(entry, "import { word } from './word';\nexport const greeting = (name: string): string => `${word} ${name}`;\n");
    await writeFile(dependency, "export const word = 'hello';\n");
    await touch(entry, -60);
    await touch(dependency, -60);
    const bundle = join(dir, 'cache', 'entry.mjs');

    const url = await currentBundle(entry, bundle);
    expect(((await import(`${url.href}?1`)) as { greeting: (n: string) => string }).greeting('Oslo')).toBe('hello Oslo');
    const built = (await stat(bundle)).mtimeMs;

    await currentBundle(entry, bundle);
    expect((await stat(bundle)).mtimeMs).toBe(built);

    await writeFile(dependency, "export const word = 'goodbye';\n");
    await touch(dependency, 1);
    await currentBundle(entry, bundle);
    expect(await readFile(bundle, 'utf8')).toContain('goodbye');
  });

  it('is rebuilt for another checkout that shares its node_modules', async () => {
    const bundle = join(dir, 'shared-cache', 'entry.mjs');
    const built = [];
    for (const [checkout, word] of [['one', 'left'], ['two', 'right']]) {
      await mkdir(join(dir, checkout));
      const entry = join(dir, checkout, 'entry.ts');
      await writeFile(entry, `export const word = '${word}';\n`);
      await touch(entry, -60);
      built.push(await currentBundle(entry, bundle).then(() => readFile(bundle, 'utf8')));
    }
    expect(built[0]).toContain('left');
    expect(built[1]).toContain('right');
  });
});
