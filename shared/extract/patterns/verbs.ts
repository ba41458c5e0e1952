/** Patterns anchored on a verb group: clauses with their subjects, objects and agents. */
import { chainEnd, closesOpeningPhrase, findAgents, findObjects, findSubjects, gerundOpensClause, isNamingAside, orderGivers, titleEnd } from '../clause';
import { isRegion } from '../lexicon/places';
import { LOCATING_LEMMAS, PLURAL_AUXILIARIES, REPORTING_LEMMAS, SPEECH_LEMMAS, WISHING_LEMMAS } from '../lexicon/words';
import { deniesWhatFollows, isAccordingTo } from '../stance';
import { descriptionType, isClass, isNp, isWord, type NounPhrase, type Unit, type VerbGroup } from '../units';
import { isPerson, meaningful, substantive, typeOf, type RelationPattern } from './pattern';

/** Verbs that say too little on their own to make an edge. */
const SKIP_VERB_LEMMAS = new Set(['be', 'have', 'do', 'get', 'seem', 'appear', 'become', 'remain', 'make', 'let']);

/** "rejects recognizing Crimea": a gerund that is the object of the verb before it; that verb reports the relation. */
function isGerundObject(units: Unit[], v: number): boolean {
  let before = v - 1;
  while (isClass(units[before], 'adv')) before--;
  // "stopped short of criticising": past the preposition of an active verb that denies the act after it.
  if (deniedAfterPreposition(units, before - 1) === v) before--;
  return (units[v] as VerbGroup).form === 'gerund' && units[before]?.kind === 'verb' && !gerundOpensClause(units, v);
}

/**
 * "refrained from criticising Vantrex", "stopped short of calling it fraud": where the active verb at v
 * denies an act after its preposition, that act's gerund.
 */
function deniedAfterPreposition(units: Unit[], v: number): number | undefined {
  const verb = units[v];
  const act = units[v + 2];
  const denies = verb?.kind === 'verb' && !verb.passive && deniesWhatFollows(verb.lemma) && isWord(units[v + 1], 'from', 'of');
  return denies && act?.kind === 'verb' && act.form === 'gerund' ? v + 2 : undefined;
}

/** "makes the rival drug Zepbound", "makes the F-16": a product named right after "make" is what is made. */
function makesProduct(units: Unit[], v: number): boolean {
  let k = v + 1;
  while (isClass(units[k], 'det')) k++;
  const made = units[k];
  return (units[v] as VerbGroup).lemma === 'make' && isNp(made) && !made.possessive && (typeOf(made) === 'Other' || typeOf(made) === 'Weapon');
}

/** A verb whose clause may carry an active relation: not a copula, passive, bare auxiliary or verb of saying. */
function activeVerb(units: Unit[], v: number): VerbGroup | undefined {
  const verb = units[v] as VerbGroup;
  // "according to X" says who reports the clause (stance.ts), not a relation with X.
  if (verb.copula || verb.passive || (SKIP_VERB_LEMMAS.has(verb.lemma) && !makesProduct(units, v)) || isGerundObject(units, v) || isAccordingTo(units, v)) return undefined;
  // "said Cook would meet …": what a verb of saying takes is a clause, whose subject is not its object;
  // "did not comment on the nomination" is about something, which is.
  // "denied supplying drones": nor is an act it takes as a gerund.
  // Not "said about 1.5 million customers remained …", where "about" makes a number approximate.
  const about = (isWord(units[v + 1], 'on', 'about') && !isClass(units[v + 1], 'adv')) || (units[v + 1]?.kind === 'verb' && (units[v + 1] as VerbGroup).form === 'gerund');
  if (SPEECH_LEMMAS.has(verb.lemma) && !about) return undefined;
  // "claimed US intelligence was used", "declared Washington \"has become a party\"": a clause begins after it without "that".
  let j = v + 1;
  while (isNp(units[j]) || isClass(units[j], 'det') || isWord(units[j], '"')) j++;
  const next = units[j];
  if (REPORTING_LEMMAS.has(verb.lemma) && !about && (!isNp(units[v + 1]) || (next?.kind === 'verb' && next.form === 'finite'))) return undefined;
  return verb;
}

/** Skipped verbs that say something once their agent is named: "the Flamingo, made by Fire Point", "the chips would be made by TSMC". */
const AGENTIVE_LEMMAS = new Set(['make']);

