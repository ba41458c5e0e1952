/**
 * Relation patterns over a sentence's units. Each returns candidates between noun phrases; pronouns
 * are resolved and phrases become entities later, so patterns stay local to one sentence.
 */
import { chainEnd, findAgents, findObjects, findSubjects, titleEnd } from './clause';
import { PLACES, partyState } from './lexicon/places';
import { DESCRIPTIONS, NOMINAL_PREPOSITIONS, NOMINALIZATIONS, REPORTING_LEMMAS, SPEECH_LEMMAS } from './lexicon/words';
import type { NounPhrase, RoleUnit, Unit, VerbGroup } from './units';

export interface Candidate {
  subject: NounPhrase;
  object: NounPhrase;
  /** As written ("did not sign", "president of"). */
  label: string;
  /** Lemma ("sign", "president"). */
  predicate: string;
  confidence: number;
  pattern: 'svo' | 'passive' | 'hyphenated' | 'nominal' | 'role' | 'affiliation' | 'location';
}

const isNp = (u: Unit | undefined): u is NounPhrase => u?.kind === 'np';
const isWord = (u: Unit | undefined, ...words: string[]) => u?.kind === 'word' && words.includes(u.word);
const isClass = (u: Unit | undefined, cls: string) => u?.kind === 'word' && u.cls === cls;
const typeOf = (np: NounPhrase | undefined) => np?.entity?.type;
const isPerson = (np: NounPhrase | undefined) => !!np && (typeOf(np) === 'Person' || (typeOf(np) === 'Other' && !!np.entity?.titled) || np.pronoun === 'person');
const isInstitution = (np: NounPhrase | undefined) => typeOf(np) === 'Place' || typeOf(np) === 'Organization';
const meaningful = (np: NounPhrase) => !!np.entity || !!np.pronoun || !!np.concept;

/** A name typed a person only by its shape ("Ceske Budejovice"): where context says place, it is one. */
const isGuessedPerson = (np: NounPhrase) => typeOf(np) === 'Person' && !np.entity!.titled && np.entity!.confidence <= 0.6;

/** A name of unknown type next to a role ("Kaja Kallas, the … chief of …") names a person. */
const couldBePerson = (np: NounPhrase) => !!np.entity && (np.entity.type === 'Person' || (np.entity.type === 'Other' && !np.possessive));

function asPerson(np: NounPhrase): NounPhrase {
  const m = np.entity!;
  if (m.type !== 'Person') {
    m.type = 'Person';
    m.confidence = 0.75;
  }
  return np;
}

/** "Bakhmut in Donetsk region": a name inside a named region is a place. */
const REGION_NAME = /\s(?:region|province|oblast|county|district|state)$/i;

const SKIP_VERB_LEMMAS = new Set(['be', 'have', 'do', 'get', 'seem', 'appear', 'become', 'remain', 'make', 'let']);

/** "Rome is in Lazio province", "Madonna is from Bay City": where something is, or where someone comes from. */
function copulaLocations(units: Unit[], v: number, out: Candidate[]): void {
  let k = v + 1;
  while (isClass(units[k], 'adv')) k++;
  const prep = units[k];
  if (prep?.kind !== 'word' || !['in', 'from', 'near'].includes(prep.word)) return;
  let n = k + 1;
  while (isClass(units[n], 'det')) n++;
  const place = units[chainEnd(units, n, false)];
  if (!isNp(place) || !place.entity || (typeOf(place) !== 'Place' && typeOf(place) !== 'Other' && !isGuessedPerson(place)) || place.possessive) return;
  const verb = units[v] as VerbGroup;
  for (const subject of findSubjects(units, v)) {
    if (!subject.entity && !subject.pronoun) continue;
    // What someone is in or comes from, unknown by name, is a place.
    place.entity.type = 'Place';
    out.push({ subject, object: place, label: `${verb.label} ${prep.word}`, predicate: prep.word === 'from' ? 'from' : 'located in', confidence: 0.65, pattern: 'location' });
  }
}

