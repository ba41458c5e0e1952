/** compromise's own lexicon, read out of context: what a word is before any sentence says otherwise. */
import nlp from 'compromise';

const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

/** The tags compromise's lexicon gives a word on its own, out of context. */
export function lexiconTags(lower: string): Set<string> {
  const entry = LEXICON[lower];
  return new Set(entry === undefined ? [] : Array.isArray(entry) ? entry : [entry]);
}
