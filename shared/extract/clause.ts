/** Finding the arguments of a verb in a unit sequence: its subject(s) to the left, its object(s) to the right. */
import { ADVERBIAL_OPENERS, AGENT_NOUNS, APPOINTING_LEMMAS, ARMED_MEANS, CALENDAR_WORDS, CLAUSE_OPENERS, CLAUSE_TAKING_LEMMAS, CURRENCIES, DECISION_JUDGING_LEMMAS, DECISION_NOUNS, GIVING_LEMMAS, LIGHT_NOUNS, LOCATING_LEMMAS, MEANS_NOUNS, MEASURE_NOUNS, MEMBER_NOUNS, MODALS, NAMING_LEMMAS, NO_PLACE_PATIENT_LEMMAS, NOMINALIZATIONS, OBJECT_CONTROL_LEMMAS, OBJECT_PREPOSITIONS, PERMISSION_NOUNS, PLURAL_AUXILIARIES, PREPOSITION_NOUNS, PROPOSAL_NOUNS, QUANTIFIERS, REPORTING_LEMMAS, SPEECH_LEMMAS, REQUESTING_LEMMAS, SENDING_LEMMAS, SUCCESSION_LEMMAS, TIME_UNITS, UNDERTAKING_NOUNS } from './lexicon/words';
import { ruleLemma, singularNoun } from './lexicon/lemma';
import { isPlaceWithRegion, isRegion } from './lexicon/places';
import { ORGANIZATION_NOUNS, PARTY_MEMBERS } from './lexicon/organizations';
import { PERSONAL_RELATIONS, RELATIONAL_NOUNS } from './lexicon/roles';
import { beforePlaceModifier, descriptionType, isClass, isDemonym, isNamedOwner, isNp, isWord, nationalityBefore, type NounPhrase, type Unit, type VerbGroup } from './units';

export interface Argument {
  np: NounPhrase;
  /** Preposition that introduced it ("from" in "withdrew from the talks"). */
  prep?: string;
  /** Extra words for the label ("strikes on" in "launched strikes on Crimea"). */
  via?: string;
}

/**
 * The head of a chain of noun phrases: "Russia's Security Council" → Security Council,
 * "London ceasefire talks" → ceasefire talks (a name used as a noun adjunct).
 */
export function chainEnd(units: Unit[], k: number, adjuncts = true): number {
  let j = k;
  for (;;) {
    const cur = units[j];
    // "20 Indian and four Chinese troops": demonyms "and" joins qualify the noun after the last of them.
    if (isNp(cur) && isDemonym(cur) && isWord(units[j + 1], 'and')) {
      let m = j + 2;
      while (isClass(units[m], 'det')) m++;
      const end = isNp(units[m]) && isDemonym(units[m] as NounPhrase) ? chainEnd(units, m, adjuncts) : m;
      if (end > m && !(units[end] as NounPhrase).entity) return end;
    }
    // "its fourth Premier League title": what an owner owns may have its own modifiers.
    let n = j + 1;
    while (isNp(cur) && cur.possessive && isClass(units[n], 'det')) n++;
    // "U.S. rival Corstone": a place before a relational noun compromise read as an adjective qualifies the name after it.
    const relation = units[n];
    const placeQualified = isNp(cur) && cur.entity?.type === 'Place' && !cur.possessive && isClass(relation, 'det') && RELATIONAL_NOUNS.has(relation.word) && !!(units[n + 1] as NounPhrase | undefined)?.entity;
    if (placeQualified) n++;
    const next = units[n];
    if (!isNp(cur) || !isNp(next)) return j;
    // "by Oswald acting alone": a lone -ing word after a name is a participle, not the head it modifies;
    // after a place's it is the activity there ("supports U.S. manufacturing").
    const participle = next.head === next.concept && next.head.endsWith('ing') && cur.entity?.type !== 'Place';
    const adjunct = adjuncts && !!cur.entity && next.compound && !next.entity && cur.entity.type !== 'Weapon' && !participle;
    // "his neighbour Paul Jones", "the mining company Minpeco": a singular common noun in apposition to a name;
    // "beat holders Real Madrid": a plural one too, before an organisation's, which a side's title is.
    const apposed = !!cur.concept && !cur.possessive && (!cur.head.endsWith('s') || next.entity?.type === 'Organization') && !!next.entity && !next.possessive;
    // "to settle a U.S. criminal charge": a name after "a" modifies the noun that follows it.
    const indefinite = adjuncts && j === k && isWord(units[k - 1], 'a', 'an') && !!cur.entity && !cur.possessive && !next.entity && !next.possessive;
    // "the use of U.S. ATACMS": the name before a weapon's says who makes it.
    const maker = !!cur.entity && cur.entity.type !== 'Weapon' && next.entity?.type === 'Weapon';
    if (!cur.possessive && !adjunct && !apposed && !indefinite && !maker && !placeQualified && !nationalityBefore(units, j)) return j;
    j = n;
  }
}

/** Noun phrases coordinated to the left of position k (inclusive): "Rubio and Witkoff". */
function coordinatedLeft(units: Unit[], k: number): NounPhrase[] {
  const out = [units[k] as NounPhrase];
  // "Apple, Alphabet's Google and Microsoft", "Assad and his family": an owner's possessive modifies the noun
  // after it, as a title does. "Microsoft and rivals Amazon and Alphabet": so does a bare plural for what the
  // names after it are; not a singular, which may be an item of its own ("Art historian and teacher Sydney
  // Freedberg"), unless a possessive pronoun owns it ("Hezbollah and its ally Amal").
  const ownerPronoun = (u: Unit | undefined) => isNp(u) && u.possessive && u.pronoun !== undefined;
  const kindOfNames = (j: number) => isPlainNoun(units[j]) && ((units[j]!.compound && units[j]!.head.endsWith('s')) || ownerPronoun(units[j - 1])) && !!(units[j + 1] as NounPhrase | undefined)?.entity;
  const skipModifiers = (j: number) => {
    while (isClass(units[j], 'det') || units[j]?.kind === 'role' || isNamedOwner(units[j]) || ownerPronoun(units[j]) || kindOfNames(j)) j--;
    return j;
  };
  let j = skipModifiers(k - 1);
  // "A native of Nyeri, Wanjiru …": a list ends in "and", "or" or "nor"; a comma alone sets something off.
  // "Arkline founder and chairman Lena Fischer": an "and" between titles joins the titles of one name.
  if (!isWord(units[j], 'and', 'or', 'nor') || (units[j - 1]?.kind === 'role' && units[j + 1]?.kind === 'role')) return out;
  // "his family" joins a name that stands free, not an object's or a complement's noun ("has three 40-homer
  // seasons and his 121 RBI broke …", "Leroy Ivy of Oxford and his brother").
  if (units.slice(j + 1, k).some(ownerPronoun)) {
    const left = skipModifiers(j - 1);
    // "her Morena party and its allies": a name may qualify the noun that stands free.
    const adjunct = units[left - 1];
    const qualified = isNp(adjunct) && !!adjunct.entity && !adjunct.possessive && chainEnd(units, left - 1) === left;
    const start = qualified ? left - 1 : left;
    const governor = units[titleStart(units, start) - 1];
    if (!isNp(units[left]) || !((units[left] as NounPhrase).entity || qualified) || governor?.kind === 'verb' || isWord(governor, 'of')) return out;
  }
  // "Kestia, backed by Vostra, and Orion signed …": past a participle's phrase set off after the first.
  const past = phraseBeforeParticipleAside(units, j);
  if (past >= 0) {
    out.unshift(units[past] as NounPhrase);
    return out;
  }
  // Not past a phrase that opens the sentence: "In Kyiv, Russia and Ukraine signed …".
  while (j > 0 && isWord(units[j], 'and', 'or', 'nor', ',') && isNp(units[skipModifiers(j - 1) + 0]) && !(units[skipModifiers(j - 1)] as NounPhrase).possessive && !(isWord(units[j], ',') && closesOpeningPhrase(units, skipModifiers(j - 1)))) {
    j = skipModifiers(j - 1);
    out.unshift(units[j] as NounPhrase);
    j = skipModifiers(j - 1);
  }
  return out;
}

/**
 * Where the phrase of the name at k begins, past the titles before it that titleEnd skips: "his
 * spokeswoman Kira Yarmysh", "Edison spokesman Kevin Kelly", "Phoenix newspaper reporter Don Bolles".
 */
export function titleStart(units: Unit[], k: number): number {
  let j = k;
  if (units[j - 1]?.kind === 'role') {
    j--;
    if (isNp(units[j - 1])) j--;
    else if (isPlainNoun(units[j - 1]) && isNp(units[j - 2])) j -= 2;
  }
  if (isClass(units[j - 1], 'det')) j--;
  return titleEnd(units, j) === k ? j : k;
}

/** Words that open a tensed clause's verb group: modals and the auxiliaries of tense. */
const CLAUSE_AUXILIARIES = new Set([...MODALS, 'is', 'are', 'was', 'were', 'has', 'have', 'had']);

/** Skips what titles a name: determiners, roles and a role's owner ("killed President Kennedy", "by Modesto native George Lucas"). */
export function titleEnd(units: Unit[], k: number): number {
  for (;;) {
    // "killed the company's chief executive, Tom Hale,", "the British colonial minister, Lord Moyne": a role set off before its holder's name.
    const setOff = roleSetOffBeforeHolder(units, k);
    if (setOff > k) k = setOff;
    else if (isClass(units[k], 'det') || (units[k]?.kind === 'role' && isNp(units[k + 1]))) k++;
    else if (isNp(units[k]) && units[k + 1]?.kind === 'role' && isNp(units[k + 2])) k += 2;
    // "Phoenix newspaper reporter Don Bolles": a plain noun may qualify the role between its owner and it.
    else if (isNp(units[k]) && isPlainNoun(units[k + 1]) && units[k + 2]?.kind === 'role' && isNp(units[k + 3])) k += 3;
    // "by former Airbus engineers Claire Dumont and Yusuf Arslan": an occupation at a named place titles the names after it.
    else if (isNp(units[k]) && (units[k] as NounPhrase).entity && isActor(units[k + 1]) && isNp(units[k + 2]) && (units[k + 2] as NounPhrase).entity) k += 2;
    else if (isActor(units[k]) && isNp(units[k + 1]) && (units[k + 1] as NounPhrase).entity?.type === 'Person') k++;
    // "losing to Republican Ronald Reagan": a party's member is titled by it.
    else if (isNp(units[k]) && PARTY_LABELS.has((units[k] as NounPhrase).head) && isNp(units[k + 1]) && (units[k + 1] as NounPhrase).entity?.type === 'Person') k++;
    else return k;
  }
}

/** Words for a party's member, or for none, that news puts before the name ("Republican Ronald Reagan", "independent Bernie Sanders"). */
const PARTY_LABELS = new Set([...PARTY_MEMBERS, 'independent']);

/** Where the person's name is that a role phrase starting at k (its owner, modifiers, the role) is set off before with a comma; else k. */
function roleSetOffBeforeHolder(units: Unit[], k: number): number {
  let r = k;
  // "sentenced Mike Sonko's deputy, Anne Kananu,": a person owns a role only as a possessive.
  if (isNp(units[r]) && ((units[r] as NounPhrase).entity?.type !== 'Person' || (units[r] as NounPhrase).possessive)) r++;
  while (isClass(units[r], 'det')) r++;
  const holder = units[r + 2];
  return units[r]?.kind === 'role' && isWord(units[r + 1], ',') && isNp(holder) && holder.entity?.type === 'Person' ? r + 2 : k;
}

/** Nouns for an act a maker named by "by" or "from" then carries out: not an order, which others carry out. */
const MAKERS_ACTS = new Set([...DECISION_NOUNS].filter((noun) => noun !== 'order'));

/**
 * "a proposal from Turkey to host talks", "an offer by Siemens to buy …", "a decision by Justice Moraes to
 * suspend X": the noun for an offer or a decision before the infinitive at v, and its maker, who acts.
 */
export function proposalBefore(units: Unit[], v: number): { proposal: NounPhrase; maker: NounPhrase } | undefined {
  const maker = units[v - 1];
  if (!isNp(maker) || !maker.entity) return undefined;
  // "a proposal by U.S. President Donald Trump to send …": the maker's titles may stand after the preposition.
  let by = v - 2;
  while (by > 0 && !isWord(units[by], 'from', 'by') && (isNp(units[by]) || isClass(units[by], 'det') || units[by]?.kind === 'role')) by--;
  const proposal = units[by - 1];
  return isWord(units[by], 'from', 'by') && titleEnd(units, by + 1) === v - 1 && isNp(proposal) && MAKERS_ACTS.has(proposal.head) ? { proposal, maker } : undefined;
}

/**
 * The object of the verb whose "as" phrase ends right before the infinitive at v: "chose Grace Wanjiru,
 * a former judge of the Court of Appeal, as its candidate to challenge …", "named Tom Hale as envoy to
 * negotiate …".
 */
export function objectChosenAs(units: Unit[], v: number): NounPhrase | undefined {
  let a = v - 1;
  while (isNp(units[a]) || isClass(units[a], 'det') || units[a]?.kind === 'role') a--;
  if (a === v - 1 || !isWord(units[a], 'as')) return undefined;
  // Past the object's apposition, back to the verb that took it.
  let o = a - 1;
  if (isWord(units[o], ',')) {
    while (o > 0 && !isWord(units[o - 1], ',')) o--;
    o -= 2;
  }
  const object = units[o];
  return isNp(object) && object.entity && units[o - 1]?.kind === 'verb' ? object : undefined;
}

/**
 * The verb whose object the phrase at k is ("needs the approval", "won clearance"), past determiners and
 * adverbs, and a name's hyphenated participle ("joined the Vantrex-led alliance"); or none.
 */
export function verbTaking(units: Unit[], k: number): VerbGroup | undefined {
  let v = k - 1;
  for (;;) {
    if (isClass(units[v], 'det') || isClass(units[v], 'adv')) v--;
    else if (units[v]?.kind === 'verb' && (units[v] as VerbGroup).form === 'hyphenated' && isNp(units[v - 1])) v -= 2;
    else break;
  }
  const u = units[v];
  return u?.kind === 'verb' ? u : undefined;
}

/** A noun phrase naming no one: a concept, not a name, pronoun or possessive ("newspaper", "research service"). */
export const isPlainNoun = (u: Unit | undefined): u is NounPhrase => isNp(u) && !!u.concept && !u.entity && !u.possessive && !u.pronoun;

