/**
 * `npm run train [-- --train FILE --dev FILE --epochs N --seed S -o FILE]`
 * Trains the news tagger on CoNLL-2003's training split and CoNLL04's, and writes its weights
 * (shared/extract/ner/model.bin). `--conll04 ''` trains on CoNLL-2003 alone; `--conll04-held-out i/n`
 * leaves every n-th CoNLL04 sentence from the i-th out, for a cross-validated score.
 * The development split (eng.testa) calibrates its probabilities; with --verbose it also prints the
 * development name-level F1 after each epoch.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { foldPunctuation } from '../../shared/extract/normalize';
import { documentFeatures } from '../../shared/extract/ner/features';
import { encodeModel, NerModel } from '../../shared/extract/ner/model';
import { tokenize } from '../../shared/extract/tokens';
import { NER_MODEL_PATH } from '../extract/ner-model';
import { allowedLabels, goldLabels } from '../training/align';
import { readConll03 } from '../training/conll';
import { readConll04 } from '../training/conll04';
import { nameScores } from '../training/evaluate';
import { fitTemperature } from '../training/temperature';
import { trainPerceptron, type TrainingSentence } from '../training/perceptron';

const ROOT = resolve(import.meta.dirname, '../..');
const EVAL = resolve(ROOT, '../shared/eval');

async function conll03Sentences(path: string): Promise<TrainingSentence[]> {
  const docs = readConll03(await readFile(path, 'utf8'));
  return docs.flatMap((doc) => {
    const sentences = tokenize(foldPunctuation(doc.text));
    const gold = goldLabels(sentences, doc.names);
    return documentFeatures(sentences).map((features, k) => ({ features, gold: gold[k]! }));
  });
}

/** CoNLL04's sentences, each a document of its own; `heldOut` (i/n) leaves every n-th sentence from i out. */
async function conll04Sentences(path: string, heldOut?: { fold: number; folds: number }): Promise<TrainingSentence[]> {
  const all = readConll04(await readFile(path, 'utf8'));
  return all
    .filter((_, k) => !heldOut || k % heldOut.folds !== heldOut.fold)
    .flatMap((doc) => {
      const sentences = tokenize(foldPunctuation(doc.text));
      const gold = goldLabels(sentences, doc.names);
      const allowed = allowedLabels(sentences, doc.names);
      return documentFeatures(sentences).map((features, k) => ({ features, gold: gold[k]!, allowed: allowed[k]! }));
    });
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      train: { type: 'string', default: resolve(EVAL, 'conll03/eng.train') },
      conll04: { type: 'string', default: resolve(EVAL, 'conll04/train.json') },
      'conll04-held-out': { type: 'string' },
      dev: { type: 'string', default: resolve(EVAL, 'conll03/eng.testa') },
      verbose: { type: 'boolean', default: false },
      epochs: { type: 'string', default: '12' },
      seed: { type: 'string', default: '1' },
      'min-count': { type: 'string', default: '1' },
      out: { type: 'string', short: 'o', default: NER_MODEL_PATH },
    },
  });
  const began = Date.now();
  const heldOut = values['conll04-held-out']?.split('/').map(Number);
  const train = [
    ...(await conll03Sentences(values.train)),
    ...(values.conll04 ? await conll04Sentences(values.conll04, heldOut && { fold: heldOut[0]!, folds: heldOut[1]! }) : []),
  ];
  const dev = await conll03Sentences(values.dev);
  console.error(`read ${train.length} training sentences, ${dev.length} development sentences in ${((Date.now() - began) / 1000).toFixed(1)} s`);
  const weights = trainPerceptron(train, {
    epochs: Number(values.epochs),
    seed: Number(values.seed),
    minCount: Number(values['min-count']),
    onEpoch: (epoch, averaged, mistakes) => {
      const line = `epoch ${epoch}: ${mistakes} sentences wrong`;
      if (!values.verbose) return console.error(line);
      const model = new NerModel(encodeModel(averaged(), { temperature: 1, trainedOn: '' }));
      console.error(`${line}; development ${nameScores(model, dev)}`);
    },
  });
  const uncalibrated = new NerModel(encodeModel(weights, { temperature: 1, trainedOn: '' }));
  const { temperature, nll } = fitTemperature(uncalibrated, dev);
  console.error(`development ${nameScores(uncalibrated, dev)}; temperature ${temperature} (mean label NLL ${nll.toFixed(4)})`);
  const sources = [`CoNLL-2003 ${values.train.split('/').pop()}`, ...(values.conll04 ? [`CoNLL04 ${values.conll04.split('/').pop()}${heldOut ? ` without fold ${heldOut.join('/')}` : ''}`] : [])];
  const bytes = encodeModel(weights, { temperature, trainedOn: `${sources.join(' + ')}, ${values.epochs} epochs, seed ${values.seed}; calibrated on ${values.dev.split('/').pop()}` });
  await writeFile(values.out, bytes);
  console.error(`wrote ${values.out}: ${(bytes.length / 1048576).toFixed(1)} MB in ${((Date.now() - began) / 1000).toFixed(1)} s`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`relata train: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
