/**
 * The tagger's weights and their file format. A feature is known by its 32-bit hash; each keeps only
 * the labels it has a weight for, quantised to 16 bits. Loading builds an open-addressing table from
 * hash to feature, so scoring a token is one probe per feature.
 *
 * Layout (little-endian): "RNER", u32 version, u32 header length, header JSON (padded to 4 bytes),
 * f32 start[L], step[L·L], end[L]; u32 hashes[F] (ascending), u32 offsets[F + 1]; i16 weights[E];
 * u8 labels[E].
 */
import { LABEL_COUNT, LABELS } from './labels';
import { constrain, type Transitions } from './decode';
import type { SentenceFeatures } from './features';

const MAGIC = 0x52454e52; // "RNER" read as a little-endian u32
const VERSION = 1;

export interface ModelHeader {
  labels: readonly string[];
  /** A stored weight times `scale` is the learned weight. */
  scale: number;
  /** Divides scores before forward–backward, so marginals are calibrated probabilities. */
  temperature: number;
  /** What the weights were learned from, for the record. */
  trainedOn: string;
  /** How many features and label weights follow the transitions. */
  features: number;
  entries: number;
}

/** Weights as training leaves them: per feature hash, its label weights. */
export interface RawWeights {
  start: Float64Array;
  step: Float64Array;
  end: Float64Array;
  features: Map<number, Float64Array>;
}

const L = LABEL_COUNT;
/** Words of a slot of the model's table: hash, first entry, entry count, and one to keep slots aligned. */
const SLOT = 4;

/** Writes weights in the model format; weights too small to change a decision are left out. */
export function encodeModel(weights: RawWeights, header: Pick<ModelHeader, 'temperature' | 'trainedOn'>): Uint8Array {
  let max = 0;
  for (const row of weights.features.values()) for (const w of row) max = Math.max(max, Math.abs(w));
  const scale = max / 32767 || 1;
  const hashes = [...weights.features.keys()].sort((a, b) => a - b);
  const entries: Array<[number, number]>[] = hashes.map((h) => {
    const row = weights.features.get(h)!;
    const kept: Array<[number, number]> = [];
    row.forEach((w, label) => {
      const q = Math.round(w / scale);
      if (q !== 0) kept.push([label, q]);
    });
    return kept;
  });
  const used = hashes.map((_, k) => k).filter((k) => entries[k]!.length > 0);
  const total = used.reduce((n, k) => n + entries[k]!.length, 0);
  const headerBytes = new TextEncoder().encode(JSON.stringify({ ...header, labels: LABELS, scale, features: used.length, entries: total } satisfies ModelHeader));
  const headerPadded = (headerBytes.length + 3) & ~3;
  const size = 12 + headerPadded + 4 * (2 * L + L * L) + 4 * used.length + 4 * (used.length + 1) + 2 * total + total;
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  let at = 0;
  const u32 = (v: number) => {
    view.setUint32(at, v, true);
    at += 4;
  };
  u32(MAGIC);
  u32(VERSION);
  u32(headerBytes.length);
  bytes.set(headerBytes, at);
  at += headerPadded;
  for (const values of [weights.start, weights.step, weights.end]) {
    for (const v of values) {
      view.setFloat32(at, v, true);
      at += 4;
    }
  }
  for (const k of used) u32(hashes[k]!);
  let offset = 0;
  u32(0);
  for (const k of used) u32((offset += entries[k]!.length));
  for (const k of used) {
    for (const [, q] of entries[k]!) {
      view.setInt16(at, q, true);
      at += 2;
    }
  }
  for (const k of used) for (const [label] of entries[k]!) bytes[at++] = label;
  return bytes;
}

/** A loaded tagger model: scores tokens from their feature hashes. */
export class NerModel {
  readonly header: ModelHeader;
  readonly transitions: Transitions;
  /**
   * Open-addressing table of SLOT words a slot: a feature's hash, where its entries start and how many
   * there are (0: an empty slot). A probe reads one slot, and a feature's labels and weights sit
   * together in `entries`: two places in memory a feature, where separate arrays of hashes, rows,
   * offsets, weights and labels were five cache misses (scoring was a third of the tagger's time).
   */
  private readonly table: Uint32Array;
  private readonly mask: number;
  /** Per entry, its label then its weight. */
  private readonly entries: Float32Array;
  /** What each head of features (SentenceFeatures.heads) scores, kept while the head is. */
  private readonly headScores = new WeakMap<Uint32Array, Float32Array>();

