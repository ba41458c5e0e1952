/**
 * A compromise match pattern run on a chunk only from the terms its first step accepts.
 * compromise's matcher (methods/match/index.js) tries a pattern from every term of a chunk, each time
 * with a fresh slice of the rest of the chunk and a fresh state, and reads the pattern's first step
 * through property look-ups that no one shape of step keeps fast; on news text that step rejects the
 * term at four starts in five. Where the first step must take one term and asks for a plain word, a
 * tag or one of a few words ("(a|b)", its fast form), it is tested here as compromise tests it
 * (term/doesMatch.js), and compromise runs the pattern, anchored ('^'), on the rest of the chunk from
 * each start that passes; where the second step is as plain and must take the next term, that term is
 * tested too, which halves the starts compromise tries. Its other steps read a term's position against
 * the chunk's end ('$'), which is the same from there, or against its start, which after a first step
 * that took a term is no start either way. The matcher's own walk is kept: a match is tried only after
 * the end of the one before it, and the pattern's group is what is reported. A veto (notIf) drops
 * matches after the walk has stepped over them, so the walk is taken over the matches found without
 * it, and the veto is then put to the matches it kept (compromise runs the pattern with its veto on
 * those starts again). An end ('$') on the last step drops the matches that stop short of the chunk's
 * end, which the results would no longer tell either; where that step must take a term it can only
 * take the last one, so it drops none, and other patterns with a final '$' run as compromise runs
 * them.
 */

/** A step of a compiled pattern, as far as telling a plain first step goes. */
export interface MatchStep {
  word?: string;
  tag?: string;
  /** "(a|b)" of single words; with `pos`, of words of that tag ("{work/verb}"). */
  fastOr?: Set<string>;
  pos?: string;
  /** What else a step may ask of a term, ahead of fastOr in compromise's tests. */
  method?: string;
  pre?: string;
  post?: string;
  regex?: RegExp;
  chunk?: string;
  switch?: string;
  machine?: string;
  sense?: string;
  use?: string;
  id?: string;
  fuzzy?: boolean;
  anything?: boolean;
  /** A block's choices, each a run of steps ("(a b|c)"), taken by operator 'or' or 'and'. */
  choices?: MatchStep[][];
  operator?: string;
  optional?: boolean;
  negative?: boolean;
  greedy?: boolean;
  start?: boolean;
  end?: boolean;
}

/** A compiled pattern, as far as running it goes. */
export interface StepMatch {
  regs: MatchStep[];
  group?: string | number;
  notIf?: unknown;
  justOne?: boolean;
}

/** A term, as far as a plain step reads it. */
interface MatchTerm {
  id: string;
  text: string;
  normal: string;
  machine?: string | null;
  root?: string;
  implicit?: string;
  alias?: string[];
  switch?: string;
  tags: Set<string>;
}

/** compromise's matcher (methods.one.match): a match's pointer is [sentence, start, end, start id, end id]. */
export type Matcher = (document: unknown[][], match: StepMatch) => { ptrs: number[][]; byGroup: Record<string, number[][]> };

type TermTest = (term: MatchTerm) => boolean;

interface Compiled {
  test: TermTest;
  /**
   * The second step's test of the term after a start, where the first step takes that one term (it
   * is not greedy) and the second must take the next: most starts the first step accepts fail there.
   */
  nextTest: TermTest | undefined;
  /** Steps that must each take a term: compromise tries no start with fewer terms left. */
  minLength: number;
  /** The pattern anchored at its first term, without its veto, reporting whole matches (their groups beside them). */
  anchored: StepMatch;
  /** The same with the pattern's veto, if it has one. */
  vetoed: StepMatch | undefined;
  group: string | undefined;
}

/**
 * A required step's test of the term it takes first, or undefined when the step is not a plain word,
 * tag, switch ("%Noun|Verb%") or block of such choices. A pass is what compromise needs to go on; a
 * block's other terms are compromise's to test.
 */
function plainStepTest(step: MatchStep): TermTest | undefined {
  const required = !step.optional && !step.negative && !step.anything && !step.start && !step.end && step.id === undefined;
  if (!required) return undefined;
  if (step.choices !== undefined) return blockTest(step.choices, step.operator);
  const { word, tag } = step;
  if (word !== undefined) {
    if (step.use !== undefined || step.fuzzy) return undefined;
    return (term) => term.machine === word || term.alias?.includes(word) === true || term.text === word || term.normal === word;
  }
  if (tag !== undefined) return (term) => term.tags.has(tag);
  // compromise's doesMatch reads these before a switch, and a switch before the fast or.
  if ([step.method, step.pre, step.post, step.regex, step.chunk].some((ask) => ask !== undefined)) return undefined;
  const { switch: kind } = step;
  if (kind !== undefined) return (term) => term.switch === kind;
  const { fastOr, pos } = step;
  if (fastOr === undefined || step.machine !== undefined || step.sense !== undefined) return undefined;
  return (term) => (!pos || term.tags.has(pos)) && (fastOr.has(term.root || term.implicit || term.machine || term.normal) || fastOr.has(term.text));
}