/** A plain noun phrase for people by what they do ("engineers", "architect"). */
const isActor = (u: Unit | undefined): boolean => isNp(u) && !!u.actor && !u.entity && !u.possessive;

/** "the European Space Agency (ESA)": a name in parentheses restates the one before it. */
const isParenthetical = (u: Unit | undefined): boolean => isNp(u) && !!u.parenthetical;


/**
 * Noun phrases coordinated to the right of k; `prep` may be repeated before each ("by X and by Y").
 * With `verbAhead`, the clause's own verb is still to come, and a phrase before it is no new clause's subject.
 */
export function coordinatedRight(units: Unit[], k: number, prep?: string, verbAhead = false): NounPhrase[] {
  const out = [units[k] as NounPhrase];
  let j = afterAffiliation(units, k, k + 1);
  while (isParenthetical(units[j])) j++;
  // "Hou of the Kuomintang, which favours ties with Beijing, and Ko of …": a relative clause set off by
  // commas ends at its closing one, and what comes after joins the list it interrupted; a list of its
  // own goes on with a comma and a phrase first ("which makes cars, trucks, and buses").
  // "the army, led by General Abdel Fattah al-Burhan, and the RSF": so does a participle's phrase set off so.
  const opening = openingComma(units, k);
  const setOff = opening >= 0 && (opensRelative(units, opening + 1) || opensParticiplePhrase(units, opening + 1));
  while (isWord(units[j], 'and', 'or', ',')) {
    if (setOff && out.length === 1 && isWord(units[j], ',') && isWord(units[j + 1], 'and')) break;
    let n = j + 1;
    // "by Lee Oswald, a former Marine,", "of CERN, the European laboratory": after a comma, a description
    // is an apposition, unless an "and" further on makes it a list ("the house, the farm, and the livestock").
    const apposing = isWord(units[j], ',') && !isWord(units[n], 'and', 'or') && !listGoesOn(units, n, verbAhead);
    if (apposing && isWord(units[n], 'a', 'an')) break;
    if (isWord(units[n], 'and', 'or')) n++;
    if (prep && isWord(units[n], prep)) n++;
    n = titleEnd(units, n);
    if (!isNp(units[n])) break;
    n = chainEnd(units, n);
    // "the Haganah, the Jewish underground army,": nor is a name that modifies the noun after it.
    if (apposing && (isPlainNoun(units[n]) || isPlainNoun(units[n + 1]))) break;
    // "passed the bill, and the Congress adjourned": a phrase followed by its own verb starts a new
    // clause, also past a relative clause set off after it ("and Tom Selleck - who was born in Detroit - lives …"),
    // or past what it owns ("and Jacob Zuma's new MK party took …").
    let a = n + 1;
    if ((units[n] as NounPhrase).possessive) {
      while (isClass(units[a], 'det')) a++;
      if (isNp(units[a])) a = chainEnd(units, a) + 1;
    }
    if (isWord(units[a], '-', ',') && opensRelative(units, a + 1)) {
      a += 2;
      while (a < units.length && !isWord(units[a], '-', ',', ';')) a++;
      a++;
    }
    // "and Steve Mollenkopf, a former Qualcomm chief executive, will replace him": or past an apposition.
    else if (isWord(units[a], ',') && isWord(units[a + 1], 'a', 'an', 'the')) {
      let close = a + 1;
      while (close < units.length && !isWord(units[close], ',', ';') && units[close]!.kind !== 'verb') close++;
      if (isWord(units[close], ',')) a = close + 1;
    }
    // "…, Stephen Nix from the Republican Institute was quoted": so does a name past a phrase of its own.
    else if (isClass(units[a], 'prep') && isNp(units[a + 1])) a = chainEnd(units, a + 1) + 1;
    else if (isClass(units[a], 'prep') && isClass(units[a + 1], 'det') && isNp(units[a + 2])) a = chainEnd(units, a + 2) + 1;
    // "won five seats, and Farage himself was elected": or past a pronoun that only stresses it.
    else if (isWord(units[a], ...INTENSIFIERS)) a++;
    // "bought Orion, and Halden and Kestrel also bought stakes": past an adverb, and after ", and" past the
    // rest of the names joined to it, the new clause's verb.
    let ahead = a;
    const clauseJoined = isWord(units[j], ',') && isWord(units[j + 1], 'and', 'or');
    while (clauseJoined && isWord(units[ahead], 'and', 'or') && isNp(units[ahead + 1]) && !(units[ahead + 1] as NounPhrase).possessive) ahead = chainEnd(units, ahead + 1) + 1;
    while (isClass(units[ahead], 'adv')) ahead++;
    const after = units[a];
    const verb = units[ahead];
    if (verb?.kind === 'verb' && verb.form === 'finite' && !verbAhead) break;
    // "led by General al-Burhan, and the RSF, commanded by Dagalo, have …": nor one a passive participle of its own is set off after.
    const aside = units[a + 1];
    if (isWord(units[j], ',') && isWord(after, ',') && aside?.kind === 'verb' && aside.passive && aside.first === aside.last) break;
    // "Robinson, a Greenville native,": an apposition describes the name before it.
    if (after?.kind === 'role') break;
    out.push(units[n] as NounPhrase);
    j = afterAffiliation(units, n, n + 1);
    while (isParenthetical(units[j])) j++;
  }
  return out;
}

/**
 * Whether an "and" or "or" comes after k within the clause: a list goes on to it. Not one opening a
 * clause of its own, where the list is on the verb's right ("invested in Anthropic, a rival of OpenAI,
 * and regulators in Washington are examining the deal").
 */
function listGoesOn(units: Unit[], k: number, verbAhead: boolean): boolean {
  for (let a = k; a < units.length; a++) {
    // "joined the Haganah, the Jewish underground army, and was wounded": an "and" before a verb joins verbs.
    if (isWord(units[a], 'and', 'or') && units[a + 1]?.kind === 'verb') return false;
    if (isWord(units[a], 'and', 'or')) return verbAhead || !opensClause(units, a + 1);
    if (units[a]!.kind === 'verb' || isWord(units[a], ';')) return false;
  }
  return false;
}

/** A phrase at k, and one a preposition joins to it, then a tensed verb: a clause begins at k. */
function opensClause(units: Unit[], k: number): boolean {
  let a = titleEnd(units, k);
  if (!isNp(units[a])) return false;
  a = chainEnd(units, a) + 1;
  if (isClass(units[a], 'prep') && isNp(units[a + 1])) a = chainEnd(units, a + 1) + 1;
  const verb = units[a];
  return verb?.kind === 'verb' && verb.form === 'finite';
}

/**
 * "led by Anjali Rao of the University of Chicago and Tomasz Wisniewski of CERN": where the list goes
 * on after the person at `member`, past the institution the person is "of" (which starts at `j`).
 */
function afterAffiliation(units: Unit[], member: number, j: number): number {
  if ((units[member] as NounPhrase).entity?.type !== 'Person' || !isWord(units[j], 'of')) return j;
  let m = j + 1;
  while (isClass(units[m], 'det')) m++;
  const institution = units[m];
  return isNp(institution) && (institution.entity?.type === 'Organization' || institution.entity?.type === 'Place') ? chainEnd(units, m) + 1 : j;
}

/** "the eastern city of", which compromise reads as one phrase: the kind of place the name after it is. */
const namesKindBefore = (u: Unit | undefined): boolean => isNp(u) && / of$/.test(u.concept ?? '');

/** A name, or a noun for a body or a relation that may stand in apposition before one ("rival grocery chain", "rivals AMD and Nvidia"). */
const namesKindOf = (np: NounPhrase): boolean => !!np.entity || (!!np.concept && (ORGANIZATION_NOUNS.has(np.head) || RELATIONAL_NOUNS.has(singularNoun(np.head))));

/** True when the unit before k is a preposition: the phrase sits inside a prepositional phrase. */
function inPrepositionalPhrase(units: Unit[], k: number): boolean {
  let j = k - 1;
  // "in the eastern city of Hualien": the name restates compromise's one phrase "the city of" before it.
  if (namesKindBefore(units[j])) return inPrepositionalPhrase(units, j);
  let listed = false;
  // The first of the phrases joined so far: "to rivals AMD and Nvidia" puts "rivals" in apposition to AMD.
  let first = k;
  for (;;) {
    // "into the President's box", "in a Dallas gun shop": roles, possessives and names used as adjuncts modify the
    // phrase's head; "of rival grocery chain Albertsons": so does a noun for what the name is, in apposition to it
    // (not "the gun Jack Ruby used", where the name begins a clause).
    while (isClass(units[j], 'det') || units[j]?.kind === 'role' || (isNp(units[j]) && ((units[j] as NounPhrase).possessive || (namesKindOf(units[j] as NounPhrase) && chainEnd(units, j) >= first)))) j--;
    // "killed in the crashes in Indonesia and Ethiopia had urged …": a phrase joined to one in the preposition's phrase is in it too;
    // "control of Istanbul, Ankara and other cities": so are those before it in a list "and" ends (not one a comma only sets off: "In Kyiv, officials …").
    const joined = isWord(units[j], 'and', 'or') || (listed && isWord(units[j], ',') && !closesOpeningPhrase(units, j - 1));
    const past = joined ? phraseBeforeParticipleAside(units, j) : -1;
    if (past >= 0) {
      listed = true;
      first = past;
      j = past - 1;
      continue;
    }
    if (!joined || !isNp(units[j - 1])) return isClass(units[j], 'prep') || isClass(units[j], 'to');
    listed = true;
    first = j - 1;
    j -= 2;
  }
}

/** "led by …", "backed by …": a lone past participle at j opens a phrase that describes the one before it. */
const opensParticiplePhrase = (units: Unit[], j: number): boolean => units[j]?.kind === 'verb' && isPastParticiple(units[j] as VerbGroup);

/**
 * "the army, led by General Abdel Fattah al-Burhan, and the RSF": where "and" at j follows a participle's phrase
 * set off after a noun phrase, that phrase's index (the first of the two joined), else -1.
 */
function phraseBeforeParticipleAside(units: Unit[], j: number): number {
  if (!isWord(units[j], 'and', 'or') || !isWord(units[j - 1], ',')) return -1;
  const opening = openingComma(units, j - 1);
  return opening > 0 && opensParticiplePhrase(units, opening + 1) && isNp(units[opening - 1]) ? opening - 1 : -1;
}

/** Index of the comma that opens the comma-delimited segment ending just before position k, if any. */
function openingComma(units: Unit[], k: number): number {
  for (let j = k - 1; j >= 0; j--) {
    const u = units[j]!;
    if (isWord(u, ',')) return j;
    if (isWord(u, ';', '"') || isClass(u, 'sub')) return -1;
  }
  return -1;
}

/** "which", "who", or a preposition before one ("in which", "of whom", "to which"): a relative clause opens at unit j. */
const opensRelative = (units: Unit[], j: number): boolean => isClass(units[j], 'rel') || ((isClass(units[j], 'prep') || isClass(units[j], 'to')) && isClass(units[j + 1], 'rel'));

/**
 * "Acme, which is based in Tulsa, Okla., hired …", "Police in Springfield, Illinois, arrested …": a
 * finite verb right after a comma ends an aside, and its subject stands before the aside's opening
 * comma. An aside opens with a relative pronoun, a determiner, a name or title, or a bare participle
 * ("based in …"); commas inside it may only join places ("Tulsa, Okla."). Returns that comma or -1.
 */
function asideOpening(units: Unit[], close: number): number {
  let opening = -1;
  let finite = false;
  for (let j = close - 1; j > 0; j--) {
    const u = units[j]!;
    if (isWord(u, ';', '"', ':', '-') || isClass(u, 'sub')) break;
    if (u.kind === 'verb' && u.form === 'finite') finite = true;
    if (!isWord(u, ',')) continue;
    // "Hinton, often called the godfather of AI, left …": an adverb may open it.
    let f = j + 1;
    while (isClass(units[f], 'adv') && f < close) f++;
    const first = units[f];
    const participle = first?.kind === 'verb' && !first.label.includes(' ') && /(?:ed|en|wn)$/.test(first.label);
    if (participle) finite = units.slice(f + 1, close).some((x) => x.kind === 'verb' && x.form === 'finite');
    const before = units[j - 1];
    // "Frank Cuevas, of 24th Street, shot …": where a person is from, set off after the name.
    const from = isWord(first, 'of') && isNp(before) && before.entity?.type === 'Person';
    // "the National Cyber Security Centre, part of GCHQ, said …": what a body belongs to, set off after it.
    const partOf = isWord(first, 'part') && isWord(units[j + 2], 'of');
    // "Adani and seven other defendants, including his nephew Sagar Adani, agreed …": some of them, set off after them.
    const including = isWord(first, 'including');
    const relative = opensRelative(units, j + 1);
    // "Trump, on his first foreign trip since winning the election, attended …": a phrase of circumstance.
    const circumstance = isClass(first, 'prep') && !isWord(first, 'of') && !relative;
    const opens = relative || isClass(first, 'det') || isNp(first) || first?.kind === 'role' || participle || from || partOf || including || circumstance;
    // "Schumacher, a banker who ran FrieslandCampina, had faced …": a description's relative clause has its own verb.
    const inner = units.slice(j + 1, close);
    const innerRelative = inner.findIndex((x) => isClass(x, 'rel') || isWord(x, ','));
    const described = innerRelative > 0 && isClass(inner[innerRelative], 'rel') && innerRelative < inner.findIndex((x) => x.kind === 'verb' && x.form === 'finite');
    if (opens && isNp(before) && !before.possessive && (!finite || relative || participle || described)) {
      opening = j;
      continue;
    }
    const placeComma = isNp(before) && before.entity?.type === 'Place' && isNp(first) && first.entity?.type === 'Place';
    if (!placeComma) break;
  }
  return opening;
}

/** A prepositional phrase or adverbs that say when or how ("on Saturday", "last week"), and name nothing. */
export function isAdverbialPhrase(span: Unit[]): boolean {
  return span.length > 0 && span.length <= 4 && (isClass(span[0], 'prep') || isClass(span[0], 'adv')) && span.every((u) => isClass(u, 'prep') || isClass(u, 'adv') || isClass(u, 'det') || (isNp(u) && !u.entity && !u.pronoun));
}

const TIME_RELATIONS = new Set(['earlier', 'later', 'ago', 'before', 'after']);

