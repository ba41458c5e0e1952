/**
 * GraphML key model: which attribute becomes which typed <key>, and how values are written and cast back.
 * Contract keys (BRIEF.md) come first with their preferred types; any other attribute gets a key whose
 * type is inferred from its values, and anything that is not a scalar is stored as JSON text.
 */

export type Domain = 'node' | 'edge' | 'graph';
/** GraphML attr.type values, plus `json` (a string key holding JSON) and `list` (a `|`-joined string). */
export type KeyKind = 'boolean' | 'int' | 'long' | 'float' | 'double' | 'string' | 'json' | 'list';

export const NODE_CONTRACT: ReadonlyArray<[string, KeyKind]> = [
  ['label', 'string'],
  ['type', 'string'],
  ['aliases', 'list'],
  ['mentions', 'int'],
  ['docs', 'list'],
  ['x', 'double'],
  ['y', 'double'],
  ['size', 'double'],
  ['color', 'string'],
  ['note', 'string'],
  ['tags', 'list'],
  ['pinned', 'boolean'],
];

export const EDGE_CONTRACT: ReadonlyArray<[string, KeyKind]> = [
  ['label', 'string'],
  ['predicate', 'string'],
  ['evidence', 'string'],
  ['doc', 'string'],
  ['confidence', 'double'],
  ['weight', 'double'],
  ['note', 'string'],
  ['tags', 'list'],
  ['docs', 'list'],
  ['pattern', 'string'],
  ['polarity', 'string'],
  ['modality', 'string'],
  ['source', 'string'],
];

/**
 * Attributes of Relata's model that travel as JSON under a `relata:` name, outside the contract keys:
 * structured provenance, and the graph's tombstones. A hint marks their keys (see ./hints.ts), so a
 * foreign attribute of the same name stays the foreign attribute it is.
 */
export const INTERNAL: ReadonlyMap<string, string> = new Map([
  ['occurrences', 'relata:occurrences'],
  ['support', 'relata:support'],
  ['relataDeleted', 'relata:deleted'],
]);

/** The graph attribute holding declared types (see ./types.ts): written as the keys' types, never as a key of its own. */
export const TYPES_ATTRIBUTE = 'relataTypes';

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

/** Narrowest kind holding a value, or undefined for values that only JSON can carry. */
function kindOf(value: unknown): KeyKind | undefined {
  switch (typeof value) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'boolean';
    case 'number':
      if (Number.isSafeInteger(value) && !Object.is(value, -0)) return value >= INT32_MIN && value <= INT32_MAX ? 'int' : 'long';
      return 'double';
    default:
      return undefined;
  }
}

const NUMERIC_RANK: Partial<Record<KeyKind, number>> = { int: 0, long: 1, double: 2 };

/** Joins two kinds seen for the same attribute into one that holds both. */
function widen(a: KeyKind, b: KeyKind): KeyKind {
  if (a === b) return a;
  const ra = NUMERIC_RANK[a];
  const rb = NUMERIC_RANK[b];
  if (ra !== undefined && rb !== undefined) return ra > rb ? a : b;
  return 'json';
}

/** Accumulates the kind of one attribute across every element that has it. */
export function observeKind(current: KeyKind | undefined, value: unknown, preferred?: KeyKind): KeyKind {
  if (preferred === 'list') {
    const fits = Array.isArray(value) && value.every((item) => typeof item === 'string');
    return fits && (current === undefined || current === 'list') ? 'list' : 'json';
  }
  const kind = kindOf(value) ?? 'json';
  let next = current === undefined ? kind : widen(current, kind);
  // A preferred numeric type is a floor: x stays `double` even when every x happens to be whole.
  if (preferred !== undefined && NUMERIC_RANK[preferred] !== undefined && NUMERIC_RANK[next] !== undefined) next = widen(next, preferred);
  return next;
}

/** True when `|`-joining and splitting gives this list back. */
export function listJoinable(list: readonly string[]): boolean {
  if (list.length === 1 && list[0] === '') return false;
  for (const item of list) if (item.includes('|')) return false;
  return true;
}

