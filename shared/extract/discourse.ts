/** One document's analysis: sentences, mentions, units, relation candidates with pronouns resolved. */
import type { SourceDocument } from '../graph/schema';
import { FAMILY_NAME_FIRST, surnameOf } from './lexicon/names';
import { DESCRIPTIONS } from './lexicon/words';
import { documentNames, findMentions, type EntityMention } from './mentions';
import type { NerModel } from './ner/model';
import { tagDocument } from './ner/tagger';
import { foldPunctuation } from './normalize';
import { recognize } from './recognize';
import { castVote, SOURCE_WEIGHT } from './votes';
import { harmonizeDocument } from './consistency';
import { patternNamed, readSentence } from './patterns/index';
import { tokenize, type Sentence } from './tokens';
import { buildUnits, type NounPhrase } from './units';

/** A relation end: an entity mention, or a concept named by a noun phrase. */
export type Endpoint = { mention: EntityMention; viaPronoun: boolean } | { concept: string };

export interface Relation {
  subject: Endpoint;
  object: Endpoint;
  label: string;
  predicate: string;
  confidence: number;
  sentence: number;
}

export interface AnalyzedSentence {
  /** Where the sentence is; its tokens are dropped once analysed, so a large corpus does not keep them all. */
  sentence: Pick<Sentence, 'index' | 'start' | 'end'>;
  mentions: EntityMention[];
  /** 0–1: low for reader comments, questions, links and fragments. */
  quality: number;
}

export interface DocumentAnalysis {
  name: string;
  /** The document as written: provenance quotes it, while the analysis reads a copy with punctuation folded (same offsets). */
  text: string;
  sentences: AnalyzedSentence[];
  relations: Relation[];
}

const FIRST_SECOND_PERSON = /\b(?:I|I'm|I've|I'd|me|my|you|your|you're|lol|haha\w*)\b/i;

/** How much a sentence reads like reported news rather than a reader's comment or a fragment. */
export function sentenceQuality(sentence: Sentence): number {
  let q = 1;
  const text = sentence.text;
  if (FIRST_SECOND_PERSON.test(text)) q -= 0.3;
  if (/[?!]/.test(text)) q -= 0.2;
  if (/https?:\/\/|www\./.test(text)) q -= 0.4;
  if (sentence.tokens.length < 5) q -= 0.3;
  if (/[\u{1f300}-\u{1faff}]|[;:]-?[)(]/u.test(text)) q -= 0.2;
  return Math.max(0.2, q);
}

type Gender = 'male' | 'female';

const PRONOUN_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['he', 'male'], ['him', 'male'], ['his', 'male'], ['she', 'female'], ['her', 'female'], ['hers', 'female'],
]);
const TITLE_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['mr', 'male'], ['sir', 'male'], ['king', 'male'], ['prince', 'male'], ['lord', 'male'],
  ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['madam', 'female'], ['queen', 'female'], ['princess', 'female'], ['lady', 'female'],
]);
/** Slavic and Baltic feminine surnames: "Zakharova", "Zelenska", "Timoshenkova". */
const FEMININE_SURNAME = /(?:ova|eva|yova|skaya|ska|cka)$/i;

/**
 * The grammatical gender a person's name shows, if any: a first name compromise knows, a title, a
 * feminine surname ending, or (for a surname alone) what the full name earlier in the document showed.
 */
function personGender(sentence: Sentence, m: EntityMention, bySurname: Map<string, Gender>): Gender | undefined {
  const tokens = sentence.tokens.slice(m.first, m.last + 1);
  const surname = surnameOf(tokens.map((t) => t.lower));
  const title = sentence.tokens[m.first - 1]?.lower.replace(/\.$/, '');
  let gender: Gender | undefined = title ? TITLE_GENDER.get(title) : undefined;
  // "Kim Jong Un": an East Asian family name is no English given name.
  const givenNames = FAMILY_NAME_FIRST.has(tokens[0]!.lower) ? [] : tokens;
  for (const t of givenNames) gender ??= t.tags.has('MaleName') ? 'male' : t.tags.has('FemaleName') ? 'female' : undefined;
  if (!gender && tokens.length > 1 && FEMININE_SURNAME.test(surname)) gender = 'female';
  if (gender && tokens.length > 1) bySurname.set(surname, gender);
  return gender ?? bySurname.get(surname);
}

interface Antecedents {
  /** People named so far, oldest first. */
  persons: EntityMention[];
  thing?: EntityMention;
  /** Entity mentions of the last few sentences, oldest first. */
  recent: EntityMention[];
}

/** How many sentences back a description ("the company") may reach. */
const DESCRIPTION_WINDOW = 3;

