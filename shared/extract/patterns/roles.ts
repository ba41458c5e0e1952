/** Patterns anchored on roles and occupations: who holds what position where, and who is whose ally. */
import { chainEnd, coordinatedRight, findSubjects, isPlainNoun, reportingAfterClause, titleEnd } from '../clause';
import { MAKING_TRADES, ORGANIZATION_NOUNS, PERSON_TRADE_NOUNS } from '../lexicon/organizations';
import { singularNoun } from '../lexicon/lemma';
import { isRegion, partyState, PLACES } from '../lexicon/places';
import { COMPANY_ONLY_RELATIONS, ORGANIZATION_RELATIONS, PERSONAL_RELATIONS, PLAYING_POSITIONS, RELATIONAL_NOUNS, relationalPredicate, STAFF_NOUNS, STATE_RELATIONS } from '../lexicon/roles';
import { APPOINTING_LEMMAS, DESCRIPTIONS, DISMISSING_LEMMAS, REPORTING_LEMMAS, SPEECH_LEMMAS } from '../lexicon/words';
import { descriptionType, isClass, isDemonym, isNamedOwner, isNp, isWord, type NounPhrase, type RoleUnit, type Unit, type VerbGroup } from '../units';
import { couldBePerson, isInstitution, isPartyName, isPerson, typeOf, type PatternOutput, type RelationPattern } from './pattern';

/** Prepositions that join a role or occupation to where it is held: "official with the party". */
const HELD_AT = ['of', 'for', 'at', 'with'];

/** Roles held in a place rather than at an institution: by who lives there, or who governs it. */
const RESIDENCE_ROLES = new Set(['citizen', 'resident', 'native']);
const PLACE_ROLES = new Set([...RESIDENCE_ROLES, 'mayor', 'governor']);

/** Where the preposition to a role's owner is: right after it, or after the role's own complement ("chief of waste disposal for the NRC", "director for research at …"). */
function ownerPreposition(units: Unit[], r: number): number {
  const complementAt = isWord(units[r + 1], 'for', 'of') ? r + 2 : r + 1;
  const complement = units[complementAt];
  const owned = isNp(complement) && !complement.entity && !complement.pronoun && isWord(units[complementAt + 1], 'for', 'at', 'with');
  return owned ? complementAt + 1 : r + 1;
}

/** Roles held at an organisation, never at a place: "Fermilab director", "Harvard professor". */
const ORGANIZATION_ROLES = new Set(['director', 'chairman', 'chairwoman', 'chairperson', 'ceo', 'cfo', 'coo', 'cto', 'cio', 'executive', 'founder', 'co-founder', 'editor', 'professor', 'researcher', 'employee', 'analyst', 'economist', 'strategist']);

/**
 * Whether where a role is held is an organisation whatever its name looked like: a name of no known
 * kind, or one read as a place (not a country or region) or a person holding a role only organisations have.
 */
function heldAtOrganization(owner: NounPhrase, role: RoleUnit): boolean {
  const type = owner.entity?.type;
  return type === 'Other' || ((type === 'Place' || type === 'Person') && ORGANIZATION_ROLES.has(rolePredicate(role.role)) && !isRegion(owner.entity!.canonical));
}

/** Roles held for a country or body and posted to another: "ambassador to Switzerland", "envoy to the United Nations". */
const POSTED_ROLES = new Set(['ambassador', 'envoy', 'representative', 'delegate', 'emissary', 'consul']);

/** Where the posted role at `r` is posted to: the place or organisation after its "to". */
function postedTo(units: Unit[], r: number): number | undefined {
  if (!POSTED_ROLES.has(rolePredicate((units[r] as RoleUnit).role)) || !isWord(units[r + 1], 'to')) return undefined;
  let k = r + 2;
  while (isClass(units[k], 'det')) k++;
  k = chainEnd(units, k, false);
  const posting = units[k];
  return isNp(posting) && !posting.possessive && (typeOf(posting) === 'Place' || typeOf(posting) === 'Organization') ? k : undefined;
}

/** "the banned VHP": a one-word past participle before a name modifies it. */
function isParticipleModifier(units: Unit[], k: number): boolean {
  const u = units[k];
  return u?.kind === 'verb' && /^\w+ed$/.test(u.label) && isNp(units[k + 1]) && !!(units[k + 1] as NounPhrase).entity;
}

/** The entity a role belongs to, looking right: "president of Ukraine", "minister of Russia's …", "leader of the banned VHP". */
function roleOwnerRight(units: Unit[], r: number, residence = false, personal = false): NounPhrase | undefined {
  const p = ownerPreposition(units, r);
  // "a deputy from Sevastopol", "an official from the ministry": where the holder comes from holds the role too.
  if (!isWord(units[p], ...HELD_AT, 'from')) return undefined;
  let k = p + 1;
  while (isClass(units[k], 'det')) k++;
  if (isParticipleModifier(units, k)) k++;
  k = chainEnd(units, k, false);
  // "chairman of the strongest opposition party, the Croatian Social Liberal Party": a description of
  // an organisation set off before its name.
  k = namedAfterDescription(units, k) ?? k;
  // "an economist at Barclays": whatever a role is held at is an institution, even one we did not know.
  const owner = units[k];
  // "a native of Nyeri": where someone is a native or resident of is a place, whatever its name looked like.
  // "a lawyer for Tom Hayes": a relation to a person is held at that person.
  // "the chief executive of Telegram": a name read as a person's that holds a role only organisations
  // have is an organisation's (heldAtOrganization).
  const role = units[r];
  const employer = role?.kind === 'role' && ORGANIZATION_ROLES.has(rolePredicate(role.role));
  const person = (personal || employer) && owner?.kind === 'np' && owner.entity?.type === 'Person';
  return isNp(owner) && (isInstitution(owner) || describesInstitution(owner) || ((owner.entity?.type === 'Other' || (residence && owner.entity) || person) && !owner.possessive)) ? owner : undefined;
}

/** Where the name is that a description of an organisation at k is set off before ("the opposition party, the HSLS"). */
function namedAfterDescription(units: Unit[], k: number): number | undefined {
  const description = units[k];
  if (!isNp(description) || description.entity || description.pronoun || DESCRIPTIONS.get(description.head) !== 'Organization' || !isWord(units[k + 1], ',')) return undefined;
  let n = k + 2;
  while (isClass(units[n], 'det')) n++;
  const named = units[n];
  return isNp(named) && named.entity && !named.possessive && (named.entity.type === 'Organization' || named.entity.type === 'Other') ? n : undefined;
}

/** "a spokeswoman for the agency": an organisation named before, which discourse resolves the description to. */
function describesInstitution(np: NounPhrase): boolean {
  return np.definite && np.concept === np.head && !np.possessive && DESCRIPTIONS.get(np.head) === 'Organization';
}

/** Roles held only at a company, whose story names it before: "Dumont is chief executive". */
const COMPANY_ROLES = new Set(['chief executive', 'ceo', 'chief financial officer', 'cfo', 'chief operating officer', 'coo', 'managing director', 'co-founder']);

