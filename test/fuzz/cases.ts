/**
 * Seeded mutation fuzzing of the readers of files from outside. A case is a valid GraphML (three
 * flavours), GEXF, project or graphology JSON file, changed by one to three mutations an attacker or an unlucky disk would make: byte
 * flips, truncations, duplicated or removed tags, swapped attributes, huge numbers, NaN and infinities,
 * 100,000-deep nesting, 10 MB values, hostile ids and attribute names, BOMs, UTF-16 and CRLF. The same
 * seed always gives the same case, so any failure is replayed from its seed alone.
 */
import { graphologyFormat } from '../../shared/formats/graphology';
import { writeGexf } from '../../shared/gexf/write';
import { createKnowledgeGraph, type KnowledgeGraph } from '../../shared/graph/schema';
import { safeAttributeName, safeKey } from '../../shared/graph/safe-keys';
import { writeGraphml } from '../../shared/graphml/write';
import { seededRandom } from '../../shared/layout/rng';
import { createProject, serializeProject } from '../../shared/project/codec';
import { HOSTILE_NAMES } from '../interop/arbitraries';
import { edge, node, sampleGraph } from '../interop/helpers';

export type FileKind = 'graphml' | 'gexf' | 'project' | 'graphology';

export interface FuzzCase {
  seed: number;
  kind: FileKind;
  /** What was done to the valid file, for the report. */
  mutations: string[];
  bytes: Uint8Array;
}

type Random = () => number;
type Mutation = (text: string, random: Random) => string;

const pick = <T>(list: readonly T[], random: Random): T => list[Math.floor(random() * list.length)]!;
const int = (n: number, random: Random) => Math.floor(random() * n);

/** A graph with the awkward things real files hold: hostile ids and names, extras of every type, parallel and undirected edges. */
function hostileGraph(): KnowledgeGraph {
  const g = createKnowledgeGraph();
  g.setAttribute(safeAttributeName('constructor'), 'graph level');
  const ids = ['plain', ...HOSTILE_NAMES.slice(0, 8)].map(safeKey);
  ids.forEach((id, i) => g.addNode(id, node(`Node ${i}`, 'Person', { x: i, y: -i, [safeAttributeName('__proto__')]: { polluted: true }, [safeAttributeName('toString')]: i })));
  ids.forEach((id, i) => g.addEdgeWithKey(safeKey(HOSTILE_NAMES[i]!), ids[0]!, id, edge('links', { [safeAttributeName('valueOf')]: 'v' })));
  g.addUndirectedEdge(ids[1]!, ids[2]!, edge('undirected'));
  return g;
}

const VALID: Record<FileKind, string[]> = (() => {
  const graphs = [sampleGraph(), hostileGraph()];
  const documents = [{ name: '001.txt', text: 'Medvedev dismissed the talks as "theatre" & more.' }];
  return {
    graphml: graphs.flatMap((g) => (['plain', 'gephi', 'yed'] as const).map((flavor) => writeGraphml(g, { flavor }))),
    gexf: graphs.map((g) => writeGexf(g)),
    project: graphs.map((g) => serializeProject(createProject({ documents, graph: g, view: { theme: 'dark' } }))),
    graphology: graphs.map((g) => String(graphologyFormat.write!(g, {}, { baseName: 'graph', documents: [] })[0]!.data)),
  };
})();

const TAG = /<[^<>]{0,200}>/g;
const ATTRIBUTE = /\s([\w.:-]+)="([^"]*)"/g;
const NUMBER = /-?\d+(\.\d+)?/g;
const JSON_STRING = /"(?:[^"\\]|\\.){0,200}"/g;

