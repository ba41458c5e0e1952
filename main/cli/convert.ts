/**
 * `npm run convert -- <in> -o <out> [--to FORMAT] [--from FORMAT] [--SETTING VALUE]…`
 * Converts between the file formats of shared/formats: it reads whatever Relata opens and writes
 * whatever it exports without a screen. The formats come from the extensions (or --from/--to); a
 * format written as several files (CSV, Neo4j) goes into the folder `-o` names, or into a .zip.
 * Exit 0 on success; otherwise one line on stderr and exit 1 (bad input) or 2 (bad usage). Outputs
 * are written atomically, so a failed conversion never damages an existing file.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { bundleFiles } from '../../shared/formats/bundle';
import { FORMATS, OPEN_FORMATS, extensionOf, resolveSettings } from '../../shared/formats/collection';
import type { FileFormat, FormatSettings, OutputFile } from '../../shared/formats/types';
import { decodeUtf8 } from '../../shared/xml/guard';
import { writeFileAtomic } from '../io/atomic-write';

class UsageError extends Error {}

/** Formats convert can write: those with a writer of their own (PNG needs the app's renderer). */
const WRITABLE = FORMATS.filter((f) => f.write);

function usage(): string {
  const lines = [
    'usage: convert <input> -o <output> [--to FORMAT] [--from FORMAT] [--SETTING VALUE]…',
    '',
    'Reads: ' + OPEN_FORMATS.map((f) => `${f.id} (${f.extensions.join(' ')})`).join(', '),
    'Writes:',
  ];
  for (const f of WRITABLE) {
    const settings = f.parameters.map((p) => `--${p.id} ${p.type === 'choice' ? p.options.map((o) => o.value).join('|') : p.type === 'number' ? `${p.min}..${p.max}` : 'TEXT'}`);
    lines.push(`  ${f.id.padEnd(10)} ${f.extensions.join(' ').padEnd(17)} ${f.description}${settings.length ? `  [${settings.join(' ')}]` : ''}`);
  }
  lines.push('', 'A format written as several files goes into the folder -o names, or into a .zip when -o ends in .zip.');
  return lines.join('\n');
}

function byId(id: string, pool: readonly FileFormat[], role: string): FileFormat {
  const format = pool.find((f) => f.id === id);
  if (!format) throw new UsageError(`--${role} must be one of ${pool.map((f) => f.id).join(', ')} (got "${id}")`);
  return format;
}

function byExtension(path: string, pool: readonly FileFormat[], flag: string): FileFormat {
  const ext = extensionOf(basename(path));
  const format = pool.find((f) => f.extensions.includes(ext));
  const drawn = FORMATS.find((f) => f.picture && !f.write && f.extensions.includes(ext));
  if (!format && drawn) throw new UsageError(`${path}: ${drawn.label} is drawn from the screen: export it from the app (File › Export), or write .svg here`);
  if (!format) {
    const known = [...new Set(pool.flatMap((f) => f.extensions))].join(', ');
    throw new UsageError(`${path}: unknown format "${ext || '(none)'}"; use ${known}, or name the format with ${flag}`);
  }
  return format;
}

interface Args {
  input: string;
  output: string;
  from: FileFormat;
  to: FileFormat;
  settings: FormatSettings;
}

function parseArgs(argv: string[]): Args | 'help' {
  let input: string | undefined;
  let output: string | undefined;
  let from: string | undefined;
  let to: string | undefined;
  // Option names are typed by a person, "--__proto__" included: a null-prototype record keeps each one.
  const given: Record<string, string> = Object.create(null);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '-h' || arg === '--help') return 'help';
    if (arg === '-o' || arg === '--output') output = value();
    else if (arg === '--from') from = value();
    else if (arg === '--to') to = value();
    else if (arg.startsWith('--')) given[arg.slice(2)] = value();
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
    else if (input === undefined) input = arg;
    else throw new UsageError(`only one input file is accepted (got "${input}" and "${arg}")`);
  }
  if (input === undefined || output === undefined) throw new UsageError(usage().split('\n')[0]!);
  const source = from ? byId(from, OPEN_FORMATS, 'from') : byExtension(input, OPEN_FORMATS, '--from');
  const target = to ? byId(to, WRITABLE, 'to') : byExtension(output, WRITABLE, '--to');
  try {
    return { input, output, from: source, to: target, settings: resolveSettings(target, given) };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

async function readInput(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code ?? String(error)})`);
  }
}

/** Writes one file at `output`, several into the folder `output` (or a zip when it ends in .zip); returns what was written. */
async function writeOutput(output: string, files: OutputFile[]): Promise<string> {
  if (files.length === 1) {
    await writeFileAtomic(output, files[0]!.data);
    return output;
  }
  if (extensionOf(basename(output)) === '.zip') {
    await writeFileAtomic(output, bundleFiles(files, basename(output, '.zip')).data);
    return output;
  }
  await mkdir(output, { recursive: true });
  for (const file of files) await writeFileAtomic(join(output, file.name), file.data);
  return `${output}/{${files.map((f) => f.name).join(',')}}`;
}

async function main(argv: string[]): Promise<number> {
  let args: Args | 'help';
  try {
    args = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`convert: ${(error as Error).message}\n`);
    return 2;
  }
  if (args === 'help') {
    process.stdout.write(`${usage()}\n`);
    return 0;
  }
  const { input, output, from, to, settings } = args;
  let stage = input;
  try {
    const text = decodeUtf8(await readInput(input), from.label);
    const { graph, documents, repairs } = from.read!(text);
    for (const repair of repairs) process.stderr.write(`convert: ${input}: repaired: ${repair}\n`);
    const files = to.write!(graph, settings, { baseName: basename(output).replace(/\.[^.]*$/, '') || 'graph', documents });
    stage = output;
    const written = await writeOutput(output, files);
    process.stdout.write(`${written}: ${graph.order} nodes, ${graph.size} edges\n`);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`convert: ${stage}: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