/** A description the text leaves unwritten at a role ("the company" it is held at), which discourse resolves as if written. */
function impliedDescription(role: RoleUnit, noun: string): NounPhrase {
  return { kind: 'np', first: role.first, last: role.last, concept: noun, head: noun, possessive: false, compound: false, definite: true, start: role.start, end: role.start };
}

/** Nouns for any business, which "the company" resolves to whatever its name. */
const COMPANY_NOUNS = new Set(['company', 'firm']);

/**
 * The company the text is about, as owner of a role that names none, which discourse resolves as it
 * would "the company" (an organisation named before, or none), the one the story opened with first:
 * - a company's role: "Dumont is chief executive", "the chief executive, Claire Dumont"; not "a chief
 *   executive", which may be of any company;
 * - a role that "company" qualifies: "a company official", "a firm spokesman"; not "council chairman",
 *   which may be of a council the text never names.
 */
function impliedCompany(units: Unit[], start: number, r: number): NounPhrase | undefined {
  const qualifier = units[start];
  if (start < r && isNp(qualifier) && qualifier.concept === qualifier.head && COMPANY_NOUNS.has(qualifier.head)) return { ...qualifier, definite: true };
  const role = units[r] as RoleUnit;
  let before = r - 1;
  while (isClass(units[before], 'adv')) before--;
  if (!COMPANY_ROLES.has(role.role) || isWord(units[before], 'a', 'an')) return undefined;
  // A title before a name ("Chief Executive Fiona Walsh said") is held at the company the story is about; not
  // one a copula gives ("He will remain chief executive"), which points back to the company last named.
  return isNp(units[r + 1]) ? { ...impliedDescription(role, 'company'), topic: true } : impliedDescription(role, 'company');
}

/** The last words of a country's offices, which a role before a name need not say whose they are: "President Zelensky", "Arts Minister Byrne". */
const NATIONAL_ROLES = new Set(['president', 'minister', 'premier', 'chancellor']);

/**
 * The country a story is filed from, as owner of a national role that names none ("KYIV — President
 * Volodymyr Zelensky said"): news names a foreign leader's country ("Russian President Vladimir
 * Putin") and leaves the home one's unsaid. Discourse resolves it to that country where the story
 * names it, else to nothing, and the role then makes no edge.
 */
function impliedCountry(units: Unit[], r: number): NounPhrase | undefined {
  const role = units[r] as RoleUnit;
  // A title before its holder's name: "named Tom Hale president" may be of anything; "union president
  // David Marsh" is of a body the title names, not of the country.
  // "Nicolas Grau, the economy minister,": so does one set off after its holder's name with "the".
  const setOff = isWord(units[r - 1], 'the') && isWord(units[r - 2], ',') && couldBePerson(units[r - 3] as NounPhrase);
  if (!NATIONAL_ROLES.has(rolePredicate(role.role)) || !(couldBePerson(units[r + 1] as NounPhrase) || setOff)) return undefined;
  const qualifier = units[r - 1];
  if (isPlainNoun(qualifier) && ORGANIZATION_NOUNS.has(qualifier.head)) return undefined;
  return { ...impliedDescription(role, 'country'), home: true };
}

/**
 * The person an active appointing verb gives the role starting at `start`, and the verb's subject, who
 * holds the role when the text names no other owner ("Acme appointed Maria Lopez president").
 */
function appointment(units: Unit[], start: number): { person: NounPhrase; appointer?: NounPhrase } | undefined {
  // "appointed Tomas Berg its new finance director", "named Ana Ruiz as chief executive", "elected Tom
  // Hale to be chairman", "appointed Rachel Reeves as Britain's first female finance minister": an article,
  // adjectives, the role's owner, "as" or "to be" may stand between the person and the role.
  let p = start - 1;
  while (isClass(units[p], 'det') || (isNp(units[p]) && (units[p] as NounPhrase).possessive)) p--;
  if (isWord(units[p], 'as') || (units[p]?.kind === 'verb' && (units[p] as VerbGroup).form === 'infinitive' && (units[p] as VerbGroup).lemma === 'be')) p--;
  let v = p - 1;
  // "named Brian Niccol, the chief executive of Chipotle, as its chairman", "named its operating chief,
  // Scott Boatwright, as chief executive": the person and an aside set off after them, either way round.
  if (isWord(units[p], ',')) {
    let q = p - 1;
    while (q > 0 && !isWord(units[q], ',') && units[q]!.kind !== 'verb') q--;
    const inAside = q + 2 === p && couldBePerson(units[q + 1] as NounPhrase);
    if (!isWord(units[q], ',')) return undefined;
    if (inAside && !couldBePerson(units[q - 1] as NounPhrase)) {
      p = q + 1;
      v = q - 1;
      while (units[v]?.kind === 'role' || isClass(units[v], 'det') || isOwningPronoun(units[v]) || isPlainNoun(units[v])) v--;
    } else {
      p = q - 1;
      v = p - 1;
    }
  }
  const person = units[p];
  // "elected Ohio's Richard Celeste": whose the person is may stand before the name.
  while (isNamedOwner(units[v])) v--;
  const verb = units[v];
  if (!couldBePerson(person as NounPhrase) || (person as NounPhrase).possessive || verb?.kind !== 'verb' || verb.passive || !APPOINTING_LEMMAS.has(verb.lemma)) return undefined;
  const appointer = findSubjects(units, v).find(isInstitution);
  return { person: person as NounPhrase, ...(appointer ? { appointer } : {}) };
}

/**
 * "Liverpool fired manager Arne Slot", "the bank suspended trader Tom Hale": the organisation whose verb of
 * dismissal takes the titled name the role at `start` opens holds the role, where the text names no other owner.
 */
function dismissingEmployer(units: Unit[], start: number, r: number): NounPhrase | undefined {
  let v = start - 1;
  while (isClass(units[v], 'det') || isClass(units[v], 'adv')) v--;
  const verb = units[v];
  if (verb?.kind !== 'verb' || verb.passive || !DISMISSING_LEMMAS.has(verb.lemma) || !couldBePerson(units[r + 1] as NounPhrase)) return undefined;
  return findSubjects(units, v).find((np) => typeOf(np) === 'Organization' && !np.possessive);
}

/** "joined Orion Cloud as chairman", "returned to OpenAI as chief executive": the organisation a verb's object names, before "as" and the role at `start`. */
function joinedAs(units: Unit[], start: number, r: number): NounPhrase | undefined {
  let a = start - 1;
  while (isClass(units[a], 'det')) a--;
  const joined = units[a - 1];
  if (!isWord(units[a], 'as') || !isNp(joined) || joined.possessive || !units.slice(0, a - 1).some((u) => u.kind === 'verb')) return undefined;
  return typeOf(joined) === 'Organization' || heldAtOrganization(joined, units[r] as RoleUnit) ? joined : undefined;
}

