/** Patterns anchored on nouns that stand for verbs: "Germany's supply of Taurus missiles", "Lincoln's assassin". */
import { chainEnd, coordinatedRight, findSubjects, isPlainNoun, titleEnd, verbTaking } from '../clause';
import { singularNoun } from '../lexicon/lemma';
import { PLACES } from '../lexicon/places';
import { AGENT_NOUN_VERBS } from '../lexicon/roles';
import { DESCRIPTIONS, EVENT_HEADS, NOMINAL_PREPOSITIONS, NOMINALIZATIONS, PERMISSION_NOUNS } from '../lexicon/words';
import { isClass, isDemonym, isNp, isWord, TIME_NOUNS, type NounPhrase, type Unit, type VerbGroup } from '../units';
import { isPerson, meaningful, npAt, substantive, typeOf, type RelationPattern } from './pattern';

/** Acts whose object "for" introduces: "China's support for Russia", "Iran's backing for Hamas". */
const ACTS_FOR = new Set(['support', 'backing', 'funding']);

/** The act the noun after the doer at k names, and what it is done to: "supply of Taurus missiles", "refusal to engage in talks". */
function actOnTarget(units: Unit[], k: number, infinitive: boolean): { label: string; predicate: string; target: NounPhrase } | undefined {
  const noun = units[k + 1];
  const predicate = isNp(noun) && noun.concept ? NOMINALIZATIONS.get(noun.head) : undefined;
  if (!predicate) return undefined;
  let j = k + 2;
  let label = (noun as NounPhrase).head;
  const prep = units[j];
  if (prep?.kind === 'word' && (NOMINAL_PREPOSITIONS.has(prep.word) || (prep.word === 'for' && ACTS_FOR.has(label)))) {
    label += ` ${prep.word}`;
    j++;
  } else if (infinitive && units[j]?.kind === 'verb' && (units[j] as VerbGroup).form === 'infinitive') {
    label += ` to ${(units[j] as VerbGroup).label}`;
    j++;
    if (isClass(units[j], 'prep')) label += ` ${(units[j] as { word: string }).word}`, j++;
  } else return undefined;
  // "acquisition of Israeli chip designer Mellanox": past the titles before a name, as for a verb's object.
  j = titleEnd(units, j);
  const target = isNp(units[j]) ? (units[chainEnd(units, j)] as NounPhrase) : undefined;
  // "its biggest air attack of the war", "the worst attack of the year": "of" before a time says when.
  const when = isWord(prep, 'of') && !!target && !target.entity && (EVENT_HEADS.has(target.head) || TIME_NOUNS.has(target.head));
  return target && !when ? { label, predicate, target } : undefined;
}


export const possessiveNominalization: RelationPattern = {
  name: 'possessive-nominalization',
  anchor: 'np',
  confidence: 0.7,
  reason: 'a noun for an action with its doer before it ("Germany\'s supply of Taurus missiles", "Medvedev\'s refusal to engage in talks")',
  match(units, k, out) {
    const owner = units[k] as NounPhrase;
    const act = owner.possessive ? actOnTarget(units, k, true) : undefined;
    if (act && meaningful(act.target)) out.relation({ subject: owner, object: act.target, label: act.label, predicate: act.predicate });
  },
};

export const modifierNominalization: RelationPattern = {
  name: 'modifier-nominalization',
  anchor: 'np',
  confidence: 0.7,
  reason: 'a name before a noun for an action, as its doer, and a name it is done to after ("the U.S. invasion of Iraq", "a Russian missile strike on Poltava")',
  match(units, k, out) {
    const doer = units[k] as NounPhrase;
    const type = doer.entity?.type;
    // A country acts; a town says where ("the Moscow attack on …").
    const acts = type === 'Person' || type === 'Organization' || (type === 'Place' && PLACES.countries.has(doer.entity!.canonical ?? ''));
    const act = acts && !doer.possessive ? actOnTarget(units, k, false) : undefined;
    // Not a name of another kind, nor a demonym, which only qualify what it was done to ("Iraqi attacks on
    // Kurdish dissidents", "a NATO recognition of Russian claims").
    if (act?.target.entity && act.target.entity.type !== 'Other' && !isDemonym(act.target)) out.relation({ subject: doer, object: act.target, label: act.label, predicate: act.predicate });
  },
};