/** Splits a `|`-joined list value; the empty string is the empty list. */
export function splitList(text: string): string[] {
  return text === '' ? [] : text.split('|');
}

/** The text of a value under a key of `kind` (XML escaping is the writer's job). */
export function formatValue(kind: KeyKind, value: unknown): string {
  switch (kind) {
    case 'string':
      return value as string;
    case 'boolean':
      return value ? 'true' : 'false';
    case 'int':
    case 'long':
      return String(value);
    case 'float':
    case 'double': {
      // Values no JavaScript number holds (NaN, INF, 1e999) are kept as their text.
      if (typeof value === 'string') return value;
      const n = value as number;
      if (Number.isNaN(n)) return 'NaN';
      if (n === Infinity) return 'INF';
      if (n === -Infinity) return '-INF';
      return Object.is(n, -0) ? '-0' : String(n);
    }
    case 'list':
      return (value as string[]).join('|');
    case 'json':
      return jsonText(value);
  }
}

/**
 * JSON text of a value, keeping -0, which JSON.stringify writes as 0 and JSON.parse reads back from "-0":
 * a key whose values are of several kinds holds each as JSON, a double's -0 among them.
 */
function jsonText(value: unknown): string {
  if (Object.is(value, -0)) return '-0';
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : jsonText(item))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${jsonText(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Maps a GraphML attr.type (any case, including Gephi's `integer`) to a kind; unknown types read as strings. */
export function kindFromAttrType(attrType: string | undefined): KeyKind {
  switch ((attrType ?? 'string').toLowerCase()) {
    case 'boolean':
      return 'boolean';
    case 'int':
    case 'integer':
      return 'int';
    case 'long':
      return 'long';
    case 'float':
      return 'float';
    case 'double':
      return 'double';
    default:
      return 'string';
  }
}

export const INTEGER = /^\s*[+-]?\d+\s*$/;
export const DECIMAL = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;
/** The texts of the doubles no JavaScript number is kept as (by their upper-case spellings). */
export const SPECIAL_DOUBLES: ReadonlyMap<string, string> = new Map([
  ['NAN', 'NaN'],
  ['INF', 'INF'],
  ['+INF', 'INF'],
  ['INFINITY', 'INF'],
  ['+INFINITY', 'INF'],
  ['-INF', '-INF'],
  ['-INFINITY', '-INF'],
]);

/**
 * Casts the text of a value to its key's kind; returns undefined when the text does not fit. Numbers
 * a JavaScript number cannot hold exactly keep their text: a long beyond 2^53, NaN and ±INF (as
 * "NaN", "INF", "-INF"), a double beyond its range.
 */
export function castValue(kind: KeyKind, text: string): unknown {
  switch (kind) {
    case 'string':
    case 'list':
      return text;
    case 'boolean': {
      const t = text.trim().toLowerCase();
      if (t === 'true' || t === '1') return true;
      if (t === 'false' || t === '0') return false;
      return undefined;
    }
    case 'int':
    case 'long':
      if (INTEGER.test(text)) {
        const n = Number(text);
        return Number.isSafeInteger(n) ? n : text.trim();
      }
      // Some tools write whole numbers as "3.0" under integer keys.
      if (DECIMAL.test(text) && Number.isSafeInteger(Number(text))) return Number(text);
      return undefined;
    case 'float':
    case 'double': {
      // DECIMAL and Number both allow the spaces trim() takes, so the usual number needs no trimmed copy.
      if (DECIMAL.test(text)) {
        const n = Number(text);
        return Number.isFinite(n) ? n : text.trim();
      }
      return SPECIAL_DOUBLES.get(text.trim().toUpperCase());
    }
    case 'json':
      // Relata writes an empty provenance list on nearly every element: a new array, without a parse.
      if (text === '[]') return [];
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return undefined;
      }
  }
}

/** The GraphML attr.type written for a kind. */
export function attrTypeOf(kind: KeyKind): string {
  return kind === 'json' || kind === 'list' ? 'string' : kind;
}
