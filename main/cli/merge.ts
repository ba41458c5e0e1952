/**
 * `npm run merge -- <a.jsonl> <b.jsonl>... -o <out.graphml> [--format graphml|json] [--layout none|fast|full]`
 * Resolves and assembles the analyses that `extract --shard i/n --analyses` wrote, shard by shard, into
 * the graph one run over the whole corpus would have made. Refuses a missing, repeated, unfinished or
 * foreign shard with a one-line reason.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { ShardMerger } from '../../shared/extract/shards';
import { GRAPH_FILE_ARGS, graphFileOptions, writeGraphFile } from './graph-file';
import { runCommand, type Interrupt } from './interrupt';

const USAGE = 'usage: npm run merge -- <shard.jsonl>... -o <out.graphml> [--format graphml|json] [--layout none|fast|full]';

runCommand('merge', async (argv: string[], interrupt: Interrupt) => {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { ...GRAPH_FILE_ARGS, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const output = graphFileOptions(values);
  if (positionals.length === 0 || output.out === undefined) throw new Error(`missing ${positionals.length === 0 ? 'shard files' : '-o <out>'}; ${USAGE}`);

  const merger = new ShardMerger();
  for (const file of positionals) {
    merger.beginFile(file);
    // Line by line: a shard's file can be larger than a string may be.
    const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
    let lineNumber = 0;
    try {
      for await (const line of lines) {
        merger.addLine(line, ++lineNumber);
        interrupt.check();
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new Error(`${file}: does not exist`);
      if (code === 'EISDIR') throw new Error(`${file}: is a folder, not a file of analyses`);
      throw error;
    } finally {
      lines.close();
    }
  }
  await writeGraphFile(merger.finish(), { ...output, out: output.out }, interrupt);
});
