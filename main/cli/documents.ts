/** Collecting the documents named on a command line: files as given, folders by their text files. */
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Numbered } from '../../shared/extract/pool';
import type { SourceDocument } from '../../shared/graph/schema';
import { TextDecodeError } from '../../shared/text/decode';
import { documentNames } from '../../shared/text/document-names';
import { readTextFile } from '../io/read-text';

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md']);

/** What stat says of `path`, or the true reason it cannot say (a missing path, a link loop, a broken link). */
async function statOf(path: string): Promise<Awaited<ReturnType<typeof stat>>> {
  try {
    return await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new TextDecodeError(path, 'is a symbolic link that leads back to itself');
    if (code === 'ENOENT') throw new TextDecodeError(path, 'does not exist (or is a link to something that does not)');
    throw new TextDecodeError(path, `cannot be read (${code ?? String(error)})`);
  }
}

/**
 * The text files under `folder`, in name order. Symbolic links are followed; a folder reached again
 * through a link (`visited` holds the real paths read so far) is not read twice, so a link loop ends.
 */
async function filesUnder(folder: string, visited: Set<string>): Promise<string[]> {
  const real = await realpath(folder);
  if (visited.has(real)) return [];
  visited.add(real);
  const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    const isDirectory = entry.isSymbolicLink() ? (await statOf(path)).isDirectory() : entry.isDirectory();
    if (isDirectory) files.push(...(await filesUnder(path, visited)));
    else if (TEXT_EXTENSIONS.has(extname(entry.name).toLowerCase())) files.push(path);
  }
  return files;
}

/** Expands paths into the text files they name; a missing path is an error, not a skip. */
export async function expandPaths(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  const visited = new Set<string>();
  for (const path of paths) {
    const info = await statOf(path);
    files.push(...(info.isDirectory() ? await filesUnder(path, visited) : [path]));
  }
  return files;
}

/** Reads documents, named by their files' base names (see documentNames where two share one). */
export async function readDocuments(files: string[]): Promise<SourceDocument[]> {
  const documents: SourceDocument[] = [];
  for await (const { document } of streamDocuments(files)) documents.push(document);
  return documents;
}

/** The documents of `files`, numbered by their place in the list, each read only when it is asked for. */
export async function* streamDocuments(files: readonly string[], wanted: (index: number) => boolean = () => true): AsyncGenerator<Numbered> {
  const names = documentNames(files);
  for (const [index, file] of files.entries()) {
    if (wanted(index)) yield { index, document: { name: names[index]!, text: await readTextFile(file) } };
  }
}

/** The size in bytes of each file, for progress. */
export async function fileSizes(files: readonly string[]): Promise<number[]> {
  return Promise.all(files.map(async (file) => (await stat(file)).size));
}
