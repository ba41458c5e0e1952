/** Best label sequences and label marginals of a first-order BILOU model, given per-token scores. */
import { LABEL_COUNT, canEnd, canFollow, canStart } from './labels';

/** Transition scores: start[b], step[a * LABEL_COUNT + b], end[a]; BILOU's forbidden moves are -Infinity. */
export interface Transitions {
  start: Float32Array;
  step: Float32Array;
  end: Float32Array;
}

const L = LABEL_COUNT;

/** The transition scores a model learned, with BILOU's grammar imposed on them. */
export function constrain(start: ArrayLike<number>, step: ArrayLike<number>, end: ArrayLike<number>): Transitions {
  const t: Transitions = { start: new Float32Array(L), step: new Float32Array(L * L), end: new Float32Array(L) };
  for (let b = 0; b < L; b++) {
    t.start[b] = canStart(b) ? start[b]! : -Infinity;
    t.end[b] = canEnd(b) ? end[b]! : -Infinity;
    for (let a = 0; a < L; a++) t.step[a * L + b] = canFollow(a, b) ? step[a * L + b]! : -Infinity;
  }
  return t;
}

/** The steps BILOU allows, as label lists: before[b] the labels that may precede b, after[a] those that may follow a, ascending. */
interface AllowedSteps {
  before: Uint8Array[];
  after: Uint8Array[];
}

const allowedCache = new WeakMap<Transitions, AllowedSteps>();

/**
 * BILOU forbids two steps in three; a forbidden step adds nothing to a sum (its weight is 0) and never
 * wins a maximum (its score is -Infinity), so the decoders visit the allowed ones only, in the same
 * order, and get the same numbers in a third of the time.
 */
function allowedSteps(t: Transitions): AllowedSteps {
  let cached = allowedCache.get(t);
  if (!cached) {
    const labels = Array.from({ length: L }, (_, k) => k);
    const allowed = (a: number, b: number) => t.step[a * L + b]! !== -Infinity;
    cached = {
      before: labels.map((b) => Uint8Array.from(labels.filter((a) => allowed(a, b)))),
      after: labels.map((a) => Uint8Array.from(labels.filter((b) => allowed(a, b)))),
    };
    allowedCache.set(t, cached);
  }
  return cached;
}

/** The highest-scoring label sequence; `scores` holds n rows of LABEL_COUNT. */
export function viterbi(scores: Float32Array | Float64Array, n: number, t: Transitions): Uint8Array {
  const path = new Uint8Array(n);
  if (n === 0) return path;
  const { before } = allowedSteps(t);
  const best = new Float64Array(n * L);
  const back = new Uint8Array(n * L);
  for (let b = 0; b < L; b++) best[b] = t.start[b]! + scores[b]!;
  for (let i = 1; i < n; i++) {
    for (let b = 0; b < L; b++) {
      let top = -Infinity;
      let arg = 0;
      const sources = before[b]!;
      for (let k = 0; k < sources.length; k++) {
        const a = sources[k]!;
        const s = best[(i - 1) * L + a]! + t.step[a * L + b]!;
        if (s > top) {
          top = s;
          arg = a;
        }
      }
      best[i * L + b] = top + scores[i * L + b]!;
      back[i * L + b] = arg;
    }
  }
  let top = -Infinity;
  for (let b = 0; b < L; b++) {
    const s = best[(n - 1) * L + b]! + t.end[b]!;
    if (s > top) {
      top = s;
      path[n - 1] = b;
    }
  }
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * L + path[i]!]!;
  return path;
}

const weightsCache = new WeakMap<Transitions, { inv: number; weights: Float64Array }>();

/** exp(step / temperature) for every pair of labels: 0 where BILOU forbids the step. */
function transitionWeights(t: Transitions, inv: number): Float64Array {
  const cached = weightsCache.get(t);
  if (cached?.inv === inv) return cached.weights;
  const weights = Float64Array.from({ length: L * L }, (_, k) => Math.exp(t.step[k]! * inv));
  weightsCache.set(t, { inv, weights });
  return weights;
}

/** Divides row `i` of `m` by its sum, so long sentences neither overflow nor underflow. */
function normalizeRow(m: Float64Array, i: number): void {
  let sum = 0;
  for (let b = 0; b < L; b++) sum += m[i * L + b]!;
  if (sum > 0) for (let b = 0; b < L; b++) m[i * L + b]! /= sum;
}

/**
 * Each token's probability of each label, reading the scores as log-potentials divided by
 * `temperature` (forward–backward): how sure the model is, for confidence and for typing votes.
 * Computed with probabilities scaled row by row rather than in log space: one exponential per token
 * and label instead of one per pair of labels.
 */
export function marginals(scores: Float32Array | Float64Array, n: number, t: Transitions, temperature: number): Float64Array {
  const inv = 1 / temperature;
  const step = transitionWeights(t, inv);
  const { before, after } = allowedSteps(t);
  const emit = new Float64Array(n * L);
  for (let i = 0; i < n; i++) {
    let max = -Infinity;
    for (let b = 0; b < L; b++) max = Math.max(max, scores[i * L + b]!);
    for (let b = 0; b < L; b++) emit[i * L + b] = Math.exp((scores[i * L + b]! - max) * inv);
  }
  const alpha = new Float64Array(n * L);
  for (let b = 0; b < L; b++) alpha[b] = Math.exp(t.start[b]! * inv) * emit[b]!;
  normalizeRow(alpha, 0);
  for (let i = 1; i < n; i++) {
    for (let b = 0; b < L; b++) {
      let sum = 0;
      const sources = before[b]!;
      for (let k = 0; k < sources.length; k++) sum += alpha[(i - 1) * L + sources[k]!]! * step[sources[k]! * L + b]!;
      alpha[i * L + b] = sum * emit[i * L + b]!;
    }
    normalizeRow(alpha, i);
  }
  const beta = new Float64Array(n * L);
  for (let b = 0; b < L; b++) beta[(n - 1) * L + b] = Math.exp(t.end[b]! * inv);
  normalizeRow(beta, n - 1);
  for (let i = n - 2; i >= 0; i--) {
    for (let a = 0; a < L; a++) {
      let sum = 0;
      const targets = after[a]!;
      for (let k = 0; k < targets.length; k++) {
        const b = targets[k]!;
        sum += step[a * L + b]! * emit[(i + 1) * L + b]! * beta[(i + 1) * L + b]!;
      }
      beta[i * L + a] = sum;
    }
    normalizeRow(beta, i);
  }
  const out = new Float64Array(n * L);
  for (let i = 0; i < n; i++) {
    for (let b = 0; b < L; b++) out[i * L + b] = alpha[i * L + b]! * beta[i * L + b]!;
    normalizeRow(out, i);
  }
  return out;
}
