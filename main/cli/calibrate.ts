/**
 * `npm run calibrate [-- --docs DIR --gold DIR]`
 * How far an edge's confidence can be trusted: extracts the news development set, has its own
 * scorer (../shared/eval/score_news.py) judge every edge it can judge, and prints the reliability
 * table (confidence bin → observed precision) and each pattern's precision beside its declared
 * confidence. The patterns' confidences (shared/extract/patterns) are set from this table.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { extractGraph } from '../../shared/extract/index';
import { PATTERNS } from '../../shared/extract/patterns/index';
import { writeGraphml } from '../../shared/graphml/write';
import { nerModel } from '../extract/ner-model';
import { readDocuments } from './documents';

const EVAL = resolve(import.meta.dirname, '../../../shared/eval');

/**
 * The scorer's own matching, edge by edge: one JSON line per edge whose two ends are named entities
 * of its article, with whether it states one of the article's relations. Calibrating against the
 * reference's rules rather than a copy of them keeps the two from drifting apart.
 */
const JUDGE = `
import json, sys
sys.path.insert(0, sys.argv[1])
import score_news as s
nodes, edges, _ = s.load_graphml(sys.argv[2])
gold = s.load_gold(sys.argv[3])
for e in edges:
    for d in e["docs"]:
        g = gold.get(d)
        if g is None:
            continue
        S = s.node_entities(nodes.get(e["source"]), g) if e["source"] in nodes else set()
        T = s.node_entities(nodes.get(e["target"]), g) if e["target"] in nodes else set()
        named = lambda ids: {i for i in ids if g["entities"][i]["ntype"] in s.NAMED_TYPES and not g["entities"][i]["optional"]}
        if named(S) and named(T):
            ok = any(s.match_edge_rel(e, S, T, r) == "match" for r in g["relations"])
            print(json.dumps({"source": e["source"], "target": e["target"], "label": e["label"], "ok": ok}))
`;

interface Judged {
  confidence: number;
  pattern: string;
  ok: boolean;
}

const BINS = [0.5, 0.6, 0.7, 0.8, 0.9];

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n');
}

const share = (right: number, all: number) => (all ? (right / all).toFixed(2) : '–');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { docs: { type: 'string', default: join(EVAL, 'news-dev/docs') }, gold: { type: 'string', default: join(EVAL, 'news-dev/gold') } },
  });
  const docsDir = resolve(values.docs!);
  const files = (await readdir(docsDir)).filter((f) => f.endsWith('.txt')).sort().map((f) => join(docsDir, f));
  const graph = extractGraph(await readDocuments(files), { model: nerModel() });
  const dir = await mkdtemp(join(tmpdir(), 'relata-calibrate-'));
  try {
    const path = join(dir, 'news-dev.graphml');
    await writeFile(path, writeGraphml(graph));
    const lines = execFileSync('python3', ['-c', JUDGE, EVAL, path, resolve(values.gold!)], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
    const judged: Judged[] = lines.map((line) => {
      const { source, target, label, ok } = JSON.parse(line) as { source: string; target: string; label: string; ok: boolean };
      const edge = graph.findEdge(source, target, (_, attr) => attr.label === label);
      if (edge === undefined) throw new Error(`the scorer judged an edge the graph does not have: ${source} -[${label}]-> ${target}`);
      const attr = graph.getEdgeAttributes(edge);
      return { confidence: attr.confidence, pattern: attr.pattern ?? '', ok };
    });
    printReliability(judged);
    printPatterns(judged);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function printReliability(judged: Judged[]): void {
  const rows = [['confidence', 'edges', 'right', 'precision']];
  BINS.forEach((low, k) => {
    const high = BINS[k + 1] ?? 1.0001;
    const inBin = judged.filter((j) => j.confidence >= low && j.confidence < high);
    rows.push([`${low.toFixed(1)}–${Math.min(high, 1).toFixed(1)}`, String(inBin.length), String(inBin.filter((j) => j.ok).length), share(inBin.filter((j) => j.ok).length, inBin.length)]);
  });
  const below = judged.filter((j) => j.confidence < BINS[0]!);
  rows.push([`< ${BINS[0]!.toFixed(1)}`, String(below.length), String(below.filter((j) => j.ok).length), share(below.filter((j) => j.ok).length, below.length)]);
  const high = judged.filter((j) => j.confidence >= 0.8);
  console.log(`Reliability on the news development set (${judged.length} edges the reference can judge)\n`);
  console.log(table(rows));
  console.log(`\nedges at ≥ 0.8: ${high.length}, right ${share(high.filter((j) => j.ok).length, high.length)} (target ≥ 0.80)\n`);
}

function printPatterns(judged: Judged[]): void {
  const rows = [['pattern', 'declared', 'edges', 'precision']];
  for (const pattern of PATTERNS) {
    const mine = judged.filter((j) => j.pattern === pattern.name);
    rows.push([pattern.name, pattern.confidence.toFixed(2), String(mine.length), share(mine.filter((j) => j.ok).length, mine.length)]);
  }
  console.log(table(rows));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