/** What "make" only lights up, naming no product: "a decision made by the board", "the announcement was made by …". */
const LIGHT_OBJECTS = new Set(
  `decision decisions announcement announcements statement statements offer offers call calls comment comments remark remarks
  proposal proposals attempt attempts mistake mistakes error errors progress change changes payment payments arrest arrests
  appointment appointments speech speeches appeal appeals request requests effort efforts promise promises claim claims point
  points plea bid bids move moves case choice choices contact visit visits trip trips arrangements discovery reference
  initiative initiatives`.split(/\s+/),
);

/** A passive verb worth an edge; `agentive` when its agent is the edge's other end. */
function passiveVerb(units: Unit[], v: number, agentive = false): VerbGroup | undefined {
  const verb = units[v] as VerbGroup;
  const skipped = SKIP_VERB_LEMMAS.has(verb.lemma) && !(agentive && AGENTIVE_LEMMAS.has(verb.lemma));
  return verb.passive && !verb.copula && !skipped && !isGerundObject(units, v) ? verb : undefined;
}

/** Verbs that start or carry on the act of the gerund after them ("began trading", "kept buying"). */
const ASPECTUAL_LEMMAS = new Set(['begin', 'start', 'continue', 'resume', 'keep']);

export const subjectVerbObject: RelationPattern = {
  name: 'subject-verb-object',
  anchor: 'verb',
  confidence: 0.8,
  reason: 'a verb with its subject and its object',
  match(units, v, out) {
    const verb = activeVerb(units, v);
    // "Kane put Bayern ahead", "gave Union the lead": an idiom of scoring, which scored-for reads, puts and gives nothing;
    // nor does "the missile, called Oreshnik," call anything.
    if (!verb || verb.form === 'hyphenated' || (LEADING_LEMMAS.has(verb.lemma) && sideSentAhead(units, v)) || isNamingAside(units, v)) return;
    // "Shares of Halvorsen rose on …": a company's shares say what the company's do (sharesTradedOn).
    const subjects = findSubjects(units, v).filter((np) => meaningful(np) && !companyOfShares(units, units.indexOf(np)));
    // "expects the bank to cut rates": who is wanted or expected to act is the infinitive's subject, not the verb's object.
    const wishedToAct = (np: NounPhrase) => {
      const after = units[chainEnd(units, units.indexOf(np)) + 1];
      return WISHING_LEMMAS.has(verb.lemma) && after?.kind === 'verb' && after.form === 'infinitive';
    };
    // "refrained from criticising Vantrex", "stopped short of calling it fraud": a verb that denies an act
    // after a preposition relates its subject to the act's object.
    const denied = deniedAfterPreposition(units, v);
    const objects = (denied === undefined ? findObjects(units, v) : findObjects(units, denied).map((a) => ({ ...a, via: [(units[v + 1] as { word: string }).word, (units[denied] as VerbGroup).label, a.via ?? a.prep].filter(Boolean).join(' ') }))).filter((a) => meaningful(a.np) && !wishedToAct(a.np));
    // "denied supplying drones": the relation is the supply, which the label and the polarity deny;
    // "will begin trading on the Nasdaq": the trading, which the verb only starts.
    const at = denied ?? v + 1;
    const gerund = units[at]?.kind === 'verb' && (units[at] as VerbGroup).form === 'gerund' ? (units[at] as VerbGroup) : undefined;
    const predicate = gerund && (deniesWhatFollows(verb.lemma) || ASPECTUAL_LEMMAS.has(verb.lemma)) ? gerund.lemma : verb.lemma;
    // "Toyota, which also owns Daihatsu": what is owned is no person, however the tagger read its name
    // (one bought may be: "the Lakers acquired Davis").
    if (verb.lemma === 'own') for (const { np, prep, via } of objects) if (!prep && !via && isPerson(np)) out.vote(np, 'Organization', true);
    for (const subject of subjects) {
      for (const { np, prep, via } of objects) {
        if (np === subject) continue;
        // A concept at either end says less than two names; a label through a noun ("strikes on") less than a verb.
        const scale = (np.entity && subject.entity ? 1 : 0.875) * (via ? 0.875 : 1);
        out.relation({ subject, object: np, label: [verb.label, via ?? prep].filter(Boolean).join(' '), predicate, scale });
      }
    }
  },
};