/** "who hours earlier had shot …", "two days later": a span of time that dates the verb, not its subject. */
const isTimeSpan = (units: Unit[], k: number): boolean =>
  TIME_UNITS.has((units[k] as NounPhrase).head) && units[k + 1]?.kind === 'word' && TIME_RELATIONS.has((units[k + 1] as { word: string }).word);

/** "last week", "earlier this year": a phrase of a time unit that names nothing else. */
const isTimePhrase = (np: NounPhrase): boolean => TIME_UNITS.has(np.head) && !np.concept && !np.entity && !np.pronoun;

/** Verbs whose "it" subject is a placeholder ("it will take effort", "it remains to be seen"). */
const EXPLETIVE_LEMMAS = new Set(['be', 'take', 'remain', 'appear', 'seem', 'become', 'matter', 'happen', 'mean', 'follow', 'look']);

export function findSubjects(units: Unit[], v: number, depth = 0): NounPhrase[] {
  const subjects = subjectsOf(units, v, depth);
  const lemma = (units[v] as VerbGroup).lemma;
  const only = subjects.length === 1 ? subjects[0]! : undefined;
  if (only?.pronoun === 'thing' && !only.possessive && EXPLETIVE_LEMMAS.has(lemma)) return [];
  // "Copenhagen and Amsterdam have said they will arm Ukraine": "they" is the earlier subject; not "them"
  // that a verb asks to act ("urged them to agree"), which is never the asking verb's own subject.
  if (only?.pronoun === 'group' && only.head === 'they' && depth === 0) {
    for (let k = units.indexOf(only) - 1; k >= 0; k--) {
      if (units[k]!.kind !== 'verb') continue;
      // Several names, or an organisation ("Shell said they …"); never one country ("Ukraine … saying they
      // fuel …"), nor an organisation acting on others named ("opened investigations into Apple and Meta
      // over concerns that they …"). The nearest verb with a subject decides: "after a Boeing 737 MAX
      // crashed …, relatives say they …" are the relatives.
      const found = subjectsOf(units, k, depth + 1);
      const earlier = found.filter((np) => np.entity && np.entity.type !== 'Person');
      const onOthers = !REPORTING_LEMMAS.has((units[k] as VerbGroup).lemma) && findObjects(units, k).some((o) => o.np.entity);
      // "suspended the deployment of Kenyan police officers to Haiti, where they were to lead …": not past a plural "they" may stand for.
      const pluralBetween = units.slice(k + 1, units.indexOf(only)).some((u) => isPlainNoun(u) && u.head.endsWith('s'));
      if (earlier.length > 1 || (!onOthers && !pluralBetween && earlier[0]?.entity?.type === 'Organization')) return earlier;
      if (found.length) break;
    }
  }
  return subjects;
}

/**
 * "Boeing agreed to plead guilty, the Justice Department said, avoiding a trial …": a participle after an
 * attribution set off after the clause it reports says more of that clause; the verb of that clause, or
 * undefined. Not a participle of saying, asking or judging in words ("…, the ministry said, adding that …",
 * "…, blaming Russian forces"), which is the reporter's.
 */
function attributedClause(units: Unit[], k: number, participle: VerbGroup): number | undefined {
  const reporting = units[k] as VerbGroup;
  if (!REPORTING_LEMMAS.has(reporting.lemma) || [REPORTING_LEMMAS, SPEECH_LEMMAS, REQUESTING_LEMMAS, SPOKEN_JUDGEMENTS].some((lemmas) => lemmas.has(participle.lemma))) return undefined;
  let r = k - 1;
  while (isNp(units[r]) || isClass(units[r], 'det') || units[r]?.kind === 'role') r--;
  if (r === k - 1 || !isWord(units[r], ',')) return undefined;
  return finiteVerbBefore(units, r);
}

/** A lone past participle ("born", "convicted", "known"): no auxiliary, so no tense of its own. */
const isPastParticiple = (verb: VerbGroup): boolean => verb.form === 'finite' && !verb.label.includes(' ') && /(?:ed|en|wn|rn)$/.test(verb.label);

/** A verb of naming at v with the name alone after it, up to a comma or the sentence's end: "called Oreshnik,". */
const namesWhatItFollows = (units: Unit[], v: number): boolean =>
  NAMING_LEMMAS.has((units[v] as VerbGroup).lemma) && isNp(units[v + 1]) && (v + 2 === units.length || isWord(units[v + 2], ','));

/** "the missile, called Oreshnik, …": a participle of naming set off after a phrase, which names it and does nothing. */
export const isNamingAside = (units: Unit[], v: number): boolean => isWord(units[v - 1], ',') && isPastParticiple(units[v] as VerbGroup) && namesWhatItFollows(units, v);

/**
 * "convicted of", "killed by": a lone past participle in -ed opening a phrase, as in a reduced relative
 * clause; "the missile, called Oreshnik, …": or one of naming before the name, set off.
 */
function isReducedRelative(units: Unit[], v: number): boolean {
  const verb = units[v] as VerbGroup;
  // Not a verb of naming that takes a complement after the name ("called Kennedy his hero").
  const named = namesWhatItFollows(units, v);
  // "the payment, made by his former lawyer …": an irregular one too, where "by" names its agent.
  const byAgent = isWord(units[v + 1], 'by') && verb.form === 'finite' && !verb.label.includes(' ') && ruleLemma(verb.label) !== verb.label;
  return ((isPastParticiple(verb) && verb.label.endsWith('ed')) || byAgent) && (isClass(units[v + 1], 'prep') || named);
}

/** Judging verbs that are said rather than done, so are speech acts: "said Nasser was not there and accused Israel of …". */
const SPOKEN_JUDGEMENTS = new Set(['thank', 'blame', 'praise', 'criticize', 'criticise', 'condemn', 'denounce', 'accuse', 'applaud']);
/** Promises made in words, whose group opens with them: "vowed to continue", "pledged to return". */
const SPOKEN_COMMITMENTS = new Set(['vow', 'pledge', 'promise', 'threaten']);
/** Verbs that judge their object for what it did: "blamed the storm for destroying …", "thanked Norway for supplying …". */
const JUDGING_LEMMAS = new Set([...SPOKEN_JUDGEMENTS, 'credit', 'fault', 'punish', 'penalize', 'penalise', 'sanction', 'fine', 'sue', 'charge', 'convict', 'suspect', 'reward', 'honor', 'honour', 'forgive']);

/**
 * "said the lender would remain independent and urged shareholders …": a verb inflected for tense
 * cannot share the modal of the verb at k, so it is coordinated with the verb that reported that
 * one, if a reporting verb opens the clause k is in. So is a verb of saying or asking: in "said the
 * decision violated the rules and urged Brussels …" the one who said also urged.
 */
function reportedFrom(units: Unit[], k: number, verb: VerbGroup): number | undefined {
  // "would keep helping": a verb group compromise split in two is one.
  while (units[k - 1]?.kind === 'verb') k--;
  const earlier = units[k] as VerbGroup;
  // "pledged to return", "has pledged": a group is inflected by its first word; "said Putin was to blame
  // and vowed to continue …": a promise made in words is a speech act too.
  const first = verb.label.split(' ')[0]!;
  const speechAct = REPORTING_LEMMAS.has(verb.lemma) || REQUESTING_LEMMAS.has(verb.lemma) || SPOKEN_JUDGEMENTS.has(verb.lemma) || SPOKEN_COMMITMENTS.has(ruleLemma(first));
  // "would cut prices and speed up service": a word of the verb's own in -ed or -s is no inflection;
  // "did not mention" is inflected by its auxiliary.
  const inflected = verb.label.includes(' ') ? (/(?:ed|s)$/.test(first) || first === 'did') && !MODALS.has(first) && first !== verb.lemma.split(' ')[0] : verb.label !== verb.lemma;
  if (verb.form !== 'finite' || !inflected || !(MODALS.has(earlier.label.split(' ')[0]!) || speechAct)) return undefined;
  for (let j = k - 1; j >= 0; j--) {
    const u = units[j]!;
    if (u.kind === 'verb') return u.form === 'finite' && REPORTING_LEMMAS.has(u.lemma) ? j : undefined;
    if (isWord(u, ';', '"')) return undefined;
  }
  return undefined;
}

/** The subjects of the copula whose predicate is the phrase at `j` ("Booth was the actor"), or none. */
function predicatedOf(units: Unit[], j: number, depth: number): NounPhrase[] {
  let c = j - 1;
  while (isClass(units[c], 'det') || isClass(units[c], 'adv')) c--;
  const copula = units[c];
  return copula?.kind === 'verb' && copula.copula ? findSubjects(units, c, depth + 1) : [];
}

/** Prepositions of where one goes or is: "walked into the lobby wearing sunglasses" describes who walked. */
const DIRECTIONS = new Set(['into', 'onto', 'to', 'toward', 'towards', 'at', 'from', 'through', 'across', 'out']);

/**
 * "a bribery scheme involving Orion Cloud", "a member of the team studying the remains": a thing right
 * before a gerund is what the gerund describes. Not a span of time spent on it, people or weapons that
 * act for another, the noun a gerund heads ("the shotgun slaying of Mendes"), nor where someone went.
 */
function describedThing(units: Unit[], v: number): boolean {
  const np = units[v - 1];
  if (!isNp(np) || !np.concept || np.entity || np.pronoun || np.possessive || isTimeSpan(units, v - 1) || AGENT_NOUNS.has(np.head) || ARMED_MEANS.has(np.head)) return false;
  let p = v - 2;
  while (isClass(units[p], 'det')) p--;
  return !isWord(units[v + 1], 'of') && !(isClass(units[p], 'prep') && DIRECTIONS.has((units[p] as { word: string }).word));
}

/** A year or a word of the calendar ("2017", "Monday", "March"), which a preposition makes a date. */
const isDate = (u: Unit | undefined): boolean => (isClass(u, 'det') && /^\d{4}$/.test((u as { word: string }).word)) || (isNp(u) && CALENDAR_WORDS.has(u.head));

/** Prepositions that make a gerund an adverbial of its clause: "arrived after shooting Lincoln", "acted alone in killing Kennedy". */
const ADVERBIAL_GERUND_PREPOSITIONS = ['after', 'before', 'while', 'since', 'without', 'upon', 'by', 'in'];

/** "in killing Kennedy", "in buying the company", not "in failing health" or "in developing countries", where the -ing word is an adjective. */
function takesObject(units: Unit[], v: number): boolean {
  const next = units[v + 1];
  return isClass(next, 'det') || next?.kind === 'role' || (isNp(next) && (!!next.entity || !!next.pronoun || next.definite));
}

/**
 * "said stabilising production is his top priority": a gerund after a verb that takes a clause, whose
 * phrase a finite verb follows, is that clause's subject, not the verb's object.
 */
export function gerundOpensClause(units: Unit[], g: number): boolean {
  let v = g - 1;
  while (isClass(units[v], 'adv')) v--;
  const verb = units[v];
  if (verb?.kind !== 'verb' || !CLAUSE_TAKING_LEMMAS.has(verb.lemma) || !isNp(units[g + 1])) return false;
  let k = g + 2;
  while (isNp(units[k]) || isClass(units[k], 'prep') || isClass(units[k], 'to') || isClass(units[k], 'det')) k++;
  const next = units[k];
  return next?.kind === 'verb' && next.form === 'finite';
}

/** Kinds of named thing that never act: an award, a law, an event, a weapon. */
const INERT_TYPES: ReadonlySet<string> = new Set(['Concept', 'Event', 'Weapon']);

/**
 * Who does a gerund after "of", "with" or "for": the object of the verb before it ("charged Smith with
 * killing …", "thanked the US for supplying …"), or else that verb's subject ("was convicted of murdering …").
 * After "after", "while", "in" … the subject of the clause it is an adverbial of.
 */
function gerundActors(units: Unit[], v: number, depth: number): NounPhrase[] | undefined {
  if (isWord(units[v - 1], ...ADVERBIAL_GERUND_PREPOSITIONS) && (!isWord(units[v - 1], 'in') || takesObject(units, v))) {
    // The clause's own verb does it: the nearest finite verb before, within the sentence's clause, or the
    // gerund it is an adverbial of where that one has a subject ("accused Google of stifling competition by paying …").
    for (let k = v - 2; k >= 0; k--) {
      const u = units[k]!;
      if (isWord(u, ';', '"')) return undefined;
      if (u.kind === 'verb' && u.form === 'finite') return findSubjects(units, k, depth + 1);
      const gerundSubjects = u.kind === 'verb' && u.form === 'gerund' ? findSubjects(units, k, depth + 1) : [];
      if (gerundSubjects.length) return gerundSubjects;
    }
    return undefined;
  }
  // "on charges of corruption and aiding a terrorist group": a gerund joined to the noun the preposition governs is governed by it too.
  const joined = isWord(units[v - 1], 'and', 'or') && isPlainNoun(units[v - 2]) ? v - 2 : v;
  if (!isWord(units[joined - 1], 'of', 'with', 'for')) return undefined;
  let g = joined - 2;
  // "was jailed in 2017 for bribing …", "was arrested on Monday for …": a date may come first.
  while (isClass(units[g - 1], 'prep') && isDate(units[g])) g -= 2;
  // "798 million euros ($841 million) on Thursday for …": and a sum converted in brackets, figures only.
  let aside = g - 1;
  while (isClass(units[aside], 'det')) aside--;
  if (isWord(units[g], ',') && aside < g - 1 && isWord(units[aside], ',')) g = aside - 1;
  // "found Jack Ruby guilty of murdering …": an adjective may complement the object.
  const complemented = g;
  while (isClass(units[g], 'det')) g--;
  // "fined Meta Platforms (nearly) 798 million euros for abusing …": so may the sum a judging verb sets.
  const sum = units[g];
  let fined = g - 1;
  while (isClass(units[fined], 'adv')) fined--;
  const judging = units[fined - 1];
  if (isSum(sum) && isNp(units[fined]) && (units[fined] as NounPhrase).entity && judging?.kind === 'verb' && JUDGING_LEMMAS.has(judging.lemma)) g = fined;
  let object = units[g];
  if (isNp(object) && !object.possessive) {
    let before = g - 1;
    // "served 18 months in prison for bribing …", "sentenced Tom Hale to 10 years in prison for …": the
    // phrases after the verb's object go back to it.
    while ((isClass(units[before], 'prep') || isClass(units[before], 'to')) && isNp(units[before - 1]) && !(units[before - 1] as NounPhrase).possessive) {
      object = units[before - 1] as NounPhrase;
      before -= 2;
    }
    // "convicted Highway 50 sniper Kenneth Millikan of killing …", "charged former President Ana Ruiz with
    // …": plain nouns and roles may title the object.
    // "detained Istanbul Mayor Ekrem Imamoglu on charges of …": so may a role's owner.
    if (object.entity) before = titleStart(units, units.indexOf(object)) - 1;
    while (object.entity && (isPlainNoun(units[before]) || units[before]?.kind === 'role')) before--;
    while (isClass(units[before], 'det')) before--;
    const verb = units[before];
    if (verb?.kind !== 'verb') return undefined;
    // "got the idea for killing Lennon", "won the Nobel Prize for developing …": a thing the subject has or wins
    // does not act, even one with a name; the one blamed or thanked for it does.
    const agent = !!object.entity && !INERT_TYPES.has(object.entity.type);
    return agent || object.pronoun || object.actor || JUDGING_LEMMAS.has(verb.lemma) ? [object] : findSubjects(units, before, depth + 1);
  }
  while (isClass(units[g], 'adv')) g--;
  const verb = units[g];
  if (verb?.kind !== 'verb') return undefined;
  // "Germany arrests three suspected of spying …": the words an active verb takes, a number and the
  // adjective before "of", describe others than its subject; not "pleaded guilty of", "was found guilty of".
  if (g < complemented - 1 && !verb.passive && !verb.copula) return undefined;
  // "the army, which Khan accuses of orchestrating …": an active judging verb without its object judges
  // what the relative pronoun before its subject stands for.
  const judged = !verb.passive && JUDGING_LEMMAS.has(verb.lemma) ? objectRelativeAntecedent(units, g) : undefined;
  return judged ? [judged] : findSubjects(units, g, depth + 1);
}