/** Verbs too light to say anything but through the act their object names: "made an offer for", "had talks with". */
const LIGHT_VERBS = new Set(['make', 'have']);
/** Acts a light verb's object names beyond the nominalised verbs: a "bid" or an "offer" for a company. */
const LIGHT_ACTS: ReadonlyMap<string, string> = new Map([['offer', 'offer'], ['offers', 'offer'], ['bid', 'bid'], ['bids', 'bid']]);
/** A body's sites, whose places a light verb's "in" gives ("has plants in Poland", "has offices in 40 countries"). */
const SITE_NOUNS = new Set(['plants', 'factories', 'offices', 'operations', 'stores', 'branches', 'mines', 'bases', 'refineries', 'hotels', 'restaurants', 'facilities']);
/** Prepositions that introduce whom or what the act a light verb's object names is aimed at. */
const ACT_PREPOSITIONS = new Set([...NOMINAL_PREPOSITIONS, 'for']);

export const lightVerbAct: RelationPattern = {
  name: 'light-verb-act',
  anchor: 'verb',
  confidence: 0.7,
  reason: 'a light verb whose object names the act, and whom it is aimed at ("never made an offer for Brightwater", "had talks with Alstom"), or a body\'s sites, and where they are ("has plants in Poland")',
  match(units, v, out) {
    const verb = units[v] as VerbGroup;
    // Not an infinitive, whose subject is the clause's to infer ("invited the two to make a visit to …").
    if (!LIGHT_VERBS.has(verb.lemma) || verb.passive || verb.form !== 'finite') return;
    let j = v + 1;
    while (isClass(units[j], 'det')) j++;
    const object = units[j];
    const act = isNp(object) && !object.entity && object.concept ? object : undefined;
    const prep = units[j + 1];
    // "has plants in Poland, Hungary and Romania": where a body has its sites is where it operates.
    const sites = isWord(prep, 'in') && !!act && SITE_NOUNS.has(act.head);
    const predicate = act && (NOMINALIZATIONS.get(act.head) ?? LIGHT_ACTS.get(act.head) ?? (sites ? 'operate in' : undefined));
    if (!act || !predicate || prep?.kind !== 'word' || !(ACT_PREPOSITIONS.has(prep.word) || sites)) return;
    let n = j + 2;
    while (isClass(units[n], 'det')) n++;
    if (!isNp(units[n])) return;
    const targets = coordinatedRight(units, chainEnd(units, n, false), prep.word).filter((np) => (sites ? typeOf(np) === 'Place' : np.entity || np.pronoun));
    for (const subject of findSubjects(units, v).filter((np) => np.entity || np.pronoun)) {
      for (const target of targets) if (target !== subject) out.relation({ subject, object: target, label: `${verb.label} ${act.head} ${prep.word}`, predicate });
    }
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

/** Nouns for an inquiry one is under, and what its agent does: "under investigation by the FDIC", "under review by Brussels". */
const INQUIRY_NOUNS: ReadonlyMap<string, string> = new Map([['investigation', 'investigate'], ['inquiry', 'investigate'], ['probe', 'investigate'], ['review', 'review'], ['scrutiny', 'scrutinize']]);

export const underInquiry: RelationPattern = {
  name: 'under-inquiry',
  anchor: 'np',
  confidence: 0.75,
  reason: 'someone said to be under an inquiry by or from another ("Discover is under investigation by the FDIC")',
  match(units, k, out) {
    const noun = units[k] as NounPhrase;
    const predicate = noun.concept === noun.head ? INQUIRY_NOUNS.get(noun.head) : undefined;
    // "came under scrutiny": compromise may keep "under" in the verb, as its particle.
    const particle = units[k - 1]?.kind === 'verb' && (units[k - 1] as VerbGroup).label.endsWith(' under');
    if (!predicate || !(isWord(units[k - 1], 'under') || particle) || !isWord(units[k + 1], 'by', 'from')) return;
    const agent = units[titleEnd(units, k + 2)];
    let v = particle ? k - 1 : k - 2;
    while (isClass(units[v], 'adv')) v--;
    if (!isNp(agent) || !agent.entity || units[v]?.kind !== 'verb') return;
    for (const subject of findSubjects(units, v).filter((np) => np.entity || np.pronoun)) {
      if (subject !== agent) out.relation({ subject: agent, object: subject, label: `${noun.head} of`, predicate });
    }
  },
};

/** Verbs of the courts and the police, with the preposition that introduces the act they concern. */
const LEGAL_VERBS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['convict', new Set(['of', 'for', 'in'])], ['acquit', new Set(['of'])], ['accuse', new Set(['of'])], ['suspect', new Set(['of'])],
  ['charge', new Set(['with', 'in'])], ['plead', new Set(['to'])], ['confess', new Set(['to'])], ['admit', new Set(['to'])],
  ['sentence', new Set(['for'])], ['arrest', new Set(['for', 'over', 'in'])], ['indict', new Set(['for', 'on', 'in'])],
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
    // "sentenced to death for …", "sentenced to 20 years in prison for …", "to 20 years to life for …": the penalty stands between.
    if (verb.lemma === 'sentence' && isWord(units[j], 'to') && isNp(units[j + 1])) {
      j += 2;
      while (isWord(units[j], 'in', 'to') && isNp(units[j + 1])) j += 2;
    }
    // "convicted last month of …", "executed in 1933 for …": a phrase of time names nothing (no concept, no name).
    for (;;) {
      if (isNp(units[j]) && !(units[j] as NounPhrase).concept && !(units[j] as NounPhrase).entity && !(units[j] as NounPhrase).pronoun) j++;
      else if (isWord(units[j], 'in') && /^\d{4}$/.test((units[j + 1] as { word?: string } | undefined)?.word ?? '')) j += 2;
      else break;
    }
    j = pastVenue(units, j);
    // "was arrested in connection with the murder of …": the act a charge is for, however loosely tied.
    const connection = isWord(units[j], 'in') && npAt(units, j + 1)?.head === 'connection' && isWord(units[j + 2], 'with') && preps.has('for');
    const prep = connection ? 'in connection with' : units[j]?.kind === 'word' ? (units[j] as { word: string }).word : undefined;
    if (!prep || (!connection && !preps.has(prep))) return;
    const act = actOn(units, j + (connection ? 3 : 1));
    if (!act) return;
    for (const subject of findSubjects(units, v).filter((np) => np.entity || np.pronoun)) {
      for (const target of act.targets) out.relation({ subject, object: target, label: [verb.label, ...plea, prep, ...act.words].join(' '), predicate: act.predicate });
    }
  },
};