/** Hyphenated participles that say where what they describe is, was born or has its shares listed, with the predicate each makes. */
const PLACING_PARTICIPLES: ReadonlyMap<string, string> = new Map([...[...LOCATING_LEMMAS].map((lemma) => [lemma, 'based in'] as const), ['born', 'born in'], ['list', 'listed in']]);

/**
 * Hyphenated participles that say what something is like, which its name does nothing to: "Marxist-leaning",
 * "French-speaking", "Taylor Swift-themed" (which compromise roots as "them").
 */
const LEANING_LEMMAS = new Set(['lean', 'speak', 'orient', 'mind', 'them', 'theme', 'style']);

export const hyphenatedParticiple: RelationPattern = {
  name: 'hyphenated-participle',
  anchor: 'verb',
  confidence: 0.8,
  reason: 'a name joined to a participle by a hyphen ("US-supplied")',
  match(units, v, out) {
    const verb = activeVerb(units, v);
    if (verb?.form !== 'hyphenated' || PLACING_PARTICIPLES.has(verb.lemma) || LEANING_LEMMAS.has(verb.lemma)) return;
    for (const subject of findSubjects(units, v).filter(meaningful)) {
      // Not a name reached through the noun the participle qualifies ("the U.S.-led aggression against Iraq").
      for (const { np, prep } of findObjects(units, v).filter((a) => meaningful(a.np) && !a.via)) {
        if (np !== subject) out.relation({ subject, object: np, label: [verb.label, prep].filter(Boolean).join(' '), predicate: verb.lemma });
      }
    }
  },
};

export const hyphenatedLocation: RelationPattern = {
  name: 'hyphenated-location',
  anchor: 'verb',
  confidence: 0.8,
  reason: 'where something is based, someone was born or shares are listed, joined to it by a hyphen ("Guayaquil-based Frutera", "the Munich-based group", "Sirhan, a Jerusalem-born Arab", "London-listed Anglo American")',
  match(units, v, out) {
    const verb = units[v] as VerbGroup;
    let place = units[v - 1];
    const placing = PLACING_PARTICIPLES.get(verb.lemma);
    if (verb.form !== 'hyphenated' || !placing || !isNp(place) || !place.entity) return;
    const described = units[chainEnd(units, v + 1)];
    if (!isNp(described) || described.possessive) return;
    let d = v - 2;
    // "the Santa Clara, California-based company": a town and its region, the town the more exact.
    const town = units[d - 1];
    if (isWord(units[d], ',') && isNp(town) && typeOf(town) === 'Place' && isRegion(place.entity.canonical)) {
      place = town;
      d -= 2;
    }
    // "Kestrel, a Toulouse-based company,": a description set off after a name is said of the name,
    // however little its noun says on its own ("a New York-based group"); alone, "the Munich-based
    // group" sets one group apart from another, which salience cannot tell.
    while (isClass(units[d], 'det')) d--;
    const named = isWord(units[d], ',') && !described.entity && isNp(units[d - 1]) && (units[d - 1] as NounPhrase).entity && !closesOpeningPhrase(units, d - 1) ? (units[d - 1] as NounPhrase) : undefined;
    if (!named && !described.entity && !substantive(described)) return;
    // "Nasdaq-listed": shares are listed on an exchange, which is no place; "London-listed" in a city.
    const exchange = verb.lemma === 'list' && typeOf(place) !== 'Place';
    if (!exchange) out.vote(place, 'Place');
    out.relation({ subject: named ?? described, object: place, label: `${verb.label} ${exchange ? 'on' : 'in'}`, predicate: placing });
  },
};

export const passiveAgent: RelationPattern = {
  name: 'passive-agent',
  anchor: 'verb',
  confidence: 0.75,
  reason: 'a passive verb turned round to its agent ("were supplied by the US")',
  match(units, v, out) {
    const verb = passiveVerb(units, v, true);
    if (!verb) return;
    const patients = findSubjects(units, v).filter((np) => meaningful(np) && (!!np.entity || !AGENTIVE_LEMMAS.has(verb.lemma) || !LIGHT_OBJECTS.has(np.head)));
    for (const agent of findAgents(units, v).filter(meaningful)) {
      // "were supplied by" is "supplied"; "was cut down by", "cut down".
      const label = verb.label.split(' ').slice(verb.lemma.includes(' ') ? -2 : -1).join(' ');
      for (const patient of patients) out.relation({ subject: agent, object: patient, label, predicate: verb.lemma });
    }
  },
};