/** Where the relative pronoun stands that opens the clause of the verb at v, before that verb's subject; or -1. */
function relativeBeforeSubject(units: Unit[], v: number): number {
  let r = v - 1;
  while (isNp(units[r]) || isClass(units[r], 'det')) r--;
  return r < v - 1 && isClass(units[r], 'rel') ? r : -1;
}

/** The phrase before position k, past a comma that sets off what follows it. */
const phraseBefore = (units: Unit[], k: number): Unit | undefined => units[isWord(units[k - 1], ',') ? k - 2 : k - 1];

/**
 * "the army, which Khan accuses": the phrase a relative pronoun before the verb at v's subject stands
 * for, as that verb's object; only after one of `pronouns` where given.
 */
function objectRelativeAntecedent(units: Unit[], v: number, pronouns?: string[]): NounPhrase | undefined {
  const r = relativeBeforeSubject(units, v);
  if (r < 0 || (pronouns && !isWord(units[r], ...pronouns))) return undefined;
  const antecedent = phraseBefore(units, r);
  return isNp(antecedent) ? antecedent : undefined;
}

/**
 * "Mitsubishi Motors, in which Nissan owns a stake": the name a preposition's relative pronoun stands
 * for, where the clause of the verb at v opens with them; with the preposition.
 */
function prepositionRelativeAntecedent(units: Unit[], v: number): { np: NounPhrase; prep: string } | undefined {
  const r = relativeBeforeSubject(units, v);
  const prep = units[r - 1];
  if (r < 0 || !isWord(units[r], 'which', 'whom') || !isClass(prep, 'prep')) return undefined;
  const antecedent = phraseBefore(units, r - 1);
  return isNp(antecedent) && antecedent.entity ? { np: antecedent, prep: prep.word } : undefined;
}

/**
 * "…, until Hamas is defeated, rejecting calls for a ceasefire": a participle clause after a comma
 * does not take its subject from an adverbial clause just before it, but from the clause that one
 * modifies; nor from a relative clause on an object ("upheld a law that bans casinos, rejecting …").
 * Undefined when the clause just before is neither (the usual case, handled in subjectsOf).
 */
function trailingParticipleSubjects(units: Unit[], v: number, depth: number): NounPhrase[] | undefined {
  let skipped = false;
  let adverbial: number | undefined;
  for (let k = v - 2; k >= 0; k--) {
    const u = units[k]!;
    if (u.kind !== 'verb') continue;
    // Only a clause that runs up to the comma: in "posters of Dudayev -- who declared independence -- and
    // children, carrying …" the children carry.
    const runsToComma = () => units.slice(k + 1, v - 1).every((x) => isNp(x) || isClass(x, 'det') || isClass(x, 'prep') || isClass(x, 'adv') || (x.kind === 'verb' && x.form === 'gerund'));
    // "urged Kyiv to stop striking refineries, fearing a rise": nor from an infinitive, whose subject may be the object.
    if (u.form === 'infinitive' && runsToComma()) skipped = true;
    if (u.form !== 'finite') continue;
    if (isClass(units[k - 1], 'rel') && runsToComma()) {
      skipped = true;
      continue;
    }
    let opener = k - 1;
    while (opener >= 0 && units[opener]!.kind !== 'verb' && !(units[opener]!.kind === 'word' && ADVERBIAL_OPENERS.has((units[opener] as { word: string }).word))) opener--;
    if (opener >= 0 && units[opener]!.kind === 'word') {
      skipped = true;
      adverbial ??= k;
      k = opener;
      continue;
    }
    if (!skipped) return undefined;
    // "The announcement came weeks after Freeland quit, accusing Trudeau …": a thing no name stands for
    // accuses no one; the named subject of the adverbial clause does, or the people it names ("since
    // soldiers clashed, killing …").
    const modified = findSubjects(units, k, depth + 1);
    const acts = (np: NounPhrase) => !!np.entity || !!np.actor || AGENT_NOUNS.has(np.head);
    const named = adverbial !== undefined && modified.every((np) => !np.entity && !np.pronoun) ? findSubjects(units, adverbial, depth + 1).filter(acts) : [];
    return named.length ? named : modified;
  }
  return undefined;
}

/**
 * "Kestia named Tomas Berg chief financial officer, replacing Anne Vik": taking someone's place after an
 * appointment is what the appointee does, not the appointer.
 */
function successor(units: Unit[], v: number): NounPhrase[] | undefined {
  if (!SUCCESSION_LEMMAS.has((units[v] as VerbGroup).lemma)) return undefined;
  const g = governingVerb(units, v - 1);
  if (g === undefined) return undefined;
  const appointing = units[g] as VerbGroup;
  if (appointing.passive || !APPOINTING_LEMMAS.has(appointing.lemma)) return undefined;
  const appointee = units[titleEnd(units, g + 1)];
  return isNp(appointee) && appointee.entity?.type === 'Person' && !appointee.possessive ? [appointee] : undefined;
}

/**
 * The verb of this form (by default a finite one) whose clause the unit at v ends, looking left across
 * its objects and phrases but not into another clause.
 */
export function governingVerb(units: Unit[], v: number, form: VerbGroup['form'] = 'finite'): number | undefined {
  for (let k = v - 1; k >= 0; k--) {
    const u = units[k]!;
    if (u.kind === 'verb') return u.form === form ? k : undefined;
    if (isClass(u, 'sub') || isClass(u, 'rel') || isWord(u, ';', '"')) return undefined;
  }
  return undefined;
}

/**
 * "Born in Cork in 1950, Calloway moved …", "Visiting Kyiv on Monday, Macron pledged …": a participle
 * clause opening the sentence has the main clause's subject, the name after one of its commas that a
 * finite verb follows.
 */
function openingClauseSubject(units: Unit[], v: number): NounPhrase[] | undefined {
  const verb = units[v] as VerbGroup;
  if (!units.slice(0, v).every((u) => isClass(u, 'adv')) || !(verb.form === 'gerund' || isPastParticiple(verb))) return undefined;
  for (let c = v + 1; c < units.length; c++) {
    const u = units[c]!;
    if (u.kind === 'verb' || isClass(u, 'sub') || isClass(u, 'rel') || isWord(u, ';', '"')) return undefined;
    if (!isWord(u, ',')) continue;
    let n = c + 1;
    while (isClass(units[n], 'det')) n++;
    n = titleEnd(units, n);
    const subject = units[n];
    let after = n + 1;
    while (isClass(units[after], 'adv')) after++;
    const next = units[after];
    if (isNp(subject) && (subject.entity || subject.pronoun) && !subject.possessive && next?.kind === 'verb' && next.form === 'finite') return [subject];
  }
  return undefined;
}

/**
 * "the Minsk Group of countries", "the Constitutional Democratic Party of Japan": the name that the phrase
 * at j completes after "of", which what follows the phrase is said of; j where there is none.
 */
function completedName(units: Unit[], j: number): number {
  const name = units[j - 2];
  const complement = units[j] as NounPhrase;
  const completes = isWord(units[j - 1], 'of') && isNp(name) && !!name.entity && !name.possessive && (!complement.entity || (complement.entity.type === 'Place' && name.entity.type === 'Organization'));
  return completes ? j - 2 : j;
}

/**
 * "output cuts agreed by OPEC+", "weapons supplied by the US": a bare participle right after a noun
 * phrase, its agent after it, says what was done to that phrase, not to the clause's subject; or to the
 * name it is set off after ("the Sokol network, a Balkan gang led by …"). Undefined where the verb is
 * no such participle.
 */
function participlePatients(units: Unit[], v: number): NounPhrase[] | undefined {
  const verb = units[v] as VerbGroup;
  let j = v - 1;
  const before = units[j];
  if (!verb.passive || verb.form !== 'finite' || verb.label.includes(' ') || !isWord(units[v + 1], 'by') || !isNp(before) || before.possessive || before.pronoun) return undefined;
  // A name before "of" heads what the participle is said of; a thing before it need not ("the release of
  // the film directed by …").
  const completed = completedName(units, j);
  if (completed !== j) j = completed;
  // "the situation in Russia compiled by …": a name a preposition governs is seldom what was done to.
  else if (before.entity && isClass(units[j - 1], 'prep')) return undefined;
  const head = units[j] as NounPhrase;
  if (/\d/.test(head.concept ?? head.head) || MEASURE_NOUNS.has(head.head)) return undefined;
  const named = apposedName(units, j);
  // "OPEC and allies led by Russia": a participle after a common noun is said of the common nouns
  // coordinated there ("homes and businesses served by …"), not of a name among them.
  return named ? [named] : coordinatedLeft(units, j).filter((np) => !!np.entity === !!head.entity);
}

/** Whether a phrase follows the verb at v, as its object or complement would; not a person's noun it qualifies ("convicted assassin"). */
function complementAfter(units: Unit[], v: number): boolean {
  let n = v + 1;
  while (isClass(units[n], 'det')) n++;
  return isNp(units[n]) && !(units[n] as NounPhrase).actor;
}

/** Whether the bare participle at v opens an aside after a name that a comma and the clause's own verb close. */
function opensParticipleAside(units: Unit[], v: number): boolean {
  let j = v - 1;
  while (isClass(units[j], 'adv')) j--;
  if (!isWord(units[j], ',') || !isNp(units[j - 1]) || !isPastParticiple(units[v] as VerbGroup)) return false;
  const close = units.findIndex((u, k) => k > v && isWord(u, ','));
  const verb = units[close + 1];
  return close > 0 && verb?.kind === 'verb' && verb.form === 'finite' && asideOpening(units, close) === j;
}