/** "pleaded guilty in Memphis, Tenn., to …", "was convicted in federal court of …": where it was, standing before the act. */
function pastVenue(units: Unit[], j: number): number {
  const venue = (u: Unit | undefined) => isNp(u) && (u.entity?.type === 'Place' || u.head === 'court');
  while (isWord(units[j], 'in', 'at') && venue(units[j + 1])) {
    j += 2;
    while (isWord(units[j], ',') && venue(units[j + 1])) j += 2;
    if (isWord(units[j], ',')) j++;
  }
  return j;
}

/** Nouns for what a court hands down for an act: "a 99-year sentence for the slaying of King". */
const PENALTY_NOUNS = new Set(['sentence', 'sentences', 'term', 'conviction', 'convictions']);

export const penaltyFor: RelationPattern = {
  name: 'penalty-for',
  anchor: 'np',
  confidence: 0.65,
  reason: 'someone serving or held on a sentence for an act against someone ("serving a life sentence for the assassination of King")',
  match(units, k, out) {
    const penalty = units[k] as NounPhrase;
    if (penalty.entity || !PENALTY_NOUNS.has(penalty.head) || !isWord(units[k + 1], 'for')) return;
    const act = actOn(units, k + 2);
    // The clause's verb, before the penalty and what it is served in or held on.
    let v = k - 1;
    while (v >= 0 && (isClass(units[v], 'det') || isClass(units[v], 'prep') || isNp(units[v]))) v--;
    if (!act || units[v]?.kind !== 'verb') return;
    for (const subject of findSubjects(units, v).filter((np) => np.entity || np.pronoun)) {
      for (const target of act.targets) out.relation({ subject, object: target, label: [penalty.head, 'for', ...act.words].join(' '), predicate: act.predicate });
    }
  },
};

/**
 * The act against someone named from `j` on, after the preposition that introduces it: "the murder
 * of Robert Kennedy", "Kennedy's killing", "first-degree murder in the death of Robert Brock", "the
 * slayings of John Walker and Alberto Radelat". Its words for a label, the verb it stands for and
 * whom it was done to.
 */
