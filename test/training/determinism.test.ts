import { describe, expect, it } from 'vitest';
import { documentFeatures } from '../../shared/extract/ner/features';
import { encodeModel, NerModel } from '../../shared/extract/ner/model';
import { tagDocument } from '../../shared/extract/ner/tagger';
import { foldPunctuation } from '../../shared/extract/normalize';
import { tokenize } from '../../shared/extract/tokens';
import { goldLabels } from '../../main/training/align';
import { readConll03 } from '../../main/training/conll';
import { trainPerceptron, type TrainingSentence } from '../../main/training/perceptron';

// A small CoNLL-2003-format sample written for this test (word, POS, chunk, IOB tag), in two documents.
const SAMPLE = `-DOCSTART- -X- -X- O

Brightvale NNP B-NP B-ORG
Logistics NNP I-NP I-ORG
hired VBD B-VP O
Amara NNP B-NP B-PER
Okafor NNP I-NP I-PER
in IN B-PP O
Lagos NNP B-NP B-LOC
. . O O

Okonkwo NNP B-NP B-ORG
Capital NNP I-NP I-ORG
opened VBD B-VP O
an DT B-NP O
office NN I-NP O
in IN B-PP O
Nairobi NNP B-NP B-LOC
on IN B-PP O
Monday NNP B-NP O
. . O O

-DOCSTART- -X- -X- O

Tomas NNP B-NP B-PER
Lindqvist NNP I-NP I-PER
flew VBD B-VP O
to TO B-PP O
Oslo NNP B-NP B-LOC
with IN B-PP O
Fjordline NNP B-NP B-ORG
Data NNP I-NP I-ORG
staff NNS I-NP O
. . O O

The DT B-NP O
Norwegian JJ I-NP B-MISC
engineer NN I-NP O
met VBD B-VP O
Helga NNP B-NP B-PER
Sorensen NNP I-NP I-PER
at IN B-PP O
Okonkwo NNP B-NP B-ORG
Capital NNP I-NP I-ORG
. . O O
`;

/** The sample as the training script reads CoNLL-2003: tokenised as the pipeline tokenises, labelled from the gold spans. */
function readSample(): TrainingSentence[] {
  return readConll03(SAMPLE).flatMap((doc) => {
    const sentences = tokenize(foldPunctuation(doc.text));
    const gold = goldLabels(sentences, doc.names);
    return documentFeatures(sentences).map((features, k) => ({ features, gold: gold[k]! }));
  });
}

let read: TrainingSentence[] | undefined;
/** The sample's sentences, read once: training only reads them. */
const sampleSentences = () => (read ??= readSample());

function train(seed: number, epochs = 8): Uint8Array {
  const weights = trainPerceptron(sampleSentences(), { epochs, seed, minCount: 1 });
  return encodeModel(weights, { temperature: 1, trainedOn: `test sample, seed ${seed}` });
}

const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && Buffer.from(a).equals(Buffer.from(b));

describe('training the tagger', () => {
  it('reads the sample into labelled sentences with every gold name', () => {
    const docs = readConll03(SAMPLE);
    expect(docs).toHaveLength(2);
    expect(docs.flatMap((d) => d.names.map((n) => `${d.text.slice(n.start, n.end)}/${n.kind}`))).toEqual([
      'Brightvale Logistics/ORG', 'Amara Okafor/PER', 'Lagos/LOC', 'Okonkwo Capital/ORG', 'Nairobi/LOC',
      'Tomas Lindqvist/PER', 'Oslo/LOC', 'Fjordline Data/ORG', 'Norwegian/MISC', 'Helga Sorensen/PER', 'Okonkwo Capital/ORG',
    ]);
    const sentences = sampleSentences();
    expect(sentences).toHaveLength(4);
    expect(sentences.every((s) => s.gold.some((label) => label !== 0))).toBe(true);
  });

  it.each([1, 7, 2026])('gives byte-identical models when trained twice with seed %i', (seed) => {
    const a = train(seed);
    const b = train(seed);
    expect(a.length).toBeGreaterThan(100);
    expect(same(a, b)).toBe(true);
  });

  it('lets the seed change the weights (it shuffles the training order, which the averaged weights follow)', () => {
    // The weights alone: the header records the seed, so whole files differ whatever the seed does.
    const weights = (seed: number) => {
      const w = trainPerceptron(sampleSentences(), { epochs: 8, seed, minCount: 1 });
      return JSON.stringify([[...w.start], [...w.step], [...w.end], [...w.features].map(([h, row]) => [h, [...row]])]);
    };
    const base = weights(1);
    expect(weights(1)).toBe(base);
    expect([2, 3, 4, 5].some((seed) => weights(seed) !== base)).toBe(true);
  });

  it('loads what it wrote, and tags a training sentence back as labelled', () => {
    const model = new NerModel(train(7));
    expect(model.header.trainedOn).toBe('test sample, seed 7');
    for (const doc of readConll03(SAMPLE)) {
      const sentences = tokenize(foldPunctuation(doc.text));
      const gold = goldLabels(sentences, doc.names);
      const tagged = tagDocument(model, sentences);
      sentences.forEach((sentence, s) => {
        const names = tagged[s]!.map((n) => `${sentence.tokens.slice(n.first, n.last + 1).map((t) => t.text).join(' ')}/${n.cls}`);
        const expected = doc.names
          .filter((n) => n.start >= sentence.start && n.end <= sentence.end)
          .map((n) => `${doc.text.slice(n.start, n.end)}/${n.kind}`);
        expect(names, sentence.text).toEqual(expected);
        expect(gold[s]!.length).toBe(sentence.tokens.length);
      });
    }
  });
});
