/**
 * The temperature that turns the tagger's scores into calibrated probabilities: the one, on a grid,
 * that gives the development sentences' gold labels the highest likelihood under forward–backward.
 */
import { marginals } from '../../shared/extract/ner/decode';
import { LABEL_COUNT } from '../../shared/extract/ner/labels';
import type { NerModel } from '../../shared/extract/ner/model';
import type { TrainingSentence } from './perceptron';

const GRID = [1, 1.5, 2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 24, 32, 48, 64];

/** The grid temperature with the lowest mean negative log-likelihood of the gold labels. */
export function fitTemperature(model: NerModel, sentences: TrainingSentence[]): { temperature: number; nll: number } {
  const scored = sentences.filter((s) => s.gold.length > 0).map((s) => ({ gold: s.gold, scores: model.score(s.features) }));
  let best = { temperature: 1, nll: Infinity };
  for (const temperature of GRID) {
    let nll = 0;
    let tokens = 0;
    for (const { gold, scores } of scored) {
      const p = marginals(scores, gold.length, model.transitions, temperature);
      for (let i = 0; i < gold.length; i++) nll -= Math.log(Math.max(p[i * LABEL_COUNT + gold[i]!]!, 1e-12));
      tokens += gold.length;
    }
    if (nll / tokens < best.nll) best = { temperature, nll: nll / tokens };
  }
  return best;
}
