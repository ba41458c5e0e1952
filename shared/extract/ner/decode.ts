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

/** The highest-scoring label sequence; `scores` holds n rows of LABEL_COUNT. */
export function viterbi(scores: Float32Array | Float64Array, n: number, t: Transitions): Uint8Array {
  const path = new Uint8Array(n);
  if (n === 0) return path;
  const best = new Float64Array(n * L);
  const back = new Uint8Array(n * L);
  for (let b = 0; b < L; b++) best[b] = t.start[b]! + scores[b]!;
  for (let i = 1; i < n; i++) {
    for (let b = 0; b < L; b++) {
      let top = -Infinity;
      let arg = 0;
      for (let a = 0; a < L; a++) {
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

function logSumExp(values: Float64Array, from: number, count: number): number {
  let max = -Infinity;
  for (let k = 0; k < count; k++) max = Math.max(max, values[from + k]!);
  if (max === -Infinity) return max;
  let sum = 0;
  for (let k = 0; k < count; k++) sum += Math.exp(values[from + k]! - max);
  return max + Math.log(sum);
}

/**
 * Each token's probability of each label, reading the scores as log-potentials divided by
 * `temperature` (forward–backward): how sure the model is, for confidence and for typing votes.
 */
export function marginals(scores: Float32Array | Float64Array, n: number, t: Transitions, temperature: number): Float64Array {
  const alpha = new Float64Array(n * L);
  const beta = new Float64Array(n * L);
  const terms = new Float64Array(L);
  const inv = 1 / temperature;
  for (let b = 0; b < L; b++) alpha[b] = (t.start[b]! + scores[b]!) * inv;
  for (let i = 1; i < n; i++) {
    for (let b = 0; b < L; b++) {
      for (let a = 0; a < L; a++) terms[a] = alpha[(i - 1) * L + a]! + t.step[a * L + b]! * inv;
      alpha[i * L + b] = logSumExp(terms, 0, L) + scores[i * L + b]! * inv;
    }
  }
  for (let b = 0; b < L; b++) beta[(n - 1) * L + b] = t.end[b]! * inv;
  for (let i = n - 2; i >= 0; i--) {
    for (let a = 0; a < L; a++) {
      for (let b = 0; b < L; b++) terms[b] = t.step[a * L + b]! * inv + scores[(i + 1) * L + b]! * inv + beta[(i + 1) * L + b]!;
      beta[i * L + a] = logSumExp(terms, 0, L);
    }
  }
  const out = new Float64Array(n * L);
  for (let i = 0; i < n; i++) {
    for (let b = 0; b < L; b++) terms[b] = alpha[i * L + b]! + beta[i * L + b]!;
    const z = logSumExp(terms, 0, L);
    for (let b = 0; b < L; b++) out[i * L + b] = Math.exp(terms[b]! - z);
  }
  return out;
}
