/** The news tagger's weights on disk, for the command-line tools: read once per process (or worker thread). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NerModel } from '../../shared/extract/ner/model';

export const NER_MODEL_PATH = resolve(import.meta.dirname, '../../shared/extract/ner/model.bin');

let loaded: NerModel | undefined;

/** The tagger model, loaded on first use. */
export function nerModel(): NerModel {
  return (loaded ??= new NerModel(readFileSync(NER_MODEL_PATH)));
}