function verbRelations(units: Unit[], v: number, out: Candidate[]): void {
  const verb = units[v] as VerbGroup;
  if (verb.copula) return copulaLocations(units, v, out);
  if (SKIP_VERB_LEMMAS.has(verb.lemma)) return;
  // "rejects recognizing Crimea": the gerund is the object of the verb before it, which reports the relation.
  let before = v - 1;
  while (isClass(units[before], 'adv')) before--;
  if (verb.form === 'gerund' && units[before]?.kind === 'verb') return;
  const subjects = findSubjects(units, v).filter(meaningful);
  if (verb.passive) {
    const agents = findAgents(units, v).filter(meaningful);
    for (const agent of agents) for (const patient of subjects) {
      out.push({ subject: agent, object: patient, label: verb.label.split(' ').pop()!, predicate: verb.lemma, confidence: 0.75, pattern: 'passive' });
    }
    // Without an agent the patient is what the sentence is about: "was born in Philadelphia".
    if (agents.length === 0) {
      for (const { np, prep } of findObjects(units, v)) {
        if (!prep || !np.entity) continue;
        for (const patient of subjects) if (patient.entity || patient.pronoun) {
          out.push({ subject: patient, object: np, label: `${verb.label} ${prep}`, predicate: verb.lemma, confidence: 0.65, pattern: 'passive' });
        }
      }
    }
    return;
  }
  // "said Cook would meet …": a reporting verb's object is a clause, whose subject is not its object.
  const next = units[v + 2];
  if (SPEECH_LEMMAS.has(verb.lemma)) return;
  if (REPORTING_LEMMAS.has(verb.lemma) && (!isNp(units[v + 1]) || (next?.kind === 'verb' && next.form === 'finite'))) return;
  const objects = findObjects(units, v).filter((a) => meaningful(a.np));
  const pattern = verb.form === 'hyphenated' ? 'hyphenated' : 'svo';
  for (const subject of subjects) {
    for (const { np, prep, via } of objects) {
      if (np === subject) continue;
      const label = [verb.label, via ?? prep].filter(Boolean).join(' ');
      const base = np.entity && subject.entity ? 0.8 : 0.7;
      out.push({ subject, object: np, label, predicate: verb.lemma, confidence: via ? base - 0.1 : base, pattern });
    }
  }
  employerAfterObject(units, v, subjects, out);
}

/** Verbs of a job done for someone: "covers the White House for The Associated Press". */
const WORK_LEMMAS = new Set(['cover', 'write', 'report', 'work', 'play', 'edit', 'photograph', 'follow', 'research', 'consult', 'analyze', 'analyse', 'manage', 'coach', 'run']);

/** "covers the White House for The Associated Press": the institution a person does that work for, after the verb's object. */
function employerAfterObject(units: Unit[], v: number, subjects: NounPhrase[], out: Candidate[]): void {
  const verb = units[v] as VerbGroup;
  if (!WORK_LEMMAS.has(verb.lemma)) return;
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
    for (const person of subjects.filter(isPerson)) {
      out.push({ subject: person, object: employer, label: `${verb.label} for`, predicate: 'work for', confidence: 0.65, pattern: 'affiliation' });
    }
    return;
  }
}

/** Prepositions that join a role or occupation to where it is held: "official with the party". */
const HELD_AT = ['of', 'for', 'at', 'with'];

/** Where the preposition to a role's owner is: right after it, or after the role's own complement ("chief of waste disposal for the NRC", "director for research at …"). */
function ownerPreposition(units: Unit[], r: number): number {
  const complementAt = isWord(units[r + 1], 'for', 'of') ? r + 2 : r + 1;
  const complement = units[complementAt];
  const owned = isNp(complement) && !complement.entity && !complement.pronoun && isWord(units[complementAt + 1], 'for', 'at', 'with');
  return owned ? complementAt + 1 : r + 1;
}

