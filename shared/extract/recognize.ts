/**
 * A sentence's entity mentions: the learned tagger decides where names are and what they are; the
 * rules add what CoNLL has no label for (weapons, events, roles) and refine its MISC names.
 */
import type { EntityType } from '../graph/schema';
import { PLACES, foldForm } from './lexicon/places';
import type { EntityMention, SentenceMentions } from './mentions';
import type { TaggedName } from './ner/tagger';
import type { EntityClass } from './ner/labels';
import type { Sentence } from './tokens';
import { typeName } from './typing';

const CLASS_TYPES: Record<Exclude<EntityClass, 'MISC'>, EntityType> = { PER: 'Person', ORG: 'Organization', LOC: 'Place' };

const overlaps = (a: { first: number; last: number }, b: { first: number; last: number }) => a.first <= b.last && b.first <= a.last;

function slice(sentence: Sentence, first: number, last: number): string {
  const a = sentence.tokens[first]!;
  const b = sentence.tokens[last]!;
  const raw = sentence.text.slice(a.start - sentence.start, b.end - sentence.start);
  return b.possessive ? raw.replace(/['’]s?$/, '') : raw;
}

/** Merges the tagger's names with the rules' mentions of one sentence. */
export function recognize(sentence: Sentence, tagged: TaggedName[], rules: SentenceMentions): SentenceMentions {
  const entities: EntityMention[] = [];
  for (const name of tagged) {
    const same = rules.entities.find((m) => m.first === name.first && m.last === name.last);
    const text = slice(sentence, name.first, name.last);
    const start = sentence.tokens[name.first]!.start;
    const base = { first: name.first, last: name.last, text, start, end: start + text.length, titled: same?.titled ?? false };
    if (name.cls === 'MISC') {
      const info = same ?? { ...typeName(sentence.tokens, name.first, name.last, text, false) };
      const demonym = name.first === name.last ? PLACES.byDemonym.get(foldForm(text)) : undefined;
      if (info.type === 'Weapon' || info.type === 'Event') entities.push({ ...base, type: info.type, confidence: name.confidence, ...(info.longForm ? { longForm: info.longForm } : {}) });
      else if (demonym) {
        // "Russian President …": a demonym the rules found acting for its country names it; other demonyms ("German beer") name nothing.
        if (same) entities.push({ ...base, type: 'Place', canonical: demonym, confidence: name.confidence });
      } else entities.push({ ...base, type: 'Other', confidence: name.confidence });
      continue;
    }
    const type = CLASS_TYPES[name.cls];
    const canonical = same?.canonical && same.type === type ? same.canonical : PLACES.byForm.get(foldForm(text)) && type === 'Place' ? PLACES.byForm.get(foldForm(text)) : undefined;
    entities.push({ ...base, type, confidence: name.confidence, ...(canonical ? { canonical } : {}), ...(same?.longForm ? { longForm: same.longForm } : {}) });
  }
  for (const m of rules.entities) {
    if (tagged.some((t) => overlaps(t, m))) continue;
    if (m.type === 'Weapon' || m.type === 'Event' || (m.canonical && m.type === 'Place' && m.first === m.last)) entities.push(m);
  }
  entities.sort((a, b) => a.first - b.first);
  const roles = rules.roles.filter((r) => !entities.some((m) => overlaps(m, r)));
  return { entities, roles };
}
