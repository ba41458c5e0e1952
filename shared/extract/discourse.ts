/** One document's analysis: sentences, mentions, units, relation candidates with pronouns resolved. */
import type { SourceDocument } from '../graph/schema';
import { documentNames, findMentions, type EntityMention } from './mentions';
import type { NerModel } from './ner/model';
import { tagDocument } from './ner/tagger';
import { foldPunctuation } from './normalize';
import { cutNames, recognize, taggedNames } from './recognize';
import { completeNames, harmonizeDocument, linkDefinedAcronyms, linkKnownNames, mentionKey, mentionsByName, recoverFullNames, settleName, typeDescribedNames, typeLists, typeResultTables, typeScoredSides, typeStandings, voteClubTowns } from './consistency';
import { personGender, type Gender } from './gender';
import { patternNamed, readSentence, type Candidate } from './patterns/index';
import { substantive } from './patterns/pattern';
import { dateline } from './patterns/places';
import { countryOf } from './lexicon/places';
import { Salience } from './salience';
import { readStance, type Modality, type Polarity, type Stance } from './stance';
import { tokenize, type ParseProgress, type Sentence } from './tokens';
import { buildUnits, descriptionType, type NounPhrase, type Unit } from './units';
import { castVote, SOURCE_WEIGHT } from './votes';

/** A relation end: an entity mention, or a concept named by a noun phrase. */
export type Endpoint = { mention: EntityMention; viaPronoun: boolean } | { concept: string };