function subjectsOf(units: Unit[], v: number, depth: number): NounPhrase[] {
  if (depth > 4) return [];
  const verb = units[v] as VerbGroup;
  const opening = openingClauseSubject(units, v);
  if (opening) return opening;
  const patients = participlePatients(units, v);
  if (patients) return patients;
  // "Hinton, (often) called the godfather of AI, left Google", "Carling, handed the kicking duties, finished …":
  // a bare participle opening an aside after a name, with what it was given or called after it, says what was
  // done to the name, which does nothing there.
  if (opensParticipleAside(units, v) && complementAfter(units, v)) return [];
  // "the first former U.S. president convicted of a crime": a participle right after a title describes its
  // holder, whom the title does not name; not the country or the body the title is of.
  if (units[v - 1]?.kind === 'role' && isReducedRelative(units, v)) return [];
  if (verb.form === 'gerund') {
    // "said stabilising production is his top priority": a gerund that is a clause's subject says no one does it.
    if (gerundOpensClause(units, v)) return [];
    const actors = gerundActors(units, v, depth) ?? (isWord(units[v - 1], ',') ? (successor(units, v) ?? trailingParticipleSubjects(units, v, depth)) : undefined);
    if (actors) return actors;
    // "a broadcast of Jack Ruby fatally shooting Oswald": a person named right before the gerund does it.
    let j = v - 1;
    while (isClass(units[j], 'adv')) j--;
    const named = units[j];
    if (isNp(named) && named.entity?.type === 'Person' && !named.possessive) return [named];
    if (describedThing(units, v)) return [units[v - 1] as NounPhrase];
  }
  if (verb.form === 'hyphenated') return isNp(units[v - 1]) ? [units[v - 1] as NounPhrase] : [];
  if (verb.form === 'infinitive') {
    // "Farrakhan's application to receive the award": whoever's the noun is acts; a noun for an act
    // ("Ukraine's refusal to negotiate …") is read with its owner by possessive-nominalization. A possessive
    // pronoun ("their efforts to bring …") stands for the clause's own subject, which is read below.
    const owner = units[v - 2];
    const noun = units[v - 1];
    const owned = isNp(noun) && !!noun.concept && isNp(owner) && owner.possessive;
    if (owned && NOMINALIZATIONS.has(noun.head)) return [];
    // "the country's bid to join the bloc": so does what a description stands for, making a proposal;
    // not "used the company's bulldozers to demolish …", whose infinitive says what they were used for.
    if (owned && (owner.entity || (descriptionType(owner) && PROPOSAL_NOUNS.has(noun.head)))) return [owner];
    // "citing her failure to tackle crime", "thanked Trump for his commitment to work with …": "his" or "her" is
    // someone's own, whom the pronoun's reading finds, not always the clause's subject.
    if (owned && owner.pronoun === 'person' && UNDERTAKING_NOUNS.has(noun.head)) return [owner];
    const proposed = proposalBefore(units, v);
    if (proposed) return [proposed.maker];
    // "led the Kremlin to charge the West", "urged them not to attack", "called on its allies to …",
    // "asked Japan and the United States to donate …": the objects of a control verb act.
    let o = v - 1;
    while (isClass(units[o], 'adv')) o--;
    // "ordered Israel on Friday to halt …": a phrase of time may stand between the object and its infinitive.
    while (isClass(units[o - 1], 'prep') && isDate(units[o])) o -= 2;
    const objects = isNp(units[o]) ? coordinatedLeft(units, o) : [];
    let g = units.indexOf(objects[0]!) - 1;
    // "forces platforms such as TikTok and Instagram to take …": the examples act, as the noun they are of would.
    const examples = isWord(units[g], 'as') && isWord(units[g - 1], 'such') ? 2 : isWord(units[g], 'including') ? 1 : 0;
    if (examples && isNp(units[g - examples])) g -= examples + 1;
    while (isClass(units[g], 'det') || (isNp(units[g]) && (units[g] as NounPhrase).possessive)) g--;
    const governor = units[g];
    // "relies on SpaceX to fly …": compromise may leave a phrasal verb's particle out of the verb.
    const particled = units[g - 1];
    const controller = governor?.kind === 'verb' ? governor.lemma : isClass(governor, 'prep') && particled?.kind === 'verb' ? `${particled.lemma} ${(governor as { word: string }).word}` : undefined;
    if (objects.length && controller && OBJECT_CONTROL_LEMMAS.has(controller)) return objects;
    // "sent 500 soldiers to join the search": those a verb of sending sends do what they were sent for; not
    // a thing sent ("sent a letter to ask for …").
    if (objects.length && governor?.kind === 'verb' && SENDING_LEMMAS.has(governor.lemma) && objects.every((np) => np.entity?.type === 'Person' || np.actor || AGENT_NOUNS.has(np.head))) return objects;
    // "his call for Western allies to supply …", "called for Israel to withdraw": "for" after a noun or a verb
    // of asking opens a clause whose subject is the phrase after it; not after a time or a verb of going
    // ("will leave that day for Bolivia to attend …").
    const asking = units[g - 1];
    const asks = (isNp(asking) && !isTimePhrase(asking)) || (asking?.kind === 'verb' && REQUESTING_LEMMAS.has(asking.lemma));
    // "it was appropriate for the court to wind up …", "is important for Ukraine to win": so it does after
    // what a copula says of the clause.
    const copula = units[g - 2];
    const judged = isClass(asking, 'det') && copula?.kind === 'verb' && copula.copula;
    if (objects.length && isWord(governor, 'for') && (asks || judged)) return objects;
    // "gave telecom regulator Anatel 24 hours to block …": after a verb of giving, who is given the time or the means acts.
    if (objects.length && isNp(governor) && governor.entity && !governor.possessive) {
      let j = g - 1;
      while (j > 0 && (isClass(units[j], 'det') || units[j]!.kind === 'role' || isPlainNoun(units[j]))) j--;
      const giving = units[j];
      if (giving?.kind === 'verb' && GIVING_LEMMAS.has(giving.lemma)) return [governor];
    }
    // "chose Grace Wanjiru, a former judge, as its candidate to challenge Ruto": what the object is chosen as acts.
    const chosen = objectChosenAs(units, v);
    if (chosen) return [chosen];
    // "agreed to buy processors from AMD over four years to power a data centre": an infinitive of purpose
    // takes the subject of the clause it ends, past that clause's objects and phrases; "…, coming back from
    // two sets down to beat Medvedev": a participle clause's too.
    const clause = governingVerb(units, v) ?? governingVerb(units, v, 'gerund');
    // "appealed the decision to clear Sinner", "welcomed the move to send tanks", "blocked attempts to
    // include …": the decision a verb judges is someone else's, whom the clause does not name.
    // "overturned his decision to delay the election": one a possessive pronoun owns is that one's.
    const decision = units[v - 1];
    const judgedAct = isNp(decision) && (decision.definite || decision.head.endsWith('s') || owned) && DECISION_NOUNS.has(decision.head);
    if (clause !== undefined && judgedAct && DECISION_JUDGING_LEMMAS.has((units[clause] as VerbGroup).lemma)) return owned ? [owner as NounPhrase] : [];
    // "quit over a plan to expand drilling", "rallied against plans to build …": so is one contested in a phrase.
    if (isNp(decision) && DECISION_NOUNS.has(decision.head) && isWord(units[v - 2], 'over', 'against')) return [];
    if (clause !== undefined && !OBJECT_CONTROL_LEMMAS.has((units[clause] as VerbGroup).lemma)) {
      const subjects = findSubjects(units, clause, depth + 1);
      if (subjects.length) return subjects;
    }
  }
  let k = v - 1;
  let crossedComma = false;
  let crossedAside = false;
  // "accepted the result and would campaign for her": a verb after "and" shares the subject of the verb before.
  let a = v - 1;
  while (isClass(units[a], 'adv')) a--;
  const coordinatedVerb = isWord(units[a], 'and', 'or', 'but');
  while (k >= 0) {
    const u = units[k]!;
    if (u.kind === 'word') {
      // "bought Alstom in 2019 and sold …": a coordinated verb's subject lies back past the phrases of the verb before;
      // "Kejriwal himself was arrested": past a pronoun that only stresses the subject.
      if (u.cls === 'adv' || u.cls === 'det' || (coordinatedVerb && u.cls === 'prep') || INTENSIFIERS.has(u.word)) {
        k--;
        continue;
      }
      // "Wilders, whose Party for Freedom won the most seats": what "whose" owns acts.
      if (isWhoseOwned(units, k)) return [units[k + 1] as NounPhrase];
      if (u.cls === 'rel' && (u.word === 'who' || u.word === 'which' || u.word === 'that')) {
        // "China, which maintains …", "Tom Selleck - who was born …", "“A House on Dorchester Street,” which was
        // adapted …": the antecedent acts.
        let j = k - 1;
        if (isWord(units[j], ',', '-') || (isWord(units[j], '"') && isWord(units[j - 2], '"'))) j--;
        // "Caroline Ellison, the former chief executive of Alameda Research who testified …": "who" skips the
        // body a role is of for the role.
        const roleOf = units[j - 2];
        if (u.word === 'who' && isNp(units[j]) && (units[j] as NounPhrase).entity?.type === 'Organization' && isWord(units[j - 1], 'of') && roleOf?.kind === 'role') j -= 2;
        // "Ana Ruiz, a lawyer who represented …": a role set off after a name stands for it, and "Reyes was
        // the executive who hid …" one a copula says its subject holds.
        if (units[j]?.kind === 'role') {
          const named = apposedName(units, j, true);
          return named ? [named] : predicatedOf(units, j, depth);
        }
        if (!isNp(units[j])) return [];
        // "oil spills in the Niger Delta that have hurt …": a plural verb's relative stands for the plural
        // whose phrase the name ends, not for the name; "a rocket attack on the Golan Heights that killed 12
        // children", "the Carter Center in Atlanta, which monitored …": nor does one for a place that ends a
        // phrase after a noun or a name, which says where that was.
        let p = j - 1;
        while (isClass(units[p], 'det')) p--;
        const name = (units[j] as NounPhrase).entity;
        const plural = PLURAL_AUXILIARIES.has(verb.label.split(' ')[0]!) && !!name && isNp(units[p - 1]) && !(units[p - 1] as NounPhrase).entity;
        const headBefore = units[p - 1];
        // Not a place the phrase comes from, which acts ("opposition from Germany, which feared …").
        const placed = u.word !== 'who' && name?.type === 'Place' && !isWord(units[p], 'of', 'from', 'by') && isNp(headBefore) && !headBefore.possessive && !headBefore.pronoun && (!!headBefore.entity || !!headBefore.concept);
        if ((plural || placed) && isClass(units[p], 'prep')) j = p - 1;
        // "a physicist at Stockholm University who is not part of Heron": "who" skips a place or an organisation
        // that ends the phrase it follows, for the person the phrase is about; past the kind the phrase
        // names it by ("a salesman for the shipbuilder Privinvest, who was acquitted").
        const institution = (units[j] as NounPhrase).entity && !['Person', 'Other'].includes((units[j] as NounPhrase).entity!.type);
        const kind = isPlainNoun(units[j - 1]) ? 1 : 0;
        const holder = units[j - 2 - kind];
        if (u.word === 'who' && institution && isClass(units[j - 1 - kind], 'prep') && isNp(holder) && (holder.actor || holder.entity?.type === 'Person')) j -= 2 + kind;
        const antecedent = units[j] as NounPhrase;
        // "Booth was the actor who killed Lincoln": the predicate noun stands for the subject.
        const predicated = !antecedent.entity && !antecedent.pronoun ? predicatedOf(units, j, depth) : [];
        if (predicated.length) return predicated;
        // "Lena Vogt, a former Google engineer who founded …": a description set off after a name stands for it.
        const named = apposedName(units, j, true);
        if (named) return [named];
        // "pledges by Amazon and Google, which have been competing": names coordinated before it all do.
        return antecedent.entity && isWord(units[j + 1], ',') ? coordinatedLeft(units, j) : [antecedent];
      }
      if (u.word === ',') {
        // "Olga Lavrentyeva, 28, on Thursday ordered …": the comma only closes an age set off after the name.
        const aged = units[k - 1];
        if (isNp(aged) && aged.aged && verb.form === 'finite' && !isReducedRelative(units, v)) {
          k--;
          continue;
        }
        // "…, the Umoja Alliance, on Saturday chose …": a phrase of time may stand between the aside and its verb.
        const adjoining = k === v - 1 || isAdverbialPhrase(units.slice(k + 1, v));
        const aside = adjoining && verb.form === 'finite' ? asideOpening(units, k) : -1;
        // "Wilders, whose Party for Freedom (PVV) won …": an aside "whose" opens is no aside until its verb.
        if (aside > 0 && isWhoseOwned(units, aside + 1) && !units.slice(aside + 1, k).some((x) => x.kind === 'verb')) return [units[aside + 2] as NounPhrase];
        // "the sentence of John Adamson, convicted of murdering …": a participle set off after a name
        // describes that name, wherever the name stands; not one after an aside closes ("Carlos Perez,
        // the president of Venezuela, arrived in …"), which is the clause's own verb.
        const participant = isNp(units[k - 1]) ? units[completedName(units, k - 1)] : units[k - 1];
        // So does one after a person's name and age: "James Earl Ray, 60, serving 99 years for …".
        const describes = isReducedRelative(units, v) || (verb.form === 'gerund' && isNp(participant) && participant.aged);
        const patient = isNp(participant) && participant.entity && !participant.possessive && !(participant.entity.type === 'Place' && NO_PLACE_PATIENT_LEMMAS.has(verb.lemma));
        // "its memory chips, used in AI processors": a thing no name stands for too, which never acts but is done to.
        const thing = isNp(participant) && !participant.entity && !participant.pronoun && !participant.possessive && isReducedRelative(units, v);
        if (aside < 0 && k === v - 1 && ((describes && patient) || thing)) return [participant as NounPhrase];
        // "the seventh president of the United States, Andrew Jackson, was born …": a lone name set off
        // after a description that names no one is what the description stands for.
        // "Kenya's main opposition coalition, the Umoja Alliance, chose …": the same for any name.
        // "Its largest investor, the Singapore state fund Temasek, did not sell …": the name may close a description of its own,
        // or a title ("The ruling coalition's candidate, former prime minister Amadou Ba, conceded …").
        // "His party, Pakistan Tehreek-e-Insaf (PTI), welcomed …": the name's acronym in brackets restates it.
        // Not a country in brackets, which says whose a player is ("Linda Wild (U.S.) beat …" in a results line).
        const restated = isParenthetical(units[k - 1]) && (units[k - 1] as NounPhrase).entity?.type === 'Organization' && isWord(units[k - 2], ',');
        const close = restated ? k - 2 : k;
        let n = aside + 1;
        while (isClass(units[n], 'det') || units[n]?.kind === 'role' || (isNp(units[n]) && n < close - 1 && !(units[n] as NounPhrase).possessive)) n++;
        const named = units[n];
        const described = units[aside - 1];
        if (aside > 0 && n + 1 === close && isNp(named) && named.entity && isNp(described) && !described.entity && !described.pronoun) return [named];
        if (aside > 0 && aside + 2 === close && isNp(named) && named.entity?.type === 'Person' && isNp(described) && described.entity?.type !== 'Person') return [named];
        // "The groups, NetChoice and the Computer & Communications Industry Association, had sued …": so do names listed.
        const listed = aside > 0 && isNp(described) && !described.entity && !described.pronoun && isNp(units[k - 1]) ? coordinatedLeft(units, k - 1).filter((np) => units.indexOf(np) > aside) : [];
        const listOpens = listed.length > 1 && units.slice(aside + 1, units.indexOf(listed[0]!)).every((x) => isClass(x, 'det'));
        if (listOpens && listed.every((np) => np.entity)) return listed;
        if (aside > 0) {
          crossedComma = true;
          crossedAside = true;
          k = aside - 1;
          continue;
        }
        if (k === v - 1 || (verb.form === 'gerund' && !crossedComma)) {
          crossedComma = true;
          k--;
          continue;
        }
        const open = openingComma(units, k);
        if (open > 0) {
          const inner = units.slice(open + 1, k);
          const startsAside = isClass(inner[0], 'rel') || isClass(inner[0], 'det') || isNp(inner[0]) || inner[0]?.kind === 'role';
          const finite = inner.some((x) => x.kind === 'verb' && x.form === 'finite') && !isClass(inner[0], 'rel');
          // "would cut 1,200 jobs, mostly in sales, and would not renew …": so is a phrase that says where or how.
          if ((startsAside && !finite) || isAdverbialPhrase(inner)) {
            k = open - 1;
            continue;
          }
        }
        return [];
      }
      // "and"/"or" between verbs, or inside a coordinated subject whose list coordinatedLeft collects;
      // "but" after a phrase, past the words that date or qualify it ("shot down 41 drones overnight but …").
      let phrase = k - 1;
      while (isClass(units[phrase], 'adv') || isClass(units[phrase], 'det')) phrase--;
      if (u.cls === 'conj' && (isNp(units[phrase]) || u.word === 'and' || u.word === 'or')) {
        k--;
        continue;
      }
      return [];
    }
    if (u.kind === 'verb') {
      // "urged China to act with restraint and said …": a verb inflected for tense after an infinitive's
      // clause is coordinated with the verb that clause ends, whose object the infinitive's subject was;
      // a bare one ("allowed him to pick up and score") with the infinitive.
      const governing = u.form === 'infinitive' && verb.form === 'finite' && verb.label !== verb.lemma ? governingVerb(units, k) : undefined;
      if (governing !== undefined && units.slice(k + 1, v).some((x) => isWord(x, 'and', 'or', 'but'))) k = governing;
      // A second verb of the same subject ("backs up … and removes …"), or a participle clause.
      const between = units.slice(k + 1, v);
      // "pleaded guilty to killing …": an infinitive right after a verb and its adjectives has that verb's subject.
      // Not after a verb whose object would act ("led many to question …"), unless it is passive, when its
      // subject is that object ("was nominated to replace him").
      const controlled = verb.form === 'infinitive' && between.every((x) => isClass(x, 'det') || isClass(x, 'adv')) && (!OBJECT_CONTROL_LEMMAS.has(u.lemma) || !!u.passive);
      const coordinated = between.some((x) => isWord(x, 'and', 'or', 'but')) || crossedComma || verb.form === 'gerund' || controlled;
      const attributed = verb.form === 'gerund' && crossedComma ? attributedClause(units, k, verb) : undefined;
      const reported = attributed === undefined ? [] : subjectsShared(units, attributed, depth);
      if (reported.length) return reported;
      const joinedPast = between.some((x) => isWord(x, 'and', 'or', 'but')) ? auxiliarySharedPast(units, k, verb) : undefined;
      if (joinedPast !== undefined) return subjectsShared(units, joinedPast, depth);
      if (coordinated && !between.some((x) => isClass(x, 'sub') || isClass(x, 'rel'))) return subjectsShared(units, reportedFrom(units, k, verb) ?? k, depth);
      return [];
    }
    if (u.kind === 'role') {
      // "A French judge placed …": after "a", a people's adjective before a role says where the one who acts
      // is from, and no name stands for that one.
      const from = units[k - 1];
      if (isNp(from) && isDemonym(from) && isWord(units[k - 2], 'a', 'an')) return [];
      k--;
      continue;
    }
    if (isNp(u)) {
      // "The United States last week accused …": a phrase of time alone (no concept) between a subject and its verb dates the verb.
      if (u.possessive || isTimeSpan(units, k) || (k === v - 1 && isTimePhrase(u))) {
        k--;
        continue;
      }
      // "since he left", "after President Joe Biden blocked …": a subordinator tagged as a preposition still
      // opens a clause when a verb follows, past the subject's own phrases ("after a poor start to the season left …")
      // or an aside ("since Tsai Ing-wen, the outgoing president, took office").
      // Read only for a phrase a preposition may govern, as most subjects are not.
      const opensHere = () => {
        // "after the DA and two smaller parties backed him": past the phrases coordinated with this one.
        const f = units.indexOf(coordinatedLeft(units, k)[0]!);
        let opener = f - 1;
        // "after U.S. prosecutors charged …": a name may modify the noun for its agents; not a noun for anyone
        // ("as an Austin policeman shot …", where "as" is no clause's).
        const modifiedBy = (j: number) => j === k - 1 && isNp(units[j]) && !!(units[j] as NounPhrase).entity && isPlainNoun(u) && AGENT_NOUNS.has(u.head);
        // "after Chinese startup DeepSeek said …", "as title rivals Essex, Derbyshire and Surrey closed in": a noun for what
        // the names are, and a demonym before that noun, describe them.
        const describes = (j: number) => !!(units[f] as NounPhrase).entity && isPlainNoun(units[f - 1]) && (j === f - 1 || (j === f - 2 && isNp(units[j]) && isDemonym(units[j] as NounPhrase)));
        // "after her Morena party and its allies appeared …": so does a name between an owner and the noun it owns.
        const owned = (j: number) => j === f - 1 && isNp(units[j]) && !!(units[j] as NounPhrase).entity && isNp(units[j - 1]) && (units[j - 1] as NounPhrase).possessive;
        while (isClass(units[opener], 'det') || units[opener]?.kind === 'role' || (isNp(units[opener]) && (units[opener] as NounPhrase).possessive) || modifiedBy(opener) || describes(opener) || owned(opener)) opener--;
        const phrasesOnly = units.slice(k + 1, v).every((x) => isClass(x, 'adv') || isClass(x, 'prep') || isClass(x, 'to') || isClass(x, 'det') || isNp(x));
        return isClass(units[opener], 'prep') && CLAUSE_OPENERS.has((units[opener] as { word: string }).word) && (phrasesOnly || crossedAside);
      };
      // "a spokeswoman for K mart based in Troy": a participle of where something is describes the name right before it.
      if (k === v - 1 && u.entity && LOCATING_LEMMAS.has(verb.lemma) && isReducedRelative(units, v)) return [u];
      // "Gangs led by former police officer Jimmy Cherizier have attacked …": the agent of a participle that
      // describes the phrase before it is not the clause's subject; that phrase is.
      const described = describedByAgent(units, k);
      // "in a case brought by South Africa accusing Israel": a participle right after the agent says more of that phrase.
      if (described !== undefined && k === v - 1 && verb.form === 'gerund') return [units[described] as NounPhrase];
      if (described !== undefined) {
        k = described;
        continue;
      }
      if (inPrepositionalPhrase(units, k) && !opensHere()) {
        k--;
        while (k >= 0 && !isClass(units[k], 'prep') && !isClass(units[k], 'to')) k--;
        k--;
        // "won the election with 54% of the vote, defeating …": a quantity "of" follows is in the phrase of the preposition before it.
        let quantity = k;
        while (isClass(units[quantity], 'det')) quantity--;
        if (quantity < k && (isClass(units[quantity], 'prep') || isClass(units[quantity], 'to'))) k = quantity - 1;
        continue;
      }
      // "Dmitry Medvedev, a prominent figure closely aligned with …", "the Sokol network, a Balkan gang led by …": the named entity acts.
      const named = apposedName(units, k);
      if (named) return [named];
      // "demands a troop withdrawal and prosecution …, juxtaposing …": in a participle or purpose clause, a
      // coordinated phrase is an earlier verb's object when its first member is.
      const group = coordinatedLeft(units, k);
      const clauseOfItsOwn = crossedComma || coordinatedVerb || verb.form === 'gerund' || verb.form === 'infinitive';
      let before = clauseOfItsOwn ? units.indexOf(group[0]!) - 1 : k - 1;
      // "hit the city of Kharkiv, killing …": compromise's one phrase "the city of" stands before the object's name;
      // "for bribing former President Park Geun-hye and was pardoned …": before a verb "and" joins, titles do.
      // "had shot down 21 Ukrainian drones … but did not mention", "won his fourth Formula One title, finishing
      // fifth": so do names modifying the object's noun.
      const modifier = (j: number) => (coordinatedVerb || (verb.form === 'gerund' && crossedComma)) && isNp(units[j]) && !!(units[j] as NounPhrase).entity && chainEnd(units, j) > j;
      // "beat former immigration minister Robert Jenrick …, winning": so does a title, with the noun that
      // qualifies it; not before an infinitive, which a titled object does ("ordered former President Tom Hale to pay").
      // "met Chinese Foreign Minister Wang Yi …, pressing": and the name of the country or the body the title is of.
      const titles = (j: number) => clauseOfItsOwn && verb.form !== 'infinitive' && (units[j]?.kind === 'role' || ((isPlainNoun(units[j]) || (isNp(units[j]) && !!(units[j] as NounPhrase).entity)) && units[j + 1]?.kind === 'role'));
      // "seized the capital Damascus on Sunday, forcing …": so does a description in apposition to the name.
      // Not before a tensed verb, whose subject a noun may be the object of ("the gun Sirhan used").
      const apposed = (j: number) => clauseOfItsOwn && isNp(units[j]) && !(units[j] as NounPhrase).entity && chainEnd(units, j) > j;
      // "has scaled back investment in … and sold …": the verb's particle stands between it and its object.
      while (isClass(units[before], 'det') || (isNp(units[before]) && (units[before] as NounPhrase).possessive) || namesKindBefore(units[before]) || titles(before) || modifier(before) || apposed(before) || (clauseOfItsOwn && isClass(units[before], 'adv') && units[before - 1]?.kind === 'verb')) before--;
      // "The Beijing-based firm has denied …": the names and their hyphenated participle modify the subject.
      if (beforePlaceModifier(units, before) !== before) {
        before = beforePlaceModifier(units, before);
        while (isClass(units[before], 'det')) before--;
      }
      if (units[before]?.kind === 'verb') {
        // The object of an earlier verb: in a participle or purpose clause that verb's subject acts
        // ("…continued its build up, now amassing troops", "used it to shoot Oswald");
        // otherwise it is a small clause ("made it clear").
        // "Boeing said Stan Deal, the head of the unit, would retire": the name past an aside begins the clause a verb of
        // saying takes; not after a command opening the sentence ("Add Women's singles, third round …").
        const saidOf = crossedAside && before > 0 && !coordinatedVerb && verb.form === 'finite' && CLAUSE_TAKING_LEMMAS.has((units[before] as VerbGroup).lemma);
        if (clauseOfItsOwn && !saidOf) {
          // "accused Lindner of blocking a compromise and said …": a tensed verb joins the tensed verb before
          // it, not a gerund or an infinitive in that verb's phrase.
          const tensed = verb.form === 'finite' && verb.label !== verb.lemma;
          const joined = coordinatedVerb && tensed && (units[before] as VerbGroup).form !== 'finite' ? finiteVerbBefore(units, before) ?? before : before;
          return subjectsShared(units, reportedFrom(units, joined, verb) ?? joined, depth);
        }
        // "said Cook would meet …", "expects Halden will sue …": after a verb that takes a clause, one begins
        // without "that"; "felt the Arizona senator supported …": a role's holder, unnamed, is its subject.
        const titled = units[units.indexOf(group[group.length - 1]!) + 1]?.kind === 'role';
        return CLAUSE_TAKING_LEMMAS.has((units[before] as VerbGroup).lemma) && verb.form === 'finite' && !titled ? group.flatMap((np) => agentsOf(units, np)) : [];
      }
      return group.flatMap((np) => agentsOf(units, np));
    }
    k--;
  }
  return [];
}