export const orderedBy: RelationPattern = {
  name: 'ordered-by',
  anchor: 'verb',
  confidence: 0.7,
  reason: 'a passive verb done on someone\'s orders ("Atahualpa was murdered on the orders of Francisco Pizarro")',
  match(units, v, out) {
    const verb = passiveVerb(units, v);
    if (!verb) return;
    const patients = findSubjects(units, v).filter((np) => np.entity);
    // "was murdered on the orders of" is "ordered murdered", as news writes "Pizarro ordered Atahualpa murdered".
    const label = `ordered ${verb.label.split(' ').at(-1)}`;
    for (const giver of orderGivers(units, v).filter(meaningful)) {
      for (const patient of patients) out.relation({ subject: giver, object: patient, label, predicate: 'order' });
    }
  },
};

export const passivePrepositional: RelationPattern = {
  name: 'passive-prepositional',
  anchor: 'verb',
  confidence: 0.65,
  reason: 'a passive verb without an agent and a name after its preposition ("was born in Philadelphia")',
  match(units, v, out) {
    const verb = passiveVerb(units, v);
    if (!verb || findAgents(units, v).some(meaningful)) return;
    // "The company, which is based in Baar,": a description stands for a name as a pronoun does.
    const patients = findSubjects(units, v).filter((np) => np.entity || np.pronoun || descriptionType(np));
    for (const { np, prep } of findObjects(units, v)) {
      if (!prep || !np.entity) continue;
      for (const patient of patients) out.relation({ subject: patient, object: np, label: `${verb.label} ${prep}`, predicate: verb.lemma });
    }
  },
};

/** The name a phrase from `n` ends in, past its articles and adjectives ("the Syzran oil refinery"), if it names one. */
function nameFrom(units: Unit[], n: number): NounPhrase | undefined {
  while (isClass(units[n], 'det')) n++;
  const np = units[chainEnd(units, n, false)];
  return isNp(np) && np.entity && !np.possessive ? np : undefined;
}

/** Prepositions after a copula that say where something is or comes from. */
const COPULA_PLACE_PREPOSITIONS = new Set(['in', 'from', 'near']);

export const copulaLocation: RelationPattern = {
  name: 'copula-location',
  anchor: 'verb',
  confidence: 0.65,
  reason: 'where something is or someone comes from ("Rome is in Lazio", "Madonna is from Bay City")',
  match(units, v, out) {
    const verb = units[v] as VerbGroup;
    if (!verb.copula) return;
    let k = v + 1;
    while (isClass(units[k], 'adv')) k++;
    const prep = units[k];
    if (prep?.kind !== 'word' || !COPULA_PLACE_PREPOSITIONS.has(prep.word)) return;
    const place = nameFrom(units, k + 1);
    // "is from Ceske Budejovice": what someone is in or comes from is a place, whatever its name looked like.
    if (!place || typeOf(place) === 'Organization') return;
    const subjects = findSubjects(units, v).filter((np) => np.entity || np.pronoun);
    // What someone is in or comes from, unknown by name, is a place.
    if (subjects.length) out.vote(place, 'Place');
    for (const subject of subjects) {
      out.relation({ subject, object: place, label: `${verb.label} ${prep.word}`, predicate: prep.word === 'from' ? 'from' : 'located in' });
    }
  },
};

export const copulaPart: RelationPattern = {
  name: 'copula-part',
  anchor: 'verb',
  confidence: 0.65,
  reason: 'what someone or something is, or is not, part of ("Crimea is part of Ukraine", "Lindgren, who is not part of Heron")',
  match(units, v, out) {
    const verb = units[v] as VerbGroup;
    if (!verb.copula) return;
    let k = v + 1;
    while (isClass(units[k], 'adv') || isClass(units[k], 'det')) k++;
    const part = units[k];
    const isPart = isWord(part, 'part') || (isNp(part) && !part.entity && part.head === 'part');
    if (!isPart || !isWord(units[k + 1], 'of')) return;
    const whole = nameFrom(units, k + 2);
    if (!whole) return;
    for (const subject of findSubjects(units, v).filter((np) => np.entity || np.pronoun)) out.relation(partOf(subject, whole, `${verb.label} part of`));
  },
};

/** A part's relation to its whole: a place's to the place it lies in, anything else's to what it belongs to. */
function partOf(part: NounPhrase, whole: NounPhrase, label: string) {
  const places = typeOf(part) === 'Place' && typeOf(whole) === 'Place';
  return { subject: part, object: whole, label, predicate: places ? 'located in' : 'part of' };
}