/** Offices only a country has, unlike a president or a chancellor, whom a company or a university may have too. */
const COUNTRY_OFFICES = new Set(['minister', 'premier']);

/**
 * The appointer owns the role it gives, but a country's office only where it is the country: "the Labour
 * Party won a landslide, making Keir Starmer prime minister" does not make him the party's prime minister.
 */
function appointerOwns(role: RoleUnit, appointer: NounPhrase | undefined): NounPhrase | undefined {
  return appointer && (!COUNTRY_OFFICES.has(rolePredicate(role.role)) || typeOf(appointer) === 'Place') ? appointer : undefined;
}

/** "its", "their": a possessive pronoun, which owns a role after it as any pronoun stands for its antecedent. */
const isOwningPronoun = (u: Unit | undefined): boolean => isNp(u) && u.possessive && !!u.pronoun;

/** Where the role phrase at `r` starts: before a plain noun that qualifies the role ("news director", "campaign manager"). */
function roleStart(units: Unit[], r: number): number {
  const left = units[r - 1];
  return isNp(left) && !left.entity && !left.possessive && !left.pronoun && !!left.concept ? r - 1 : r;
}

/** Offices "general" follows as an adjective ("director-general", "attorney general"), unlike a rank ("major general"). */
const GENERAL_OFFICES = new Set(['director', 'secretary', 'attorney', 'surgeon', 'governor', 'inspector', 'solicitor', 'procurator', 'prosecutor', 'auditor', 'comptroller', 'consul']);

function rolePredicate(role: string): string {
  const words = role.split(' ').filter((w) => w !== 'of' && w !== 'staff' && w !== 'state');
  if (words.length > 1 && words[words.length - 1] === 'general' && GENERAL_OFFICES.has(words[words.length - 2]!)) words.pop();
  return words[words.length - 1] ?? role;
}

/** How the person holding a role is named. */
type Holding = 'title' | 'apposition' | 'predicate';

interface RoleReading {
  owner: NounPhrase;
  person: NounPhrase;
  holding: Holding;
  label: string;
  predicate: string;
  /** What the role says its owner is, against how its name was read ("a Modesto native", "Fermilab director"). */
  ownerType?: 'Place' | 'Organization';
  /** Where a role held at the owner is posted: "the U.S. ambassador to Japan". */
  posting?: { object: NounPhrase; label: string; predicate: string };
}

/**
 * "Ernest Boyer, a spokesman for reform and president of …", "Pat Lee, a jeweler and president of …":
 * a role coordinated with a role or an occupation set off after a name (the "and" at `and`) is that
 * name's too.
 */
function coordinatedRoleHolder(units: Unit[], and: number): Unit | undefined {
  const setOffBefore = (r: number) => {
    let j = roleStart(units, r) - 1;
    while (isClass(units[j], 'det')) j--;
    return isWord(units[j], ',') ? units[j - 1] : undefined;
  };
  const occupation = units[and - 1];
  const occupied = isPlainNoun(occupation) && !occupation.head.endsWith('s') ? setOffBefore(and - 1) : undefined;
  if (occupied) return occupied;
  let r = and - 1;
  while (r >= 0 && units[r]!.kind !== 'role') {
    if (units[r]!.kind === 'verb' || isWord(units[r], ',', ';', '"') || isClass(units[r], 'sub') || isClass(units[r], 'rel')) return undefined;
    r--;
  }
  return r < 0 ? undefined : setOffBefore(r);
}