function resolvePronoun(np: NounPhrase, before: EntityMention[], previous: Antecedents, genders: Map<EntityMention, Gender>, subject?: EntityMention): EntityMention | undefined {
  const inSentence = before.filter((m) => m.end <= np.start);
  if (np.pronoun === 'person') {
    // "he" skips back over a woman to the last man named, and the other way round; "Sirhan shot him"
    // is never Sirhan shooting himself.
    const wanted = PRONOUN_GENDER.get(np.head);
    const fits = (m: EntityMention) => m.type === 'Person' && m !== subject && (!wanted || (genders.get(m) ?? wanted) === wanted);
    return [...inSentence].reverse().find(fits) ?? [...previous.persons].reverse().find(fits);
  }
  if (np.pronoun === 'thing') return [...inSentence].reverse().find((m) => m.type !== 'Person' && m.type !== 'Weapon' && m.type !== 'Event') ?? previous.thing;
  return undefined;
}

function describedEntity(np: NounPhrase, before: EntityMention[], recent: EntityMention[]): EntityMention | undefined {
  const type = np.definite && np.concept === np.head ? DESCRIPTIONS.get(np.head) : undefined;
  if (!type) return undefined;
  const candidates = [...recent, ...before.filter((m) => m.end <= np.start)].reverse();
  const typed = candidates.filter((m) => m.type === type);
  // Prefer a name that ends in the description's noun ("the ministry" → "Foreign Ministry"); else the
  // last name of the type; else the last name of no known type, which the description then types.
  const found = typed.find((m) => m.text.toLowerCase().endsWith(np.head)) ?? typed[0] ?? candidates.find((m) => m.type === 'Other');
  if (found) castVote(found, { type, weight: SOURCE_WEIGHT.context, reason: `described as "the ${np.head}"` });
  return found;
}

function endpoint(np: NounPhrase, mentions: EntityMention[], previous: Antecedents, genders: Map<EntityMention, Gender>, subject?: Endpoint): Endpoint | undefined {
  if (np.entity) return { mention: np.entity, viaPronoun: false };
  const described = describedEntity(np, mentions, previous.recent);
  if (described) return { mention: described, viaPronoun: true };
  if (np.pronoun) {
    const mention = resolvePronoun(np, mentions, previous, genders, subject && 'mention' in subject && !np.possessive ? subject.mention : undefined);
    return mention ? { mention, viaPronoun: true } : undefined;
  }
  return np.concept ? { concept: np.concept } : undefined;
}

/** Analyses one document: every sentence's mentions and relation candidates. */
export function analyzeDocument(document: SourceDocument, model: NerModel): DocumentAnalysis {
  const text = foldPunctuation(document.text);
  const tokenized = tokenize(text);
  const names = documentNames(tokenized);
  const tagged = tagDocument(model, tokenized);
  const parsed = tokenized.map((sentence, k) => {
    const found = recognize(sentence, tagged[k]!, findMentions(sentence, names));
    return { sentence, found, quality: sentenceQuality(sentence) };
  });
  const sentences: AnalyzedSentence[] = parsed.map(({ sentence: { index, start, end }, found, quality }) => ({ sentence: { index, start, end }, mentions: found.entities, quality }));
  harmonizeDocument(sentences.flatMap((s) => s.mentions));
  const relations: Relation[] = [];
  const previous: Antecedents = { persons: [], recent: [] };
  const genders = new Map<EntityMention, Gender>();
  const bySurname = new Map<string, Gender>();
  const window: EntityMention[][] = [];
  parsed.forEach(({ sentence, found, quality }) => {
    const persons = found.entities.filter((m) => m.type === 'Person');
    for (const m of persons) {
      const gender = personGender(sentence, m, bySurname);
      if (gender) genders.set(m, gender);
    }
    const units = buildUnits(sentence, found);
    const reading = readSentence(units);
    for (const { mention, vote } of reading.votes) castVote(mention, vote);
    for (const { mention, form } of reading.aliases) mention.forms = [...(mention.forms ?? []), form];
    for (const c of reading.candidates) {
      const subject = endpoint(c.subject, found.entities, previous, genders);
      const object = endpoint(c.object, found.entities, previous, genders, subject);
      if (!subject || !object || ('concept' in subject && 'concept' in object)) continue;
      // "the company's founder" with no company named before: a role held at nothing in particular.
      if (patternNamed(c.pattern)?.namedObject && 'concept' in object) continue;
      if ('mention' in subject && 'mention' in object && subject.mention === object.mention) continue;
      const viaPronoun = ('viaPronoun' in subject && subject.viaPronoun) || ('viaPronoun' in object && object.viaPronoun);
      relations.push({ subject, object, label: c.label, predicate: c.predicate, confidence: c.confidence * quality * (viaPronoun ? 0.85 : 1), sentence: sentence.index });
    }
    const things = found.entities.filter((m) => m.type === 'Place' || m.type === 'Organization');
    previous.persons.push(...persons);
    // The first institution of a sentence is usually its topic: "Russia has said that it …".
    if (things.length) previous.thing = things[0];
    window.push(found.entities);
    if (window.length > DESCRIPTION_WINDOW) window.shift();
    previous.recent = window.flat();
  });
  return { name: document.name, text: document.text, sentences, relations };
}
