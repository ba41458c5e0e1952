/** Patterns of belonging and location between names: "Jane Doe of Harvard", "Memphis, Tenn.", "Russia's Foreign Ministry". */
import { chainEnd } from '../clause';
import { ORG_HEADS, ORGANIZATION_NOUNS, PERSON_TRADE_NOUNS } from '../lexicon/organizations';
import { PLACES, isPlaceWithRegion, partyState } from '../lexicon/places';
import { BUSINESS_KINDS, DESCRIPTIONS, LANGUAGES, MONTHS } from '../lexicon/words';
import { isClass, isDemonym, isNp, isWord, nationalityBefore, type NounPhrase, type Unit, type VerbGroup, type WordUnit } from '../units';
import { nameHead } from '../token-shapes';
import { isInstitution, isPartyName, isPerson, typeOf, type RelationPattern } from './pattern';

interface Attachment {
  a: NounPhrase;
  b: NounPhrase;
  /** What joins them: a preposition or a comma. */
  word: string;
  /** "Jane Doe, of Portland": set off by a comma. */
  setOff: boolean;
  /** Nothing stands between the two but the joining word. */
  adjacent: boolean;
}

/** "Norma Viscomi, of Niagara Falls", "Police in Springfield": a name, a joining word, and a place or institution. */
function readAttachment(units: Unit[], k: number): Attachment | undefined {
  const a = units[k] as NounPhrase;
  if (!a.entity || a.possessive) return undefined;
  // "Norma Viscomi, of Niagara Falls": a comma may set off where a person is from.
  const setOff = isPerson(a) && isWord(units[k + 1], ',') && isWord(units[k + 2], 'of');
  const link = units[setOff ? k + 2 : k + 1];
  let n = setOff ? k + 3 : k + 2;
  while (isClass(units[n], 'det')) n++;
  n = chainEnd(units, n, false);
  const b = units[n];
  if (!isNp(b) || !b.entity) return undefined;
  // "Rotterdam, the Netherlands": the country's article does not set the two apart.
  const article = units.slice(k + 2, n).every((u) => isClass(u, 'det'));
  return { a, b, word: link?.kind === 'word' ? link.word : '', setOff, adjacent: n === k + 2 || (!setOff && article) };
}

/**
 * A phrase inside a verb's prepositional object is not an attachment of its own; its agent's is ("led
 * by Anjali Rao of the University of Chicago").
 */
function inVerbPhrase(units: Unit[], k: number): boolean {
  let j = k - 1;
  while (isClass(units[j], 'det')) j--;
  return isClass(units[j], 'prep') && !isWord(units[j], 'by') && units[j - 1]?.kind === 'verb';
}

/** "James Blight and David Welch of Harvard": each person of a coordination belongs. */
function coordinatedPeople(units: Unit[], k: number): NounPhrase[] {
  const people = [units[k] as NounPhrase];
  for (let j = k - 1; isWord(units[j], 'and', ',') && isNp(units[j - 1]) && isPerson(units[j - 1] as NounPhrase); j -= 2) people.unshift(units[j - 1] as NounPhrase);
  return people;
}

export const personAffiliation: RelationPattern = {
  name: 'person-affiliation',
  anchor: 'np',
  confidence: 0.7,
  reason: 'a person named with where they are from or work ("Jane Doe of Harvard", "Norma Viscomi, of Niagara Falls")',
  naming: true,
  match(units, k, out) {
    const at = readAttachment(units, k);
    if (!at || !isPerson(at.a) || !['from', 'of', 'at'].includes(at.word)) return;
    // "President Emmanuel Macron of France": the role pattern already says what the person is of, but for a
    // party, whose member the holder is ("Economy Minister Robert Habeck of the Greens").
    const party = isPartyName(at.b);
    if ((units[k - 1]?.kind === 'role' && !party) || (!at.setOff && inVerbPhrase(units, k))) return;
    // News writes a person's home town that way ("Jane Doe, of Portland"): an unknown name there is a place.
    const hometown = at.setOff && typeOf(at.b) === 'Other' && !at.b.possessive;
    if (!hometown && !isInstitution(at.b)) return;
    if (hometown) out.vote(at.b, 'Place');
    const place = hometown || typeOf(at.b) === 'Place';
    // What "of" means depends on what follows: a home town ("Jane Doe of Portland") or an employer ("Anjali Rao of the University of Chicago").
    const predicate = party ? 'member' : at.word === 'at' ? 'work at' : place ? 'from' : 'affiliated with';
    for (const person of coordinatedPeople(units, k)) out.relation({ subject: person, object: at.b, label: party ? 'member of' : at.word, predicate });
  },
};