/** Who holds the role at `r`, where, and how the sentence says so; undefined when it names no owner or no holder. */
function readRole(units: Unit[], r: number): RoleReading | undefined {
  const role = units[r] as RoleUnit;
  // "…, the Paris prosecutor's office said": a role that qualifies a noun after it is no one's in the sentence.
  if (isPlainNoun(units[r + 1])) return undefined;
  const after = units[ownerPreposition(units, r)];
  const preposition = isWord(after, 'for', 'at', 'with', 'from') ? after.word : 'of';
  // Owner on the left: "U.S. President", "Germany's Defense Minister", "Kremlin spokesman", and "the
  // company's founder", which discourse resolves to the company named before.
  // "U.N. financial spokesman": a qualifying noun may stand between the owner and the role.
  const start = roleStart(units, r);
  // "Bangladesh Prime Minister Sheikh Hasina", "Saudi Foreign Minister Prince Faisal": a title right after
  // another, before the name, is how its holder is addressed; the first says what they hold.
  if (start === r && units[r - 1]?.kind === 'role' && couldBePerson(units[r + 1] as NounPhrase)) return undefined;
  // "Germany's new defence minister", "Louisiana's reform-minded governor": adjectives may stand between the owner and the role.
  let l = start - 1;
  // "Venezuela's chief debt negotiator": a role word may qualify the role too; "Microsoft vice chair and
  // president Brad Smith": or another the holder also holds.
  while (isClass(units[l], 'det') || units[l]?.kind === 'role' || (isWord(units[l], 'and') && units[l - 1]?.kind === 'role') || (units[l]?.kind === 'verb' && (units[l] as VerbGroup).form === 'hyphenated')) l--;
  // "CHP (Republican People's Party) leader Deniz Baykal": the owner's name restated in brackets.
  const bracketed = isWord(units[l], ',') && isNp(units[l - 1]) && (units[l - 1] as NounPhrase).parenthetical ? l - 1 : l;
  // "the country's youngest president", "The Swedish company's founder": a description that points back,
  // bare or qualified, owns the role past adjectives as a name does.
  const describesOwner = (u: Unit | undefined): u is NounPhrase => isNp(u) && u.possessive && !!descriptionType(u);
  const left = isNp(units[bracketed]) && ((units[bracketed] as NounPhrase).entity || isOwningPronoun(units[bracketed]) || describesOwner(units[bracketed])) ? units[bracketed] : units[start - 1];
  const describedOwner = describesOwner(left);
  // "a Modesto native", "the former mayor of Villeurbanne": a role held in a place makes the name it is held at a place.
  const residence = PLACE_ROLES.has(rolePredicate(role.role));
  const residentOf = residence && isNp(left) && left.entity?.type === 'Other' && !left.possessive;
  // "Its chief executive, Priya Natarajan": a possessive pronoun owns the role, resolved like any pronoun.
  const pronounOwner = isNp(left) && left.possessive && left.pronoun === 'thing';
  // "Batiroc's chief executive, Marc Petit", "Anglo American chairman Stuart Chambers": a name owning a role
  // only organisations have is one, however it was read; so is one before such a title of a person named
  // after it ("Rumble chief executive Chris Pavlovski").
  const readAsPerson = isNp(left) && left.entity?.type === 'Person' && (left.possessive || couldBePerson(units[r + 1] as NounPhrase));
  const companyOwner = isNp(left) && (readAsPerson || left.entity?.type === 'Other') && ORGANIZATION_ROLES.has(rolePredicate(role.role));
  // "Putin's lawyer, Neil Hall", "His lawyer, Neil Hall": a relation to a person is that person's.
  const personal = PERSONAL_RELATIONS.has(rolePredicate(role.role));
  const personOwner = personal && isNp(left) && left.possessive && (left.entity?.type === 'Person' || left.pronoun === 'person');
  // "Apple, whose chief executive Tim Cook …", "Trump, whose spokesman …": the relative pronoun owns the
  // role for the name it follows.
  const antecedent = isWord(left, 'whose') && isWord(units[start - 2], ',') ? units[start - 3] : undefined;
  const whoseOwner = isNp(antecedent) && antecedent.entity && !antecedent.possessive ? antecedent : undefined;
  // "Kelly, an American lawyer": after "a", a people's adjective before a relation to a person says where they are
  // from, not whose they are; not a title ("Scottish coach Craig Brown", "Saudi national security adviser …").
  const nationalityOnly = personal && isNp(left) && isDemonym(left) && isWord(units[units.indexOf(left) - 1], 'a', 'an');
  const ownerLeft = isNp(left) && !nationalityOnly && (isInstitution(left) || describedOwner || residentOf || pronounOwner || companyOwner || personOwner) ? left : undefined;
  const ownerRight = roleOwnerRight(units, r, residence, personal);
  // "Middle East correspondent for The Associated Press": a place before the role says what it covers,
  // an organisation after it whom it is held at.
  const coverage = typeOf(ownerLeft) === 'Place' && typeOf(ownerRight) === 'Organization' && preposition !== 'of';
  // "the Republican governor of Texas", "the Democratic chairman of the Senate Intelligence Committee": a
  // name before the role that owns nothing qualifies it, where "of" names whose it is.
  const ofOwner = isWord(after, 'of') && isInstitution(ownerRight) && !!ownerLeft && !ownerLeft.possessive;
  // "his former coach at Torino": a relation to a person a pronoun stands for, held at a body named after it, is the body's.
  const heldAt = personOwner && !!left.pronoun && !!ownerRight && typeOf(ownerRight) !== 'Person';
  let owner: NounPhrase | undefined = whoseOwner ?? (coverage || ofOwner || heldAt ? ownerRight : ownerLeft) ?? ownerRight;
  // "President Emmanuel Macron of France": the owner after the titled name; not "President Lincoln at
  // Ford's Theater", which says where he was.
  // A party there is the holder's, not the role's ("Economy Minister Robert Habeck of the Greens": person-affiliation).
  const titled = units[r + 1];
  const titledOwner = isNp(titled) && couldBePerson(titled) && isWord(units[ownerPreposition(units, r + 1)], 'of') ? roleOwnerRight(units, r + 1) : undefined;
  if (!owner && titledOwner && !isPartyName(titledOwner)) owner = titledOwner;
  const appointed = appointment(units, start);
  owner ??= appointerOwns(role, appointed?.appointer) ?? joinedAs(units, start, r) ?? dismissingEmployer(units, start, r) ?? impliedCompany(units, start, r) ?? impliedCountry(units, r);
  const postedAt = postedTo(units, r);
  const posting = postedAt === undefined ? undefined : (units[postedAt] as NounPhrase);
  if (!owner && !posting) return undefined;
  // "opposition leader of", "news director at": the noun that qualifies the role says which one it is.
  const qualifying = start < r ? (units[start] as NounPhrase).concept : undefined;
  const qualifier = qualifying && !/\d/.test(qualifying) ? `${qualifying} ` : '';
  // "a former European Council president", "ex-Nissan Motor chairman Carlos Ghosn": "former" or "ex" before the
  // owner's name says the role is held no more, as it does right before the role.
  const former = !!ownerLeft && owner === ownerLeft && isWord(units[units.indexOf(ownerLeft) - 1], 'former', 'ex') && !role.role.startsWith('former') ? 'former ' : '';
  const postingRelation = posting && { object: posting, label: `${former}${qualifier}${role.role} to`, predicate: 'posted to' };
  // "the ambassador to Japan, Tom Reed": a role posted somewhere, with no owner named, is read as held there.
  // "Orion Cloud's director for Asia": an owner on the left holds it "of", whatever follows the role.
  const held = owner ? { owner, label: `${former}${qualifier}${role.role} ${owner === ownerLeft ? 'of' : preposition}`, predicate: rolePredicate(role.role) } : { owner: posting!, label: postingRelation!.label, predicate: postingRelation!.predicate };
  const ownerType: RoleReading['ownerType'] = residence && held.owner.entity && held.owner.entity.type !== 'Place' ? 'Place' : heldAtOrganization(held.owner, role) ? 'Organization' : undefined;
  const base = { ...held, ...(ownerType ? { ownerType } : {}), ...(owner && postingRelation ? { posting: postingRelation } : {}) };
  if (appointed) return appointed.person === held.owner ? undefined : { ...base, person: appointed.person, holding: 'predicate' };
  // The person on the right: "President Joe Biden", "Defense Minister, Boris Pistorius", "Ambassador to Japan Tom Reed".
  let k = owner && owner !== titled && owner === roleOwnerRight(units, r) ? units.indexOf(owner) + 1 : r + 1;
  if (postedAt !== undefined && k <= postedAt) k = postedAt + 1;
  // "Hasina flew to India, an Indian official said": a role its own verb follows is that verb's unnamed subject.
  const ownVerb = units[k]?.kind === 'verb' && (units[k] as VerbGroup).form === 'finite';
  if (isWord(units[k], ',')) {
    k++;
    // "Ohio's governor, Democrat Richard Celeste,": a noun before the holder's name describes the holder.
    const described = units[k];
    if (isPlainNoun(described) && !described.head.endsWith('s') && couldBePerson(units[k + 1] as NounPhrase)) k++;
  }
  // "Bangladesh's prime minister, Sheikh Hasina,": a title may stand before the holder's name.
  while (units[k]?.kind === 'role' && couldBePerson(units[k + 1] as NounPhrase)) k++;
  const right = units[k];
  if (couldBePerson(right as NounPhrase)) return right === held.owner ? undefined : { ...base, person: right as NounPhrase, holding: 'title' };
  // "A native of Nyeri, she has pledged …": a role phrase opening the sentence describes its subject.
  const opensSentence = units.slice(0, start).every((u) => isClass(u, 'det'));
  if (opensSentence && isWord(units[k - 1], ',') && isNp(right) && right.pronoun === 'person' && !right.possessive) return { ...base, person: right, holding: 'apposition' };
  // The person on the left: "Boris Pistorius, Germany's defense minister", "Medvedev, who holds … as the deputy chairman of …".
  // "Hal Winter, a Yale University law professor": left of an owner named before the role.
  let j = (owner === left ? units.indexOf(owner) : start) - 1;
  // "Mary Campbell, a former Democratic member of …": a name of unknown kind before the role qualifies it.
  while (isClass(units[j], 'det') || isWord(units[j], 'as') || (j === r - 1 && isNp(units[j]) && (units[j] as NounPhrase).entity?.type === 'Other')) j--;
  // "Sen. Alan Cranston, D-Calif., chairman of …": the party and state stand between.
  const between = units[j - 1];
  if (isWord(units[j], ',') && isNp(between) && between.entity && partyState(between.entity.text) !== undefined && isWord(units[j - 2], ',')) j -= 2;
  const apposed = isWord(units[j], 'and') ? coordinatedRoleHolder(units, j) : units[j - 1];
  // "Ana Ruiz never met Tom Hale, her lawyer said": a role a verb of saying follows, after a clause with a
  // verb of its own, reports that clause; it is set off after no name.
  const reports = ownVerb && REPORTING_LEMMAS.has((units[k] as VerbGroup).lemma) && units.slice(0, j).some((u) => u.kind === 'verb' && u.form === 'finite');
  if ((isWord(units[j], ',') || isWord(units[j], 'and')) && couldBePerson(apposed as NounPhrase) && !reports) return apposed === held.owner ? undefined : { ...base, person: apposed as NounPhrase, holding: 'apposition' };
  if (ownVerb) return undefined;
  for (let v = j; v >= 0; v--) {
    const u = units[v]!;
    if (u.kind === 'verb') {
      // "said the Ohio senator supported …": the role is in the clause the verb reports, not said of its subject.
      if (REPORTING_LEMMAS.has(u.lemma) || SPEECH_LEMMAS.has(u.lemma)) return undefined;
      // "met the chief executive of Vantrex", "threatened its legal representative": a role a verb acts on is
      // someone else's; a copula, "as" ("serves as chairman") or a verb of becoming or of being appointed says
      // the subject holds it.
      const predicated = u.copula || u.lemma === 'be' || HOLDING_LEMMAS.has(u.lemma) || (u.passive && APPOINTING_LEMMAS.has(u.lemma)) || units.slice(v + 1, start).some((x) => isWord(x, 'as'));
      if (!predicated) return undefined;
      // "stepped down as chairman of Halden", "was ousted as mayor": a role its holder leaves is held no more.
      const particle = units[v + 1];
      const lemma = isWord(particle, 'down', 'aside') ? `${u.lemma} ${particle.word}` : u.lemma;
      const leaves = (LEAVING_LEMMAS.has(lemma) || (u.passive && REMOVING_LEMMAS.has(lemma))) && !held.label.startsWith('former');
      const holds = leaves ? { ...base, label: `former ${held.label}` } : base;
      // "kept Yoshimasa Hayashi as chief Cabinet secretary": a person the verb takes right before "as" holds it.
      const as = units.findIndex((x, a) => a > v && a < start && isWord(x, 'as'));
      const object = units[v + 1];
      if (as === v + 2 && isPerson(object as NounPhrase) && !(object as NounPhrase).possessive && !units.slice(as + 1, start).some((x) => isClass(x, 'prep'))) {
        return object === held.owner ? undefined : { ...holds, person: object as NounPhrase, holding: 'predicate' };
      }
      // "Miller is a Wilmington native": what a copula says someone is makes an unknown name a person.
      const subjects = findSubjects(units, v);
      const person = subjects.find(isPerson) ?? (u.copula ? subjects.find((np) => couldBePerson(np) && !np.possessive) : undefined);
      return person && person !== held.owner ? { ...holds, person, holding: 'predicate' } : undefined;
    }
    if (isClass(u, 'sub') || isWord(u, ';', '"')) return undefined;
  }
  return undefined;
}

