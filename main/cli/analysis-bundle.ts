/**
 * The analysis worker (analysis-worker.ts) as one JavaScript file, for a command run from its
 * TypeScript sources. Through tsx, each thread that loads the pipeline has its few hundred modules
 * resolved and transformed one at a time by tsx's loader: 0.8 s on a quiet machine, 2–2.5 s for each
 * of two workers starting at once on two busy cores. The bundle loads in a quarter of that.
 * It is built with esbuild (as tsx does) into node_modules/.cache on first use, and again when one of
 * its sources has changed since, so a clean checkout needs no build step and an edit is never stale.
 */
import { mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeFileAtomic } from '../io/atomic-write';

const root = resolve(import.meta.dirname, '../..');
/** The bundle's first line: this marker and what it was built from, to tell whether it is current. */
const HEADER = '// relata bundle ';

interface Built {
  /** The module bundled: another checkout sharing this node_modules (a git worktree, a copy) has its own. */
  entry: string;
  /** When the build started: a source changed later is newer than the bundle. */
  startedMs: number;
  /** The source files, absolute paths. */
  inputs: string[];
}

/** Whether `bundle` exists, was built from `source`, and none of its sources has changed, or gone, since. */
async function isCurrent(source: string, bundle: string): Promise<boolean> {
  let text: string;
  try {
    text = await readFile(bundle, 'utf8');
  } catch {
    return false;
  }
  if (!text.startsWith(HEADER)) return false;
  const built = JSON.parse(text.slice(HEADER.length, text.indexOf('\n'))) as Built;
  if (built.entry !== source) return false;
  const times = await Promise.all(built.inputs.map((input) => stat(input).then((s) => s.mtimeMs, () => Infinity)));
  return times.every((mtime) => mtime < built.startedMs);
}

async function rebuild(source: string, bundle: string): Promise<void> {
  const startedMs = Date.now();
  // Loaded only here: most runs find the bundle current.
  const { build } = await import('esbuild');
  const workingDir = dirname(source);
  const result = await build({
    entryPoints: [source],
    absWorkingDir: workingDir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const built: Built = { entry: source, startedMs, inputs: Object.keys(result.metafile.inputs).map((input) => resolve(workingDir, input)) };
  await mkdir(dirname(bundle), { recursive: true });
  await writeFileAtomic(bundle, `${HEADER}${JSON.stringify(built)}\n${result.outputFiles[0]!.text}`);
}

/** The module `source` bundled into the file `bundle`, built first if it is missing or older than a source. */
export async function currentBundle(source: string, bundle: string): Promise<URL> {
  if (!(await isCurrent(source, bundle))) await rebuild(source, bundle);
  return pathToFileURL(bundle);
}

/** The analysis worker's bundle, built or rebuilt first if need be. */
export const analysisBundle = (): Promise<URL> => currentBundle(join(root, 'main/cli/analysis-worker.ts'), join(root, 'node_modules/.cache/relata/analysis-worker.mjs'));