export const nationality: RelationPattern = {
  name: 'nationality',
  anchor: 'np',
  confidence: 0.8,
  reason: 'a demonym right before a person\'s name says where they are from ("Italian Jannik Sinner", "Swede Jesper Parnevik")',
  namedObject: true,
  naming: true,
  match(units, k, out) {
    if (nationalityBefore(units, k)) out.relation({ subject: units[k + 1] as NounPhrase, object: units[k] as NounPhrase, label: 'from', predicate: 'from' });
  },
};

export const legislatorState: RelationPattern = {
  name: 'legislator-state',
  anchor: 'np',
  confidence: 0.75,
  reason: 'the state a legislator represents ("Sen. Alan Cranston, D-Calif.")',
  naming: true,
  match(units, k, out) {
    const at = readAttachment(units, k);
    if (at && isPerson(at.a) && at.word === ',' && at.adjacent && partyState(at.b.entity!.text) !== undefined) {
      out.relation({ subject: at.a, object: at.b, label: 'from', predicate: 'from' });
    }
  },
};

export const organizationOfPlace: RelationPattern = {
  name: 'organization-of-place',
  anchor: 'np',
  confidence: 0.65,
  reason: 'an organisation named with the place it belongs to ("the Supreme Court of Canada")',
  naming: true,
  match(units, k, out) {
    const at = readAttachment(units, k);
    if (at && at.word === 'of' && typeOf(at.a) === 'Organization' && typeOf(at.b) === 'Place') out.relation({ subject: at.a, object: at.b, label: 'of', predicate: 'based in' });
  },
};

/** "Moscow IZVESTIYA in Russian": a monitoring service's source line names the outlet's language after it. */
function inLanguage(units: Unit[], k: number): boolean {
  const language = units[k + 1];
  return isWord(units[k], 'in') && isNp(language) && !language.entity && LANGUAGES.has(language.head);
}

export const placeModifiedOrganization: RelationPattern = {
  name: 'place-modified-organization',
  anchor: 'np',
  confidence: 0.6,
  reason: 'a place written before an organisation\'s name, as the place it belongs to ("the U.S. Congress", "Cape Town Supreme Court", "Moscow IZVESTIYA in Russian")',
  naming: true,
  match(units, k, out) {
    const place = units[k] as NounPhrase;
    const body = units[k + 1];
    // "In Bonn Siemens said …": a place a preposition governs says where, not whose.
    if (typeOf(place) !== 'Place' || place.possessive || !isNp(body) || typeOf(body) !== 'Organization' || isClass(units[k - 1], 'prep')) return;
    const noun = bodyNoun(body);
    const label = inLanguage(units, k + 2) ? 'source line' : noun ? `${noun} of` : 'of';
    out.relation({ subject: body, object: place, label, predicate: 'based in' });
  },
};

export const locatedIn: RelationPattern = {
  name: 'located-in',
  anchor: 'np',
  confidence: 0.65,
  reason: 'a place or an organisation said to be in a place ("police in Springfield")',
  naming: true,
  match(units, k, out) {
    const at = readAttachment(units, k);
    const type = typeOf(at?.a);
    if (!at || at.word !== 'in' || (type !== 'Place' && type !== 'Organization') || typeOf(at.b) !== 'Place' || PLACES.countries.has(at.a.entity!.canonical ?? '')) return;
    out.relation({ subject: at.a, object: at.b, label: 'in', predicate: type === 'Place' ? 'located in' : 'based in' });
  },
};

