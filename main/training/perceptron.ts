/**
 * An averaged structured perceptron (Collins 2002) over the tagger's features: decode each training
 * sentence with the current weights, move them towards the gold labels where the two differ, and
 * keep the average of every weight over all steps, which generalises far better than the last one.
 */
import { seededRandom } from '../../shared/layout/rng';
import { constrain, viterbi } from '../../shared/extract/ner/decode';
import type { SentenceFeatures } from '../../shared/extract/ner/features';
import { LABEL_COUNT } from '../../shared/extract/ner/labels';
import type { RawWeights } from '../../shared/extract/ner/model';

export interface TrainingSentence {
  features: SentenceFeatures;
  gold: Uint8Array;
  /**
   * Where the annotation leaves a choice: each token's allowed labels as a bit set. The learner then
   * takes as gold the best labelling its current weights find among the allowed ones.
   */
  allowed?: Uint32Array;
}

export interface TrainingOptions {
  epochs: number;
  seed: number;
  /** Features seen fewer times than this in training are left out. */
  minCount: number;
  /** Called after each epoch; `averaged` computes the averaged weights so far (for a development score). */
  onEpoch?: (epoch: number, averaged: () => RawWeights, mistakes: number) => void;
}

const L = LABEL_COUNT;

/** A weight vector with the averaging trick: avg = w − u / c, where u accumulates c · update. */
class Averaged {
  readonly w: Float64Array;
  readonly u: Float64Array;
  constructor(size: number) {
    this.w = new Float64Array(size);
    this.u = new Float64Array(size);
  }
  add(k: number, delta: number, c: number): void {
    this.w[k] += delta;
    this.u[k] += c * delta;
  }
  average(c: number): Float64Array {
    const out = new Float64Array(this.w.length);
    for (let k = 0; k < out.length; k++) out[k] = this.w[k]! - this.u[k]! / c;
    return out;
  }
}

/** The scores with every label a token may not take pushed out of reach. */
function restrict(scores: Float64Array, allowed: Uint32Array): Float64Array {
  const out = Float64Array.from(scores);
  for (let i = 0; i < allowed.length; i++) {
    for (let b = 0; b < L; b++) if (!(allowed[i]! & (1 << b))) out[i * L + b] = -Infinity;
  }
  return out;
}

/** Trains tagger weights on labelled sentences; the same sentences, options and seed give the same weights. */
export function trainPerceptron(sentences: TrainingSentence[], options: TrainingOptions): RawWeights {
  const counts = new Map<number, number>();
  for (const { features } of sentences) for (const h of features.hashes) counts.set(h, (counts.get(h) ?? 0) + 1);
  const index = new Map<number, number>();
  for (const [h, n] of [...counts].sort((a, b) => a[0] - b[0])) if (n >= options.minCount) index.set(h, index.size);
  // Each sentence's features as row indices, once, so that every epoch is arithmetic only.
  const rows = sentences.map(({ features }) => {
    const kept: number[] = [];
    const offsets = new Uint32Array(features.offsets.length);
    for (let i = 0; i + 1 < features.offsets.length; i++) {
      for (let f = features.offsets[i]!; f < features.offsets[i + 1]!; f++) {
        const row = index.get(features.hashes[f]!);
        if (row !== undefined) kept.push(row);
      }
      offsets[i + 1] = kept.length;
    }
    return { offsets, rows: Int32Array.from(kept) };
  });
  const emit = new Averaged(index.size * L);
  const start = new Averaged(L);
  const step = new Averaged(L * L);
  const end = new Averaged(L);
  const random = seededRandom(options.seed);
  const order = sentences.map((_, k) => k);
  let c = 1;
  const averaged = (): RawWeights => {
    const e = emit.average(c);
    const features = new Map<number, Float64Array>();
    for (const [h, row] of index) features.set(h, e.slice(row * L, row * L + L));
    return { start: start.average(c), step: step.average(c), end: end.average(c), features };
  };
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j]!, order[k]!];
    }
    let mistakes = 0;
    const transitions = () => constrain(Float32Array.from(start.w), Float32Array.from(step.w), Float32Array.from(end.w));
    let current = transitions();
    for (const s of order) {
      const { allowed } = sentences[s]!;
      const { offsets, rows: feats } = rows[s]!;
      const n = sentences[s]!.gold.length;
      if (n === 0) continue;
      const scores = new Float64Array(n * L);
      for (let i = 0; i < n; i++) {
        for (let f = offsets[i]!; f < offsets[i + 1]!; f++) {
          const base = feats[f]! * L;
          for (let b = 0; b < L; b++) scores[i * L + b] += emit.w[base + b]!;
        }
      }
      const guess = viterbi(scores, n, current);
      const gold = allowed ? viterbi(restrict(scores, allowed), n, current) : sentences[s]!.gold;
      let wrong = false;
      for (let i = 0; i < n; i++) if (guess[i] !== gold[i]) wrong = true;
      if (wrong) {
        mistakes++;
        for (let i = 0; i < n; i++) {
          if (guess[i] === gold[i]) continue;
          for (let f = offsets[i]!; f < offsets[i + 1]!; f++) {
            emit.add(feats[f]! * L + gold[i]!, 1, c);
            emit.add(feats[f]! * L + guess[i]!, -1, c);
          }
        }
        start.add(gold[0]!, 1, c);
        start.add(guess[0]!, -1, c);
        end.add(gold[n - 1]!, 1, c);
        end.add(guess[n - 1]!, -1, c);
        for (let i = 1; i < n; i++) {
          step.add(gold[i - 1]! * L + gold[i]!, 1, c);
          step.add(guess[i - 1]! * L + guess[i]!, -1, c);
        }
        current = transitions();
      }
      c++;
    }
    options.onEpoch?.(epoch, averaged, mistakes);
  }
  return averaged();
}
