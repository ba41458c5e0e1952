/** Names in a document's sentences, as the learned tagger reads them, each with how sure it is. */
import type { Sentence } from '../tokens';
import { marginals, viterbi } from './decode';
import { documentFeatures } from './features';
import { classOf, ENTITY_CLASSES, LABEL_COUNT, spansOf, type EntityClass } from './labels';
import type { NerModel } from './model';

export interface TaggedName {
  /** First and last token index in the sentence, inclusive. */
  first: number;
  last: number;
  cls: EntityClass;
  /** The model's probability of this name's labels, at its least sure token. */
  confidence: number;
  /**
   * How the tagger reads part of the name (tokens first..last), when the rules cut it ("Brightvale
   * Logistics, Amara Okafor" read as one organisation): the class with the most probability mass
   * over those tokens, and its mean mass.
   */
  readPart(first: number, last: number): { cls: EntityClass; confidence: number };
}

/** Tags every sentence of one document: the best labelling of each, as names. */
export function tagDocument(model: NerModel, sentences: Sentence[]): TaggedName[][] {
  const features = documentFeatures(sentences);
  return features.map((f, s) => {
    const n = sentences[s]!.tokens.length;
    if (n === 0) return [];
    const scores = model.score(f);
    const path = viterbi(scores, n, model.transitions);
    const spans = spansOf(path);
    if (spans.length === 0) return [];
    const p = marginals(scores, n, model.transitions, model.header.temperature);
    const readPart = (first: number, last: number) => {
      const mass = new Array<number>(ENTITY_CLASSES.length).fill(0);
      for (let i = first; i <= last; i++) for (let label = 1; label < LABEL_COUNT; label++) mass[classOf(label)]! += p[i * LABEL_COUNT + label]!;
      const best = mass.indexOf(Math.max(...mass));
      return { cls: ENTITY_CLASSES[best]!, confidence: mass[best]! / (last - first + 1) };
    };
    return spans.map((span) => {
      let confidence = 1;
      for (let i = span.first; i <= span.last; i++) confidence = Math.min(confidence, p[i * LABEL_COUNT + path[i]!]!);
      return { ...span, confidence, readPart };
    });
  });
}