export const cityOfRegion: RelationPattern = {
  name: 'city-of-region',
  anchor: 'np',
  confidence: 0.6,
  reason: 'a place written before the country or state it lies in ("Memphis, Tenn.", "Kramatorsk, Ukraine")',
  naming: true,
  match(units, k, out) {
    const at = readAttachment(units, k);
    // "… of Somaliland, Turkish President Tayyip Erdogan said": a demonym after the comma opens a new phrase.
    if (!at || at.word !== ',' || !at.adjacent || at.b.possessive || isDemonym(at.b) || !isPlaceWithRegion(at.a.entity!, at.b.entity!)) return;
    // "In Kyiv, Russia and Ukraine signed …": a capital before a list of other countries is not in the first.
    const capitalOf = at.a.entity!.canonical === undefined ? undefined : PLACES.capitalOf.get(at.a.entity!.canonical);
    if (capitalOf !== undefined && capitalOf !== at.b.entity!.canonical && isWord(units[units.indexOf(at.b) + 1], 'and', 'or')) return;
    out.vote(at.a, 'Place');
    // The pair is how the text tells this Jamestown from the others: an alias worth searching by.
    out.alias(at.a, `${at.a.entity!.text}, ${at.b.entity!.text}`);
    out.relation({ subject: at.a, object: at.b, label: 'in', predicate: 'located in' });
  },
};

/** The noun that heads an organisation's name ("Defence Ministry" → ministry), when it says what kind of body it is. */
function bodyNoun(np: NounPhrase): string | undefined {
  const head = nameHead(np.entity!.text);
  return ORG_HEADS.has(head) ? head : undefined;
}

export const possessiveAffiliation: RelationPattern = {
  name: 'possessive-affiliation',
  anchor: 'np',
  confidence: 0.65,
  reason: 'a person or an organisation named with the country or body they belong to ("Hungary\'s Viktor Orban", "Russia\'s Foreign Ministry")',
  namedObject: true,
  naming: true,
  match(units, k, out) {
    const owner = units[k] as NounPhrase;
    let m = k + 1;
    // "Britain's ruling Labour Party": modifiers may stand between.
    while (isClass(units[m], 'det')) m++;
    const member = units[m];
    // "the department's Al Comproni": a description of an organisation named before owns the person too.
    const described = owner.definite && owner.concept === owner.head && DESCRIPTIONS.get(owner.head) === 'Organization';
    if (!owner.possessive || !(isInstitution(owner) || described) || !isNp(member)) return;
    const type = typeOf(member);
    if (type === 'Person') {
      // "Leverkusen's Tomas Vrba": a person of an organisation is one of its members; of a country, one of its people.
      out.relation({ subject: member, object: owner, label: 'of', predicate: typeOf(owner) === 'Place' ? 'from' : 'member of' });
    } else if (type === 'Organization' && typeOf(owner) === 'Place') {
      // "Russia's Defence Ministry", "Saudi Arabia's Public Investment Fund": a body of the country, based there.
      const noun = bodyNoun(member);
      out.relation({ subject: member, object: owner, label: noun ? `${noun} of` : 'of', predicate: 'based in' });
    }
  },
};

export const possessiveArms: RelationPattern = {
  name: 'possessive-arms',
  anchor: 'np',
  confidence: 0.65,
  reason: 'a weapon named with the country or force that has it ("Russia\'s Pantsir systems", "its HIMARS launchers")',
  naming: true,
  match(units, k, out) {
    const owner = units[k] as NounPhrase;
    let m = k + 1;
    while (isClass(units[m], 'det')) m++;
    const weapon = units[m];
    if (!owner.possessive || !(isInstitution(owner) || owner.pronoun === 'thing') || !isNp(weapon) || weapon.possessive || typeOf(weapon) !== 'Weapon') return;
    out.relation({ subject: owner, object: weapon, label: 'operates', predicate: 'operate' });
  },
};