export const apposedPart: RelationPattern = {
  name: 'apposed-part',
  anchor: 'word',
  confidence: 0.65,
  reason: 'what a name set off before "part of" belongs to ("the National Cyber Security Centre, part of GCHQ")',
  match(units, k, out) {
    const part = units[k - 2];
    if (!isWord(units[k], 'part') || !isWord(units[k - 1], ',') || !isWord(units[k + 1], 'of') || !isNp(part) || !part.entity || part.possessive) return;
    const whole = nameFrom(units, k + 2);
    if (whole) out.relation(partOf(part, whole, 'part of'));
  },
};

/** Verbs of a job done for someone: "covers the White House for The Associated Press". */
const WORK_LEMMAS = new Set(['cover', 'write', 'report', 'work', 'play', 'edit', 'photograph', 'follow', 'research', 'consult', 'analyze', 'analyse', 'manage', 'coach', 'run']);

export const employerAfterObject: RelationPattern = {
  name: 'employer-after-object',
  anchor: 'verb',
  confidence: 0.65,
  reason: 'the organisation a person does their work for ("covers the White House for The Associated Press")',
  match(units, v, out) {
    const verb = units[v] as VerbGroup;
    if (!WORK_LEMMAS.has(verb.lemma) || !activeVerb(units, v)) return;
    for (let k = v + 1; k < units.length; k++) {
      const u = units[k]!;
      if (u.kind === 'verb' || isWord(u, ',', ';', '"') || isClass(u, 'sub') || isClass(u, 'rel')) return;
      if (!isWord(u, 'for')) continue;
      // "works for Nokia": a "for" right after the verb is its own object, which the clause pattern reads.
      if (!units.slice(v + 1, k).some(isNp)) return;
      let n = k + 1;
      while (isClass(units[n], 'det')) n++;
      const employer = units[chainEnd(units, n, false)];
      if (!isNp(employer) || typeOf(employer) !== 'Organization') return;
      for (const person of findSubjects(units, v).filter((np: NounPhrase) => meaningful(np) && isPerson(np))) {
        out.relation({ subject: person, object: employer, label: `${verb.label} for`, predicate: 'work for' });
      }
      return;
    }
  },
};

/** Verbs of losing something to a winner: "lost the seat to Reform UK", "ceded the title to Bayern". */
const LOSING_LEMMAS = new Set(['lose', 'cede', 'forfeit', 'surrender']);

export const lostTo: RelationPattern = {
  name: 'lost-to',
  anchor: 'verb',
  confidence: 0.7,
  reason: 'what someone lost, and to whom: the one it was lost to won it ("Labour loses Wyre Vale by-election to Reform UK")',
  match(units, v, out) {
    const verb = activeVerb(units, v);
    if (!verb || !LOSING_LEMMAS.has(verb.lemma) || verb.negated) return;
    let k = v + 1;
    while (isClass(units[k], 'det')) k++;
    const object = units[k];
    if (!isNp(object) || object.possessive || !meaningful(object) || !isClass(units[k + 1], 'to')) return;
    // "lost ground to U.S. rival Eli Lilly": past the titles and the name qualifying the winner's.
    const winner = units[chainEnd(units, titleEnd(units, k + 2))];
    if (isNp(winner) && winner.entity && winner.entity.type !== 'Other' && !winner.possessive) out.relation({ subject: winner, object, label: 'won', predicate: 'win' });
  },
};

/** Verbs that send a weapon on its way, and the weapons they send. */
const FIRING_LEMMAS = new Set(['fire', 'launch', 'plant', 'throw', 'detonate', 'drop', 'shoot', 'send']);
const PROJECTILES = new Set(['shot', 'shots', 'bullet', 'bullets', 'round', 'rounds', 'bomb', 'bombs', 'missile', 'missiles', 'rocket', 'rockets', 'shell', 'shells', 'drone', 'drones', 'grenade', 'grenades', 'explosives']);

