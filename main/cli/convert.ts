/**
 * `npm run convert -- <in.graphml|in.gexf|in.relata> -o <out.graphml|out.gexf|out.relata> [--flavor plain|gephi|yed]`
 * Converts between Relata's file formats without the UI. Exit 0 on success; otherwise one line on
 * stderr and exit 1 (bad input) or 2 (bad usage). The output is written atomically, so a failed
 * conversion never damages an existing file.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { readGexf } from '../../shared/gexf/read';
import { writeGexf } from '../../shared/gexf/write';
import type { KnowledgeGraph, SourceDocument } from '../../shared/graph/schema';
import { readGraphml } from '../../shared/graphml/read';
import { writeGraphml, type GraphmlFlavor } from '../../shared/graphml/write';
import { createProject, parseProject, projectGraph, serializeProject } from '../../shared/project/codec';
import { decodeUtf8 } from '../../shared/xml/guard';
import { writeFileAtomic } from '../io/atomic-write';

const FORMATS = ['.graphml', '.gexf', '.relata'] as const;
type Format = (typeof FORMATS)[number];

class UsageError extends Error {}

function formatOf(path: string): Format {
  const ext = extname(path).toLowerCase();
  const format = ext === '.xml' ? '.graphml' : ext;
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`${path}: unknown format "${ext || '(none)'}"; use .graphml, .gexf or .relata`);
  return format as Format;
}

function parseArgs(argv: string[]): { input: string; output: string; flavor: GraphmlFlavor } {
  let input: string | undefined;
  let output: string | undefined;
  let flavor: GraphmlFlavor = 'plain';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-o' || arg === '--output') output = argv[++i];
    else if (arg === '--flavor') {
      const value = argv[++i];
      if (value !== 'plain' && value !== 'gephi' && value !== 'yed') throw new UsageError(`--flavor must be plain, gephi or yed (got "${value ?? ''}")`);
      flavor = value;
    } else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
    else if (input === undefined) input = arg;
    else throw new UsageError(`only one input file is accepted (got "${input}" and "${arg}")`);
  }
  if (input === undefined || output === undefined) throw new UsageError('usage: convert <in.graphml|in.gexf|in.relata> -o <out.graphml|out.gexf|out.relata> [--flavor plain|gephi|yed]');
  return { input, output, flavor };
}

async function readInput(path: string, format: Format): Promise<{ graph: KnowledgeGraph; documents: SourceDocument[] }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code ?? String(error)})`);
  }
  const text = decodeUtf8(bytes, format === '.relata' ? 'project' : format.slice(1).toUpperCase());
  if (format === '.graphml') return { graph: readGraphml(text), documents: [] };
  if (format === '.gexf') return { graph: readGexf(text), documents: [] };
  const project = parseProject(text);
  return { graph: projectGraph(project), documents: project.documents };
}

function render(format: Format, graph: KnowledgeGraph, documents: SourceDocument[], flavor: GraphmlFlavor): string {
  if (format === '.graphml') return writeGraphml(graph, { flavor });
  if (format === '.gexf') return writeGexf(graph);
  return serializeProject(createProject({ documents, graph }));
}

async function main(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parseArgs>;
  let formats: [Format, Format];
  try {
    args = parseArgs(argv);
    formats = [formatOf(args.input), formatOf(args.output)];
  } catch (error) {
    process.stderr.write(`convert: ${(error as Error).message}\n`);
    return 2;
  }
  let stage = args.input;
  try {
    const { graph, documents } = await readInput(args.input, formats[0]);
    const text = render(formats[1], graph, documents, args.flavor);
    stage = args.output;
    await writeFileAtomic(args.output, text);
    process.stdout.write(`${args.output}: ${graph.order} nodes, ${graph.size} edges\n`);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`convert: ${stage}: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
