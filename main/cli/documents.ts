/** Collecting the documents named on a command line: files as given, folders by their text files. */
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Numbered } from '../../shared/extract/pool';
import type { SourceDocument } from '../../shared/graph/schema';
import { TextDecodeError } from '../../shared/text/decode';
import { readTextFile } from '../io/read-text';

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md']);

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((e) => (e.isDirectory() ? filesUnder(join(folder, e.name)) : TEXT_EXTENSIONS.has(extname(e.name).toLowerCase()) ? [join(folder, e.name)] : [])),
  );
  return nested.flat();
}

/** Expands paths into the text files they name; a missing path is an error, not a skip. */
export async function expandPaths(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new TextDecodeError(path, 'does not exist');
    files.push(...(info.isDirectory() ? await filesUnder(path) : [path]));
  }
  return files;
}

/** Reads documents; each is named by its file's base name, as the GraphML contract wants. */
export async function readDocuments(files: string[]): Promise<SourceDocument[]> {
  const documents: SourceDocument[] = [];
  for await (const { document } of streamDocuments(files)) documents.push(document);
  return documents;
}

/** The documents of `files`, numbered by their place in the list, each read only when it is asked for. */
export async function* streamDocuments(files: readonly string[], wanted: (index: number) => boolean = () => true): AsyncGenerator<Numbered> {
  for (const [index, file] of files.entries()) {
    if (wanted(index)) yield { index, document: { name: basename(file), text: await readTextFile(file) } };
  }
}

/** The size in bytes of each file, for progress. */
export async function fileSizes(files: readonly string[]): Promise<number[]> {
  return Promise.all(files.map(async (file) => (await stat(file)).size));
}