export const possessiveLocation: RelationPattern = {
  name: 'possessive-location',
  anchor: 'np',
  confidence: 0.6,
  reason: 'a place named with the place it lies in ("Zambia\'s Kafue River")',
  naming: true,
  match(units, k, out) {
    const owner = units[k] as NounPhrase;
    const member = units[k + 1];
    // "Yemen's Iran-aligned Houthi militants": a name hyphened to a participle describes what the owner has.
    const describing = units[k + 2]?.kind === 'verb' && (units[k + 2] as VerbGroup).form === 'hyphenated';
    if (owner.possessive && typeOf(owner) === 'Place' && isNp(member) && typeOf(member) === 'Place' && !member.possessive && !describing) {
      out.relation({ subject: member, object: owner, label: 'of', predicate: 'located in' });
    }
  },
};

/** Nouns for a place that lies in another: "Baghdad, Iraq's capital". */
const PLACE_NOUNS = new Set(['capital', 'city', 'town', 'port', 'province', 'region', 'state']);

export const capitalApposition: RelationPattern = {
  name: 'capital-apposition',
  anchor: 'np',
  confidence: 0.65,
  reason: 'a place set off as the capital or a city of another ("Baghdad, Iraq\'s capital")',
  naming: true,
  match(units, k, out) {
    const place = units[k] as NounPhrase;
    const owner = units[k + 2];
    const noun = units[k + 3];
    if (typeOf(place) !== 'Place' || place.possessive || !isWord(units[k + 1], ',') || !isNp(owner) || !owner.possessive || typeOf(owner) !== 'Place') return;
    if (isNp(noun) && !noun.entity && PLACE_NOUNS.has(noun.head)) out.relation({ subject: place, object: owner, label: `${noun.head} of`, predicate: 'located in' });
  },
};

/** Where a dateline's date ends, from `k` ("Dec. 5,", "9 Feb", "March 3, 2024,"): `k` itself when there is none. */
function afterDate(units: Unit[], k: number): number {
  let j = k;
  const isDay = (u: Unit | undefined) => isClass(u, 'det') && /^\d{1,4}$/.test((u as WordUnit).word);
  if (isDay(units[j])) j++;
  const month = units[j];
  if (!isNp(month) || month.entity || !MONTHS.has(month.head)) return k;
  j++;
  while (isDay(units[j]) || isWord(units[j], ',')) j++;
  return j;
}

/** Translators' notes in brackets before a translated story's dateline. */
const EDITORS_NOTES = new Set(['text', 'excerpt', 'excerpts']);

export const dateline: RelationPattern = {
  name: 'dateline',
  anchor: 'sentence',
  confidence: 0.6,
  aboutTheStory: true,
  reason: 'a news dateline: the agency filing the story files it from where it opens ("SAN FRANCISCO (AP)", "MOSCOW, Dec 5 (Reuters)", "Moscow ITAR-TASS")',
  match(units, _k, out) {
    const places: NounPhrase[] = [];
    // "(Text) Hefei, February 11 (XINHUA) --": a translator's note may open the dateline.
    const note = units[0];
    const start = note && EDITORS_NOTES.has(note.kind === 'verb' ? note.label : isNp(note) ? note.head : '') && isWord(units[1], ',') ? 2 : 0;
    let k = start;
    // Not an owner: "Denmark's Bavarian Nordic, which …" opens a sentence, not a dateline.
    while (isNp(units[k]) && typeOf(units[k] as NounPhrase) === 'Place' && !(units[k] as NounPhrase).possessive) {
      places.push(units[k] as NounPhrase);
      k++;
      if (isWord(units[k], ',')) k++;
    }
    const dated = afterDate(units, k);
    const agency = units[dated];
    if (places.length === 0 || !isNp(agency) || typeOf(agency) !== 'Organization' || k - start > 5) return;
    k = dated;
    const end = units[k + 1];
    if (end && !isWord(end, ',', ';', '-')) return;
    // Where a story is filed from, not where the agency is based: Reuters files from Lagos.
    for (const place of places) out.relation({ subject: agency, object: place, label: 'dateline', predicate: 'files from' });
  },
};