/** The entity a role belongs to, looking right: "president of Ukraine", "minister of Russia's …", "leader of the banned VHP". */
function roleOwnerRight(units: Unit[], r: number): NounPhrase | undefined {
  const p = ownerPreposition(units, r);
  if (!isWord(units[p], ...HELD_AT)) return undefined;
  let k = p + 1;
  while (isClass(units[k], 'det')) k++;
  if (isParticipleModifier(units, k)) k++;
  k = chainEnd(units, k, false);
  // "an economist at Barclays": whatever a role is held at is an institution, even one we did not know.
  const owner = units[k];
  return isNp(owner) && (isInstitution(owner) || (owner.entity?.type === 'Other' && !owner.possessive)) ? owner : undefined;
}

/** "the banned VHP": a one-word past participle before a name modifies it. */
function isParticipleModifier(units: Unit[], k: number): boolean {
  const u = units[k];
  return u?.kind === 'verb' && /^\w+ed$/.test(u.label) && isNp(units[k + 1]) && !!(units[k + 1] as NounPhrase).entity;
}

function rolePredicate(role: string): string {
  const words = role.split(' ').filter((w) => w !== 'of' && w !== 'staff' && w !== 'state');
  return words[words.length - 1] ?? role;
}

/** Roles held in a place rather than at an institution. */
const RESIDENCE_ROLES = new Set(['citizen', 'resident', 'native']);

function roleRelations(units: Unit[], r: number, out: Candidate[]): void {
  const role = units[r] as RoleUnit;
  const after = units[ownerPreposition(units, r)];
  const preposition = isWord(after, 'for', 'at', 'with') ? (after as { word: string }).word : 'of';
  const label = `${role.role} ${preposition}`;
  const predicate = rolePredicate(role.role);
  // Owner on the left: "U.S. President", "Germany's Defense Minister", "Kremlin spokesman", and "the
  // company's founder", which discourse resolves to the company named before.
  // "U.N. financial spokesman": a qualifying noun may stand between the owner and the role.
  const start = roleStart(units, r);
  const left = units[start - 1];
  const describedOwner = isNp(left) && left.possessive && left.definite && left.concept === left.head && DESCRIPTIONS.has(left.head);
  // "a Modesto native": a residence role makes an unknown name before it a place.
  const residence = RESIDENCE_ROLES.has(role.role);
  const residentOf = residence && isNp(left) && left.entity?.type === 'Other' && !left.possessive;
  let owner: NounPhrase | undefined = isNp(left) && (isInstitution(left) || describedOwner || residentOf) ? left : undefined;
  owner ??= roleOwnerRight(units, r);
  // "President Emmanuel Macron of France": the owner after the titled name.
  const titled = units[r + 1];
  if (!owner && isNp(titled) && couldBePerson(titled)) owner = roleOwnerRight(units, r + 1);
  if (owner?.entity?.type === 'Other') owner.entity.type = residence ? 'Place' : 'Organization';
  // "Drazen Budisa, chairman of the party": a name in apposition to a role is a person, known employer or not.
  let a = start - 1;
  while (isClass(units[a], 'det')) a--;
  const apposed = isWord(units[a], ',') ? units[a - 1] : undefined;
  if (isNp(apposed) && apposed.entity?.type === 'Other' && !apposed.possessive) asPerson(apposed);
  if (!owner) return;
  // The person on the right: "President Joe Biden", "Defense Minister, Boris Pistorius".
  let k = r + 1;
  if (owner !== titled && owner === roleOwnerRight(units, r)) {
    k = units.indexOf(owner) + 1;
  }
  if (isWord(units[k], ',')) k++;
  let person: NounPhrase | undefined = isNp(units[k]) && couldBePerson(units[k] as NounPhrase) ? asPerson(units[k] as NounPhrase) : undefined;
  let confidence = 0.9;
  if (!person) {
    // The person on the left: "Boris Pistorius, Germany's defense minister", "Medvedev, who holds … as the deputy chairman of …".
    let j = units[r - 1] === owner ? r - 2 : start - 1;
    // "Mary Campbell, a former Democratic member of …": a name of unknown kind before the role qualifies it.
    while (isClass(units[j], 'det') || isWord(units[j], 'as') || (j === r - 1 && isNp(units[j]) && (units[j] as NounPhrase).entity?.type === 'Other')) j--;
    // "Sen. Alan Cranston, D-Calif., chairman of …": the party and state stand between.
    const between = units[j - 1];
    if (isWord(units[j], ',') && isNp(between) && between.entity && partyState(between.entity.text) !== undefined && isWord(units[j - 2], ',')) j -= 2;
    if (isWord(units[j], ',') && isNp(units[j - 1]) && couldBePerson(units[j - 1] as NounPhrase)) person = asPerson(units[j - 1] as NounPhrase);
    else {
      for (let v = j; v >= 0 && !person; v--) {
        const u = units[v]!;
        if (u.kind === 'verb') {
          // "Miller is a Wilmington native": what a copula says someone is makes an unknown name a person.
          const subjects = findSubjects(units, v);
          const named = u.copula ? subjects.find((np) => couldBePerson(np) && !np.possessive) : undefined;
          person = subjects.find(isPerson) ?? (named && asPerson(named));
          confidence = 0.8;
          break;
        }
        if (isClass(u, 'sub') || isWord(u, ';', '"')) break;
      }
    }
  }
  if (person && person !== owner) out.push({ subject: person, object: owner, label, predicate, confidence, pattern: 'role' });
}

