import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandPaths, readDocuments } from '../../main/cli/documents';
import { documentNames } from '../../shared/text/document-names';

describe('documents named on a command line', () => {
  it('names same-named files by the shortest end of their paths that tells them apart', () => {
    expect(documentNames(['a/2023/report.txt', 'b/2024/report.txt', 'c/notes.txt'])).toEqual(['2023/report.txt', '2024/report.txt', 'notes.txt']);
    expect(documentNames(['x/a/r.txt', 'y/a/r.txt'])).toEqual(['x/a/r.txt', 'y/a/r.txt']);
    expect(documentNames(['C:\\in\\r.txt', '/in/r.txt'])).toEqual(['C:/in/r.txt', 'in/r.txt']);
    expect(documentNames(['a/r.txt', 'a/r.txt'])).toEqual(['a/r.txt', 'a/r.txt (2)']);
    expect(documentNames(['new/r.txt'], ['r.txt'])).toEqual(['new/r.txt']);
  });

  it('follows symbolic links to folders, reads a looped folder once, and names a link loop as one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relata-docs-'));
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'a', 'report.txt'), 'Alpha.');
    writeFileSync(join(dir, 'b', 'report.txt'), 'Beta.');
    symlinkSync(join(dir, 'b'), join(dir, 'a', 'linked'));
    symlinkSync(join(dir, 'a'), join(dir, 'b', 'back'));
    const files = await expandPaths([join(dir, 'a')]);
    const documents = await readDocuments(files);
    expect(documents.map((d) => [d.name, d.text])).toEqual([
      ['linked/report.txt', 'Beta.'],
      ['a/report.txt', 'Alpha.'],
    ]);
    symlinkSync(join(dir, 'loop'), join(dir, 'loop'));
    await expect(expandPaths([join(dir, 'loop')])).rejects.toThrow(/symbolic link that leads back to itself/);
    await expect(expandPaths([join(dir, 'missing')])).rejects.toThrow(/does not exist/);
  });
});
