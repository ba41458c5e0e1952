/** Gold names as character spans → BILOU labels on Relata's own tokens, so training sees what tagging sees. */
import { labelsOf, type LabelledSpan } from '../../shared/extract/ner/labels';
import type { Sentence } from '../../shared/extract/tokens';
import type { GoldDocument } from './conll';

/**
 * Each sentence's gold labels. A token belongs to a name when it starts inside it ("Germany's" is
 * the name Germany); a name that Relata's sentence splitter cuts in two is left unlabelled.
 */
export function goldLabels(sentences: Sentence[], names: GoldDocument['names']): Uint8Array[] {
  return sentences.map(({ tokens }) => {
    const spans: LabelledSpan[] = [];
    for (const name of names) {
      const inside = tokens.filter((t) => t.start >= name.start && t.start < name.end);
      if (inside.length === 0) continue;
      const first = inside[0]!.i;
      const last = inside[inside.length - 1]!.i;
      const wholeName = tokens[first]!.start <= name.start + 1 && tokens[last]!.end >= name.end - 1;
      if (wholeName && last - first + 1 === inside.length) spans.push({ first, last, cls: name.cls });
    }
    return labelsOf(tokens.length, spans);
  });
}
