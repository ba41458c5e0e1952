/** compromise's own lexicon, read out of context: what a word is before any sentence says otherwise. */
import nlp from 'compromise';

const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

/** The tags compromise's lexicon gives a word on its own, out of context. */
export function lexiconTags(lower: string): Set<string> {
  const entry = LEXICON[lower];
  return new Set(entry === undefined ? [] : Array.isArray(entry) ? entry : [entry]);
}

type Conjugations = Partial<Record<'PastTense' | 'Participle', string>>;
const world = nlp.world() as { model: unknown; methods: { two: { transform: { verb: { conjugate(infinitive: string, model: unknown): Conjugations } } } } };

// "said", "made": the readings below ask of the same few verbs on every other sentence, so each is conjugated once.
const conjugations = new Map<string, Conjugations>();
function conjugate(lemma: string): Conjugations {
  let forms = conjugations.get(lemma);
  if (!forms) conjugations.set(lemma, (forms = world.methods.two.transform.verb.conjugate(lemma, world.model)));
  return forms;
}

/** "taken", "given", not "sought" or "sold": a form of the verb `lemma` that is its participle and never its past tense. */
export function isParticipleOnly(lower: string, lemma: string): boolean {
  if (!lexiconTags(lower).has('Participle')) return false;
  const forms = conjugate(lemma);
  return forms.Participle === lower && forms.PastTense !== lower;
}

/** "sold", "built", not "took" or "went": an irregular form of the verb `lemma` that its participle may be. */
export function isIrregularParticiple(lower: string, lemma: string): boolean {
  const tags = lexiconTags(lower);
  if (!tags.has('PastTense') && !tags.has('Participle')) return false;
  const forms = conjugate(lemma);
  return (forms.Participle ?? forms.PastTense) === lower;
}
