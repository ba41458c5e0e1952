/**
 * A sentence's entity mentions: the learned tagger decides where names are and votes for what they
 * are; the rules vote too, add what CoNLL has no label for (weapons, events, roles) and refine the
 * tagger's MISC names.
 */
import type { EntityType } from '../graph/schema';
import { PLACES, foldForm } from './lexicon/places';
import { ruleVote, type EntityMention, type SentenceMentions } from './mentions';
import type { EntityClass } from './ner/labels';
import type { TaggedName } from './ner/tagger';
import type { Sentence } from './tokens';
import { typeName, type NameType } from './typing';
import { decideType, SOURCE_WEIGHT, type TypeVote } from './votes';

const CLASS_TYPES: Record<EntityClass, EntityType> = { PER: 'Person', ORG: 'Organization', LOC: 'Place', MISC: 'Other' };
const CLASS_NAMES: Record<EntityClass, string> = { PER: 'a person', ORG: 'an organisation', LOC: 'a place', MISC: 'a name of another kind' };

/** Rule mentions the tagger did not find that are still worth keeping: what CoNLL has no class for, and sure gazetteer matches. */
const KEPT_WITHOUT_TAGGER: ReadonlySet<EntityType> = new Set(['Weapon', 'Event']);

const overlaps = (a: { first: number; last: number }, b: { first: number; last: number }) => a.first <= b.last && b.first <= a.last;

function slice(sentence: Sentence, first: number, last: number): string {
  const a = sentence.tokens[first]!;
  const b = sentence.tokens[last]!;
  const raw = sentence.text.slice(a.start - sentence.start, b.end - sentence.start);
  return b.possessive ? raw.replace(/['’]s?$/, '') : raw;
}

function modelVote(name: TaggedName): TypeVote {
  return { type: CLASS_TYPES[name.cls], weight: name.confidence * SOURCE_WEIGHT.model, reason: `the news tagger reads ${CLASS_NAMES[name.cls]} (${name.confidence.toFixed(2)})` };
}

/** One tagged name as a mention, with the rules' reading of the same words as a second opinion. */
function taggedMention(sentence: Sentence, name: TaggedName, rules: SentenceMentions): EntityMention | undefined {
  const same = rules.entities.find((m) => m.first === name.first && m.last === name.last);
  const text = slice(sentence, name.first, name.last);
  // "Russian President …": a demonym the rules found acting for its country names it; others ("German beer") name nothing.
  if (name.cls === 'MISC' && name.first === name.last && PLACES.byDemonym.has(foldForm(text))) return same;
  const reading: EntityMention | NameType = same ?? typeName(sentence.tokens, name.first, name.last, text, false);
  // The tagger's MISC is only "a name": what the rules know (a weapon, an event) says more.
  const model = modelVote(name.cls === 'MISC' ? { ...name, confidence: name.confidence * 0.5 } : name);
  const votes = [model, ...('votes' in reading ? reading.votes : [ruleVote(reading)])];
  const decision = decideType(votes);
  const start = sentence.tokens[name.first]!.start;
  const canonical = reading.canonical && reading.type === decision.type ? reading.canonical : undefined;
  return {
    first: name.first,
    last: name.last,
    text,
    start,
    end: start + text.length,
    type: decision.type,
    confidence: decision.confidence,
    votes,
    titled: same?.titled ?? false,
    ...(canonical ? { canonical } : {}),
    ...(reading.longForm ? { longForm: reading.longForm } : {}),
  };
}

/** Merges the tagger's names with the rules' mentions of one sentence. */
export function recognize(sentence: Sentence, tagged: TaggedName[], rules: SentenceMentions): SentenceMentions {
  const entities: EntityMention[] = [];
  for (const name of tagged) {
    const m = taggedMention(sentence, name, rules);
    if (m) entities.push(m);
  }
  for (const m of rules.entities) {
    if (tagged.some((t) => overlaps(t, m))) continue;
    if (KEPT_WITHOUT_TAGGER.has(m.type) || (m.canonical && m.first === m.last)) entities.push(m);
  }
  entities.sort((a, b) => a.first - b.first);
  const roles = rules.roles.filter((r) => !entities.some((m) => overlaps(m, r)));
  return { entities, roles };
}
