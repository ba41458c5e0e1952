/**
 * A compromise match pattern run on a chunk only from the terms its first step accepts.
 * compromise's matcher (methods/match/index.js) tries a pattern from every term of a chunk, each time
 * with a fresh slice of the rest of the chunk and a fresh state, and reads the pattern's first step
 * through property look-ups that no one shape of step keeps fast; on news text that step rejects the
 * term at four starts in five. Where the first step must take one term and asks for a plain word, a
 * tag or one of a few words ("(a|b)", its fast form), it is tested here as compromise tests it
 * (term/doesMatch.js), and compromise runs the pattern, anchored ('^'), on the rest of the chunk from
 * each start that passes. Its other steps read a term's position against the chunk's end ('$'), which
 * is the same from there, or against its start, which after a first step that took a term is no start
 * either way. The matcher's own walk is kept: a
 * match is tried only after the end of the one before it, and the pattern's group is what is
 * reported. Patterns with a veto (notIf) or an end ('$') on their last step drop matches after the
 * walk has stepped over them, which the results no longer tell; those run as compromise runs them.
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
  choices?: unknown;
  optional?: boolean;
  negative?: boolean;
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
  tags: Set<string>;
}

/** compromise's matcher (methods.one.match): a match's pointer is [sentence, start, end, start id, end id]. */
export type Matcher = (document: unknown[][], match: StepMatch) => { ptrs: number[][]; byGroup: Record<string, number[][]> };

type TermTest = (term: MatchTerm) => boolean;

interface Compiled {
  test: TermTest;
  /** Steps that must each take a term: compromise tries no start with fewer terms left. */
  minLength: number;
  /** The pattern anchored at its first term, reporting whole matches (their groups beside them). */
  anchored: StepMatch;
  group: string | undefined;
}

/** A required first step's test of a term, or undefined when the step is not a plain word or tag. */
function firstStepTest(step: MatchStep): TermTest | undefined {
  const required = !step.optional && !step.negative && !step.anything && step.choices === undefined && !step.start && !step.end && step.id === undefined;
  if (!required) return undefined;
  const { word, tag } = step;
  if (word !== undefined) {
    if (step.use !== undefined || step.fuzzy) return undefined;
    return (term) => term.machine === word || term.alias?.includes(word) === true || term.text === word || term.normal === word;
  }
  if (tag !== undefined) return (term) => term.tags.has(tag);
  const { fastOr, pos } = step;
  const plainOr = [step.method, step.pre, step.post, step.regex, step.chunk, step.switch, step.machine, step.sense].every((ask) => ask === undefined);
  if (fastOr === undefined || !plainOr) return undefined;
  return (term) => (!pos || term.tags.has(pos)) && (fastOr.has(term.root || term.implicit || term.machine || term.normal) || fastOr.has(term.text));
}

function compile(m: StepMatch): Compiled | null {
  const [first, ...rest] = m.regs;
  const test = first && firstStepTest(first);
  if (!test || m.notIf || m.justOne || m.regs[m.regs.length - 1]!.end) return null;
  return {
    test,
    minLength: m.regs.filter((step) => !step.optional && !step.negative).length,
    anchored: { regs: [{ ...first, start: true }, ...rest] },
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
  for (let i = 0; terms.length - i >= c.minLength && i < terms.length; i++) if (c.test(terms[i] as MatchTerm)) starts.push(i);
  if (starts.length === 0) return [];
  const { ptrs: found, byGroup } = match(
    starts.map((s) => terms.slice(s)),
    c.anchored,
  );
  const groups = c.group === undefined ? undefined : new Map((byGroup[c.group] ?? []).map((g) => [g[0]!, g]));
  const ptrs: number[][] = [];
  let free = 0;
  for (const [k, start, end] of found as Array<[number, number, number]>) {
    const s = starts[k]!;
    if (s < free) continue;
    free = s + end;
    if (!groups) {
      ptrs.push(pointer(terms, s + start, s + end));
      continue;
    }
    const g = groups.get(k);
    if (g) ptrs.push(pointer(terms, s + g[1]!, s + g[2]!));
  }
  return ptrs;
}

/** A pointer as compromise's matcher makes it, its sentence to be set. */
const pointer = (terms: readonly unknown[], start: number, end: number): number[] => [0, start, end, (terms[start] as MatchTerm).id, (terms[end - 1] as MatchTerm).id] as unknown as number[];
