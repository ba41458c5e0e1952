/**
 * compromise's bulk matcher (methods.one.bulkMatch, which runs its post-tagger's 730 hooked patterns
 * over every comma-separated chunk of a sentence), with the same results in the same order and one
 * step made faster. compromise finds each chunk's candidate patterns by testing every hook word and
 * tag against the chunk, 730 look-ups and a fresh list of keys per chunk: a fifth of a parse. Here a
 * chunk's own words and tags are looked up among the hooks instead, and the patterns found are put
 * back in compromise's order of hooks. The rest (needs, wants, size, running the matches) is
 * compromise's own logic, restated since its modules are not exported.
 */
import nlp from 'compromise';

/** A compiled match pattern of a net, as far as choosing and running it goes. */
interface NetMatch {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
}

interface Net {
  hooks: Record<string, NetMatch[]>;
  always: NetMatch[];
}

interface Methods {
  one: {
    cacheDoc(document: unknown[][]): Set<string>[];
    match(document: unknown[][], match: NetMatch): { ptrs: number[][] };
  };
}

/**
 * A net's hooks by their place in compromise's order (Object.keys): each key's place, and each place's
 * patterns with a number per distinct match text (compromise keeps the first of a text only).
 */
interface HookIndex {
  rank: Map<string, number>;
  patterns: NetMatch[][];
  texts: Int32Array[];
  /** Per match text, the last call of hookedMatches that took it. */
  taken: Int32Array;
  calls: number;
}

const hookIndexes = new WeakMap<Record<string, NetMatch[]>, HookIndex>();

function hookIndex(hooks: Record<string, NetMatch[]>): HookIndex {
  let index = hookIndexes.get(hooks);
  if (!index) {
    const keys = Object.keys(hooks);
    const textIds = new Map<string, number>();
    const idOf = (text: string) => textIds.get(text) ?? textIds.set(text, textIds.size).size - 1;
    const patterns = keys.map((key) => hooks[key]!);
    index = {
      rank: new Map(keys.map((key, k) => [key, k])),
      patterns,
      texts: patterns.map((list) => Int32Array.from(list, (m) => idOf(m.match))),
      taken: new Int32Array(textIds.size).fill(-1),
      calls: 0,
    };
    hookIndexes.set(hooks, index);
  }
  return index;
}

/** The patterns hooked on a chunk's words and tags, in the order of the net's hooks, each match text once. */
function hookedMatches(cache: Set<string>, hooks: Record<string, NetMatch[]>): NetMatch[] {
  const index = hookIndex(hooks);
  // The marks are call numbers: start them over before they outgrow an Int32Array.
  if (index.calls === 0x7fffffff) {
    index.taken.fill(-1);
    index.calls = 0;
  }
  const call = index.calls++;
  const present: number[] = [];
  for (const item of cache) {
    const k = index.rank.get(item);
    if (k !== undefined) present.push(k);
  }
  present.sort((a, b) => a - b);
  const found: NetMatch[] = [];
  for (const k of present) {
    const patterns = index.patterns[k]!;
    const texts = index.texts[k]!;
    for (let p = 0; p < patterns.length; p++) {
      if (index.taken[texts[p]!] === call) continue;
      index.taken[texts[p]!] = call;
      found.push(patterns[p]!);
    }
  }
  return found;
}

/** Whether a chunk has what the pattern needs, none of what rules it out, and enough of what it wants. */
function worthTrying(m: NetMatch, cache: Set<string>, words: number): boolean {
  if (words < m.minWords) return false;
  for (const need of m.needs) if (!cache.has(need)) return false;
  if (m.ifNo !== undefined) for (const no of m.ifNo) if (cache.has(no)) return false;
  if (m.wants.length === 0) return true;
  let wanted = 0;
  for (const want of m.wants) if (cache.has(want)) wanted++;
  return wanted >= m.minWant;
}

/**
 * methods.one.bulkMatch: every match of the net's patterns in the document, chunk by chunk. Choosing
 * a chunk's patterns reads only its cache, which matching leaves alone, so each is run as it is chosen.
 */
function bulkMatch(document: unknown[][], net: Net, methods: Methods, opts: { matchOne?: boolean } = {}): Array<NetMatch & { pointer: number[] }> {
  const caches = methods.one.cacheDoc(document);
  const results: Array<NetMatch & { pointer: number[] }> = [];
  const run = (m: NetMatch, n: number): boolean => {
    const { ptrs } = methods.one.match([document[n]!], m);
    for (const ptr of ptrs) {
      ptr[0] = n;
      results.push({ ...m, pointer: ptr });
    }
    return ptrs.length > 0 && opts.matchOne === true;
  };
  for (let n = 0; n < document.length; n++) {
    const cache = caches[n]!;
    const words = document[n]!.length;
    for (const m of hookedMatches(cache, net.hooks)) if (worthTrying(m, cache, words) && run(m, n)) return [results[0]!];
    for (const m of net.always) if (words >= m.minWords && run(m, n)) return [results[0]!];
  }
  return results;
}

nlp.plugin({ methods: { one: { bulkMatch } } } as unknown as Parameters<typeof nlp.plugin>[0]);