export const firedProjectile: RelationPattern = {
  name: 'fired-projectile',
  anchor: 'verb',
  confidence: 0.7,
  reason: 'what a shot or a missile did is done by who fired it ("Oswald fired the shots that killed Kennedy", "Russia launched missiles that hit Kyiv")',
  match(units, v, out) {
    const verb = activeVerb(units, v);
    const projectile = units[v - 2];
    const firing = units[v - 3];
    if (!verb || !isClass(units[v - 1], 'rel') || !isNp(projectile) || projectile.entity || !PROJECTILES.has(projectile.head)) return;
    if (firing?.kind !== 'verb' || !FIRING_LEMMAS.has(firing.lemma) || firing.passive || firing.negated) return;
    const shooters = findSubjects(units, v - 3).filter((np) => np.entity || np.pronoun);
    for (const { np, prep } of findObjects(units, v).filter((a) => a.np.entity || a.np.pronoun)) {
      for (const shooter of shooters) if (np !== shooter) out.relation({ subject: shooter, object: np, label: [verb.label, prep].filter(Boolean).join(' '), predicate: verb.lemma });
    }
  },
};

/** Where "with" introduces the weapon a clause's verb at `v` was done with, before the clause ends. */
function weaponWith(units: Unit[], v: number): NounPhrase | undefined {
  for (let k = v + 1; k < units.length; k++) {
    const u = units[k]!;
    if (u.kind === 'verb' || isWord(u, ',', ';', '-') || isClass(u, 'rel') || isClass(u, 'conj')) return undefined;
    if (!isWord(u, 'with')) continue;
    let n = k + 1;
    while (isClass(units[n], 'det')) n++;
    const weapon = units[n];
    return isNp(weapon) && typeOf(weapon) === 'Weapon' ? weapon : undefined;
  }
  return undefined;
}

/** Verbs of an armed strike, whose "with" names the weapon ("arm Ukraine with F-16s" names a gift instead). */
const STRIKING_LEMMAS = new Set(['hit', 'strike', 'attack', 'target', 'bomb', 'shell', 'pound', 'kill', 'destroy', 'damage', 'sink', 'down', 'shoot']);

export const firedWith: RelationPattern = {
  name: 'fired-with',
  anchor: 'verb',
  confidence: 0.7,
  reason: 'the weapon a strike was made with: who struck used it, and it struck the target ("hit the refinery with Flamingo missiles")',
  match(units, v, out) {
    const verb = activeVerb(units, v);
    const weapon = verb && STRIKING_LEMMAS.has(verb.lemma) && weaponWith(units, v);
    if (!verb || !weapon) return;
    for (const subject of findSubjects(units, v).filter(meaningful)) {
      if (subject !== weapon) out.relation({ subject, object: weapon, label: `${verb.label} with`, predicate: 'use' });
    }
    for (const { np } of findObjects(units, v).filter((a) => !a.prep && !a.via && meaningful(a.np) && a.np !== weapon)) {
      out.relation({ subject: weapon, object: np, label: verb.label, predicate: verb.lemma });
    }
  },
};

/** Verbs of beating or drawing with an opponent in a match. */
const CONTEST_LEMMAS = new Set(['beat', 'defeat', 'edge', 'rout', 'thrash', 'overcome', 'upset', 'eliminate', 'draw', 'tie']);

/** A side a club played that may be a club too: a name of no known kind or a town; not a country or a state, as national sides are read as their countries. */
const couldBeClub = (np: NounPhrase): boolean => !np.possessive && (typeOf(np) === 'Other' || (typeOf(np) === 'Place' && !isRegion(np.entity?.canonical)));

export const opponentClub: RelationPattern = {
  name: 'opponent-club',
  anchor: 'verb',
  confidence: 0.7,
  reason: 'a town or a name a club beat or drew with is a club too ("RB Leipzig, who beat Freiburg 2-0")',
  match(units, v, out) {
    const verb = activeVerb(units, v);
    if (!verb || !CONTEST_LEMMAS.has(verb.lemma)) return;
    const sides = [...findSubjects(units, v), ...findObjects(units, v).filter((a) => !a.prep || a.prep === 'with').map((a) => a.np)];
    if (!sides.some((np) => typeOf(np) === 'Organization')) return;
    for (const side of sides) if (couldBeClub(side)) out.vote(side, 'Organization');
  },
};