/** Verbs that say their subject holds the role after them: "became chairman", "remains president". */
const HOLDING_LEMMAS = new Set(['become', 'remain', 'stay', 'continue']);
/** Verbs by which a holder leaves the role "as" names: "stepped down as chairman", "resigned as mayor". */
const LEAVING_LEMMAS = new Set(['step down', 'step aside', 'resign', 'quit', 'retire']);
/** Verbs by which others remove a holder from the role "as" names, in the passive: "was ousted as mayor". */
const REMOVING_LEMMAS = new Set(['oust', 'fire', 'sack', 'remove', 'dismiss', 'depose', 'replace']);

/** A role pattern for one way of naming the holder. */
function rolePattern(name: string, holding: Holding, confidence: number, reason: string): RelationPattern {
  return {
    name,
    anchor: 'role',
    confidence,
    reason,
    namedObject: true,
    distinctEnds: true,
    match(units, r, out) {
      const reading = readRole(units, r);
      if (reading?.holding !== holding) return;
      // A role only organisations have makes its holder's employer one, however the name reads elsewhere;
      // not a place the gazetteer knows ("Dublin-born director Neil Jordan").
      const employer = reading.ownerType === 'Organization' && ORGANIZATION_ROLES.has(reading.predicate) && reading.owner.entity?.canonical === undefined;
      if (reading.ownerType) out.vote(reading.owner, reading.ownerType, employer);
      out.vote(reading.person, 'Person');
      out.relation({ subject: reading.person, object: reading.owner, label: reading.label, predicate: reading.predicate });
      if (reading.posting) out.relation({ subject: reading.person, ...reading.posting });
    },
  };
}

export const roleTitle = rolePattern('role-title', 'title', 0.9, 'a role written before the name of who holds it ("U.S. President Joe Biden")');
export const roleApposition = rolePattern('role-apposition', 'apposition', 0.9, 'a role set off after a name ("Boris Pistorius, Germany\'s defence minister")');
export const rolePredicateOf = rolePattern('role-predicate', 'predicate', 0.8, 'a role the clause says its subject holds ("Medvedev, who serves as deputy chairman of …")');

export const roleApposedName: RelationPattern = {
  name: 'role-apposed-name',
  anchor: 'role',
  confidence: 0.75,
  reason: 'a name set off before a role is a person\'s ("Drazen Budisa, chairman of the party")',
  match(units, r, out) {
    let a = roleStart(units, r) - 1;
    while (isClass(units[a], 'det')) a--;
    const apposed = isWord(units[a], ',') ? units[a - 1] : undefined;
    if (isNp(apposed) && apposed.entity?.type === 'Other' && !apposed.possessive) out.vote(apposed, 'Person');
  },
};

export const ownedName: RelationPattern = {
  name: 'owned-name',
  anchor: 'role',
  confidence: 0.85,
  reason: 'what someone is the owner of is no person ("the owner of Louis Vuitton and Dior")',
  match(units, r, out) {
    const role = units[r] as RoleUnit;
    if (role.role.split(' ').at(-1) !== 'owner' || !isWord(units[r + 1], 'of') || !isNp(units[r + 2])) return;
    // "The owner of Louis Vuitton and Dior said": the list ends the owner's phrase, whose verb follows it.
    for (const owned of coordinatedRight(units, r + 2, undefined, true)) if (owned.entity && !owned.possessive && (typeOf(owned) === 'Person' || typeOf(owned) === 'Other')) out.vote(owned, 'Organization', true);
  },
};

/** Relations a country or a body holds to another, said as a role: "Poland, a NATO member", "Norway, a member of the alliance". */
const BODY_ROLES = new Set(['member', 'founder']);