/** Where the role phrase at `r` starts: before a plain noun that qualifies the role ("news director", "campaign manager"). */
function roleStart(units: Unit[], r: number): number {
  const left = units[r - 1];
  return isNp(left) && !left.entity && !left.possessive && !left.pronoun && !!left.concept ? r - 1 : r;
}

/** "the assassination of Kennedy by Oswald": a nominalised verb with its agent after "by". */
function agentNominalRelations(units: Unit[], k: number, out: Candidate[]): void {
  const noun = units[k] as NounPhrase;
  const predicate = noun.concept ? NOMINALIZATIONS.get(noun.head) : undefined;
  if (!predicate || !isWord(units[k + 1], 'of')) return;
  let j = k + 2;
  while (isClass(units[j], 'det') || units[j]?.kind === 'role') j++;
  const target = units[j];
  if (!isNp(target) || !target.entity || !isWord(units[j + 1], 'by')) return;
  let a = j + 2;
  while (isClass(units[a], 'det') || units[a]?.kind === 'role') a++;
  const agent = units[a];
  if (isNp(agent) && agent.entity) out.push({ subject: agent, object: target, label: `${noun.head} of`, predicate, confidence: 0.7, pattern: 'nominal' });
}

/** "Kennedy assassin Sirhan", "Lincoln's killer John Wilkes Booth": the agent noun between two people. */
function agentNounRelations(units: Unit[], k: number, out: Candidate[]): void {
  const victim = units[k] as NounPhrase;
  const noun = units[k + 1];
  if (!isNp(noun) || noun.concept !== noun.head) return;
  const predicate = AGENT_NOUN_VERBS.get(noun.head);
  // "McKinley's assassin, Leon Czolgosz,": the agent may stand in apposition.
  const agent = units[isWord(units[k + 2], ',') && victim.possessive ? k + 3 : k + 2];
  if (predicate && isPerson(victim) && !victim.pronoun && isNp(agent) && isPerson(agent) && !agent.pronoun) {
    out.push({ subject: agent, object: victim, label: noun.head, predicate, confidence: 0.7, pattern: 'nominal' });
  }
}

const AGENT_NOUN_VERBS: ReadonlyMap<string, string> = new Map([
  ['assassin', 'kill'], ['killer', 'kill'], ['murderer', 'kill'], ['gunman', 'shoot'], ['shooter', 'shoot'], ['attacker', 'attack'],
]);

function nominalRelations(units: Unit[], k: number, out: Candidate[]): void {
  // "Germany's potential supply of Taurus missiles", "Medvedev's refusal to engage in peace talks"
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
    const inner = units[j] as VerbGroup;
    label += ` to ${inner.label}`;
    j++;
    if (isClass(units[j], 'prep')) label += ` ${(units[j] as { word: string }).word}`, j++;
  } else return;
  while (isClass(units[j], 'det')) j++;
  if (!isNp(units[j])) return;
  j = chainEnd(units, j, false);
  const target = units[j] as NounPhrase;
  if (meaningful(target)) out.push({ subject: owner, object: target, label, predicate, confidence: 0.7, pattern: 'nominal' });
}