/**
 * "said it had struck targets since Assad fell and had moved troops": a verb joined to the verb of a clause
 * a subordinator opens, with an auxiliary that verb lacks, joins the verb before that clause that has it.
 */
function auxiliarySharedPast(units: Unit[], k: number, verb: VerbGroup): number | undefined {
  const auxiliary = verb.label.split(' ')[0]!;
  if (!verb.label.includes(' ') || (units[k] as VerbGroup).label.startsWith(`${auxiliary} `)) return undefined;
  let j = k - 1;
  while (isNp(units[j]) || isClass(units[j], 'det') || isClass(units[j], 'adv')) j--;
  const opener = units[j];
  if (!isClass(opener, 'sub') && !(isClass(opener, 'prep') && CLAUSE_OPENERS.has((opener as { word: string }).word))) return undefined;
  const earlier = finiteVerbBefore(units, j);
  return earlier !== undefined && (units[earlier] as VerbGroup).label.startsWith(`${auxiliary} `) ? earlier : undefined;
}

/** Where the phrase is that a bare passive participle describes, whose agent ends at unit k ("gangs led by … Cherizier"). */
function describedByAgent(units: Unit[], k: number): number | undefined {
  // "threatened by U.S. President-elect Donald Trump": past the title and its owner.
  let j = titleStart(units, k) - 1;
  // "led by Nobel laureate Muhammad Yunus": past the names and nouns before the agent's name.
  while (isClass(units[j], 'det') || units[j]?.kind === 'role' || (isNp(units[j]) && (!(units[j] as NounPhrase).entity || chainEnd(units, j) >= k))) j--;
  const participle = units[j - 1];
  if (!isWord(units[j], 'by') || participle?.kind !== 'verb' || !participle.passive || participle.label.includes(' ')) return undefined;
  if (isNp(units[j - 2])) return j - 2;
  // "The motion, brought by the opposition Progress Party, won …": or the phrase it is set off after.
  return isWord(units[j - 2], ',') && isNp(units[j - 3]) && isWord(units[k + 1], ',') ? j - 3 : undefined;
}

/** Reflexive pronouns, which after a subject only stress it. */
const INTENSIFIERS = new Set(['himself', 'herself', 'itself', 'themselves']);

/**
 * The subjects a later verb shares with the earlier one at `k`: that verb's, except after a clause "whose"
 * opens, whose owner acts ("Wilders, whose Party for Freedom won …, said").
 */
function subjectsShared(units: Unit[], k: number, depth: number): NounPhrase[] {
  const earlier = findSubjects(units, k, depth + 1);
  const owned = earlier.length === 1 ? units.indexOf(earlier[0]!) : -1;
  const owner = units[owned - 3];
  return owned > 2 && isWhoseOwned(units, owned - 1) && isWord(units[owned - 2], ',') && isNp(owner) ? [owner] : earlier;
}

/** "whose" at k before the name it owns. */
const isWhoseOwned = (units: Unit[], k: number): boolean => isWord(units[k], 'whose') && isNp(units[k + 1]) && !!(units[k + 1] as NounPhrase).entity;

/** The nearest tensed verb before unit k in its clause, if any. */
function finiteVerbBefore(units: Unit[], k: number): number | undefined {
  for (let j = k - 1; j >= 0; j--) {
    const u = units[j]!;
    if (u.kind === 'verb' && u.form === 'finite') return j;
    if (isClass(u, 'sub') || isClass(u, 'rel') || isWord(u, ';', '"')) return undefined;
  }
  return undefined;
}

/**
 * "US officials withdrew", "Russia's troops advanced", "Russian drones struck", "mediators from Egypt and
 * Qatar opened talks": people and arms acting for named entities stand for them.
 */
function agentsOf(units: Unit[], np: NounPhrase): NounPhrase[] {
  if (!np.concept || !(AGENT_NOUNS.has(np.head) || ARMED_MEANS.has(np.head) || MEMBER_NOUNS.has(np.head))) return [np];
  const k = units.indexOf(np);
  const before = units[k - 1];
  // "its forces had struck …": the possessor's forces act for it.
  const owner = isNp(before) && ((before.entity && before.entity.type !== 'Person') || (before.pronoun === 'thing' && before.possessive));
  if (owner) return [before as NounPhrase];
  const body = (u: Unit | undefined): u is NounPhrase => isNp(u) && !!u.entity && u.entity.type !== 'Person' && !u.possessive;
  let n = k + 2;
  while (isClass(units[n], 'det')) n++;
  // "Rebels of the Free Dravia Movement captured …": so do those "of" one.
  const from = isWord(units[k + 1], 'from', 'of') && body(units[n]) ? coordinatedRight(units, n, (units[k + 1] as { word: string }).word, true).filter(body) : [];
  return from.length ? from : [np];
}