/** Parts of a place: "in the north of England", "on the outskirts of Kyiv". */
const PLACE_PARTS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'centre', 'center', 'heart', 'outskirts', 'edge', 'part', 'suburbs', 'coast', 'region']);

/** Prepositions that place something relative to a place ("near Geneva", "west of Chicago"). */
const LOCATING = new Set(['in', 'near', 'outside', 'west', 'east', 'north', 'south', 'northwest', 'northeast', 'southwest', 'southeast']);

/** "west of Chicago": a direction compromise read as a noun before "of", as the word it is. */
function direction(units: Unit[], k: number): string | undefined {
  const u = units[k];
  return isNp(u) && !u.entity && !u.possessive && LOCATING.has(u.head) && isWord(units[k + 1], 'of') ? u.head : undefined;
}

export const apposedLocation: RelationPattern = {
  name: 'apposed-location',
  anchor: 'np',
  confidence: 0.7,
  reason: 'a description set off after a name that says where it is ("CERN, the European physics laboratory near Geneva")',
  naming: true,
  match(units, k, out) {
    const named = units[k] as NounPhrase;
    if (!named.entity || named.possessive || !isWord(units[k + 1], ',')) return;
    let j = k + 2;
    // "Fermilab, the U.S. Department of Energy laboratory west of Chicago": names may modify the description.
    while (isClass(units[j], 'det') || (isNp(units[j]) && (units[j] as NounPhrase).entity && isNp(units[j + 1]) && !direction(units, j + 1))) j++;
    // "…laboratory west of Chicago": compromise may read the direction as a noun.
    const noun = units[j];
    const turned = direction(units, j + 1);
    const prep = turned ? { word: turned } : units[j + 1]?.kind === 'word' ? (units[j + 1] as WordUnit) : undefined;
    // "David Cicippio, an electronics technician from North Wales": where a person described so is from.
    const from = prep?.word === 'from' && isPerson(named);
    // A description noun joined to a name is still the description ("the U.S. Navy laboratory east of Boston").
    const described = isNp(noun) && (noun.entity ? noun.last > noun.entity.last : !!noun.concept);
    if (!described || !prep || !(LOCATING.has(prep.word) || from)) return;
    let n = j + 2;
    const of = isWord(units[n], 'of') && prep.word !== 'in';
    if (of) n++;
    while (isClass(units[n], 'det')) n++;
    // "in the north of England": a part of a place is in it.
    const part = units[n];
    if (((isNp(part) && PLACE_PARTS.has(part.head)) || (part?.kind === 'word' && PLACE_PARTS.has(part.word))) && isWord(units[n + 1], 'of')) n += 2;
    while (isClass(units[n], 'det')) n++;
    const place = units[chainEnd(units, n, false)];
    if (!isNp(place) || typeOf(place) !== 'Place' || place === named) return;
    const where = `${prep.word}${of ? ' of' : ''}`;
    const predicate = from ? 'from' : prep.word === 'in' ? 'located in' : `located ${where}`;
    out.relation({ subject: named, object: place, label: `${noun.head} ${where}`, predicate });
  },
};

/**
 * The name a noun for a kind of organisation describes: the one after it ("the German carmaker
 * Volkswagen"), one it is set off after ("Volkswagen, the German carmaker, said …"), or one set off
 * after it ("the Norwegian lender, Vostbank, said").
 */
function describedName(units: Unit[], k: number): NounPhrase | undefined {
  const after = units[k + 1];
  if (isNp(after)) return after.entity ? after : undefined;
  if (after && !isWord(after, ',', ';', '-')) return undefined;
  const left = units[k - 1];
  let j = isNp(left) && typeOf(left) === 'Place' ? k - 2 : k - 1;
  while (isClass(units[j], 'det')) j--;
  const before = units[j - 1];
  if (isWord(units[j], ',') && isNp(before) && before.entity && !before.possessive) return before;
  const setOff = units[k + 2];
  const closed = k + 3 === units.length || isWord(units[k + 3], ',', ';', '-');
  return isWord(after, ',') && isNp(setOff) && setOff.entity && !setOff.possessive && closed ? setOff : undefined;
}