const isRegion = (canonical: string | undefined) => canonical !== undefined && (PLACES.countries.has(canonical) || PLACES.states.has(canonical));
/** "Memphis, Tenn.", "Caracas, Venezuela": a known place that is no country or state, then one that is (not a list of countries). */
const cityOfRegion = (a: NounPhrase, b: NounPhrase) => !isRegion(a.entity?.canonical) && isRegion(b.entity?.canonical);

function attachmentRelations(units: Unit[], k: number, out: Candidate[]): void {
  const a = units[k] as NounPhrase;
  if (!a.entity || a.possessive) return;
  // "Norma Viscomi, of Niagara Falls", "Norman Vaughan, 83, of Trapper Creek": a comma may set off where a person is from, after their age.
  const age = isWord(units[k + 1], ',') && units[k + 2]?.kind === 'word' && /^\d{1,3}$/.test((units[k + 2] as { word: string }).word) && isWord(units[k + 3], ',') ? 2 : 0;
  const setOff = isPerson(a) && isWord(units[k + 1 + age], ',') && isWord(units[k + 2 + age], 'of');
  const link = units[setOff ? k + 2 + age : k + 1];
  let n = setOff ? k + 3 + age : k + 2;
  while (isClass(units[n], 'det')) n++;
  n = chainEnd(units, n, false);
  const b = units[n];
  // News writes a person's home town that way ("Jane Doe, of Portland"): an unknown name there is a place.
  if (setOff && isNp(b) && b.entity?.type === 'Other' && !b.possessive) b.entity.type = 'Place';
  if (!isNp(b) || !b.entity || !isInstitution(b)) return;
  // a phrase inside a verb's prepositional object is not an attachment of its own
  const word = link?.kind === 'word' ? link.word : '';
  // "President Emmanuel Macron of France": the role pattern already says what the person is of.
  const titled = units[k - 1]?.kind === 'role';
  if (isPerson(a) && (word === 'from' || word === 'of' || word === 'at') && (setOff || !inVerbPhrase(units, k)) && !titled) {
    // "James Blight and David Welch of Harvard": each person of a coordination belongs.
    for (const person of coordinatedPeople(units, k)) {
      out.push({ subject: person, object: b, label: word, predicate: word === 'at' ? 'work at' : word, confidence: 0.7, pattern: 'affiliation' });
    }
  } else if (isPerson(a) && word === ',' && n === k + 2 && partyState(b.entity.text) !== undefined) {
    // "Sen. Alan Cranston, D-Calif.": the state a legislator represents.
    out.push({ subject: a, object: b, label: 'from', predicate: 'from', confidence: 0.75, pattern: 'affiliation' });
  } else if (word === 'in' && typeOf(b) === 'Place' && typeOf(a) === 'Other' && REGION_NAME.test(b.entity.text)) {
    a.entity.type = 'Place';
    out.push({ subject: a, object: b, label: 'in', predicate: 'located in', confidence: 0.6, pattern: 'location' });
  } else if (typeOf(a) === 'Organization' && word === 'of' && typeOf(b) === 'Place') {
    out.push({ subject: a, object: b, label: 'of', predicate: 'based in', confidence: 0.65, pattern: 'location' });
  } else if ((typeOf(a) === 'Place' || typeOf(a) === 'Organization') && word === 'in' && typeOf(b) === 'Place' && !PLACES.countries.has(a.entity.canonical ?? '')) {
    out.push({ subject: a, object: b, label: 'in', predicate: typeOf(a) === 'Place' ? 'located in' : 'based in', confidence: 0.65, pattern: 'location' });
  } else if ((typeOf(a) === 'Place' || typeOf(a) === 'Other') && word === ',' && b.entity.canonical && n === k + 2 && (!a.entity.canonical || cityOfRegion(a, b))) {
    // "Chattanooga, Tenn.", "Kramatorsk, Ukraine", "Memphis, Tenn.": the name before a known place is a place inside it,
    // and the pair is how the text tells this Jamestown from the others: an alias worth searching by.
    a.entity.type = 'Place';
    a.entity.longForm ??= `${a.entity.text}, ${b.entity.text}`;
    out.push({ subject: a, object: b, label: 'in', predicate: 'located in', confidence: 0.6, pattern: 'location' });
  }
}