/** Spans of `pattern` in `text`, as [start, end] pairs. */
function spans(text: string, pattern: RegExp): Array<[number, number]> {
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

function replaceSpan(text: string, [start, end]: [number, number], by: string): string {
  return text.slice(0, start) + by + text.slice(end);
}

/** A mutation applied to a random match of `pattern`, or nothing when there is none. */
const atMatch = (pattern: RegExp, change: (match: string, random: Random) => string): Mutation => (text, random) => {
  const found = spans(text, pattern);
  if (found.length === 0) return text;
  const span = pick(found, random);
  return replaceSpan(text, span, change(text.slice(...span), random));
};

const HUGE = ['1e999', '-1e999', '1234567890123456789012345678901234567890', '9007199254740993', '1e-400', '0x10', '-0', '1_000'];
const SPECIAL = ['NaN', 'nan', 'INF', '-INF', 'Infinity', '-Infinity', '+INF', '', ' ', 'null', 'true'];
const NAMES = [...HOSTILE_NAMES, 'xmlns', 'xmlns:evil', 'id', 'for', 'key', 'attr.name', 'attr.type', 'relata.encoding', 'evil:node'];

const MUTATIONS: Record<string, Mutation> = {
  'truncate': (text, random) => text.slice(0, int(text.length, random)),
  'duplicate tag': atMatch(TAG, (tag) => tag + tag),
  'remove tag': atMatch(TAG, () => ''),
  'swap attributes': atMatch(TAG, (tag, random) => {
    const values = [...tag.matchAll(ATTRIBUTE)].map((m) => m[2]!);
    if (values.length < 2) return tag;
    const order = [...values].sort(() => random() - 0.5);
    let i = 0;
    return tag.replace(ATTRIBUTE, (_, name: string) => ` ${name}="${order[i++]}"`);
  }),
  'huge number': atMatch(NUMBER, (_, random) => pick(HUGE, random)),
  'NaN or infinity': atMatch(NUMBER, (_, random) => pick(SPECIAL, random)),
  'hostile id': (text, random) => text.replace(/(id|source|target|key|for)="[^"]*"/, (_, attr: string) => `${attr}="${pick(NAMES, random)}"`),
  'hostile attribute name': (text, random) => text.replace(/(attr\.name|title)="[^"]*"/, (_, attr: string) => `${attr}="${pick(NAMES, random)}"`),
  'hostile JSON key': atMatch(JSON_STRING, (_, random) => JSON.stringify(pick(NAMES, random))),
  'foreign element': atMatch(TAG, (tag, random) => `${tag}<evil:${pick(['node', 'edge', 'graph', 'key', 'data'], random)} xmlns:evil="urn:evil" id="x"/>`),
  'deep nesting': (text, random) => {
    const at = int(text.length, random);
    const depth = 100_000;
    if (text.trimStart().startsWith('{')) return replaceSpan(text, [at, at], '['.repeat(depth) + ']'.repeat(depth));
    return replaceSpan(text, [at, at], '<a>'.repeat(depth) + '</a>'.repeat(depth));
  },
  '10 MB value': atMatch(/"[^"<>]{0,40}"/g, (_, random) => `"${pick(['x', '&amp;', '\\u0000', 'é'], random).repeat(10 * 1024 * 1024 / 4)}"`),
  'DTD': (text, random) => replaceSpan(text, [0, 0], pick(['<!DOCTYPE x [<!ENTITY e "e">]>', '<!-- <!DOCTYPE x> -->', '<?xml version="1.0"?><!ENTITY x SYSTEM "file:///etc/passwd">'], random)),
  'CRLF': (text) => text.replace(/\n/g, '\r\n'),
  'control characters': atMatch(/[a-z]{1,20}/g, (word, random) => word + String.fromCharCode(int(32, random))),
  'comment and processing instruction': atMatch(TAG, (tag, random) => tag + pick(['<!---->', '<?relata ids="nmtoken"?>', '<?relata encoding="json"?>', '<?relata internal="__proto__" exact="constructor"?>', '<![CDATA[]]>'], random)),
};

/** Byte-level changes, made after the text is encoded. */
const BYTE_MUTATIONS: Record<string, (bytes: Uint8Array, random: Random) => Uint8Array> = {
  'byte flips': (bytes, random) => {
    const out = bytes.slice();
    for (let k = 0; k < 1 + int(8, random); k++) if (out.length > 0) out[int(out.length, random)] ^= 1 << int(8, random);
    return out;
  },
  'UTF-8 BOM': (bytes) => concat(new Uint8Array([0xef, 0xbb, 0xbf]), bytes),
  'UTF-16 with BOM': (bytes) => utf16(new TextDecoder().decode(bytes), true),
  'UTF-16 without BOM': (bytes) => utf16(new TextDecoder().decode(bytes), false),
  'NUL byte': (bytes, random) => {
    const out = bytes.slice();
    if (out.length > 0) out[int(out.length, random)] = 0;
    return out;
  },
};

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function utf16(text: string, bom: boolean): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  let at = 0;
  if (bom) {
    out[0] = 0xff;
    out[1] = 0xfe;
    at = 2;
  }
  for (let i = 0; i < text.length; i++, at += 2) {
    const c = text.charCodeAt(i);
    out[at] = c & 0xff;
    out[at + 1] = c >> 8;
  }
  return out;
}

/** Mutations that make a case of tens of megabytes: one case in a hundred has one, so long runs stay long only in count. */
const LARGE = new Set(['deep nesting', '10 MB value']);
export const MUTATION_NAMES = [...Object.keys(MUTATIONS), ...Object.keys(BYTE_MUTATIONS)];

/** The case a seed stands for; `forced` makes its first mutation the one named (to cover each on purpose). */
export function fuzzCase(seed: number, forced?: { kind: FileKind; mutation: string }): FuzzCase {
  const random = seededRandom(seed);
  let kind: FileKind = forced?.kind ?? pick(['graphml', 'gexf', 'project'] as const, random);
  // graphology JSON came later: drawn within the JSON third, so seeds found before keep their cases.
  if (forced === undefined && kind === 'project' && random() < 0.5) kind = 'graphology';
  let text = pick(VALID[kind], random);
  const mutations: string[] = [];
  const textual = Object.keys(MUTATIONS).filter((name) => !LARGE.has(name));
  const count = 1 + int(3, random);
  for (let k = 0; k < count; k++) {
    const name = k === 0 && forced !== undefined && forced.mutation in MUTATIONS ? forced.mutation : random() < 0.005 ? pick([...LARGE], random) : pick(textual, random);
    if (LARGE.has(name) && mutations.includes(name)) continue;
    mutations.push(name);
    text = MUTATIONS[name]!(text, random);
  }
  let bytes: Uint8Array = new TextEncoder().encode(text);
  if ((forced !== undefined && forced.mutation in BYTE_MUTATIONS) || random() < 0.3) {
    const name = forced !== undefined && forced.mutation in BYTE_MUTATIONS ? forced.mutation : pick(Object.keys(BYTE_MUTATIONS), random);
    mutations.push(name);
    bytes = BYTE_MUTATIONS[name]!(bytes, random);
  }
  return { seed, kind, mutations, bytes };
}