/**
 * The name a plain description is set off after: "Dmitry Medvedev, a prominent figure …", "the Sokol
 * network, a Balkan gang …", "Lena Vogt, a former Google engineer …" (names may modify the description).
 * With `owned`, as before a relative "who", someone's description too ("Caroline Ellison, his former
 * girlfriend who …", "Michael Cohen, Trump's former lawyer who …"); elsewhere an owned phrase after a name
 * and a comma opens a clause of its own ("coach Aime Jacquet, their elimination having come …").
 */
function apposedName(units: Unit[], k: number, owned = false): NounPhrase | undefined {
  const description = units[k]!;
  // "Madigan, a Democrat who …": a name after "a" is what someone is, no one else.
  if (isNp(description) && (description.pronoun || (description.entity && !isWord(units[k - 1], 'a', 'an')))) return undefined;
  let d = k - 1;
  // "Fred Coe, a director-producer who …": a role word may qualify the description too; "Leeson, the
  // Northern Ireland-born actor who …": so may a name and its hyphenated participle.
  const qualifies = (u: Unit | undefined) => isClass(u, 'det') || u?.kind === 'role' || (u?.kind === 'verb' && u.form === 'hyphenated') || (isNp(u) && (u.possessive ? owned && !!(u.entity || u.pronoun) : !!u.entity));
  while (qualifies(units[d])) d--;
  const named = units[d - 1];
  if (reportingAfterClause(units, k, d)) return undefined;
  // "The Santa Clara, California-based company": a town and its region are one place, no apposition.
  const region = units[d + 1];
  if (isNp(named) && named.entity && isNp(region) && region.entity && isPlaceWithRegion(named.entity, region.entity)) return undefined;
  return isWord(units[d], ',') && isNp(named) && named.entity && !closesOpeningPhrase(units, d - 1) ? named : undefined;
}

/**
 * "… under a deal with the IG Metall union, the carmaker said on Friday", "Trump spoke to Putin, his aides
 * said": a description right before a verb of saying, after a clause that has its own verb, is that
 * verb's subject, reporting the clause; no apposition to the name that ends the clause.
 */
export function reportingAfterClause(units: Unit[], k: number, comma: number): boolean {
  const verb = units[k + 1];
  return verb?.kind === 'verb' && verb.form === 'finite' && REPORTING_LEMMAS.has(verb.lemma) && units.slice(0, comma).some((u) => u.kind === 'verb' && u.form === 'finite');
}

/**
 * "In Kyiv, officials said …", "Backed by Russia, the rebels seized …", "If the court sides with Trump,
 * other states …": the name at k ends a phrase or a clause opening the sentence, which the phrase
 * after its comma is no apposition to.
 */
export function closesOpeningPhrase(units: Unit[], k: number): boolean {
  return closesOpeningClause(units, k) || closesOpeningPrepositionalPhrase(units, k);
}

function closesOpeningPrepositionalPhrase(units: Unit[], k: number): boolean {
  let p = k - 1;
  while (isClass(units[p], 'det')) p--;
  if (!isClass(units[p], 'prep')) return false;
  // "Earlier on Saturday,": compromise may read the adverb as an adjective.
  const before = units.slice(0, p).filter((u) => !isClass(u, 'adv') && !isClass(u, 'det'));
  return before.length === 0 || (before.length === 1 && before[0]!.kind === 'verb');
}

/** A clause a subordinator opens the sentence with ("When Russia invaded Ukraine,"), up to k with no comma, has its verb. */
function closesOpeningClause(units: Unit[], k: number): boolean {
  let o = 0;
  while (isClass(units[o], 'adv')) o++;
  const opener = units[o];
  if (!(isClass(opener, 'sub') || isClass(opener, 'prep')) || !CLAUSE_OPENERS.has((opener as { word: string }).word)) return false;
  const clause = units.slice(o + 1, k + 1);
  return clause.some((u) => u.kind === 'verb' && u.form === 'finite') && !clause.some((u) => isWord(u, ',', ';'));
}

function lightNounTarget(units: Unit[], k: number): number {
  // "the idea of engaging in peace talks" → peace talks
  const np = units[k] as NounPhrase;
  if (!np.concept || !LIGHT_NOUNS.has(np.head) || !isWord(units[k + 1], 'of')) return k;
  let j = k + 2;
  if (units[j]?.kind === 'verb' || (units[j]?.kind === 'word' && /ing$/.test((units[j] as { word: string }).word))) j++;
  if (isClass(units[j], 'prep')) j++;
  while (isClass(units[j], 'det')) j++;
  return isNp(units[j]) ? chainEnd(units, j) : k;
}

const LARGE_NUMBERS = ['hundreds', 'thousands', 'millions', 'billions', 'trillions'];
const NUMBER_WORDS = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens?)$/;
const SCALES = ['hundred', 'thousand', 'million', 'billion', 'trillion', ...LARGE_NUMBERS];
/**
 * A number, in figures or words ("holds only three of the 225 seats"), the scale written after one
 * ("$6.3 billion"), or a scale alone ("millions of computers").
 */
const isQuantity = (u: Unit | undefined): boolean => u?.kind === 'word' && (/\d/.test(u.word) || NUMBER_WORDS.test(u.word) || SCALES.includes(u.word));

/** "750 million euros": a sum written with its currency's noun. */
const isSum = (u: Unit | undefined): boolean => isNp(u) && !u.entity && CURRENCIES.has(u.head);

/** Nouns that "on" makes a phrase of circumstance or of time with, never an object: "on condition", "on schedule". */
const ON_ADJUNCT_NOUNS = new Set(['condition', 'schedule', 'time', 'track']);

/** Nouns of prepositions of several words that say why or besides what: "in exchange for", "in response to". */
const ADJUNCT_PREPOSITION_NOUNS = new Set(['exchange', 'return', 'response', 'addition', 'retaliation']);

/**
 * Past a name and the hyphenated participle it makes of the phrase at k, and the adjectives after them
 * ("US-supplied ATACMS", "Houston-based Intuitive Machines", "Kurdish-controlled northern Iraq"), or k.
 */
function pastHyphenedModifier(units: Unit[], k: number): number {
  if (!isNp(units[k]) || units[k + 1]?.kind !== 'verb' || (units[k + 1] as VerbGroup).form !== 'hyphenated') return k;
  let n = k + 2;
  while (isClass(units[n], 'det')) n++;
  return isNp(units[n]) ? n : k;
}

/** Prepositions that say when, not what a noun is of or for. */
const TIME_PREPOSITIONS = ['since', 'until', 'till', 'during', 'before', 'after'];

/** Past an amount that "of" at k opens and a preposition follows ("a stake of about 3% in …", "a loan of $5 billion to …"), or k. */
function amountEnd(units: Unit[], k: number): number {
  if (!isWord(units[k], 'of')) return k;
  let j = k + 1;
  while (isClass(units[j], 'adv')) j++;
  const figures = j;
  while (isQuantity(units[j])) j++;
  const sum = isSum(units[j]);
  if (sum) j++;
  return (j > figures || sum) && (isClass(units[j], 'prep') || isClass(units[j], 'to')) ? j : k;
}