  constructor(bytes: Uint8Array) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (bytes.byteLength < 12 || view.getUint32(0, true) !== MAGIC) throw new Error('not a Relata tagger model');
    if (view.getUint32(4, true) !== VERSION) throw new Error(`unsupported tagger model version ${view.getUint32(4, true)}`);
    const headerLength = view.getUint32(8, true);
    this.header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength))) as ModelHeader;
    if (this.header.labels.join() !== LABELS.join()) throw new Error('the tagger model was trained for other labels');
    let at = 12 + ((headerLength + 3) & ~3);
    const floats = (n: number) => {
      const out = new Float32Array(n);
      for (let k = 0; k < n; k++, at += 4) out[k] = view.getFloat32(at, true);
      return out;
    };
    const start = floats(L);
    const step = floats(L * L);
    const end = floats(L);
    this.transitions = constrain(start, step, end);
    const words = (n: number, from: number) => {
      const out = new Uint32Array(n);
      for (let k = 0; k < n; k++) out[k] = view.getUint32(from + 4 * k, true);
      return out;
    };
    const { features, entries: total } = this.header;
    if (bytes.byteLength !== at + 8 * features + 4 + 3 * total) throw new Error('the tagger model file is truncated or damaged');
    const hashes = words(features, at);
    const offsets = words(features + 1, at + 4 * features);
    at += 8 * features + 4;
    this.entries = new Float32Array(2 * total);
    for (let k = 0; k < total; k++) {
      this.entries[2 * k] = bytes[at + 2 * total + k]!;
      this.entries[2 * k + 1] = view.getInt16(at + 2 * k, true) * this.header.scale;
    }
    let size = 1;
    while (size < features * 2) size <<= 1;
    this.mask = size - 1;
    this.table = new Uint32Array(size * SLOT);
    for (let k = 0; k < features; k++) {
      let slot = hashes[k]! & this.mask;
      while (this.table[slot * SLOT + 2] !== 0) slot = (slot + 1) & this.mask;
      this.table.set([hashes[k]!, offsets[k]!, offsets[k + 1]! - offsets[k]!], slot * SLOT);
    }
  }

  /** Per-token label scores of one sentence: n rows of LABEL_COUNT. */
  score(features: SentenceFeatures): Float32Array {
    const { offsets, hashes, heads } = features;
    const n = offsets.length - 1;
    const scores = new Float32Array(n * L);
    for (let i = 0; i < n; i++) {
      const head = heads?.[i];
      // The head's sum, kept from an earlier token, is what adding it up in this row would give:
      // the row starts at zero and the head's hashes come first.
      if (head) scores.set(this.headScore(head), i * L);
      this.addWeights(scores, i * L, hashes, offsets[i]! + (head?.length ?? 0), offsets[i + 1]!);
    }
    return scores;
  }

  private headScore(head: Uint32Array): Float32Array {
    let sum = this.headScores.get(head);
    if (!sum) {
      sum = new Float32Array(L);
      this.addWeights(sum, 0, head, 0, head.length);
      this.headScores.set(head, sum);
    }
    return sum;
  }

  /** Adds the weights of hashes[from .. to) into the row of `scores` at `row`, in that order (float sums depend on it). */
  private addWeights(scores: Float32Array, row: number, hashes: Uint32Array, from: number, to: number): void {
    const { table, entries, mask } = this;
    for (let f = from; f < to; f++) {
      const hash = hashes[f]!;
      let slot = hash & mask;
      while (table[slot * SLOT + 2] !== 0 && table[slot * SLOT] !== hash) slot = (slot + 1) & mask;
      const first = 2 * table[slot * SLOT + 1]!;
      const end = first + 2 * table[slot * SLOT + 2]!;
      for (let e = first; e < end; e += 2) scores[row + entries[e]!]! += entries[e + 1]!;
    }
  }
}
