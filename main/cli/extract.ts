/**
 * `npm run extract -- <file-or-folder>... -o <out.graphml> [--format graphml|json]`
 * Extracts a knowledge graph from text files; `json` writes a Relata project (documents and graph). Exits non-zero with a one-line reason on bad input.
 */
import { parseArgs } from 'node:util';
import { extractGraph } from '../../shared/extract/index';
import { applyInitialLayout } from '../../shared/graph/initial-layout';
import { writeGraphml } from '../../shared/graphml/write';
import { createProject, serializeProject } from '../../shared/project/codec';
import { readFile } from 'node:fs/promises';
import { NerModel } from '../../shared/extract/ner/model';
import { nerModel } from '../extract/ner-model';
import { writeFileAtomic } from '../io/atomic-write';
import { expandPaths, readDocuments } from './documents';

const USAGE = 'usage: npm run extract -- <file-or-folder>... -o <out.graphml> [--format graphml|json] [--model tagger.bin]';
/** Above this many characters (a few seconds of work) the CLI reports progress on stderr. */
const LARGE_CORPUS_CHARS = 256 * 1024;

/** Progress on stderr: one line rewritten in place on a terminal, a line per tenth in a log. */
function progressLine(totalChars: number): (done: number, total: number) => void {
  const mb = (totalChars / 1048576).toFixed(1);
  let lastTenth = -1;
  return (done, total) => {
    const line = `extracting ${mb} MB: ${done}/${total} documents`;
    if (process.stderr.isTTY) {
      process.stderr.write(`\r${line}${done === total ? '\n' : ''}`);
    } else if (Math.floor((done / total) * 10) > lastTenth) {
      lastTenth = Math.floor((done / total) * 10);
      process.stderr.write(`${line}\n`);
    }
  };
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { out: { type: 'string', short: 'o' }, format: { type: 'string', default: 'graphml' }, model: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (positionals.length === 0 || !values.out) throw new Error(`missing ${positionals.length === 0 ? 'input files' : '-o <out>'}; ${USAGE}`);
  if (values.format !== 'graphml' && values.format !== 'json') throw new Error(`unknown --format "${values.format}" (use graphml or json)`);

  const documents = (await readDocuments(await expandPaths(positionals))).filter((d) => d.text.trim().length > 0);
  if (documents.length === 0) throw new Error('the corpus is empty: no non-empty .txt, .text or .md files in the given paths');

  const totalChars = documents.reduce((n, d) => n + d.text.length, 0);
  const graph = extractGraph(documents, { model: values.model ? new NerModel(await readFile(values.model)) : nerModel(), ...(totalChars > LARGE_CORPUS_CHARS ? { onProgress: progressLine(totalChars) } : {}) });
  applyInitialLayout(graph);

  const output = values.format === 'json' ? serializeProject(createProject({ documents, graph })) : writeGraphml(graph);
  await writeFileAtomic(values.out, output);
  console.error(`wrote ${values.out}: ${graph.order} nodes, ${graph.size} edges from ${documents.length} documents`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`relata extract: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