export const memberApposition: RelationPattern = {
  name: 'member-apposition',
  anchor: 'role',
  confidence: 0.8,
  reason: 'a country or an organisation set off before a membership of another ("Poland, a NATO member", "Norway, a member of the alliance")',
  distinctEnds: true,
  match(units, r, out) {
    const role = units[r] as RoleUnit;
    if (!BODY_ROLES.has(role.role)) return;
    const left = units[r - 1];
    const owner = isNp(left) && !left.possessive && typeOf(left) === 'Organization' ? left : roleOwnerRight(units, r);
    let a = owner === left ? r - 2 : r - 1;
    while (isClass(units[a], 'det')) a--;
    const member = units[a - 1];
    if (!owner || typeOf(owner) !== 'Organization' || !isWord(units[a], ',') || !isNp(member) || member.possessive || !['Place', 'Organization'].includes(typeOf(member) ?? '')) return;
    out.relation({ subject: member, object: owner, label: `${role.role} of`, predicate: 'member' });
  },
};

export const staffAt: RelationPattern = {
  name: 'staff-at',
  anchor: 'np',
  confidence: 0.9,
  reason: 'where a group of employees works is an organisation ("analysts at Jefferies", "economists at Barclays")',
  naming: true,
  match(units, k, out) {
    const staff = units[k] as NounPhrase;
    if (staff.entity || staff.concept !== staff.head || !STAFF_NOUNS.has(staff.head) || !isWord(units[k + 1], 'at')) return;
    const employer = units[k + 2];
    // As decisive as a role only organisations have (rolePattern): the tagger reads many a bank's name as a place or a person's.
    if (isNp(employer) && employer.entity && !employer.entity.canonical && !employer.possessive) out.vote(employer, 'Organization', true);
  },
};

export const appointedAs: RelationPattern = {
  name: 'appointed-as',
  anchor: 'verb',
  confidence: 0.75,
  reason: 'what a verb of appointing makes someone at an institution, said with a noun that is no title ("was named publisher of the Valley Courier")',
  namedObject: true,
  distinctEnds: true,
  match(units, v, out) {
    const verb = units[v] as VerbGroup;
    if (!APPOINTING_LEMMAS.has(verb.lemma)) return;
    let n = v + 1;
    const person = verb.passive ? findSubjects(units, v).find(couldBePerson) : (units[n++] as NounPhrase);
    if (!couldBePerson(person) || person.possessive) return;
    if (isWord(units[n], 'as')) n++;
    while (isClass(units[n], 'det') || isOwningPronoun(units[n])) n++;
    // A title is the role patterns' (appointment); a plain noun is read here.
    const noun = units[n];
    const prep = units[n + 1];
    if (!isPlainNoun(noun) || noun.head.endsWith('s') || !isWord(prep, 'of', 'at', 'for')) return;
    let o = n + 2;
    while (isClass(units[o], 'det')) o++;
    const owner = units[chainEnd(units, titleEnd(units, o), false)];
    if (!isNp(owner) || owner.possessive || !isInstitution(owner)) return;
    out.vote(person, 'Person');
    out.relation({ subject: person, object: owner, label: `${noun.concept} ${prep.word}`, predicate: relationalPredicate(noun.head) });
  },
};

/** A country the gazetteer knows. */
const isCountry = (np: NounPhrase): boolean => typeOf(np) === 'Place' && PLACES.countries.has(np.entity?.canonical ?? '');

export const occupationApposition: RelationPattern = {
  name: 'occupation-apposition',
  anchor: 'np',
  confidence: 0.65,
  reason: 'an occupation held at an institution, or a relation to another person, set off after a name or said of it ("Chris Herr, shearer for the Wool Wizards", "Sheinbaum is a protege of Lopez Obrador")',
  naming: true,
  match(units, k, out) {
    const person = units[k] as NounPhrase;
    const organization = typeOf(person) === 'Organization';
    // A plain copula only: "may be an ally of", "is not a member of" say no such thing.
    const plainCopula = (u: Unit | undefined) => u?.kind === 'verb' && u.copula && !u.negated && /^(?:is|are|was|were|has been|had been|have been)$/.test(u.label);
    // "His running mate, Gibran Raka, is the eldest son of …": a name set off before the copula is its subject.
    const setOffSubject = isWord(units[k - 1], ',') && isWord(units[k + 1], ',') && plainCopula(units[k + 2]);
    const link = units[k + 1];
    const state = isCountry(person);
    if (!(couldBePerson(person) || organization || state) || person.pronoun || person.possessive || !(isWord(link, ',') || plainCopula(link))) return;
    let j = setOffSubject ? k + 3 : k + 2;
    while (isClass(units[j], 'det')) j++;
    const noun = units[j];
    // "an ecologist and entomologist at Cornell University": the last of coordinated occupations takes the preposition;
    // "assistant for health at the Department …": so does an occupation's own complement.
    let p = j + 1;
    while (isWord(units[p], 'and') && isNp(units[p + 1]) && !(units[p + 1] as NounPhrase).entity) p += 2;
    const complement = units[p + 1];
    if (isWord(units[p], 'for', 'of') && isNp(complement) && !complement.entity && !complement.pronoun && isWord(units[p + 2], 'at', 'with')) p += 2;
    const prep = units[p];
    // "a former aide to ex-President Alberto Fernandez": one who serves a person is theirs "to".
    const serving = isWord(prep, 'to') && isNp(noun) && PERSONAL_RELATIONS.has(noun.head);
    if (!isNp(noun) || !noun.concept || noun.possessive || noun.head.endsWith('s') || prep?.kind !== 'word' || !(HELD_AT.includes(prep.word) || serving)) return;
    // "the assassin of President Abraham Lincoln": the other end may carry a title.
    const o = chainEnd(units, titleEnd(units, p + 1), false);
    // "a physiologist with the USDA's research service": a unit of an institution is the institution's.
    const unitOf = units[o - 1];
    const owner = isNp(unitOf) && unitOf.possessive && typeOf(unitOf) === 'Organization' && isPlainNoun(units[o]) ? unitOf : units[o];
    if (!isNp(owner) || !owner.entity || (owner.possessive && owner !== unitOf)) return;
    // "Fjordline Data, a smaller rival of Brightwater": one organisation related to another; "OpenAI, the maker
    // of ChatGPT": or to what it makes.
    if (organization) {
      const made = MAKING_TRADES.has(noun.head) && typeOf(owner) === 'Other';
      if (ORGANIZATION_RELATIONS.has(noun.head) && (typeOf(owner) === 'Organization' || made)) out.relation({ subject: person, object: owner, label: `${noun.head} ${prep.word}`, predicate: noun.head });
      return;
    }
    // "China, a close ally of Pakistan": one state related to another.
    if (state) {
      if (STATE_RELATIONS.has(noun.head) && isCountry(owner)) out.relation({ subject: person, object: owner, label: `${noun.head} ${prep.word}`, predicate: noun.head });
      return;
    }
    const personal = isPerson(owner) && PERSONAL_RELATIONS.has(noun.head) && prep.word !== 'with';
    if (!isInstitution(owner) && !personal) return;
    // "Cardenas, candidate of the PRD": a name with an occupation held at an institution is a person's.
    out.vote(person, 'Person');
    out.relation({ subject: person, object: owner, label: `${noun.head} ${prep.word}`, predicate: relationalPredicate(noun.head) });
  },
};