export const collectiveSubject: RelationPattern = {
  name: 'collective-subject',
  anchor: 'verb',
  confidence: 0.8,
  reason: 'one name a plural verb agrees with is a team or a company, as British news writes them ("Chelsea have signed …"); no person is',
  match(units, v, out) {
    const verb = units[v] as VerbGroup;
    const subject = units[v - 1];
    // Not "were", which a condition gives anyone ("if Bossi were").
    const auxiliary = verb.label.split(' ')[0]!;
    if (verb.form !== 'finite' || !PLURAL_AUXILIARIES.has(auxiliary) || auxiliary === 'were' || !isNp(subject) || subject.possessive || !(typeOf(subject) === 'Person' || typeOf(subject) === 'Other')) return;
    // Not a family ("the Smiths have …"), nor one of names joined ("Stricker, who tied for second, and Appleby
    // were …"), nor the object of a clause before ("the voters who elected Hale have …"), nor a titled person's
    // name a slip of the parse left before the verb. A person's name never agrees so: the vote is decisive.
    const subjects = findSubjects(units, v);
    if (/s$/.test(subject.entity!.text) || subject.entity!.titled || isWord(units[v - 2], 'and', 'or') || subjects.length !== 1 || subjects[0] !== subject) return;
    out.vote(subject, 'Organization', true);
  },
};

/** Nouns for a company's shares, which trade on the exchange they rise and fall on. */
const SHARE_NOUNS = new Set(['shares', 'share', 'stock', 'stocks']);

/** The name whose shares the phrase at k names: "shares of Halvorsen", "Shares in Shell", "Kestrel shares", "Vantrex's stock". */
function namedInShares(units: Unit[], k: number): NounPhrase | undefined {
  const shares = units[k] as NounPhrase;
  if (shares.entity || !SHARE_NOUNS.has(shares.head)) return undefined;
  const after = units[k + 2];
  if (isWord(units[k + 1], 'of', 'in') && isNp(after) && after.entity) return after;
  const before = units[k - 1];
  // Not whom a verb gives the shares ("granted Tom Hale shares").
  return isNp(before) && before.entity && units[k - 2]?.kind !== 'verb' ? before : undefined;
}

/** The company whose shares the phrase at k names. */
function companyOfShares(units: Unit[], k: number): NounPhrase | undefined {
  const named = namedInShares(units, k);
  return typeOf(named) === 'Organization' ? named : undefined;
}

export const sharesOfCompany: RelationPattern = {
  name: 'shares-of-company',
  anchor: 'np',
  confidence: 0.8,
  reason: 'a name whose shares are traded is a company\'s ("Disney shares rose", "shares of Walt Disney"), not a person\'s',
  match(units, k, out) {
    const named = namedInShares(units, k);
    // Not a person's own shares ("Musk's shares"), nor a market's ("shares in Europe").
    if (named && !named.possessive && (typeOf(named) === 'Person' || typeOf(named) === 'Other')) out.vote(named, 'Organization', true);
  },
};

export const sharesTradedOn: RelationPattern = {
  name: 'shares-traded-on',
  anchor: 'verb',
  confidence: 0.75,
  reason: 'the exchange a company\'s shares rose, fell or traded on ("Shares of Halvorsen rose 4.2% on the Oslo Stock Exchange")',
  match(units, v, out) {
    const verb = units[v] as VerbGroup;
    const exchanges = findObjects(units, v).filter((a) => a.prep === 'on' && typeOf(a.np) === 'Organization');
    if (exchanges.length === 0) return;
    for (const shares of findSubjects(units, v)) {
      const company = companyOfShares(units, units.indexOf(shares));
      for (const { np } of exchanges) if (company && company !== np) out.relation({ subject: company, object: np, label: `${shares.head} ${verb.label} on`, predicate: 'trade on' });
    }
  },
};

/** Nouns for a match's result: "a 75-19 victory over Gloucester", "56-13 winners over Orrell". */
const RESULT_NOUNS = new Set(['victory', 'victories', 'win', 'wins', 'winners', 'defeat', 'defeats', 'loss', 'losses', 'draw', 'triumph', 'rout', 'thrashing']);

export const resultOpponent: RelationPattern = {
  name: 'result-opponent',
  anchor: 'np',
  confidence: 0.7,
  reason: 'a town that a result with its score was over or against is a club ("a 75-19 victory over Gloucester")',
  match(units, k, out) {
    const result = units[k] as NounPhrase;
    // The score makes it a match: "a victory over inflation" has none.
    if (result.entity || !result.scored || !RESULT_NOUNS.has(result.head) || !isWord(units[k + 1], 'over', 'against')) return;
    const side = units[k + 2];
    if (isNp(side) && couldBeClub(side)) out.vote(side, 'Organization');
  },
};