export function findObjects(units: Unit[], v: number): Argument[] {
  const verb = units[v] as VerbGroup;
  let k = v + 1;
  // "pleaded not guilty to the charges": the plea stands before what it answers, and belongs in the label.
  let plea = '';
  // Titles before a name ("killed President Kennedy", "meet Chinese Premier Li Qiang") modify it.
  for (;;) {
    const titled = titleEnd(units, k);
    if (isWord(units[k], 'guilty', 'innocent') && (isClass(units[k + 1], 'to') || isClass(units[k + 1], 'prep'))) {
      plea = `${isWord(units[k - 1], 'not') ? 'not ' : ''}${(units[k] as { word: string }).word} `;
      k++;
    }
    // "invested billions of dollars in OpenAI": a sum of money, as "$10 billion" is, leads on to what it went to.
    else if (isWord(units[k], ...LARGE_NUMBERS) && isWord(units[k + 1], 'of') && isNp(units[k + 2]) && CURRENCIES.has((units[k + 2] as NounPhrase).head)) k += 3;
    // "is funding most of the mission", "controls much of the capital": a share of the object is the object.
    else if (isWord(units[k], ...QUANTIFIERS) && isWord(units[k + 1], 'of')) k += 2;
    else if (titled > k) k = titled;
    // "cut up to 2,500 jobs": "up to" bounds the object's number.
    else if (isWord(units[k], 'up') && isWord(units[k + 1], 'to') && isClass(units[k], 'adv')) k += 2;
    else if (isClass(units[k], 'adv')) k++;
    // "led both the Bank of Canada and the Bank of England": the word opening a pair.
    else if (isWord(units[k], 'both', 'either') && k === v + 1) k++;
    // "utilized US-supplied ATACMS": a name and a hyphenated participle modify the object after them.
    else if (pastHyphenedModifier(units, k) > k) k = pastHyphenedModifier(units, k);
    // "represent 80% of the population", "restructure $6.3 billion of debt", "buy back 750 million euros of
    // shares": a quantity's "of", or a sum's, leads to the object itself.
    else if (isWord(units[k], 'of') && k > v + 1 && (isQuantity(units[k - 1]) || isSum(units[k - 1]))) k++;
    else if (isSum(units[k]) && isWord(units[k + 1], 'of') && isNp(units[k + 2])) k++;
    // "owns about 8% of its shares": a word that makes a number approximate.
    else if (isWord(units[k], 'about', 'around', 'nearly', 'almost', 'roughly', 'some', 'over') && /\d/.test((units[k + 1] as { word?: string } | undefined)?.word ?? '')) k += 2;
    // "was born in 1732 in Westmoreland County": a year is when, and the place follows.
    else if (isWord(units[k], 'in') && /^\d{4}$/.test((units[k + 1] as { word?: string } | undefined)?.word ?? '') && isClass(units[k + 2], 'prep')) k += 2;
    // "lived for many years in Madrid", "worked for two decades at Google": so is how long.
    else if (isWord(units[k], 'for', 'over') && isNp(units[k + 1]) && TIME_UNITS.has((units[k + 1] as NounPhrase).head) && isClass(units[k + 2], 'prep')) k += 2;
    else break;
  }
  const u = units[k];
  // "Halden, which Orion bought in 2019", "Hale, whom the board blamed for the losses": with no object
  // after it, a verb a relative clause's subject governs takes what the relative pronoun stands for.
  // Not after "that", which also opens what a noun says ("reports that Russia attacked on Monday"), nor
  // a phrase a preposition governs, which "which" may pass over for the clause ("allowed fentanyl to
  // flow into the United States, which Trump cited as a reason").
  const takesNone = !isNp(u) && u?.kind !== 'verb' && !verb.passive && !verb.copula && !REPORTING_LEMMAS.has(verb.lemma) && !CLAUSE_TAKING_LEMMAS.has(verb.lemma);
  const relative = takesNone ? objectRelativeAntecedent(units, v, ['which', 'whom']) : undefined;
  if (relative && !inPrepositionalPhrase(units, units.indexOf(relative))) return [{ np: relative }];
  // "rejects recognizing Crimea": a gerund object hands on to its own object.
  if (u?.kind === 'verb' && u.form === 'gerund' && u !== verb && !gerundOpensClause(units, k)) {
    return findObjects(units, k).map((a) => ({ ...a, via: [u.label, a.via ?? a.prep].filter(Boolean).join(' ') }));
  }
  if (isNp(u)) {
    if (u.pronoun === 'thing' && !u.possessive) return [];
    // "found Ryan Salame's partner guilty", "threatened its legal representative": a role its owner's name or
    // pronoun owns, with no name after it, is held by someone no name stands for. A person owns only a
    // relation to a person ("the bullet that struck Kennedy's head").
    const owned = units[k + 1];
    if (u.possessive && owned?.kind === 'role' && (u.pronoun === 'thing' || u.entity?.type !== 'Person' || PERSONAL_RELATIONS.has(owned.role.split(' ').at(-1)!))) return [];
    // "named Larry Jinks publisher of …": after a verb of appointing, a noun right after a person is
    // what the person is made, not a head the name modifies.
    const made = units[k + 1];
    if (APPOINTING_LEMMAS.has(verb.lemma) && u.entity?.type === 'Person' && !u.possessive && isNp(made) && made.concept && !made.entity && !made.possessive) return [{ np: u, via: `as ${made.concept}` }];
    // "gives Rio Tinto control of …", "gives Milei special powers": after a verb of giving, a name before the thing given is who gets it.
    if (GIVING_LEMMAS.has(verb.lemma) && u.entity && !u.possessive) {
      let given = k + 1;
      while (isClass(units[given], 'det')) given++;
      if (isPlainNoun(units[given])) return [{ np: units[given] as NounPhrase }, { np: u, prep: 'to' }];
    }
    const compound = compoundPrepositionObject(units, k);
    if (compound) return [{ np: compound, via: `${u.head} of` }];
    const target = lightNounTarget(units, chainEnd(units, k));
    // "felt the Arizona senator supported …": a name before a role owns the role, whose holder, unnamed, is the object.
    if ((units[target] as NounPhrase).entity && !(units[target] as NounPhrase).possessive && units[target + 1]?.kind === 'role') return [];
    const coordinated = coordinatedRight(units, target);
    // "fined Apple 500 million euros and Meta 200 million euros": a name with its sum, and another with its own.
    const other = units[target + 3];
    if (coordinated.length === 1 && (units[target] as NounPhrase).entity && isSum(units[target + 1]) && isWord(units[target + 2], 'and') && isNp(other) && other.entity && !other.possessive && isSum(units[target + 4])) coordinated.push(other);
    // "hoped the tools would speed up …", "indicating the union no longer sees …": after a verb that takes a
    // clause, a phrase a tensed verb follows is that clause's subject, not the verb's object. Not one in
    // -ed with no auxiliary, which may be a participle ("told reporters gathered outside").
    let a = units.indexOf(coordinated[coordinated.length - 1]!) + 1;
    // "hope the court, which now has a conservative majority, will take …": past a relative clause set off after the phrase.
    const asideClosed = isWord(units[a], ',') && isClass(units[a + 1], 'rel') ? units.findIndex((x, j) => j > a + 1 && isWord(x, ',')) : -1;
    if (asideClosed > 0) a = asideClosed + 1;
    // "ruled Kestia's president cannot run": past the role an owner's name owns.
    if ((units[a - 1] as NounPhrase).possessive && units[a]?.kind === 'role') a++;
    while (isClass(units[a], 'adv')) a++;
    const after = units[a];
    if (CLAUSE_TAKING_LEMMAS.has(verb.lemma) && after?.kind === 'verb' && after.form === 'finite' && (CLAUSE_AUXILIARIES.has(after.label.split(' ')[0]!) || !after.label.endsWith('ed'))) return [];
    const objects: Argument[] = coordinated.map((np) => ({ np }));
    const head = units[target] as NounPhrase;
    // "launched strikes on Crimea": the concept's complement names who is affected; "bought a stake of about
    // 3% in Nissan", "imposed a fine of 1.8 billion euros on Apple": past the amount the concept is of.
    const p = amountEnd(units, target + 1);
    const prep = units[p];
    // "rejected a proposal by U.S. President Donald Trump": the complement is the name its titles lead to.
    const n = titleEnd(units, p + 1);
    // "struck targets with US-supplied missiles": a name and its hyphenated participle modify the noun after them.
    const c = chainEnd(units, pastHyphenedModifier(units, n));
    const next = units[c];
    // "scored an equaliser after Jonas Wendt had given …": a name followed by its own verb begins a clause.
    const clause = units[c + 1]?.kind === 'verb' && (units[c + 1] as VerbGroup).form === 'finite';
    // Not "hit the refinery with Flamingo missiles": a weapon is what the verb was done with (firedWith).
    const instrument = isWord(prep, 'with') && isNp(next) && next.entity?.type === 'Weapon';
    // "needs approval from the Commission", "won clearance from the EU": who grants a permission is no
    // object of the verb that has it (permissionFrom reads the grantor).
    const permission = PERMISSION_NOUNS.has(head.head);
    // "contains the same ingredient as Mounjaro": "as" compares, naming no one the verb acts on; "to win a
    // title since Andy Roddick": nor does a preposition of time, nor one of an area what is no act is
    // spread over ("killed 200 people across the United States", not "launched strikes across Ukraine").
    const comparedOrDated = isWord(prep, 'as', ...TIME_PREPOSITIONS) || (isWord(prep, 'across', 'throughout') && !NOMINALIZATIONS.has(head.head));
    // "postponed a planned visit to India": "to" after a noun for an act is where the act goes, not whom the verb gives to.
    const complement = isClass(prep, 'prep') || (isClass(prep, 'to') && NOMINALIZATIONS.has(head.head));
    if (head.concept && complement && isNp(next) && (next.entity || next.pronoun === 'person') && !clause && !instrument && !permission && !comparedOrDated) {
      // "meet executives from Apple, Google and OpenAI": each of coordinated names is the complement.
      const via = `${head.head} ${(prep as { word: string }).word}`;
      for (const np of coordinatedRight(units, c, (prep as { word: string }).word)) if (np.entity || np.pronoun === 'person') objects.push({ np, via });
    }
    // "prices New York IPO", "opened a Paris store": a town naming where the object is says where it happens;
    // a country or a state says whose it is ("weighing U.S. options", "German authorities"), and so does
    // an organisation or a person, which the verb then reaches ("would test the Heron result").
    const adjunct = units[k];
    const named = isNp(adjunct) && !adjunct.possessive && target > k && head.concept && !objects.some((o) => o.np === adjunct) ? adjunct.entity : undefined;
    if (named?.type === 'Place' && !isRegion(named.canonical)) objects.push({ np: adjunct as NounPhrase, via: `${head.head} in` });
    else if (named?.type === 'Organization' || named?.type === 'Person') objects.push({ np: adjunct as NounPhrase, via: `${head.head} of` });
    // "counts ESA and SpaceX among its customers", "named Smith as its chief": what a named object is said to be
    // belongs to the label; not what a thing is done as ("scrambled jets as a precaution").
    const role = coordinated.every((np) => np.entity) ? secondaryPredicate(units, units.indexOf(coordinated[coordinated.length - 1]!) + 1) : undefined;
    if (role) return objects.map((a) => (a.via ? a : { ...a, via: role }));
    // "bought processors from AMD": the recipient is the complement of the object read above, once.
    const given = permission ? [] : recipients(units, amountEnd(units, units.indexOf(coordinated[coordinated.length - 1]!) + 1)).filter((a) => !objects.some((o) => o.np === a.np));
    // "Mitsubishi Motors, in which Nissan owns a 24% stake": what the relative's preposition leads to completes the concept.
    const relative = head.concept ? prepositionRelativeAntecedent(units, v) : undefined;
    const completed = relative ? [{ np: relative.np, via: `${head.head} ${relative.prep}` }] : [];
    return [...objects, ...possessorObjects(units, target, undefined), ...given, ...completed];
  }
  if ((isClass(u, 'prep') || isClass(u, 'to')) && OBJECT_PREPOSITIONS.has((u as { word: string }).word)) {
    const prep = (u as { word: string }).word;
    if (verb.passive && prep === 'by') return [];
    let n = k + 1;
    while (isClass(units[n], 'det') || isClass(units[n], 'adv')) n++;
    // "negotiate with RSF leader Mohamed Hamdan Dagalo": titles before a name modify it, as for a direct object.
    n = titleEnd(units, n);
    // "to fight on her own": a possessive with nothing to possess is an idiom, not an object; so is "on
    // condition" ("approved the deal on condition that …", "spoke on condition of anonymity"), and "on
    // schedule", "on time", which say when.
    // Nor "in exchange for", "in response to": a preposition of several words says why, not what the verb acts on;
    // nor "with immediate effect", which says when, nor "died at the age of 91".
    const idiomHead = (units[n] as NounPhrase | undefined)?.head;
    const idiom = ((units[n] as NounPhrase | undefined)?.possessive && isWord(units[n + 1], 'own')) || (prep === 'on' && ON_ADJUNCT_NOUNS.has(idiomHead ?? '')) || (prep === 'at' && idiomHead === 'age') || (prep === 'with' && idiomHead === 'effect') || (prep === 'in' && ADJUNCT_PREPOSITION_NOUNS.has((units[n] as NounPhrase | undefined)?.concept ?? '') && isWord(units[n + 1], 'for', 'to'));
    if (isNp(units[n]) && !idiom && (!REPORTING_LEMMAS.has(verb.lemma) || prep === 'on' || prep === 'about')) {
      const compound = compoundPrepositionObject(units, n);
      if (compound) return [{ np: compound, prep: `${plea}${prep} ${(units[n] as NounPhrase).head} of` }];
      const target = lightNounTarget(units, chainEnd(units, n));
      return [...coordinatedRight(units, target, prep).map((np) => ({ np, prep: `${plea}${prep}` })), ...possessorObjects(units, target, `${plea}${prep}`)];
    }
  }
  return [];
}

/** "bargains on behalf of Disney", "voted in favour of the bill": the noun of a compound preposition is no object; what its "of" leads to is. */
function compoundPrepositionObject(units: Unit[], k: number): NounPhrase | undefined {
  const noun = units[k] as NounPhrase;
  if (!PREPOSITION_NOUNS.has(noun.head) || noun.entity || !isWord(units[k + 1], 'of')) return undefined;
  const object = units[titleEnd(units, k + 2)];
  return isNp(object) ? object : undefined;
}

/**
 * "did not comment on Wanjiru's nomination", "will join Halvorsen's board": a concept owned by a name
 * relates the verb's subject to that name too, through the concept. An act with its object after it
 * ("cleared Microsoft's takeover of Activision") is by its owner, not of it.
 */
function possessorObjects(units: Unit[], target: number, prep: string | undefined): Argument[] {
  const head = units[target] as NounPhrase;
  // "Tehran's alleged deployment": past the words that qualify what is owned.
  let o = target - 1;
  while (isClass(units[o], 'det')) o--;
  const owner = units[o];
  if (!head.concept || head.entity || !isNp(owner) || !owner.possessive || !(owner.entity || owner.pronoun)) return [];
  const actor = NOMINALIZATIONS.has(head.head) && isWord(units[target + 1], 'of');
  return [{ np: owner, via: [prep, `${head.head} ${actor ? 'by' : 'of'}`].filter(Boolean).join(' ') }];
}

/** "loses the seat to Reform UK", "sold the unit to Siemens": who an object passes to or from is related too. */
function recipients(units: Unit[], k: number): Argument[] {
  // "dealt the worst defeat yet to Erdogan": past an adverb.
  while (isClass(units[k], 'adv')) k++;
  const prep = units[k];
  if (!isWord(prep, 'to', 'from', 'against')) return [];
  // "a request from North Carolina Gov. Jim Martin": the titles lead to whom it is from.
  const target = chainEnd(units, titleEnd(units, k + 1));
  // "sent aid to Turkey and Syria": each of coordinated names receives it.
  return isNp(units[target]) && (units[target] as NounPhrase).entity ? coordinatedRight(units, target, prep.word).filter((np) => np.entity).map((np) => ({ np, prep: prep.word })) : [];
}

/** Words that say what a verb's object is taken to be: "among its customers", "as its chief executive". */
function secondaryPredicate(units: Unit[], after: number): string | undefined {
  let k = after;
  while (k < units.length && !isWord(units[k], 'among', 'as')) {
    if (units[k]!.kind === 'verb' || isWord(units[k], ',', ';') || isClass(units[k], 'sub')) return undefined;
    k++;
  }
  const word = units[k] as { word: string } | undefined;
  let n = k + 1;
  // "as its chief executive", "as the country's first female finance minister": past whose it is.
  while (isClass(units[n], 'det') || (isNp(units[n]) && (units[n] as NounPhrase).possessive)) n++;
  const noun = units[n];
  // "reported a loss as a machinists' strike halted production": "as" opening a clause says when, not what.
  let end = n;
  while (isNp(units[end])) end++;
  if (units[end]?.kind === 'verb') return undefined;
  // "kept Hayashi as chief Cabinet secretary": the noun qualifies a title, which the role patterns read.
  if (units[end]?.kind === 'role') return undefined;
  return word && isNp(noun) && noun.concept && !noun.entity ? `${word.word} ${noun.concept}` : undefined;
}

/** Nouns for a command, whose giver had the act done: "on the orders of", "at the behest of". */
const ORDER_NOUNS = new Set(['order', 'orders', 'instructions', 'behest', 'command']);

/**
 * Who had the passive verb at `v` done: "was murdered on the orders of Francisco Pizarro", "were
 * arrested on Haddad's instructions", "at the behest of the junta".
 */
export function orderGivers(units: Unit[], v: number): NounPhrase[] {
  for (let k = v + 1; k < units.length; k++) {
    const u = units[k]!;
    if (u.kind === 'verb' || isClass(u, 'sub') || isClass(u, 'rel') || isWord(u, ';', '"', 'by')) return [];
    if (!isWord(u, 'on', 'at', 'under')) continue;
    let n = k + 1;
    while (isClass(units[n], 'det')) n++;
    n = titleEnd(units, n);
    const owner = units[n];
    // "on President Kabila's orders"
    if (isNamedOwner(owner) && isNp(units[n + 1]) && ORDER_NOUNS.has((units[n + 1] as NounPhrase).head)) return [owner];
    if (!isNp(owner) || owner.entity || !ORDER_NOUNS.has(owner.head) || !isWord(units[n + 1], 'of')) continue;
    const giver = chainEnd(units, titleEnd(units, n + 2));
    return isNp(units[giver]) && (units[giver] as NounPhrase).entity ? coordinatedRight(units, giver, 'of').flatMap((np) => agentsOf(units, np)) : [];
  }
  return [];
}

/** Prepositions that open a phrase of time or circumstance, whose own "by" names no agent of the verb before. */
const CIRCUMSTANCE_PREPOSITIONS = ['after', 'before', 'following', 'amid', 'during', 'despite'];

/** The agent of a passive verb: "were supplied by the US" → US. */
export function findAgents(units: Unit[], v: number): NounPhrase[] {
  // The agent may follow other phrases: "was shot to death in St. Joseph, Mo., by Robert Ford"; not
  // a phrase of time's or circumstance's ("was opened after a complaint by Manos Limpias").
  let k = v + 1;
  while (k < units.length && !isWord(units[k], 'by')) {
    const u = units[k]!;
    if (u.kind === 'verb' || u.kind === 'role' || isClass(u, 'sub') || isClass(u, 'rel') || isWord(u, ';', '"', ...CIRCUMSTANCE_PREPOSITIONS)) return [];
    // "was sentenced for his role in the killings of 25 people by a death squad": the agent of an act's noun with its object.
    if (isNp(u) && NOMINALIZATIONS.has(singularNoun(u.head)) && isWord(units[k + 1], 'of')) return [];
    k++;
  }
  if (!isWord(units[k], 'by')) return [];
  // "built by Houston-based Intuitive Machines", "sold by its China-based parent company": a name and its
  // hyphenated participle modify the agent after them, past an owning pronoun.
  const owned = isNp(units[k + 1]) && (units[k + 1] as NounPhrase).possessive && !!(units[k + 1] as NounPhrase).pronoun && pastHyphenedModifier(units, k + 2) > k + 2;
  const n = owned ? pastHyphenedModifier(units, k + 2) : pastHyphenedModifier(units, titleEnd(units, k + 1));
  // "Talks mediated by the United States and Saudi Arabia collapsed": after a participle that describes the
  // sentence's subject, the verb after the agents is the sentence's own.
  const verbAhead = isPastParticiple(units[v] as VerbGroup) && !units.slice(0, v).some((u) => u.kind === 'verb');
  // "was charged by U.S. prosecutors": people acting for a named entity stand for it, as subjects do.
  // "was passed by a wide margin": a measure is no agent, nor a means ("was sent by fax"; not "the Air Force").
  const agent = units[n];
  return isNp(agent) && !MEASURE_NOUNS.has(agent.head) && !(MEANS_NOUNS.has(agent.head) && !agent.entity) ? coordinatedRight(units, chainEnd(units, n), 'by', verbAhead).flatMap((np) => agentsOf(units, np)) : [];
}