/**
 * A block's test of its first term: "(a b|#Tag c)" takes a term only where some choice's first step
 * does, "(#Noun && @hasComma)" only where every choice's does (of those plain enough to test here).
 * compromise reads a choice's first step at the block's own position, which from an anchored start
 * is 0: a choice that asks for the chunk's start ('^') leaves the block untested.
 */
function blockTest(choices: MatchStep[][], operator: string | undefined): TermTest | undefined {
  if (choices.some((choice) => !Array.isArray(choice) || choice.length === 0 || choice[0]!.start)) return undefined;
  const tests = choices.map((choice) => plainStepTest(choice[0]!));
  if (operator === 'or' && tests.every((test) => test !== undefined)) return (term) => tests.some((test) => test!(term));
  const known = tests.filter((test) => test !== undefined);
  if (operator === 'and' && known.length > 0) return (term) => known.every((test) => test(term));
  return undefined;
}

/**
 * Whether every match compromise finds ends where the last step puts it: no final '$', or one on a
 * step that must take a term by itself (not optional, negative, greedy or a block of choices), which
 * compromise lets match only the chunk's last term.
 */
function keepsEveryMatch(last: MatchStep): boolean {
  return !last.end || (!last.optional && !last.negative && !last.greedy && last.choices === undefined);
}

function compile(m: StepMatch): Compiled | null {
  const [first, ...rest] = m.regs;
  const test = first && plainStepTest(first);
  if (!test || m.justOne || !keepsEveryMatch(m.regs[m.regs.length - 1]!)) return null;
  const anchored = { regs: [{ ...first, start: true }, ...rest] };
  return {
    test,
    nextTest: first!.choices === undefined && !first!.greedy && rest[0] ? plainStepTest(rest[0]) : undefined,
    minLength: m.regs.filter((step) => !step.optional && !step.negative).length,
    anchored,
    vetoed: m.notIf ? { ...anchored, notIf: m.notIf } : undefined,
    group: m.group === undefined ? undefined : String(m.group),
  };
}

/** Each pattern compiled on first use (null: run as compromise runs it); there are as many as compromise's patterns. */
const compiled = new WeakMap<StepMatch, Compiled | null>();

/**
 * The pointers compromise's matcher gives for pattern `m` on one chunk, their sentence index left for
 * the caller to set; undefined when the pattern is one to run as compromise runs it.
 */
export function matchFromStarts(terms: readonly unknown[], m: StepMatch, match: Matcher): number[][] | undefined {
  let c = compiled.get(m);
  if (c === undefined) compiled.set(m, (c = compile(m)));
  if (c === null) return undefined;
  const starts: number[] = [];
  for (let i = 0; terms.length - i >= c.minLength && i < terms.length; i++) if (canStart(terms, i, c)) starts.push(i);
  if (starts.length === 0) return [];
  const { ptrs: found, byGroup } = match(
    starts.map((s) => terms.slice(s)),
    c.anchored,
  );
  const walked = walk(found as Hit[], starts);
  const kept = c.vetoed && walked.length > 0 ? spared(walked, terms, starts, c.vetoed, match) : walked;
  const groups = c.group === undefined ? undefined : new Map((byGroup[c.group] ?? []).map((g) => [g[0]!, g]));
  const ptrs: number[][] = [];
  for (const [k, start, end] of kept) {
    const s = starts[k]!;
    if (!groups) {
      ptrs.push(pointer(terms, s + start, s + end));
      continue;
    }
    const g = groups.get(k);
    if (g) ptrs.push(pointer(terms, s + g[1]!, s + g[2]!));
  }
  return ptrs;
}

/**
 * Whether the first step takes term i and, where it tells, the second the term after. A term that
 * opens a contraction ("we've") may have the first step take its hidden second term ("have") too.
 */
function canStart(terms: readonly unknown[], i: number, c: Compiled): boolean {
  const term = terms[i] as MatchTerm;
  return c.test(term) && (c.nextTest === undefined || !!term.implicit || c.nextTest(terms[i + 1] as MatchTerm));
}

/** A whole match from starts[k]: [k, start, end], its bounds within the chunk's rest from there. */
type Hit = [number, number, number];

/** The matches compromise's walk reaches: it tries a start only past the end of the match before. */
function walk(found: Hit[], starts: readonly number[]): Hit[] {
  const reached: Hit[] = [];
  let free = 0;
  for (const hit of found) {
    const s = starts[hit[0]]!;
    if (s < free) continue;
    free = s + hit[2];
    reached.push(hit);
  }
  return reached;
}

/** The matches the pattern's veto spares: compromise runs the pattern with its veto from their starts again. */
function spared(hits: Hit[], terms: readonly unknown[], starts: readonly number[], vetoed: StepMatch, match: Matcher): Hit[] {
  const { ptrs } = match(
    hits.map(([k]) => terms.slice(starts[k]!)),
    vetoed,
  );
  return ptrs.map(([j]) => hits[j!]!);
}

/** A pointer as compromise's matcher makes it, its sentence to be set. */
const pointer = (terms: readonly unknown[], start: number, end: number): number[] => [0, start, end, (terms[start] as MatchTerm).id, (terms[end - 1] as MatchTerm).id] as unknown as number[];