function actOn(units: Unit[], j: number): { targets: NounPhrase[]; words: string[]; predicate: string } | undefined {
  while (isClass(units[j], 'det')) j++;
  // "convicted of Kennedy's killing": the one it was done to may own the act instead of following it.
  const owner = npAt(units, j)?.possessive ? npAt(units, j++) : undefined;
  // "the 1968 California primary election night slaying of": names and nouns may qualify the act.
  while ((isNp(units[j]) && !(units[j] as NounPhrase).possessive && !actAt(units, j) && (isNp(units[j + 1]) || actAt(units, j + 1))) || isClass(units[j], 'det')) j++;
  const act = actAt(units, j);
  if (!act) return undefined;
  // "convicted of first-degree murder in the death of Robert Brock": the death says whose.
  const death = !owner && !isWord(units[j + 1], 'of') && isWord(units[j + 1], 'in') && isNp(units[j + 2]) && VICTIM_NOUNS.has((units[j + 2] as NounPhrase).head) && isWord(units[j + 3], 'of') ? j + 2 : undefined;
  const of = death ?? j;
  if (!owner && !isWord(units[of + 1], 'of')) return undefined;
  const victim = owner ? undefined : namedVictim(units, titleEnd(units, of + 2));
  const targets = (owner ? [owner] : npAt(units, victim!) ? coordinatedRight(units, victim!) : []).filter(meaningful);
  if (targets.length === 0) return undefined;
  const words = death === undefined ? [act.word] : [act.word, 'in', (units[death] as NounPhrase).head];
  return { targets, words: owner ? words : [...words, 'of'], predicate: act.predicate };
}

/**
 * Who an act at k was done to: "the death of Cathy Brock's husband, Robert Brock": the person a possessive
 * description names after a comma; "the killing of a U.S. drug agent": else the head of the phrase.
 */
function namedVictim(units: Unit[], k: number): number {
  const end = chainEnd(units, k);
  const described = units[end];
  const named = npAt(units, end + 2);
  return end > k && isPlainNoun(described) && isWord(units[end + 1], ',') && isPerson(named) && !named?.pronoun ? end + 2 : end;
}

/** Nouns for a death that say whose it was: "murder in the death of Robert Brock". */
const VICTIM_NOUNS = new Set(['death', 'deaths', 'killing', 'killings', 'slaying', 'slayings', 'shooting']);

/** A noun for an act at k, or a gerund compromise read as a verb ("the night slaying of"): its word and the verb it stands for. */
function actAt(units: Unit[], k: number): { word: string; predicate: string } | undefined {
  const u = units[k];
  const word = isNp(u) && u.concept ? u.head : u?.kind === 'verb' && u.form === 'gerund' ? u.label : undefined;
  const predicate = word === undefined ? undefined : NOMINALIZATIONS.get(word);
  return predicate ? { word: word!, predicate } : undefined;
}

export const agentNoun: RelationPattern = {
  name: 'agent-noun',
  anchor: 'np',
  confidence: 0.7,
  reason: 'a noun for who did it between two people ("Kennedy assassin Sirhan"); after a possessive ("Lincoln\'s killer, John Wilkes Booth") it is a relational noun',
  match(units, k, out) {
    const victim = units[k] as NounPhrase;
    const noun = units[k + 1];
    if (!isNp(noun) || noun.concept !== noun.head || victim.possessive) return;
    const predicate = AGENT_NOUN_VERBS.get(noun.head);
    const agent = units[k + 2];
    if (predicate && isPerson(victim) && !victim.pronoun && isNp(agent) && isPerson(agent) && !agent.pronoun) {
      out.relation({ subject: agent, object: victim, label: noun.head, predicate });
    }
  },
};

/** Verbs that have a permission as their object, passive ("was granted approval by") or not ("won clearance from"). */
const HAVING_PERMISSION = new Set(['need', 'require', 'seek', 'await', 'request', 'want', 'win', 'get', 'receive', 'obtain', 'secure', 'gain']);
/** Verbs whose passive has a permission as its object: "was granted approval by", "was denied permission by". */
const GRANTING_PERMISSION = new Set(['grant', 'give', 'deny', 'refuse']);

