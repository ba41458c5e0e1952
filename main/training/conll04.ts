/**
 * CoNLL04 (Roth and Yih 2004: news sentences, people, organisations, places and "Other") as extra
 * training text for the tagger, detokenised the way ../shared/eval/conll04.py prepares it. Its
 * conventions differ from CoNLL-2003's in two places, which become choices the learner may make:
 * a person's title may be inside the name ("Gen. William C. Westmoreland"), and "Other" mixes
 * CoNLL-2003's MISC with dates and amounts, so an "Other" word may be MISC or nothing.
 */
import type { EntityClass } from '../../shared/extract/ner/labels';
import type { CharSpan } from './align';

export interface Conll04Sentence {
  text: string;
  names: CharSpan[];
}

const KINDS: Record<string, EntityClass | 'Other'> = { Peop: 'PER', Org: 'ORG', Loc: 'LOC', Other: 'Other' };

/** The sentence as conll04.py writes it. */
function detokenise(tokens: string[]): string {
  return tokens
    .join(' ')
    .replace(/ ([,.;:!?%)\]}])/g, '$1')
    .replace(/([([{$]) /g, '$1')
    .replace(/ ('s|n't|'re|'ve|'ll|'d|')(?![A-Za-z0-9_])/g, '$1')
    .replaceAll('`` ', '"')
    .replaceAll(" ''", '"');
}

/** Reads CoNLL04's JSON split (tokens and BILOU tags per sentence). */
export function readConll04(content: string): Conll04Sentence[] {
  const split = JSON.parse(content) as Array<{ tokens: string[]; tags: string[] }>;
  return split.map(({ tokens, tags }) => {
    const text = detokenise(tokens);
    // Each token's place in the text, found in order (quotes rewritten by detokenising are skipped).
    let cursor = 0;
    const at = tokens.map((token) => {
      const start = text.indexOf(token, cursor);
      if (start < 0) return undefined;
      cursor = start + token.length;
      return { start, end: cursor };
    });
    const names: Conll04Sentence['names'] = [];
    let first = -1;
    tags.forEach((tag, i) => {
      const kind = KINDS[tag.slice(2)];
      if (tag.startsWith('B-')) first = i;
      if (!kind || !(tag.startsWith('U-') || tag.startsWith('L-'))) return;
      const a = at[tag.startsWith('U-') ? i : first];
      const b = at[i];
      if (a && b) names.push({ start: a.start, end: b.end, kind });
    });
    return { text: `${text}\n`, names };
  });
}
