/**
 * compromise's bulk matcher (methods.one.bulkMatch, which runs its post-tagger's 730 hooked patterns
 * over every comma-separated chunk of a sentence), with the same results in the same order and
 * choosing the patterns to run made faster. compromise finds each chunk's candidate patterns by
 * testing every hook word and tag against the chunk, 730 look-ups and a fresh list of keys per chunk:
 * a fifth of a parse. Here a chunk's own words and tags are looked up among the hooks instead, and the
 * patterns found are put back in compromise's order of hooks. A chunk has some 300 candidates there,
 * of which one in fifteen has all it needs; here a pattern is looked at only when the chunk has the
 * need of it that fewest patterns share (a common tag such as #Noun is shared by 83), and its needs
 * and wants are tested as numbered hooks. The rest (what needs, wants and size allow, running the
 * matches) is compromise's own logic, restated since its modules are not exported.
 */
import nlp from 'compromise';
import { matchFromStarts, type Matcher, type StepMatch } from './match-starts';

/** A compiled match pattern of a net, as far as choosing and running it goes. */
interface NetMatch extends StepMatch {
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
    match: Matcher;
  };
}

/**
 * A pattern as choosing it reads it: its needs and wants as places among the hooks (every need and
 * want is a hook), so testing them is a look-up in a typed array rather than in the chunk's set of
 * strings; and, as an index of all such records, one shape where compromise's patterns have many.
 */
interface Choice {
  pattern: NetMatch;
  /** Its number among the net's patterns. */
  id: number;
  /** Its match text's number: compromise keeps the first pattern of a text only. */
  text: number;
  /**
   * The hooks it is listed under (its needs and wants), ascending, and its place in each list: its
   * place in a chunk's candidates is at the first of them the chunk has, numbered as place in PLACES.
   */
  hooks: Int32Array;
  places: Int32Array;
  needs: Int32Array;
  wants: Int32Array;
  minWant: number;
  minWords: number;
  ifNo: string[] | undefined;
}

/** A net's hooks by their place in compromise's order (Object.keys). */
interface HookIndex {
  rank: Map<string, number>;
  /**
   * Per hook, the patterns to look at when a chunk has it: those of which it is the need fewest
   * patterns share, and those that need nothing and want it.
   */
  keyed: Choice[][];
  /** Per pattern, the last call of chosenMatches that looked at it. */
  seen: Int32Array;
  /** Per match text, the last call of chosenMatches that took it. */
  taken: Int32Array;
  /** Per hook, the last call of chosenMatches whose chunk has it. */
  present: Int32Array;
  calls: number;
}

/** More than any hook's patterns: a candidate's place in compromise's list is its hook's rank times this plus its place in the hook's list. */
const PLACES = 1 << 16;

const hookIndexes = new WeakMap<Record<string, NetMatch[]>, HookIndex>();

function hookIndex(hooks: Record<string, NetMatch[]>): HookIndex {
  let index = hookIndexes.get(hooks);
  if (!index) {
    const keys = Object.keys(hooks);
    const rank = new Map(keys.map((key, k) => [key, k]));
    const textIds = new Map<string, number>();
    const idOf = (text: string) => textIds.get(text) ?? textIds.set(text, textIds.size).size - 1;
    const ranks = (items: string[]) => Int32Array.from(items, (item) => rank.get(item)!);
    const listings = new Map<NetMatch, Array<[number, number]>>();
    keys.forEach((key, k) => hooks[key]!.forEach((m, place) => listings.set(m, [...(listings.get(m) ?? []), [k, place]])));
    const choices = [...listings].map(([m, listed], id): Choice => {
      const needs = ranks(m.needs);
      return { pattern: m, id, text: idOf(m.match), hooks: Int32Array.from(listed, ([k]) => k), places: Int32Array.from(listed, ([, place]) => place), needs, wants: ranks(m.wants), minWant: m.minWant, minWords: m.minWords, ifNo: m.ifNo };
    });
    const keyed: Choice[][] = keys.map(() => []);
    for (const choice of choices) {
      const { needs } = choice;
      if (needs.length === 0) for (const k of choice.hooks) keyed[k]!.push(choice);
      else keyed[needs.reduce((rarest, k) => (hooks[keys[k]!]!.length < hooks[keys[rarest]!]!.length ? k : rarest))]!.push(choice);
    }
    index = { rank, keyed, seen: new Int32Array(choices.length).fill(-1), taken: new Int32Array(textIds.size).fill(-1), present: new Int32Array(keys.length).fill(-1), calls: 0 };
    hookIndexes.set(hooks, index);
  }
  return index;
}