/**
 * "Hungary's Viktor Orban", "Kremlin's Peskov": a person named with the country or body they belong
 * to; "Russia's Foreign Ministry": an organisation named with its country.
 */
function possessiveAffiliation(units: Unit[], k: number, out: Candidate[]): void {
  const owner = units[k] as NounPhrase;
  const member = units[k + 1];
  if (!owner.possessive || !isInstitution(owner) || !isNp(member)) return;
  const type = typeOf(member);
  // "Zambia's Kafue River", "Miami's Dade County": a place named with the place it lies in.
  if (type === 'Place' && typeOf(owner) === 'Place' && !member.possessive) {
    out.push({ subject: member, object: owner, label: 'of', predicate: 'located in', confidence: 0.6, pattern: 'location' });
    return;
  }
  if (type !== 'Person' && !(type === 'Organization' && typeOf(owner) === 'Place')) return;
  out.push({ subject: member, object: owner, label: 'of', predicate: 'of', confidence: 0.65, pattern: 'affiliation' });
}

/** "Baghdad, Iraq's capital": a place in apposition to the capital or a city of another lies in it. */
function capitalApposition(units: Unit[], k: number, out: Candidate[]): void {
  const place = units[k] as NounPhrase;
  const owner = units[k + 2];
  const noun = units[k + 3];
  if (typeOf(place) !== 'Place' || place.possessive || !isWord(units[k + 1], ',') || !isNp(owner) || !owner.possessive || typeOf(owner) !== 'Place') return;
  if (!isNp(noun) || noun.entity || !['capital', 'city', 'town', 'port', 'province', 'region', 'state'].includes(noun.head)) return;
  out.push({ subject: place, object: owner, label: `${noun.head} of`, predicate: 'located in', confidence: 0.65, pattern: 'location' });
}

/** Nouns that relate one person to another ("an ally of Putin", "the assassin of Lincoln"), so an apposition may name a person as the other end. */
const PERSONAL_RELATIONS = new Set([
  'ally', 'friend', 'rival', 'critic', 'adviser', 'advisor', 'aide', 'deputy', 'successor', 'predecessor', 'lawyer', 'confidant',
  'protege', 'opponent', 'mentor', 'biographer', 'bodyguard', 'assistant', 'partner', 'envoy',
  'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'father', 'mother', 'widow', 'nephew', 'niece', 'cousin', 'grandson', 'granddaughter',
  'assassin', 'killer', 'murderer',
]);

/**
 * "Chris Herr, shearer for the Wool Wizards", "Orban, a close ally of Vladimir Putin": a person's
 * occupation held at an institution, or relation to another person, in apposition. Known roles take
 * the role pattern.
 */
function occupationRelations(units: Unit[], k: number, out: Candidate[]): void {
  const person = units[k] as NounPhrase;
  if (!couldBePerson(person) || person.pronoun || person.possessive || !isWord(units[k + 1], ',')) return;
  let j = k + 2;
  while (isClass(units[j], 'det')) j++;
  const noun = units[j];
  // "an ecologist and entomologist at Cornell University": the last of coordinated occupations takes the preposition;
  // "assistant for health at the Department …": so does an occupation's own complement.
  let p = j + 1;
  while (isWord(units[p], 'and') && isNp(units[p + 1]) && !(units[p + 1] as NounPhrase).entity) p += 2;
  const complement = units[p + 1];
  if (isWord(units[p], 'for', 'of') && isNp(complement) && !complement.entity && !complement.pronoun && isWord(units[p + 2], 'at', 'with')) p += 2;
  const prep = units[p];
  if (!isNp(noun) || !noun.concept || noun.possessive || noun.head.endsWith('s') || prep?.kind !== 'word' || !HELD_AT.includes(prep.word)) return;
  // "the assassin of President Abraham Lincoln": the other end may carry a title.
  const owner = units[chainEnd(units, titleEnd(units, p + 1), false)];
  if (!isNp(owner) || !owner.entity || owner.possessive) return;
  const personal = isPerson(owner) && PERSONAL_RELATIONS.has(noun.head) && prep.word !== 'with';
  if (!isInstitution(owner) && !personal) return;
  // "Cardenas, candidate of the PRD": a name with an occupation held at an institution is a person's.
  out.push({ subject: asPerson(person), object: owner, label: `${noun.head} ${prep.word}`, predicate: noun.head, confidence: 0.65, pattern: 'role' });
}