export const apposedOrganizationNoun: RelationPattern = {
  name: 'apposed-organization-noun',
  anchor: 'np',
  confidence: 0.65,
  reason: 'a name set off before a noun for an organisation that another organisation modifies ("Fjordline, a Siemens subsidiary", "Fermilab, the Energy Department laboratory")',
  naming: true,
  match(units, k, out) {
    const named = units[k] as NounPhrase;
    if (!named.entity || named.possessive || typeOf(named) === 'Person' || !isWord(units[k + 1], ',')) return;
    // An article opens the apposition: "for Chechnya, Interfax news agency said" is a new clause.
    if (!isWord(units[k + 2], 'a', 'an', 'the')) return;
    let j = k + 3;
    while (isClass(units[j], 'det')) j++;
    const owner = units[j];
    if (!isNp(owner) || typeOf(owner) !== 'Organization' || owner.possessive) return;
    // "a former al Qaeda affiliate": a tie held no more, as "former" says of a role.
    const former = isWord(units[j - 1], 'former', 'ex') ? 'former ' : '';
    // "the Energy Department laboratory": the noun joined the name's phrase; "a Siemens subsidiary": it follows.
    const after = units[j + 1];
    const joined = owner.last > owner.entity!.last;
    const noun = joined ? owner.head : isNp(after) && !after.entity && after.concept === after.head ? after.head : undefined;
    if (!noun || !ORGANIZATION_NOUNS.has(noun) || PERSON_TRADE_NOUNS.has(noun) || units[joined ? j + 1 : j + 2]?.kind === 'verb') return;
    out.vote(named, 'Organization');
    out.relation({ subject: named, object: owner, label: `${former}${noun} of`, predicate: noun });
  },
};

/**
 * The people the occupation at `n`, modified by the name at `k`, belongs to: right after it ("Airbus
 * engineers Claire Dumont and Yusuf Arslan"), or set off before the name. `holds` says who may hold it.
 */
function occupationHolders(units: Unit[], k: number, n: number, plural: boolean, holds: (np: NounPhrase | undefined) => boolean = couldBePerson): NounPhrase[] {
  const people: NounPhrase[] = [];
  for (let j = n + 1; holds(units[j] as NounPhrase) && !(units[j] as NounPhrase).possessive; j += 2) {
    people.push(units[j] as NounPhrase);
    if (!plural || !isWord(units[j + 1], 'and', ',')) break;
  }
  // "hired Sarah Chen, the ChatGPT maker said": a description that a verb of saying follows is that verb's subject
  // (not "Savoi Wright, a California businessman detained in October").
  const says = units[n + 1];
  if (people.length || plural || (says?.kind === 'verb' && REPORTING_LEMMAS.has(says.lemma))) return people;
  let j = k - 1;
  while (isClass(units[j], 'det')) j--;
  const before = units[j - 1];
  return isWord(units[j], ',') && holds(before as NounPhrase) && !(before as NounPhrase).possessive ? [before as NounPhrase] : [];
}

export const modifiedCompanyRelation: RelationPattern = {
  name: 'modified-company-relation',
  anchor: 'np',
  confidence: 0.7,
  reason: 'an organisation modifying a noun only organisations are ("Denso, a Toyota affiliate", "Orion Cloud, a Google subsidiary")',
  naming: true,
  match(units, k, out) {
    const owner = units[k] as NounPhrase;
    const noun = units[k + 1];
    if (typeOf(owner) !== 'Organization' || owner.possessive || !isNp(noun) || noun.entity || !noun.concept || noun.possessive) return;
    const relation = singularNoun(noun.head);
    if (!COMPANY_ONLY_RELATIONS.has(relation)) return;
    for (const company of occupationHolders(units, k, k + 1, noun.head !== relation, (np) => !!np?.entity)) {
      out.vote(company, 'Organization', true);
      out.relation({ subject: company, object: owner, label: `${relation} of`, predicate: relationalPredicate(relation) });
    }
  },
};

export const modifiedOccupation: RelationPattern = {
  name: 'modified-occupation',
  anchor: 'np',
  confidence: 0.65,
  reason: 'a place or an organisation modifying a noun for a person ("Richard Taylor, an Atlanta architect", "Google engineer Jane Doe")',
  naming: true,
  match(units, k, out: PatternOutput) {
    const owner = units[k] as NounPhrase;
    // "Labor Party (PT) candidate Cecilia Soto": the owner's name restated in brackets stands between.
    const restated = isWord(units[k + 1], ',') && isNp(units[k + 2]) && (units[k + 2] as NounPhrase).parenthetical && isWord(units[k + 3], ',');
    const noun = units[restated ? k + 4 : k + 1];
    if (!isInstitution(owner) || owner.possessive || !isNp(noun) || !noun.actor || !noun.concept || noun.possessive || RESIDENCE_ROLES.has(noun.head)) return;
    // "a Toyota affiliate" is a company's (modified-company-relation).
    if (COMPANY_ONLY_RELATIONS.has(singularNoun(noun.head))) return;
    // "a Harvard law professor": a noun before a role qualifies the role, which the role patterns read.
    const n = units.indexOf(noun);
    if (units[n + 1]?.kind === 'role') return;
    const place = typeOf(owner) === 'Place';
    for (const person of occupationHolders(units, k, n, noun.head.endsWith('s'))) {
      out.vote(person, 'Person');
      // "Airbus engineers Claire Dumont and Yusuf Arslan": each is an engineer.
      const occupation = noun.concept.replace(/\S+$/, singularNoun);
      const position = singularNoun(noun.head);
      // "Norway midfielder Sander Berge": a player of a country plays for its team, and may live anywhere.
      if (place && PLAYING_POSITIONS.has(position)) out.relation({ subject: person, object: owner, label: `${occupation} for`, predicate: position });
      // "British novelist Ian McEwan": a people's adjective says where someone is from.
      else if (place && isDemonym(owner)) out.relation({ subject: person, object: owner, label: `${occupation} from`, predicate: 'from' });
      else out.relation({ subject: person, object: owner, label: `${occupation} ${place ? 'in' : 'at'}`, predicate: place ? 'based in' : position });
    }
  },
};

/** The name a relational noun stands beside: "its largest investor, the Singapore state fund Temasek". */
function namedAfter(units: Unit[], k: number): NounPhrase | undefined {
  let j = k;
  if (isWord(units[j], ',')) j++;
  // "Duterte's daughter, Vice President Sara Duterte": past a title before the name.
  const named = units[chainEnd(units, titleEnd(units, j))];
  return isNp(named) && named.entity && !named.possessive ? named : undefined;
}

