import { describe, expect, it } from 'vitest';
import { nerModel } from '../../main/extract/ner-model';
import { marginals, viterbi, type Transitions } from '../../shared/extract/ner/decode';
import { LABEL_COUNT as L } from '../../shared/extract/ner/labels';
import { seededRandom } from '../../shared/layout/rng';

// The decoders skip the steps BILOU forbids. These references count every pair of labels, forbidden
// ones too, as the textbook does: the decoders must give exactly their numbers, bit for bit.

function denseViterbi(scores: Float32Array, n: number, t: Transitions): Uint8Array {
  const best = new Float64Array(n * L);
  const back = new Uint8Array(n * L);
  for (let b = 0; b < L; b++) best[b] = t.start[b]! + scores[b]!;
  for (let i = 1; i < n; i++) {
    for (let b = 0; b < L; b++) {
      let top = -Infinity;
      for (let a = 0; a < L; a++) {
        const s = best[(i - 1) * L + a]! + t.step[a * L + b]!;
        if (s > top) [top, back[i * L + b]] = [s, a];
      }
      best[i * L + b] = top + scores[i * L + b]!;
    }
  }
  const path = new Uint8Array(n);
  let top = -Infinity;
  for (let b = 0; b < L; b++) if (best[(n - 1) * L + b]! + t.end[b]! > top) [top, path[n - 1]] = [best[(n - 1) * L + b]! + t.end[b]!, b];
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * L + path[i]!]!;
  return path;
}

function denseMarginals(scores: Float32Array, n: number, t: Transitions, temperature: number): Float64Array {
  const inv = 1 / temperature;
  const step = Float64Array.from(t.step, (s) => Math.exp(s * inv));
  const normalize = (m: Float64Array, i: number) => {
    let sum = 0;
    for (let b = 0; b < L; b++) sum += m[i * L + b]!;
    if (sum > 0) for (let b = 0; b < L; b++) m[i * L + b]! /= sum;
  };
  const emit = new Float64Array(n * L);
  for (let i = 0; i < n; i++) {
    const max = Math.max(...scores.subarray(i * L, (i + 1) * L));
    for (let b = 0; b < L; b++) emit[i * L + b] = Math.exp((scores[i * L + b]! - max) * inv);
  }
  const alpha = new Float64Array(n * L);
  const beta = new Float64Array(n * L);
  for (let b = 0; b < L; b++) alpha[b] = Math.exp(t.start[b]! * inv) * emit[b]!;
  normalize(alpha, 0);
  for (let i = 1; i < n; i++) {
    for (let b = 0; b < L; b++) {
      let sum = 0;
      for (let a = 0; a < L; a++) sum += alpha[(i - 1) * L + a]! * step[a * L + b]!;
      alpha[i * L + b] = sum * emit[i * L + b]!;
    }
    normalize(alpha, i);
  }
  for (let b = 0; b < L; b++) beta[(n - 1) * L + b] = Math.exp(t.end[b]! * inv);
  normalize(beta, n - 1);
  for (let i = n - 2; i >= 0; i--) {
    for (let a = 0; a < L; a++) {
      let sum = 0;
      for (let b = 0; b < L; b++) sum += step[a * L + b]! * emit[(i + 1) * L + b]! * beta[(i + 1) * L + b]!;
      beta[i * L + a] = sum;
    }
    normalize(beta, i);
  }
  const out = Float64Array.from(alpha, (v, k) => v * beta[k]!);
  for (let i = 0; i < n; i++) normalize(out, i);
  return out;
}

describe('the tagger’s decoders', () => {
  it('give exactly what counting every step, forbidden ones too, gives', () => {
    const model = nerModel();
    const random = seededRandom(7);
    for (const n of [1, 2, 3, 8, 40]) {
      for (let trial = 0; trial < 20; trial++) {
        // Scores of the model's range, some rows with a clear winner, as real sentences have.
        const scores = Float32Array.from({ length: n * L }, () => (random() - 0.5) * (trial % 2 ? 40 : 4));
        expect(viterbi(scores, n, model.transitions)).toEqual(denseViterbi(scores, n, model.transitions));
        expect(marginals(scores, n, model.transitions, model.header.temperature)).toEqual(denseMarginals(scores, n, model.transitions, model.header.temperature));
      }
    }
  });
});