export const describedOrganization: RelationPattern = {
  name: 'described-organization',
  anchor: 'np',
  confidence: 0.7,
  reason: 'a name described by what kind of organisation it is and where ("the Singapore state fund Temasek", "Volkswagen, the German carmaker")',
  naming: true,
  match(units, k, out) {
    const noun = units[k] as NounPhrase;
    if (noun.entity || !noun.concept || !ORGANIZATION_NOUNS.has(noun.head)) return;
    const named = describedName(units, k);
    // "the carmaker Velora": a business's kind outweighs a tagger that read a person; a kind that is
    // also a person's trade ("designer", "miner") does not.
    const business = BUSINESS_KINDS.has(noun.head) && !PERSON_TRADE_NOUNS.has(noun.head);
    const person = !!named && typeOf(named) === 'Person';
    if (!named || (person && !business)) return;
    out.vote(named, 'Organization');
    const place = units[k - 1];
    if (!person && isNp(place) && typeOf(place) === 'Place' && !place.possessive) out.relation({ subject: named, object: place, label: noun.concept, predicate: 'based in' });
  },
};

export const pronounAffiliation: RelationPattern = {
  name: 'pronoun-affiliation',
  anchor: 'np',
  confidence: 0.65,
  reason: 'an organisation named as someone\'s own ("his United Democratic Alliance", "her party")',
  naming: true,
  match(units, k, out) {
    const owner = units[k] as NounPhrase;
    const body = units[k + 1];
    if (owner.pronoun !== 'person' || !owner.possessive || !isNp(body) || typeOf(body) !== 'Organization' || body.possessive) return;
    out.relation({ subject: owner, object: body, label: 'member of', predicate: 'member of' });
  },
};

/** Nouns for where someone lives or comes from, and what each says of them ("native" is a role unit). */
const HOME_NOUNS: ReadonlyMap<string, string> = new Map([['home', 'lives in'], ['hometown', 'from'], ['birthplace', 'born in'], ['native', 'from']]);

/**
 * The place a possessive names as its owner's home, the words that say so (the edge's label) and
 * the home noun: "his Iowa hometown", "her home in Louisville", "his native Ohio".
 */
function homeOf(units: Unit[], k: number): { place: Unit | undefined; label: string; noun: string } | undefined {
  const next = units[k + 1];
  if (next?.kind === 'role' && next.role === 'native') return { place: units[k + 2], label: 'native', noun: 'native' };
  const after = units[k + 2];
  if (isNp(next) && next.entity && !next.possessive && isNp(after) && !after.entity && HOME_NOUNS.has(after.head)) return { place: next, label: after.head, noun: after.head };
  if (!isNp(next) || next.entity || !HOME_NOUNS.has(next.head) || !isWord(after, 'in', 'of')) return undefined;
  let j = k + 3;
  while (isClass(units[j], 'det')) j++;
  return { place: units[chainEnd(units, j, false)], label: `${next.head} ${after.word}`, noun: next.head };
}

export const possessiveHome: RelationPattern = {
  name: 'possessive-home',
  anchor: 'np',
  confidence: 0.7,
  reason: 'a place named as someone\'s home or home town ("his Iowa hometown", "her home in Louisville", "his native Ohio")',
  naming: true,
  match(units, k, out) {
    const owner = units[k] as NounPhrase;
    const home = owner.possessive && isPerson(owner) ? homeOf(units, k) : undefined;
    if (!home || !isNp(home.place) || typeOf(home.place) !== 'Place' || home.place.possessive) return;
    out.relation({ subject: owner, object: home.place, label: home.label, predicate: HOME_NOUNS.get(home.noun)! });
  },
};