/**
 * "Richard Taylor, an Atlanta architect", "Google engineer Jane Doe": a place or an organisation
 * used as the modifier of a noun for a person says where that person works or lives.
 */
function modifiedOccupation(units: Unit[], k: number, out: Candidate[]): void {
  const owner = units[k] as NounPhrase;
  const noun = units[k + 1];
  if (!isInstitution(owner) || owner.possessive || !isNp(noun) || !noun.actor || !noun.concept || noun.possessive || noun.head.endsWith('s') || RESIDENCE_ROLES.has(noun.head)) return;
  let person: NounPhrase | undefined;
  const after = units[k + 2];
  if (isNp(after) && couldBePerson(after) && !after.possessive) person = after;
  else {
    let j = k - 1;
    while (isClass(units[j], 'det')) j--;
    const before = units[j - 1];
    if (isWord(units[j], ',') && isNp(before) && couldBePerson(before) && !before.possessive) person = before;
  }
  if (!person) return;
  const place = typeOf(owner) === 'Place';
  out.push({ subject: asPerson(person), object: owner, label: `${noun.concept} ${place ? 'in' : 'at'}`, predicate: place ? 'based in' : noun.head, confidence: 0.65, pattern: 'affiliation' });
}

function coordinatedPeople(units: Unit[], k: number): NounPhrase[] {
  const people = [units[k] as NounPhrase];
  for (let j = k - 1; isWord(units[j], 'and', ',') && isNp(units[j - 1]) && isPerson(units[j - 1] as NounPhrase); j -= 2) people.unshift(units[j - 1] as NounPhrase);
  return people;
}

/**
 * News datelines: "SAN FRANCISCO (AP)", "BELGRADE, Yugoslavia (AP)", "Moscow ITAR-TASS" — the agency
 * filing the story is based in the places that open the sentence.
 */
function datelineRelations(units: Unit[], out: Candidate[]): void {
  const places: NounPhrase[] = [];
  let k = 0;
  while (isNp(units[k]) && typeOf(units[k] as NounPhrase) === 'Place') {
    places.push(units[k] as NounPhrase);
    k++;
    if (isWord(units[k], ',')) k++;
  }
  const agency = units[k];
  if (places.length === 0 || !isNp(agency) || typeOf(agency) !== 'Organization' || k > 5) return;
  const end = units[k + 1];
  if (end && !isWord(end, ',', ';')) return;
  for (const place of places) out.push({ subject: agency, object: place, label: 'dateline', predicate: 'based in', confidence: 0.6, pattern: 'location' });
}

function inVerbPhrase(units: Unit[], k: number): boolean {
  let j = k - 1;
  while (isClass(units[j], 'det')) j--;
  return isClass(units[j], 'prep') && units[j - 1]?.kind === 'verb';
}

/** Every relation candidate in one sentence. */
export function sentenceRelations(units: Unit[]): Candidate[] {
  const out: Candidate[] = [];
  datelineRelations(units, out);
  units.forEach((u, k) => {
    if (u.kind === 'verb') verbRelations(units, k, out);
    else if (u.kind === 'role') roleRelations(units, k, out);
    else if (u.kind === 'np') {
      nominalRelations(units, k, out);
      agentNominalRelations(units, k, out);
      agentNounRelations(units, k, out);
      attachmentRelations(units, k, out);
      occupationRelations(units, k, out);
      modifiedOccupation(units, k, out);
      possessiveAffiliation(units, k, out);
      capitalApposition(units, k, out);
    }
  });
  return out;
}