export const matchVenue: RelationPattern = {
  name: 'match-venue',
  anchor: 'verb',
  confidence: 0.7,
  reason: 'where a side beat or drew with another ("Bayern Munich beat Bayer Leverkusen 3-1 at the Allianz Arena")',
  match(units, v, out) {
    const verb = activeVerb(units, v);
    if (!verb || !CONTEST_LEMMAS.has(verb.lemma)) return;
    // The venue's "at" within the clause, past the opponent and the score.
    let k = v + 1;
    while (k < units.length && !isWord(units[k], 'at', ';') && units[k]!.kind !== 'verb' && !isClass(units[k], 'sub')) k++;
    let n = k + 1;
    while (isClass(units[n], 'det')) n++;
    const venue = units[n];
    if (!isWord(units[k], 'at') || !isNp(venue) || typeOf(venue) !== 'Place' || venue.possessive) return;
    for (const side of findSubjects(units, v).filter((np) => typeOf(np) === 'Organization')) out.relation({ subject: side, object: venue, label: `${verb.label} at`, predicate: 'play at' });
  },
};

/** Verbs of scoring: "scored twice", "netted the winner", "equalised late". */
const SCORING_LEMMAS = new Set(['score', 'net', 'equalise', 'equalize']);
/** Verbs a side's result is told with: "as Bayern beat Leverkusen", "as Wigan lost to Leeds". */
const RESULT_LEMMAS = new Set([...CONTEST_LEMMAS, 'win', 'lose', 'clinch', 'secure', 'earn', 'salvage', 'come', 'go']);
/** Verbs that send a side ahead: "put Bayern ahead", "gave Union the lead", "fired Liverpool into the lead". */
const LEADING_LEMMAS = new Set(['put', 'give', 'fire', 'send', 'shoot', 'head', 'nod', 'edge']);

/**
 * "scored twice as Bayern Munich beat Bayer Leverkusen": the side in the "as" clause after a scoring
 * verb, whose result the goals were part of, and the side it beat, drew with or lost to.
 */
function sidesOfResult(units: Unit[], v: number): { side: NounPhrase; opponent?: NounPhrase } | undefined {
  let k = v + 1;
  while (isClass(units[k], 'adv') || isClass(units[k], 'det') || (isNp(units[k]) && !(units[k] as NounPhrase).entity)) k++;
  if (!isWord(units[k], 'as', 'when')) return undefined;
  const side = units[k + 1];
  const verb = units[k + 2];
  if (!isNp(side) || verb?.kind !== 'verb' || !RESULT_LEMMAS.has(verb.lemma)) return undefined;
  const opponent = findObjects(units, k + 2).find((a) => (!a.prep || a.prep === 'to' || a.prep === 'with') && !a.via && isNp(a.np) && a.np.entity && !a.np.possessive)?.np;
  return { side, ...(opponent ? { opponent } : {}) };
}

/** "put Bayern ahead", "gave Union the lead", "fired Liverpool into the lead", "put Spain in front": the side sent ahead. */
function sideSentAhead(units: Unit[], v: number): NounPhrase | undefined {
  const side = units[v + 1];
  let k = v + 2;
  if (isWord(units[k], 'into', 'in')) k++;
  while (isClass(units[k], 'det') && !isWord(units[k], 'ahead')) k++;
  const ahead = units[k];
  const leads = isWord(ahead, 'ahead') || (isNp(ahead) && !ahead.entity && (ahead.head === 'lead' || ahead.head === 'front'));
  return isNp(side) && leads ? side : undefined;
}

export const scoredFor: RelationPattern = {
  name: 'scored-for',
  anchor: 'verb',
  confidence: 0.7,
  reason: 'a player and the side they scored for, and against ("Kane scored twice as Bayern beat Leverkusen", "Wendt had given Union the lead")',
  match(units, v, out) {
    const verb = activeVerb(units, v);
    if (!verb || verb.negated) return;
    const result = SCORING_LEMMAS.has(verb.lemma) ? sidesOfResult(units, v) : undefined;
    const side = result?.side ?? (LEADING_LEMMAS.has(verb.lemma) ? sideSentAhead(units, v) : undefined);
    if (!side || side.possessive || !(typeOf(side) === 'Organization' || typeOf(side) === 'Place')) return;
    for (const scorer of findSubjects(units, v).filter(isPerson)) {
      out.relation({ subject: scorer, object: side, label: 'scored for', predicate: 'score for' });
      if (result?.opponent) out.relation({ subject: scorer, object: result.opponent, label: 'scored against', predicate: 'score against' });
    }
  },
};
