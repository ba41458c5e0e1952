/** Patterns anchored on nouns that stand for verbs: "Germany's supply of Taurus missiles", "Lincoln's assassin". */
import { chainEnd, findSubjects, titleEnd } from '../clause';
import { NOMINAL_PREPOSITIONS, NOMINALIZATIONS } from '../lexicon/words';
import { isClass, isNp, isWord, type NounPhrase, type VerbGroup } from '../units';
import { isPerson, meaningful, npAt, type RelationPattern } from './pattern';

export const possessiveNominalization: RelationPattern = {
  name: 'possessive-nominalization',
  anchor: 'np',
  confidence: 0.7,
  reason: 'a noun for an action with its doer before it ("Germany\'s supply of Taurus missiles", "Medvedev\'s refusal to engage in talks")',
  match(units, k, out) {
    const owner = units[k] as NounPhrase;
    const noun = units[k + 1];
    if (!owner.possessive || !isNp(noun) || !noun.concept) return;
    const predicate = NOMINALIZATIONS.get(noun.head);
    if (!predicate) return;
    let j = k + 2;
    let label = noun.head;
    const prep = units[j];
    if (prep?.kind === 'word' && NOMINAL_PREPOSITIONS.has(prep.word)) {
      label += ` ${prep.word}`;
      j++;
    } else if (units[j]?.kind === 'verb' && (units[j] as VerbGroup).form === 'infinitive') {
      label += ` to ${(units[j] as VerbGroup).label}`;
      j++;
      if (isClass(units[j], 'prep')) label += ` ${(units[j] as { word: string }).word}`, j++;
    } else return;
    while (isClass(units[j], 'det')) j++;
    if (!isNp(units[j])) return;
    const target = units[chainEnd(units, j, false)] as NounPhrase;
    if (meaningful(target)) out.relation({ subject: owner, object: target, label, predicate });
  },
};

export const agentNominalization: RelationPattern = {
  name: 'agent-nominalization',
  anchor: 'np',
  confidence: 0.7,
  reason: 'a noun for an action with its agent after "by" ("the assassination of Kennedy by Oswald")',
  match(units, k, out) {
    const noun = units[k] as NounPhrase;
    const predicate = noun.concept ? NOMINALIZATIONS.get(noun.head) : undefined;
    if (!predicate || !isWord(units[k + 1], 'of')) return;
    const j = titleEnd(units, k + 2);
    const target = units[j];
    if (!isNp(target) || !target.entity || !isWord(units[j + 1], 'by')) return;
    const agent = units[titleEnd(units, j + 2)];
    if (isNp(agent) && agent.entity) out.relation({ subject: agent, object: target, label: `${noun.head} of`, predicate });
  },
};

/** Verbs of the courts and the police, with the preposition that introduces the act they concern. */
const LEGAL_VERBS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['convict', new Set(['of', 'for'])], ['acquit', new Set(['of'])], ['accuse', new Set(['of'])], ['suspect', new Set(['of'])],
  ['charge', new Set(['with'])], ['plead', new Set(['to'])], ['confess', new Set(['to'])], ['admit', new Set(['to'])],
  ['sentence', new Set(['for'])], ['arrest', new Set(['for', 'over', 'in'])], ['indict', new Set(['for', 'on'])],
  ['jail', new Set(['for', 'over'])], ['try', new Set(['for'])], ['execute', new Set(['for'])], ['imprison', new Set(['for'])],
]);

export const legalAct: RelationPattern = {
  name: 'legal-act',
  anchor: 'verb',
  confidence: 0.7,
  reason: 'someone charged with, convicted of or pleading guilty to an act against someone ("convicted of the murder of Robert Kennedy")',
  match(units, v, out) {
    const verb = units[v] as VerbGroup;
    const preps = LEGAL_VERBS.get(verb.lemma);
    if (!preps) return;
    let j = v + 1;
    // "pleaded not guilty to": the plea stands between, and belongs in the label.
    const plea: string[] = [];
    while (isClass(units[j], 'det') || isClass(units[j], 'adv')) plea.push((units[j++] as { word: string }).word);
    // "sentenced to death for …", "sentenced to 20 years in prison for …": the penalty stands between.
    if (verb.lemma === 'sentence' && isWord(units[j], 'to') && isNp(units[j + 1])) {
      j += 2;
      if (isWord(units[j], 'in') && isNp(units[j + 1])) j += 2;
    }
    const prep = units[j];
    if (prep?.kind !== 'word' || !preps.has(prep.word)) return;
    j++;
    while (isClass(units[j], 'det')) j++;
    // "convicted of Kennedy's killing": the one it was done to may own the act instead of following it.
    const owner = npAt(units, j)?.possessive ? npAt(units, j++) : undefined;
    const act = npAt(units, j);
    const predicate = act?.concept ? NOMINALIZATIONS.get(act.head) : undefined;
    if (!act || !predicate || (!owner && !isWord(units[j + 1], 'of'))) return;
    const target = owner ?? npAt(units, titleEnd(units, j + 2));
    if (!target || !meaningful(target)) return;
    for (const subject of findSubjects(units, v).filter((np) => np.entity || np.pronoun)) {
      out.relation({ subject, object: target, label: [verb.label, ...plea, prep.word, act.head, ...(owner ? [] : ['of'])].join(' '), predicate });
    }
  },
};

const AGENT_NOUN_VERBS: ReadonlyMap<string, string> = new Map([
  ['assassin', 'kill'], ['killer', 'kill'], ['murderer', 'kill'], ['gunman', 'shoot'], ['shooter', 'shoot'], ['attacker', 'attack'],
]);

export const agentNoun: RelationPattern = {
  name: 'agent-noun',
  anchor: 'np',
  confidence: 0.7,
  reason: 'a noun for who did it between two people ("Kennedy assassin Sirhan", "Lincoln\'s killer, John Wilkes Booth")',
  match(units, k, out) {
    const victim = units[k] as NounPhrase;
    const noun = units[k + 1];
    if (!isNp(noun) || noun.concept !== noun.head) return;
    const predicate = AGENT_NOUN_VERBS.get(noun.head);
    // "McKinley's assassin, Leon Czolgosz,": the agent may stand in apposition.
    const agent = units[isWord(units[k + 2], ',') && victim.possessive ? k + 3 : k + 2];
    if (predicate && isPerson(victim) && !victim.pronoun && isNp(agent) && isPerson(agent) && !agent.pronoun) {
      out.relation({ subject: agent, object: victim, label: noun.head, predicate });
    }
  },
};
