/** The news tagger's weights on disk, for the command-line tools: read once per process (or worker thread). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NerModel } from '../../shared/extract/ner/model';

export const NER_MODEL_PATH = resolve(import.meta.dirname, '../../shared/extract/ner/model.bin');

const loaded = new Map<string, NerModel>();

/** The tagger model at `path` (the shipped one by default), loaded on first use. */
export function nerModel(path = NER_MODEL_PATH): NerModel {
  let model = loaded.get(path);
  if (!model) loaded.set(path, (model = new NerModel(readFileSync(path))));
  return model;
}
