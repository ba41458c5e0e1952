/** Name-level precision, recall and F1 of a tagger on labelled sentences (exact spans and classes). */
import { viterbi } from '../../shared/extract/ner/decode';
import { spansOf } from '../../shared/extract/ner/labels';
import type { NerModel } from '../../shared/extract/ner/model';
import type { TrainingSentence } from './perceptron';

export function nameScores(model: NerModel, sentences: TrainingSentence[]): string {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  for (const s of sentences) {
    const n = s.gold.length;
    if (n === 0) continue;
    const guess = spansOf(viterbi(model.score(s.features), n, model.transitions));
    const want = new Set(spansOf(s.gold).map((x) => `${x.first}:${x.last}:${x.cls}`));
    predicted += guess.length;
    gold += want.size;
    tp += guess.filter((x) => want.has(`${x.first}:${x.last}:${x.cls}`)).length;
  }
  const p = tp / (predicted || 1);
  const r = tp / (gold || 1);
  return `P ${p.toFixed(4)} R ${r.toFixed(4)} F1 ${((2 * p * r) / (p + r || 1)).toFixed(4)}`;
}