/**
 * The patterns hooked on a chunk's words and tags, in the order of the net's hooks, each match text
 * once, that the chunk has what they need, none of what rules them out, and enough of what they want.
 */
function chosenMatches(cache: Set<string>, words: number, hooks: Record<string, NetMatch[]>): NetMatch[] {
  const index = hookIndex(hooks);
  // The marks are call numbers: start them over before they outgrow an Int32Array.
  if (index.calls === 0x7fffffff) {
    index.seen.fill(-1);
    index.taken.fill(-1);
    index.present.fill(-1);
    index.calls = 0;
  }
  const call = index.calls++;
  const present: number[] = [];
  for (const item of cache) {
    const k = index.rank.get(item);
    if (k === undefined) continue;
    present.push(k);
    index.present[k] = call;
  }
  const needed: Array<[place: number, choice: Choice]> = [];
  for (const k of present) {
    for (const choice of index.keyed[k]!) {
      if (index.seen[choice.id] === call) continue;
      index.seen[choice.id] = call;
      if (hasAll(choice.needs, index.present, call)) needed.push([placeOf(choice, index.present, call), choice]);
    }
  }
  needed.sort((a, b) => a[0] - b[0]);
  const found: NetMatch[] = [];
  for (const [, choice] of needed) {
    if (index.taken[choice.text] === call) continue;
    index.taken[choice.text] = call;
    if (worthTrying(choice, index.present, call, cache, words)) found.push(choice.pattern);
  }
  return found;
}

/** Whether a chunk (its hooks marked `call` in `present`) has every one of these hooks. */
function hasAll(hooks: Int32Array, present: Int32Array, call: number): boolean {
  for (let k = 0; k < hooks.length; k++) if (present[hooks[k]!] !== call) return false;
  return true;
}

/** Where compromise's list of a chunk's candidates has the pattern: under the first of its hooks the chunk has. */
function placeOf(choice: Choice, present: Int32Array, call: number): number {
  let k = 0;
  while (present[choice.hooks[k]!] !== call) k++;
  return choice.hooks[k]! * PLACES + choice.places[k]!;
}

/** Whether a chunk (its hooks marked `call` in `present`) that has what the pattern needs is long enough, has none of what rules it out, and enough of what it wants. */
function worthTrying(choice: Choice, present: Int32Array, call: number, cache: Set<string>, words: number): boolean {
  if (words < choice.minWords) return false;
  const { wants } = choice;
  if (choice.ifNo !== undefined) for (const no of choice.ifNo) if (cache.has(no)) return false;
  if (wants.length === 0) return true;
  let wanted = 0;
  for (let k = 0; k < wants.length; k++) if (present[wants[k]!] === call) wanted++;
  return wanted >= choice.minWant;
}

/**
 * methods.one.bulkMatch: every match of the net's patterns in the document, chunk by chunk. Choosing
 * a chunk's patterns reads only its cache, which matching leaves alone, so they are chosen before any runs.
 */
function bulkMatch(document: unknown[][], net: Net, methods: Methods, opts: { matchOne?: boolean } = {}): Array<NetMatch & { pointer: number[] }> {
  const caches = methods.one.cacheDoc(document);
  const results: Array<NetMatch & { pointer: number[] }> = [];
  const run = (m: NetMatch, n: number): boolean => {
    const ptrs = matchFromStarts(document[n]!, m, methods.one.match) ?? methods.one.match([document[n]!], m).ptrs;
    for (const ptr of ptrs) {
      ptr[0] = n;
      results.push({ ...m, pointer: ptr });
    }
    return ptrs.length > 0 && opts.matchOne === true;
  };
  for (let n = 0; n < document.length; n++) {
    const cache = caches[n]!;
    const words = document[n]!.length;
    for (const m of chosenMatches(cache, words, net.hooks)) if (run(m, n)) return [results[0]!];
    for (const m of net.always) if (words >= m.minWords && run(m, n)) return [results[0]!];
  }
  return results;
}

nlp.plugin({ methods: { one: { bulkMatch } } } as unknown as Parameters<typeof nlp.plugin>[0]);