export const permissionFrom: RelationPattern = {
  name: 'permission-from',
  anchor: 'np',
  confidence: 0.7,
  reason: 'who grants a permission that someone needs, won or was denied ("needs approval from the European Commission", "won clearance from the EU")',
  match(units, k, out) {
    const noun = units[k] as NounPhrase;
    const predicate = noun.entity ? undefined : PERMISSION_NOUNS.get(noun.head);
    const verb = verbTaking(units, k);
    if (!predicate || !verb || !(HAVING_PERMISSION.has(verb.lemma) || (verb.passive && GRANTING_PERMISSION.has(verb.lemma)))) return;
    // "approval for the takeover from …": what it is for stands between.
    let j = k + 1;
    if (isWord(units[j], 'for') && isNp(units[j + 1])) j = chainEnd(units, j + 1) + 1;
    const prep = units[j];
    if (!isWord(prep, 'from', 'of', 'by')) return;
    let n = j + 1;
    while (isClass(units[n], 'det')) n++;
    if (!isNp(units[n])) return;
    // "approval of the merger" names what is approved; "the consent of Parliament", who approves.
    const grantors = coordinatedRight(units, chainEnd(units, n), prep.word).filter((np) => (np.entity && !np.possessive && typeOf(np) !== 'Other') || np.pronoun);
    for (const subject of findSubjects(units, units.indexOf(verb)).filter(meaningful)) {
      for (const grantor of grantors) if (grantor !== subject) out.relation({ subject: grantor, object: subject, label: noun.head, predicate });
    }
  },
};

/** Where the first name listed after "including" or "such as" begins: past an owner and what the name is to them ("Novo's rival Eli Lilly"). */
function memberStart(units: Unit[], k: number): number {
  let j = k;
  while (isClass(units[j], 'det')) j++;
  const owner = units[j];
  if (!isNp(owner) || !owner.possessive) return j;
  j++;
  while (isClass(units[j], 'det')) j++;
  return isPlainNoun(units[j]) && isNp(units[j + 1]) && (units[j + 1] as NounPhrase).entity ? j + 1 : j;
}

export const includedMembers: RelationPattern = {
  name: 'included-members',
  anchor: 'word',
  confidence: 0.7,
  reason: 'names set off after "including" are members of the group before it ("NATO member states, including Canada and Poland")',
  match(units, w, out) {
    // "NATO member states, including …": the members are the organisation's.
    const member = units[w - 3];
    const organization = member?.kind === 'role' && member.role === 'member' && typeOf(npAt(units, w - 4)) === 'Organization' ? npAt(units, w - 4) : undefined;
    const whole = organization ?? units[w - 2];
    if (!isWord(units[w], 'including') || !isWord(units[w - 1], ',') || !isNp(whole) || whole.possessive) return;
    // A place before "including" is where the things listed are from or are, not what they belong to ("arms from Belgium, including …").
    if (typeOf(whole) === 'Place' || typeOf(whole) === 'Person' || (!whole.entity && !substantive(whole))) return;
    // "world leaders, including U.S. President-elect Donald Trump": past the titles, the person.
    const k = titleEnd(units, memberStart(units, w + 1));
    if (!isNp(units[k])) return;
    for (const member of coordinatedRight(units, k)) {
      if (member.entity && member !== whole) out.relation({ subject: whole, object: member, label: 'including', predicate: 'include' });
    }
  },
};

export const examplesOfKind: RelationPattern = {
  name: 'examples-of-kind',
  anchor: 'word',
  confidence: 0.85,
  reason: 'names given as examples of a kind of organisation or place are of that kind ("shipping companies including Maersk", "countries such as Chile")',
  match(units, w, out) {
    const such = isWord(units[w], 'as') && isWord(units[w - 1], 'such');
    if (!isWord(units[w], 'including', 'like') && !such) return;
    let g = such ? w - 2 : w - 1;
    if (isWord(units[g], ',')) g--;
    const kind = units[g];
    if (!isNp(kind) || kind.entity || kind.pronoun || !kind.head.endsWith('s')) return;
    const type = DESCRIPTIONS.get(singularNoun(kind.head));
    const k = memberStart(units, w + 1);
    if (!type || !isNp(units[k])) return;
    for (const example of coordinatedRight(units, k)) if (example.entity && !example.possessive) out.vote(example, type);
  },
};
