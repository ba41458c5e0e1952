/**
 * `node main/cli/launch.mjs <command> [args…]`, as `npm run extract` and `npm run merge` run: the
 * command of main/cli, run from a bundle of its TypeScript sources rather than through tsx. Through
 * tsx every start has a few hundred modules resolved and transformed one at a time by tsx's loader:
 * half a second for the command, and as much again for each analysis worker (over 2 s each when two
 * start at once on two busy cores); the bundle loads in a fraction of that.
 * The bundle is built with esbuild (tsx's own transformer) into node_modules/.cache/relata (or
 * $RELATA_CACHE) on first use, and again when a source is newer than it, so a clean checkout needs no
 * build step and an edit never runs stale. Plain JavaScript, as node runs it without tsx.
 */
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '../..');
const cache = process.env.RELATA_CACHE ?? join(root, 'node_modules/.cache/relata');
const entryOf = (name) => join(root, 'main/cli', `${name}.ts`);
/** Worker entries a command starts by file, bundled beside it (see node-workers.ts). */
const WORKERS = { extract: ['analysis-worker', 'repulsion-worker'], merge: ['repulsion-worker'] };
/** A bundle's first line: this marker, then what it was built from, to tell whether it is current. */
const HEADER = '// relata bundle ';

/**
 * Whether the command's bundle and its workers' exist, were built from this checkout's command (another
 * checkout sharing this node_modules, a git worktree or a copy, has its own), and none of their sources
 * has changed, or gone, since their build started.
 */
async function isCurrent(command, bundle) {
  let text;
  try {
    text = await readFile(bundle, 'utf8');
    await Promise.all((WORKERS[command] ?? []).map((name) => stat(join(cache, `${name}.mjs`))));
  } catch {
    return false;
  }
  if (!text.startsWith(HEADER)) return false;
  const { entry, startedMs, inputs } = JSON.parse(text.slice(HEADER.length, text.indexOf('\n')));
  if (entry !== entryOf(command)) return false;
  const times = await Promise.all(inputs.map((input) => stat(input).then((s) => s.mtimeMs, () => Infinity)));
  return times.every((mtime) => mtime < startedMs);
}

/** Sources keep their own folder as import.meta.dirname (a bundle sits elsewhere): ner-model.ts finds the model by it. */
const sourceDirnames = {
  name: 'source-dirnames',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async ({ path }) => ({
      contents: (await readFile(path, 'utf8')).replaceAll('import.meta.dirname', JSON.stringify(dirname(path))),
      loader: 'ts',
    }));
  },
};

/** Writes through a temp file and a rename, so a command started meanwhile reads the old bundle or the new, whole. */
async function replace(path, text) {
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, text);
  await rename(temp, path);
}

/** Bundles the command and its workers; the command's file, holding the header, is written last. */
async function build(command, bundle) {
  const startedMs = Date.now();
  const { build: esbuild } = await import('esbuild');
  const names = [...(WORKERS[command] ?? []), command];
  const result = await esbuild({
    entryPoints: Object.fromEntries(names.map((name) => [name, entryOf(name)])),
    outdir: cache,
    outExtension: { '.js': '.mjs' },
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['esbuild'],
    plugins: [sourceDirnames],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs).map((input) => resolve(root, input));
  const header = `${HEADER}${JSON.stringify({ entry: entryOf(command), startedMs, inputs })}\n`;
  await mkdir(cache, { recursive: true });
  const files = result.outputFiles.sort((a, b) => Number(a.path === bundle) - Number(b.path === bundle));
  for (const file of files) await replace(file.path, file.path === bundle ? header + file.text : file.text);
}

const [command, ...args] = process.argv.slice(2);
if (!command || !/^[a-z-]+$/.test(command)) {
  console.error('usage: node main/cli/launch.mjs <command> [args…]');
  process.exit(2);
}
const bundle = join(cache, `${command}.mjs`);
if (!(await isCurrent(command, bundle))) await build(command, bundle);
// The command reads its arguments from process.argv, as when it is run directly.
process.argv = [process.argv[0], bundle, ...args];
await import(pathToFileURL(bundle).href);