export const possessiveRelation: RelationPattern = {
  name: 'possessive-relation',
  distinctEnds: true,
  anchor: 'np',
  confidence: 0.75,
  reason: 'a name given as someone\'s investor, candidate, agent or rival ("its largest investor, Temasek", "Labour\'s candidate, Sunita Kaur")',
  naming: true,
  match(units, k, out) {
    const owner = units[k] as NounPhrase;
    const noun = units[k + 1];
    if (!owner.possessive || !(owner.entity || owner.pronoun) || !isNp(noun) || noun.entity || !noun.concept || !RELATIONAL_NOUNS.has(noun.head)) return;
    const named = namedAfter(units, k + 2);
    if (!named || named === owner) return;
    if (PERSONAL_RELATIONS.has(noun.head) && !ORGANIZATION_RELATIONS.has(noun.head)) out.vote(named, 'Person');
    voteCompany(out, named, owner, noun);
    out.relation({ subject: named, object: owner, label: `${noun.head} of`, predicate: relationalPredicate(noun.head) });
  },
};

/** "Visa's closest rival, Mastercard": what an organisation's rival or unit is named is an organisation, whatever the tagger reads. */
function voteCompany(out: PatternOutput, named: NounPhrase, owner: NounPhrase, noun: NounPhrase): void {
  if (COMPANY_ONLY_RELATIONS.has(noun.head) && typeOf(owner) === 'Organization') out.vote(named, 'Organization', true);
}

/** Nouns for a work, and what its maker did: "her novel", "Spielberg's film". */
const WORK_NOUNS: ReadonlyMap<string, string> = new Map([
  ['novel', 'write'], ['book', 'write'], ['memoir', 'write'], ['biography', 'write'], ['play', 'write'], ['poem', 'write'], ['song', 'write'],
  ['film', 'make'], ['movie', 'make'], ['documentary', 'make'], ['album', 'record'], ['painting', 'paint'],
]);

export const possessiveWork: RelationPattern = {
  name: 'possessive-work',
  anchor: 'np',
  confidence: 0.7,
  reason: 'a work named as someone\'s own ("her first novel, “The Harbour Lights”", "Spielberg\'s film Jaws")',
  naming: true,
  match(units, k, out) {
    const owner = units[k] as NounPhrase;
    const noun = units[k + 1];
    if (!owner.possessive || !(isPerson(owner) || owner.pronoun === 'person') || !isNp(noun) || noun.entity || !noun.concept) return;
    const predicate = WORK_NOUNS.get(noun.head);
    // A title set off by a comma or quotation marks, or none: "her novel, “The Harbour Lights”", "his film Jaws".
    let n = k + 2;
    while (isWord(units[n], ',', '"')) n++;
    const work = units[n];
    if (!predicate || !isNp(work) || !work.entity || work.possessive || typeOf(work) === 'Person' || typeOf(work) === 'Place') return;
    out.relation({ subject: owner, object: work, label: noun.head, predicate });
  },
};

export const possessiveDescribedName: RelationPattern = {
  name: 'possessive-described-name',
  distinctEnds: true,
  anchor: 'np',
  confidence: 0.7,
  reason: 'a place or an organisation introduced as a country\'s ("Kenya\'s main opposition coalition, the Umoja Alliance")',
  naming: true,
  match(units, k, out) {
    const owner = units[k] as NounPhrase;
    const noun = units[k + 1];
    if (!owner.possessive || typeOf(owner) !== 'Place' || !isNp(noun) || noun.entity || !noun.concept || RELATIONAL_NOUNS.has(noun.head) || !isWord(units[k + 2], ',')) return;
    const named = namedAfter(units, k + 2);
    const type = typeOf(named);
    if (named && (type === 'Organization' || type === 'Place')) out.relation({ subject: named, object: owner, label: `${noun.concept} of`, predicate: type === 'Place' ? 'located in' : 'based in' });
  },
};

/**
 * "X, Y's N" or "X is Y's N": the possessive and its noun after a name, set off or after a copula
 * ("Paulo Mendes, his agent", "DNB, Norway's largest bank", "Antwerp is Europe's main entry point").
 */
function possessiveDescription(units: Unit[], k: number): { owner: NounPhrase; noun: NounPhrase } | undefined {
  const link = units[k + 1];
  if (!(isWord(link, ',') || (link?.kind === 'verb' && link.copula))) return undefined;
  let j = k + 2;
  while (isClass(units[j], 'det') || isClass(units[j], 'adv')) j++;
  const owner = units[j];
  let n = j + 1;
  while (isClass(units[n], 'det')) n++;
  const noun = units[n];
  if (!isNp(owner) || !owner.possessive || !(owner.entity || owner.pronoun) || !isNp(noun) || noun.entity || !noun.concept || noun.possessive) return undefined;
  // "China is Brazil's largest trading partner": not a phrase that runs on into a word compromise left out of it.
  if (units[n + 1]?.kind === 'role') return undefined;
  // "… a stake in Commerzbank, Italy's second-biggest bank said": nor one that reports the clause the name ends.
  if (isWord(link, ',') && reportingAfterClause(units, n, k + 1)) return undefined;
  return { owner, noun };
}

export const apposedPossessiveRelation: RelationPattern = {
  name: 'apposed-possessive-relation',
  distinctEnds: true,
  anchor: 'np',
  confidence: 0.75,
  reason: 'a name set off as, or said to be, someone\'s investor, agent or rival ("Paulo Mendes, his agent")',
  naming: true,
  match(units, k, out) {
    const named = units[k] as NounPhrase;
    const found = named.entity && !named.possessive ? possessiveDescription(units, k) : undefined;
    if (!found || !RELATIONAL_NOUNS.has(found.noun.head)) return;
    voteCompany(out, named, found.owner, found.noun);
    out.relation({ subject: named, object: found.owner, label: `${found.noun.head} of`, predicate: relationalPredicate(found.noun.head) });
  },
};

export const apposedPossessiveDescription: RelationPattern = {
  name: 'apposed-possessive-description',
  distinctEnds: true,
  anchor: 'np',
  confidence: 0.7,
  reason: 'a place or an organisation described as a country\'s or a region\'s ("DNB, Norway\'s largest bank", "Antwerp is Europe\'s main entry point")',
  naming: true,
  match(units, k, out) {
    const named = units[k] as NounPhrase;
    const type = typeOf(named);
    const found = named.entity && !named.possessive && (type === 'Organization' || type === 'Place') ? possessiveDescription(units, k) : undefined;
    // "Canada, Mexico's partners in …": a relation, in the plural too, locates nothing.
    if (!found || RELATIONAL_NOUNS.has(singularNoun(found.noun.head)) || typeOf(found.owner) !== 'Place') return;
    out.relation({ subject: named, object: found.owner, label: `${found.noun.concept} of`, predicate: type === 'Place' ? 'located in' : 'based in' });
  },
};