export interface Relation {
  subject: Endpoint;
  object: Endpoint;
  label: string;
  predicate: string;
  confidence: number;
  sentence: number;
  /** The pattern that read it (patterns/index.ts). */
  pattern: string;
  polarity: Polarity;
  modality: Modality;
  /** Who the text reports as saying it. */
  source?: Endpoint;
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

/**
 * What a sentence's dateline says ("KYIV (Newswire) —"): the agency that files the story, which takes
 * no part in it, the places it names, and the country they lie in, where the gazetteers know it.
 */
function readDateline(candidates: Candidate[]): { agencies: Set<EntityMention>; places: EntityMention[]; country?: string } {
  const agencies = new Set<EntityMention>();
  const places: EntityMention[] = [];
  let country: string | undefined;
  for (const c of candidates) {
    if (c.pattern !== dateline.name) continue;
    if (c.subject.entity) agencies.add(c.subject.entity);
    if (c.object.entity) places.push(c.object.entity);
    const place = c.object.entity?.canonical;
    country ??= place === undefined ? undefined : countryOf(place);
  }
  return { agencies, places, ...(country ? { country } : {}) };
}

/** A hedged statement ("could", "plans to", "if …") is less likely to hold than a stated one. */
const HEDGED_CONFIDENCE = 0.8;
/** An end found through a pronoun or a description may have found the wrong antecedent. */
const ANAPHOR_CONFIDENCE = 0.85;

/** What a phrase points to: a name as written, a pronoun or a description by salience, else its concept. */
function endpoint(salience: Salience, np: NounPhrase, subject?: Endpoint, distinct = false): Endpoint | undefined {
  if (np.entity) return { mention: np.entity, viaPronoun: false };
  const described = salience.description(np, subject && 'mention' in subject ? subject.mention : undefined);
  if (described) {
    if (!described.typed) castVote(described.mention, { type: described.type, weight: SOURCE_WEIGHT.context, reason: `described as "the ${np.head}"` });
    return { mention: described.mention, viaPronoun: true };
  }
  if (np.pronoun) {
    // "The Canadian dollar fell to its lowest level": "its" after a thing no name stands for is that thing's.
    if (np.possessive && np.pronoun === 'thing' && !distinct && subject && 'concept' in subject) return undefined;
    // "Smith sold his company": a possessive is the subject's own where it agrees, unless the pattern says otherwise.
    const own = np.possessive && !distinct && subject && 'mention' in subject ? salience.agreeing(np, subject.mention) : undefined;
    const mention = own ?? salience.pronoun(np, subject && 'mention' in subject && (!np.possessive || distinct) ? subject.mention : undefined);
    return mention ? { mention, viaPronoun: true } : undefined;
  }
  // "the group" that names nothing said before is no thing of its own either.
  return np.concept && !(descriptionType(np) && !substantive(np)) ? { concept: np.concept } : undefined;
}

const isEndOf = (source: Endpoint, end: Endpoint): boolean => 'mention' in source && 'mention' in end && source.mention === end.mention;

/**
 * A candidate as relations between resolved ends: one, or one per member when "they" stands for
 * several subjects named before ("Siemens and Alstom met … They signed …"); none when its ends do
 * not resolve to two things.
 */
function relationsOf(c: Candidate, salience: Salience, units: Unit[], sentence: number, quality: number): Relation[] {
  const group = salience.plural(c.subject);
  const subjects = group.length ? group.map((mention): Endpoint => ({ mention, viaPronoun: true })) : [endpoint(salience, c.subject)];
  return subjects.flatMap((subject) => relationOf(c, subject, salience, units, sentence, quality) ?? []);
}

function relationOf(c: Candidate, subject: Endpoint | undefined, salience: Salience, units: Unit[], sentence: number, quality: number): Relation | undefined {
  const pattern = patternNamed(c.pattern);
  const object = endpoint(salience, c.object, subject, pattern?.distinctEnds);
  if (!subject || !object || ('concept' in subject && 'concept' in object)) return undefined;
  // "the company's founder" with no company named before: a role held at nothing in particular.
  if (pattern?.namedObject && 'concept' in object) return undefined;
  if ('mention' in subject && 'mention' in object && subject.mention === object.mention) return undefined;
  const viaPronoun = ('viaPronoun' in subject && subject.viaPronoun) || ('viaPronoun' in object && object.viaPronoun);
  const stance: Stance = pattern?.aboutTheStory ? { polarity: 'positive', modality: 'asserted' } : readStance(units, c.anchor, c.label, pattern?.naming);
  const source = stance.source && endpoint(salience, stance.source);
  const confidence = c.confidence * quality * (viaPronoun ? ANAPHOR_CONFIDENCE : 1) * (stance.modality === 'hedged' ? HEDGED_CONFIDENCE : 1);
  return {
    subject,
    object,
    label: c.label,
    predicate: c.predicate,
    confidence,
    sentence,
    pattern: c.pattern,
    polarity: stance.polarity,
    modality: stance.modality,
    // "Its chief executive, Stavros Kallis, said …": a speaker does not report the role they are named by.
    ...(source && 'mention' in source && !isEndOf(source, subject) && !isEndOf(source, object) ? { source } : {}),
  };
}

/** Analyses one document: every sentence's mentions and relation candidates; `onProgress` hears how far it got (0 to 1). */
export function analyzeDocument(document: SourceDocument, model: NerModel, onProgress?: ParseProgress): DocumentAnalysis {
  const text = foldPunctuation(document.text);
  // The parse is nine tenths of an analysis: it reports up to there, the rest at the end.
  const tokenized = tokenize(text, onProgress && ((done) => onProgress(done * 0.9)));
  const names = documentNames(tokenized);
  const tagged = tagDocument(model, tokenized);
  const rules = tokenized.map((sentence) => findMentions(sentence, names));
  const cut = tokenized.map((sentence, k) => cutNames(sentence.tokens, tagged[k]!, rules[k]!.roles));
  const namedElsewhere = taggedNames(tokenized, cut);
  const parsed = tokenized.map((sentence, k) => {
    const found = recognize(sentence, cut[k]!, rules[k]!, namedElsewhere);
    return { sentence, found, quality: sentenceQuality(sentence) };
  });
  const named = parsed.map(({ sentence, found }) => ({ sentence, mentions: found.entities }));
  recoverFullNames(named);
  completeNames(named);
  linkDefinedAcronyms(named);
  linkKnownNames(named);
  typeResultTables(named);
  typeStandings(named);
  typeScoredSides(named);
  typeLists(named);
  voteClubTowns(named);
  typeDescribedNames(named);
  const sentences: AnalyzedSentence[] = parsed.map(({ sentence: { index, start, end }, found, quality }) => ({ sentence: { index, start, end }, mentions: found.entities, quality }));
  const mentions = sentences.flatMap((s) => s.mentions);
  harmonizeDocument(mentions);
  const byName = mentionsByName(mentions);
  const relations: Relation[] = [];
  const genders = new Map<EntityMention, Gender>();
  const bySurname = new Map<string, Gender | undefined>();
  const salience = new Salience(genders);
  for (const { sentence, found, quality } of parsed) {
    for (const m of found.entities) {
      const gender = m.type === 'Person' ? personGender(sentence, m, bySurname) : undefined;
      if (gender) genders.set(m, gender);
    }
    const units = buildUnits(sentence, found);
    const reading = readSentence(units);
    const filed = readDateline(reading.candidates);
    // The agency is no antecedent: "the company said" is never Newswire.
    salience.enter(units, filed.agencies.size ? found.entities.filter((m) => !filed.agencies.has(m)) : found.entities);
    if (filed.country) salience.fileFrom(filed.country);
    for (const place of filed.places) salience.fileAt(place);
    for (const c of reading.candidates) relations.push(...relationsOf(c, salience, units, sentence.index, quality));
    for (const { mention, vote } of reading.votes) castVote(mention, vote);
    // "Telegram founder Pavel Durov … Telegram has said it abides by …": what a sentence's patterns make of
    // a name, the sentences after it read it as, the story's mentions of it weighed together as before.
    for (const key of new Set(reading.votes.map(({ mention }) => mentionKey(mention)))) {
      const group = byName.get(key);
      if (group && group.length >= 2) settleName(group);
    }
    for (const { mention, form } of reading.aliases) mention.forms = [...(mention.forms ?? []), form];
    salience.leave();
  }
  onProgress?.(1);
  return { name: document.name, text: document.text, sentences, relations };
}
