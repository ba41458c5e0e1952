/**
 * The type of a name: gazetteers first, then head words ("…Institute", "…Crisis", "…missiles"),
 * compromise's tags, name shapes (initials, family names, surname endings) and the word before it.
 */
import type { EntityType } from '../graph/schema';
import type { EntityMention } from './mentions';
import { FAMILY_NAME_FIRST, NAME_PARTICLES } from './lexicon/names';
import { BUSINESS_HEADS, CAPITALISED_INSTITUTIONS, FACILITY_NOUNS, knownOrganization, MAKING_TRADES, ORG_HEADS, ORG_OPENERS, ORGANIZATION_NOUNS, PARTY_PLURALS, PARTY_SIDES, PERSON_TRADE_NOUNS } from './lexicon/organizations';
import { PLACES, PLACE_OPENERS, PLACE_SUFFIXES, foldForm, partyState } from './lexicon/places';
import { AWARD_HEADS, COMMON_NOUN_ENDING, DESCRIPTIONS_OF_NAMES_ONLY, EVENT_HEADS, EVENT_OPENERS, KNOWN_AS_ADVERBS, KNOWN_DISEASES, KNOWN_EVENTS, KNOWN_WEAPONS, LAW_HEADS, SPEECH_LEMMAS, WEAPON_HEADS } from './lexicon/words';
import { KIN_NOUNS, ROLE_HEADS, ROLE_MODIFIERS } from './lexicon/roles';
import { NAME_CONNECTORS, agedAfter, atClauseStart, breaksAfter, hasAny, hyphenAfter, isAcronym, isDictionaryWord, isInitial, personCueAfter, thingCueAfter } from './token-shapes';
import { lexiconTags } from './lexicon/dictionary';
import type { Token } from './tokens';

/** What the rules read from a name itself: its type, how sure they are and why, and what a gazetteer calls it. */
export interface NameType extends Pick<EntityMention, 'canonical' | 'forms'> {
  type: EntityType;
  confidence: number;
  reason: string;
  /** The name goes on to this token: its class noun makes it a name of its own ("Wyre Vale by-election"). */
  extendTo?: number;
  /**
   * The words themselves say what it is ("… missiles", "… network", "… Prize"): evidence that outweighs
   * the tagger, which learned no weapons, events or works and reads a name from its context. Head
   * words of organisations and places are not: "Manchester City" and "Notts County" are clubs.
   */
  decisive?: boolean;
  /** Read from the spelling alone, the same at every mention (votes.ts). */
  lexical?: boolean;
}

/** Modifiers that may stand between a name and its class noun ("Flamingo cruise missiles", "Syzran oil refinery"). */
const CLASS_MODIFIERS = 2;

/** Nouns for events that follow the place or name they are about ("Wyre Vale by-election", "Davos summit"). */
const EVENT_NOUNS = new Set(['by-election', 'election', 'elections', 'referendum', 'summit', 'talks', 'conference', 'war', 'offensive', 'protests', 'massacre', 'festival', 'games', 'marathon', 'tournament']);

/** Suffixes that make a place name a region's: "Donetsk region", "Orange County", "Kherson oblast". */
const REGION_SUFFIXES = new Set(['region', 'province', 'oblast', 'county', 'district']);

/** Words that make a "system" after them an armed one ("air-defence system"), where the name does not stand right before it. */
const ARMED_SYSTEM_WORDS = new Set(['missile', 'defence', 'defense', 'air-defence', 'air-defense', 'rocket', 'launch', 'artillery', 'weapon', 'weapons', 'anti-aircraft', 'interceptor']);

/** Last words of an airline's name, whose jets and planes are no weapons: "the Alaska Airlines jet". */
const AIRLINE_HEADS = new Set(['airlines', 'airways', 'air', 'aviation']);

/**
 * "Google's Android mobile operating system": a "system" the name is not right before, and no armed word
 * is, is no weapon; nor is an airline's jet.
 */
function civilSystem(tokens: Token[], last: number, k: number): boolean {
  if (AIRLINE_HEADS.has(tokens[last]!.lower)) return true;
  const before = tokens[k - 1]!;
  return /^systems?$/.test(tokens[k]!.lower) && k > last + 1 && !ARMED_SYSTEM_WORDS.has(before.lower) && !ARMED_SYSTEM_WORDS.has(`${tokens[k - 2]?.lower}-${before.lower}`);
}

/** Nouns for a family, which a surname right before names. */
const FAMILY_NOUNS = new Set(['family', 'families', 'clan', 'dynasty']);

/**
 * The lower-case class noun after a name that says what kind of thing it names: "Taurus missiles",
 * "the Sokol network", "the Syzran oil refinery", "the Wyre Vale by-election". `end` is its token.
 */
export function classNounAfter(tokens: Token[], first: number, last: number): { type: EntityType; end: number } | undefined {
  // "a Balkan gang": after an indefinite article the name only modifies a description; "the BJP-led
  // alliance": nor is the noun a participle hyphened to the name qualifies the name's kind.
  const participle = hyphenAfter(tokens[last]!) && /^[a-z]+(?:ed|en)$/.test(tokens[last + 1]?.text ?? '');
  if (breaksAfter(tokens[last]!) || tokens[last]!.possessive || participle || /^(?:a|an|another|one)$/.test(tokens[first - 1]?.lower ?? '')) return undefined;
  let pluralModifier = false;
  for (let k = last + 1; k <= last + 1 + CLASS_MODIFIERS && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.capitalized || /\d/.test(t.text)) return undefined;
    const word = t.pre.includes('-') || tokens[k - 1]!.post === '-' ? `${tokens[k - 1]!.lower}-${t.lower}` : t.lower;
    // "a former Barclays trader" is a person: a trade's noun after a name is not what the name is.
    const type = WEAPON_HEADS.has(t.lower) && !civilSystem(tokens, last, k) ? 'Weapon' : ORGANIZATION_NOUNS.has(t.lower) && !PERSON_TRADE_NOUNS.has(t.lower) ? 'Organization' : FACILITY_NOUNS.has(t.lower) ? 'Place' : EVENT_NOUNS.has(word) || EVENT_NOUNS.has(t.lower) ? 'Event' : undefined;
    // "the German Government faces elections", "Milei vetoes university funding bill", "FAA grounds jets": a
    // plural between a name and what it would name is a verb compromise read as a noun.
    if (type && pluralModifier) return undefined;
    // "the Premier League club said": a body after a competition's name is one that plays in it, not the competition.
    if (type === 'Organization' && KNOWN_EVENTS.has(foldForm(tokens.slice(first, last + 1).map((x) => x.text).join(' ')))) return undefined;
    if (type) return { type, end: k };
    pluralModifier ||= hasAny(t, ['Plural']);
    // "Donetsk region", "Samara region": news names a region after its city (kept as an alias, as CoNLL keeps the name alone).
    if (k === last + 1 && REGION_SUFFIXES.has(t.lower)) return { type: 'Place', end: k };
    // "the Sackler family", "the Gandhi dynasty": a family is named after its people.
    if (k === last + 1 && FAMILY_NOUNS.has(t.lower)) return { type: 'Person', end: k };
    // "by-election", "air-defence systems": the first part of a hyphenated compound.
    if (t.post === '-') continue;
    if (breaksAfter(t) || !hasAny(t, ['Noun', 'Adjective']) || hasAny(t, ['Determiner', 'Pronoun', 'Possessive'])) return undefined;
  }
  return undefined;
}

/** The organisation the gazetteer knows by a name as written: an acronym that spells a word ("SWIFT") only in capitals, not "Swift said". */
function knownOrganizationWritten(text: string): string | undefined {
  const org = knownOrganization(foldForm(text));
  return org && /^[A-Z]{2,}$/.test(org) && text !== org && isDictionaryWord(text.toLowerCase()) ? undefined : org;
}

/** "Lai Ching-te", "Jun Young-hyun": a family name, then a given name of hyphened syllables, the second in lower case. */
export const GIVEN_SYLLABLES = /^[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+$/;

/** Nouns for a kind of place that its name follows after "of". */
const PLACE_KINDS = new Set(['town', 'city', 'village', 'suburb', 'district', 'province', 'region', 'territory', 'enclave', 'port', 'county', 'island', 'municipality', 'settlement', 'neighbourhood', 'neighborhood']);

/**
 * The lower-case noun for a kind written right before the name spanning first..last. Not a bare "the
 * company" before a name and a verb that lacks its object: "the company Bill Gates founded" opens a
 * relative clause; "the regulator Ofwat fined the company" does not.
 */
function kindNounBefore(tokens: Token[], first: number, last: number, isKind: (noun: string) => boolean): string | undefined {
  const noun = tokens[first - 1];
  if (!noun || noun.capitalized || noun.possessive || breaksAfter(noun) || !isKind(noun.lower)) return undefined;
  const modifier = tokens[first - 2];
  const described = !!modifier && !breaksAfter(modifier) && !hasAny(modifier, ['Determiner', 'Preposition', 'Verb']);
  const next = tokens[last + 1];
  const object = tokens[last + 2];
  const verbWithObject = !!next && !breaksAfter(next) && !!object && hasAny(object, ['Determiner', 'Possessive']);
  return described || !next || breaksAfter(tokens[last]!) || !hasAny(next, ['Verb']) || verbWithObject ? noun.lower : undefined;
}

/** A noun for an organisation, and never a person's trade, or the word for a side in politics: "the Turkish firm Baykar". */
const organizationNounBefore = (tokens: Token[], first: number, last: number) =>
  kindNounBefore(tokens, first, last, (noun) => (ORGANIZATION_NOUNS.has(noun) || PARTY_SIDES.has(noun)) && (!PERSON_TRADE_NOUNS.has(noun) || tradeOfABusiness(tokens, first - 1)));

/** Nouns for what a company makes, which news writes before the product's name: "the weight-loss drug Zepbound", "its chatbot Gemini". */
const PRODUCT_NOUNS = new Set(['drug', 'medicine', 'blockbuster', 'vaccine', 'pill', 'treatment', 'therapy', 'jab', 'app', 'chatbot', 'smartphone', 'handset', 'console', 'chip', 'processor', 'software', 'browser', 'sedan']);

/** Nouns for who makes a product, which "of" and its name follow: "the maker of ChatGPT". */
const MAKER_NOUNS = new Set(['maker', 'makers', 'creator', 'developer']);

/** How many words may stand between a determiner and its noun: "the Norwegian state lender". */
const MODIFIER_REACH = 3;

/** Pronouns that open a relative clause without "that" after a noun: "the bank it rescued". */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we']);

/**
 * The lower-case noun for an organisation, owned or determined, that the name spanning first..last is
 * set off after, closing its phrase: "her publisher, Penguin Random House.", "the Norwegian lender,
 * Vostbank, said". A trade's noun too, as the tagger still weighs a person's name against it ("the
 * publisher, Arthur Sulzberger,").
 */
function organizationNounSetOff(tokens: Token[], first: number, last: number): { noun: string; sure: boolean } | undefined {
  const noun = tokens[first - 1];
  if (!noun || !/^,\s*$/.test(noun.post) || noun.capitalized || !ORGANIZATION_NOUNS.has(noun.lower)) return undefined;
  let k = first - 2;
  while (k >= first - 1 - MODIFIER_REACH && k >= 0 && !breaksAfter(tokens[k]!) && !hasAny(tokens[k]!, ['Determiner', 'Possessive', 'Verb', 'Preposition'])) k--;
  const determined = k >= 0 && !breaksAfter(tokens[k]!) && hasAny(tokens[k]!, ['Determiner', 'Possessive']);
  const closed = last === tokens.length - 1 || /^[,;.]/.test(tokens[last]!.post);
  // "said the state gas company, Kestgas, would …": sure of a business's noun no preposition governs;
  // not "At the club, Rooney, …", where a person follows a place, nor a trade's ("the publisher, Arthur Sulzberger").
  const sure = !PERSON_TRADE_NOUNS.has(noun.lower) && !hasAny(tokens[k - 1] ?? noun, ['Preposition']);
  return determined && closed ? { noun: noun.lower, sure } : undefined;
}

/** Words by which a name is given to what a noun before them is: "the hacking group, known as Salt Typhoon", "a militia called …". */
const NAMING_WORDS = new Set(['called', 'dubbed', 'named']);

/** The noun for an organisation that the name starting at `first` is said to be the name of, if any. */
function organizationNounNaming(tokens: Token[], first: number): string | undefined {
  let k = tokens[first - 1]?.lower === 'the' ? first - 2 : first - 1;
  if (tokens[k]?.lower === 'as' && tokens[k - 1]?.lower === 'known') k -= 2;
  else if (NAMING_WORDS.has(tokens[k]?.lower ?? '')) k--;
  else return undefined;
  if (KNOWN_AS_ADVERBS.has(tokens[k]?.lower ?? '')) k--;
  const noun = tokens[k];
  return noun && !noun.capitalized && ORGANIZATION_NOUNS.has(noun.lower) && !PERSON_TRADE_NOUNS.has(noun.lower) ? noun.lower : undefined;
}

/** Where a place's name or demonym of up to three words, which a hyphen may join to a participle, ends if one starts at `k`. */
function placeModifierEnd(tokens: Token[], k: number): number | undefined {
  for (let end = k; end < k + 3 && end < tokens.length; end++) {
    const form = foldForm(tokens.slice(k, end + 1).map((t) => t.text).join(' ').replace(/-\w+$/, ''));
    if (PLACES.byDemonym.has(form) || PLACES.byForm.has(form)) return end;
    if (!tokens[end + 1]?.capitalized) return undefined;
  }
  return undefined;
}

/** The last word of the capitalised run from k, unbroken by punctuation. */
function nameEnd(tokens: Token[], k: number): number {
  while (tokens[k + 1]?.capitalized && !breaksAfter(tokens[k]!)) k++;
  return k;
}

/**
 * The head of a description set off after the name ending at `last`, opened by an article or a
 * possessive: "Norsk Energi, the state-controlled utility,", "Thames Water, Britain's biggest water
 * company,", "Yulia Navalnaya, the widow of …", "Kira Yarmysh, his spokeswoman,".
 */
function apposedHead(tokens: Token[], last: number): Token | undefined {
  const opener = tokens[last + 1];
  if (!/^,\s*$/.test(tokens[last]!.post) || !opener || !(['the', 'a', 'an'].includes(opener.lower) || opener.possessive || hasAny(opener, ['Possessive']))) return undefined;
  for (let k = last + 2; k <= last + 2 + MODIFIER_REACH && k < tokens.length; k++) {
    // "the Norwegian utility", "the Oslo-based firm", "the Hong Kong-based company", "a former al Qaeda
    // affiliate": a place, its demonym or another name may qualify the noun.
    if (tokens[k]!.capitalized) k = placeModifierEnd(tokens, k) ?? nameEnd(tokens, k);
    const t = tokens[k]!;
    // The description's head closes it: a comma, the sentence's end, its own complement ("the carmaker
    // based in …", "the widow of …") or a relative clause ("a rival steelmaker that had made …", "the bank
    // it rescued", "an anti-corruption group linked to …", "a group representing …").
    const next = tokens[k + 1];
    const participle = !!next && (hasAny(next, ['Gerund']) || (hasAny(next, ['PastTense']) && /ed$/.test(next.lower)));
    // "a town near Valencia": compromise reads "near" as an adjective.
    if (/^[,;.]/.test(t.post) || !next || hasAny(next, ['Preposition']) || next.lower === 'near' || participle || ['that', 'which', 'whose'].includes(next.lower) || SUBJECT_PRONOUNS.has(next.lower)) return t;
  }
  return undefined;
}

/**
 * The noun for an organisation, never a person's trade, that heads a description set off after the
 * name ending at `last`. Of possessives only a place's: "Thames Water, Britain's biggest water company,".
 */
export function organizationNounApposed(tokens: Token[], last: number): string | undefined {
  const opener = tokens[last + 1];
  if (!opener || !(['the', 'a', 'an'].includes(opener.lower) || (opener.possessive && PLACES.byForm.has(foldForm(opener.lower))))) return undefined;
  const head = apposedHead(tokens, last);
  if (!head || !ORGANIZATION_NOUNS.has(head.lower)) return undefined;
  return !PERSON_TRADE_NOUNS.has(head.lower) || tradeOfABusiness(tokens, head.i) ? head.lower : undefined;
}

/** Trades a name before which is what is made or who is supplied, never where someone works. */
const BRAND_TRADES = new Set(['maker', 'supplier']);

/**
 * "the world's largest electronics maker", "the maker of Pringles crisps", "a parts maker in which
 * Toyota owns a stake": a trade's noun before or after the goods made, or that "which" takes up, is a
 * business's; "a film maker who …" is a person's. So is a maker or a supplier after a name, which is
 * the brand made or the customer supplied ("Tylenol maker Kenvue", "Boeing supplier Spirit"), where a
 * "BBC producer" works at the name.
 */
function tradeOfABusiness(tokens: Token[], h: number): boolean {
  const goods = tokens[h - 1];
  const next = tokens[h + 1];
  const brand = !!goods && goods.capitalized && !goods.possessive && BRAND_TRADES.has(tokens[h]!.lower);
  const goodsBefore = brand || (!!goods && !goods.possessive && hasAny(goods, ['Noun']) && /[a-z]s$/.test(goods.text));
  const made = MAKING_TRADES.has(tokens[h]!.lower) && (goodsBefore || next?.lower === 'of');
  const which = next?.lower === 'which' || (!!next && hasAny(next, ['Preposition']) && tokens[h + 2]?.lower === 'which');
  return made || which;
}

/**
 * The type a description set off after the name ending at `last` gives the name by its head, with that
 * noun: someone's kin ("Yulia Navalnaya, the widow of …") or a kind of place ("Paiporta, a town near Valencia,").
 */
export function apposedKind(tokens: Token[], last: number): { type: 'Person' | 'Place'; noun: string } | undefined {
  const head = apposedHead(tokens, last)?.lower;
  if (head && KIN_NOUNS.has(head)) return { type: 'Person', noun: head };
  if (head && PLACE_KINDS.has(head)) return { type: 'Place', noun: head };
  return undefined;
}

/** Words a dateline may run to before its agency: "SAN FRANCISCO, Dec. 5 (AP)". */
const DATELINE_REACH = 6;

/**
 * "KYIV (Newswire) —", "MOSCOW, Dec 5 (Reuters) -": a name alone in brackets that closes a sentence's
 * opening in capitals is the agency filing the story, whatever agency it is.
 */
export function isDatelineAgency(tokens: Token[], first: number, last: number): boolean {
  const opener = tokens[0]!;
  return first > 0 && first <= DATELINE_REACH && /^[A-Z][A-Z.'-]+$/.test(opener.text) && tokens[first]!.pre.includes('(') && /^\)\s*[-—–,]/.test(tokens[last]!.post);
}

/** "KESTOV (Newswire) —": the sentence opens with a dateline, whose agency in brackets is within reach. */
export function opensDateline(tokens: Token[]): boolean {
  for (let first = 1; first <= DATELINE_REACH && first < tokens.length; first++) {
    if (!tokens[first]!.pre.includes('(')) continue;
    for (let last = first; last < first + 4 && last < tokens.length; last++) if (isDatelineAgency(tokens, first, last)) return true;
  }
  return false;
}

/** Types the name spanning tokens first..last (`text` as written); `titled` when a role or honorific precedes it. */
export function typeName(tokens: Token[], first: number, last: number, text: string, titled: boolean): NameType {
  const form = foldForm(text);
  const place = PLACES.byForm.get(form);
  if (place) {
    // "Donetsk region": a known place's region is written with its name.
    const region = REGION_SUFFIXES.has(tokens[last + 1]?.lower ?? '') && !breaksAfter(tokens[last]!) ? { forms: [`${text} ${tokens[last + 1]!.text}`] } : {};
    return { type: 'Place', canonical: place, confidence: 0.95, ...region, lexical: true, reason: 'a place the gazetteer knows' };
  }
  const represented = partyState(text);
  if (represented) return { type: 'Place', canonical: represented, confidence: 0.85, reason: 'a legislator\'s party and state ("D-Calif.")' };
  const org = knownOrganizationWritten(text);
  // Decisive because the list is of institutions that news names by their seat ("the Kremlin", "the
  // Pentagon", "Downing Street"), which a tagger trained on CoNLL reads as places.
  if (org) return { type: 'Organization', canonical: org, confidence: 0.95, decisive: true, reason: 'an organisation the gazetteer knows' };
  if (isDatelineAgency(tokens, first, last)) return { type: 'Organization', confidence: 0.85, decisive: true, reason: 'the agency a dateline names' };
  const span = tokens.slice(first, last + 1);
  // "Supreme Court of Canada": the name's head comes before its "of" complement.
  const connector = span.findIndex((t, k) => k > 0 && NAME_CONNECTORS.has(t.lower));
  // "Muslim League-Nawaz": so does a word hyphened after an institution's head, which says whose it is.
  const qualified = span.length > 2 && hyphenAfter(tokens[last - 1]!) && ORG_HEADS.has(tokens[last - 1]!.lower);
  const head = connector > 0 ? span[connector - 1]! : qualified ? tokens[last - 1]! : tokens[last]!;
  const next = tokens[last + 1];
  const classed = classNounAfter(tokens, first, last);
  if (classed && !(classed.type === 'Weapon' && hasAny(head, ['Person']))) {
    const form = `${text} ${tokens.slice(last + 1, classed.end + 1).map((t) => t.text).join(' ')}`;
    // "Wyre Vale by-election" is an event in its own right; "Taurus missiles" is how the text names Taurus.
    const named = classed.type === 'Event' ? { extendTo: classed.end } : { forms: [form] };
    // A region's suffix says it is a place, but where the name ends is the tagger's to say ("Jiangsu province" is Jiangsu).
    const decisive = !REGION_SUFFIXES.has(tokens[classed.end]!.lower);
    return { type: classed.type, confidence: 0.85, ...named, ...(decisive ? { decisive } : {}), reason: `followed by "${tokens[classed.end]!.lower}"` };
  }
  if (span.length === 1 && KNOWN_WEAPONS.has(head.lower)) return { type: 'Weapon', confidence: 0.8, decisive: true, reason: 'a weapon system the gazetteer knows' };
  if (span.length === 1 && KNOWN_DISEASES.has(head.lower)) return { type: 'Other', confidence: 0.85, decisive: true, reason: 'a disease the gazetteer knows' };
  // "the Abu Dhabi Grand Prix", "the Paris Olympics": or one named for where it is held.
  const heldAt = [1, 2].some((n) => span.length > n && KNOWN_EVENTS.has(foldForm(span.slice(-n).map((t) => t.text).join(' '))));
  if (KNOWN_EVENTS.has(form) || heldAt) return { type: 'Event', confidence: 0.85, decisive: true, reason: 'a competition the gazetteer knows' };
  if (span.length > 1 && (EVENT_HEADS.has(head.lower) || EVENT_OPENERS.has(span[0]!.lower))) return { type: 'Event', confidence: 0.85, decisive: true, reason: 'a name with the head or opener of an event' };
  if (span.length > 1 && (AWARD_HEADS.has(head.lower) || LAW_HEADS.has(head.lower))) return { type: 'Concept', confidence: 0.85, decisive: true, reason: `a name headed by "${head.lower}"` };
  // "the Social Democrats", "Lindner's Free Democrats": a plural for a party's members after capitalised words names the party.
  if (PARTY_PLURALS.has(head.lower) && span.length > 1 && connector < 0) return { type: 'Organization', confidence: 0.85, decisive: true, reason: `a party's name ending in "${head.lower}"` };
  // "German Air Force", "British Army": a demonym opening an organisation's name belongs to it, and the text may drop it later.
  if (ORG_HEADS.has(head.lower) && span.length > 2 && PLACES.byDemonym.has(span[0]!.lower)) {
    return { type: 'Organization', confidence: 0.85, decisive: true, forms: [text.slice(span[1]!.start - span[0]!.start)], reason: 'a demonym opening an organisation\'s name' };
  }
  // "Council of the Baltic Sea States", "Bank of England": an institution's head before its "of" complement names it whole.
  if (connector > 0 && ORG_HEADS.has(head.lower) && span.length > connector + 1) return { type: 'Organization', confidence: 0.85, decisive: true, reason: `a name headed by "${head.lower}" before its complement` };
  // "General Staff", "Foreign Ministry": words of a role before an institution's head name the institution, however
  // the tagger reads the last word alone.
  if (ORG_HEADS.has(head.lower) && span.length > 1 && span.slice(0, -1).every((t) => ROLE_HEADS.has(t.lower) || ROLE_MODIFIERS.has(t.lower))) {
    return { type: 'Organization', confidence: 0.85, decisive: true, reason: 'a role\'s words before an institution\'s head' };
  }
  // "Instituto Superior de Agronomia", "Banque de Quimper": a foreign word for an institution opening the name.
  if (ORG_OPENERS.has(span[0]!.lower) && span.length > 1) return { type: 'Organization', confidence: 0.85, decisive: true, reason: `a name opening with "${span[0]!.lower}"` };
  // "Tata Steel", "Okonkwo Capital": what a business does ends its name, where no given name opens it ("Danielle
  // Steel"), or the word is no one's surname ("Elliott Management", "Kenneth Partners").
  const surnameLike = !/(?:s|ment|ance)$/.test(head.lower);
  if (BUSINESS_HEADS.has(head.lower) && span.length > 1 && !(surnameLike && isGivenName(span[0]!.lower))) return { type: 'Organization', confidence: 0.85, decisive: true, reason: `a company's name ending in "${head.lower}"` };
  // "Google DeepMind", "Microsoft Research": a company the gazetteer knows, opening a name, has it as one of its own.
  const parent = span.length > 1 && connector < 0 && !GEOGRAPHIC_HEADS.has(head.lower) && !isGivenName(span[1]!.lower) ? knownOrganization(foldForm(span[0]!.text)) : undefined;
  // "the Airbus A350", "a Samsung Galaxy S24": a designation with a figure after it names something the company makes.
  if (parent && span.slice(1).some((t) => /\d/.test(t.text))) return { type: 'Other', confidence: 0.85, reason: `a model ${parent} makes` };
  if (parent) return { type: 'Organization', confidence: 0.85, reason: `a name opened by ${parent}` };
  // "the High Court", "the Security Council": one word before a head that names nothing but a body
  // outweighs the tagger; not a given name ("Margaret Court") nor a place, a name of its own ("Moscow Court").
  // Longer names may open with a place the tagger reads apart ("Maricopa County Superior Court").
  // "St. Peter's Square", "Women's Tennis Association": a possessive inside the name, which the tagger reads
  // as a name of its own, says it is one too.
  const innerPossessive = span.slice(0, -1).some((t) => t.possessive);
  if (ORG_HEADS.has(head.lower) && span.length > 1) {
    const decisive = innerPossessive || (span.length === 2 && DESCRIPTIONS_OF_NAMES_ONLY.has(head.lower) && !isGivenName(span[0]!.lower) && !PLACES.byForm.has(foldForm(span[0]!.text)));
    return { type: 'Organization', confidence: 0.85, ...(decisive ? { decisive } : {}), reason: `a name headed by "${head.lower}"` };
  }
  // "Eli Lilly's weight-loss drug Zepbound": a product, against a tagger that reads an unknown name as a surname, or
  // its camel case as a company's ("the obesity drug CagriSema").
  const product = kindNounBefore(tokens, first, last, (noun) => PRODUCT_NOUNS.has(noun));
  if (product) return { type: 'Other', confidence: 0.85, decisive: true, reason: `a product after "${product}"` };
  // "OpenAI, the maker of ChatGPT": what a maker makes.
  const maker = tokens[first - 1]?.lower === 'of' ? tokens[first - 2]?.lower : undefined;
  if (maker && MAKER_NOUNS.has(maker)) return { type: 'Other', confidence: 0.8, decisive: true, reason: `what the "${maker}" of it makes` };
  if (span.length === 1 && CAMEL_CASE.test(head.text)) return { type: 'Organization', confidence: 0.85, decisive: true, lexical: true, reason: 'written in camel case, as companies write their names' };
  if (span.length === 1 && CAPITALISED_INSTITUTIONS.has(head.lower) && /^[A-Z][a-z]/.test(head.text) && !atClauseStart(tokens, first)) return { type: 'Organization', confidence: 0.7, reason: 'a capitalised institution noun mid-sentence' };
  if (BUILDING_HEADS.has(head.lower) && span.length > 1) return { type: 'Place', confidence: 0.85, decisive: true, reason: `a name headed by "${head.lower}"` };
  if (GEOGRAPHIC_HEADS.has(head.lower) && span.length > 1) return { type: 'Place', confidence: 0.85, reason: `a name headed by "${head.lower}"`, ...(innerPossessive ? { decisive: true } : {}) };
  // "Ellen Marsh": an English given name before a word that names no place is a person, whatever compromise guessed for the pair.
  if (span.length === 2 && isGivenName(span[0]!.lower) && !namesPlace(head.lower)) return { type: 'Person', confidence: 0.8, lexical: true, reason: 'a given name before a surname' };
  const personTagged = span.every((t) => hasAny(t, ['Person', 'FirstName', 'LastName', 'ProperNoun']) || hyphenAfter(t) || /-/.test(t.pre) || isInitial(t));
  const firstName = span[0]!.tags.has('FirstName') || span[0]!.tags.has('Honorific');
  // "Wang Yi", "Xi Jinping": a family name that comes first; "Lai Ching-te": or a given name hyphenated before a lower-case syllable.
  if (span.length >= 2 && span.length <= 3 && (FAMILY_NAME_FIRST.has(span[0]!.lower) || GIVEN_SYLLABLES.test(text)) && !hasAny(head, ['Place', 'Country', 'Organization'])) {
    return { type: 'Person', confidence: 0.8, lexical: true, reason: 'an East Asian family name first' };
  }
  // "J.D. Tippit", "Halvard K. Lunde": initials before a surname abbreviate given names ("U.S." is a place).
  const initials = span.slice(0, -1).filter(isInitial);
  if (span.length >= 2 && initials.length > 0 && !isInitial(head) && !initials.some((t) => PLACES.byForm.has(foldForm(t.text))) && !hasAny(head, ['Place', 'Country', 'Organization'])) {
    return { type: 'Person', confidence: 0.8, lexical: true, reason: 'initials before a surname' };
  }
  if (titled && !hasAny(head, ['Place', 'Country', 'Organization'])) return { type: 'Person', confidence: 0.9, reason: 'a title or honorific before it' };
  if (agedAfter(tokens, last)) return { type: 'Person', confidence: 0.9, decisive: true, reason: 'an age set off after it' };
  // "the town of Nyeri", "the Paris suburb of Nanterre", "the village of Maroun al-Ras": what kind of place
  // it is, written before its name, whatever follows it ("the port of Gioia Tauro, which …").
  if (tokens[first - 1]?.lower === 'of' && PLACE_KINDS.has(tokens[first - 2]?.lower ?? '') && span.every((t) => t.capitalized || NAME_PARTICLES.has(t.text))) {
    return { type: 'Place', confidence: 0.85, decisive: true, reason: `after "${tokens[first - 2]!.lower} of"` };
  }
  if (personCueAfter(tokens, last) && !hasAny(head, ['Place', 'Country', 'Organization'])) return { type: 'Person', confidence: 0.75, reason: 'followed by ", who", "was born" or "said she"' };
  if (span.length >= 2 && firstName && personTagged && !hasAny(head, ['Place', 'Country', 'Organization'])) {
    return { type: 'Person', confidence: 0.85, lexical: true, reason: 'a first name compromise knows' };
  }
  // "the Turkish firm Baykar", "Dutch chemical group Akzo": a noun for an organisation right before a name
  // that does not read as a person's says what it names, against a tagger that reads a lone unknown name as a surname.
  const described = organizationNounBefore(tokens, first, last);
  if (described) return { type: 'Organization', confidence: 0.85, decisive: true, reason: `after "${described}"` };
  // A name no gazetteer knows as a place that ", which" follows is a thing, most often an organisation.
  if (thingCueAfter(tokens, last) && !hasAny(head, ['Place', 'Country', 'City', 'Region', 'Person'])) return { type: 'Organization', confidence: 0.85, reason: 'followed by ", which"' };
  const setOff = organizationNounSetOff(tokens, first, last);
  if (setOff) return { type: 'Organization', confidence: 0.85, decisive: setOff.sure, reason: `set off after "${setOff.noun}"` };
  const naming = organizationNounNaming(tokens, first);
  if (naming) return { type: 'Organization', confidence: 0.85, decisive: true, reason: `the name a "${naming}" goes by` };
  if (next && PLACE_SUFFIXES.has(next.lower)) return { type: 'Place', confidence: 0.8, reason: `followed by "${next.lower}"` };
  // "the Biden administration": a government named after who leads it, which compromise tags an organisation.
  if (next?.text === 'administration' && !breaksAfter(tokens[last]!)) return { type: 'Person', confidence: 0.8, reason: 'followed by "administration"' };
  if (hasAny(head, ['Country', 'City', 'Region', 'Place']) && !hasAny(head, ['Person'])) return { type: 'Place', confidence: 0.75, lexical: true, reason: 'compromise tags it a place' };
  if (hasAny(head, ['Organization']) || span.every(isAcronym)) return { type: 'Organization', confidence: 0.7, lexical: true, reason: span.every(isAcronym) ? 'an acronym' : 'compromise tags it an organisation' };
  if (span.length >= 2 && span.filter((t) => t.tags.has('Person')).length >= 1 && personTagged) {
    return { type: 'Person', confidence: 0.7, lexical: true, reason: 'compromise tags it a person' };
  }
  // A surname compromise's lexicon knows ("Wright", "Putin"), or one shaped like an East European
  // surname ("Zelenskyy", "Shmyhal"), names a person even alone.
  if (span.length === 1 && !atClauseStart(tokens, first) && lexiconTags(head.lower).has('LastName')) return { type: 'Person', confidence: 0.65, reason: 'a surname compromise knows' };
  // "troops in Raska": after a place preposition, a surname's shape proves less than the position.
  const placed = placePrepositionBefore(tokens, first);
  if (placed && !titled && !head.possessive) return { type: 'Place', confidence: placed.besidePlace ? 0.75 : 0.55, reason: placed.besidePlace ? `joined to a place after "${placed.preposition}"` : `after "${placed.preposition}"` };
  if (span.length <= 2 && SURNAME_SHAPE.test(head.lower) && !hasAny(head, ['Place', 'Country', 'City', 'Organization'])) return { type: 'Person', confidence: 0.6, lexical: true, reason: 'a surname ending common in Eastern Europe' };
  if (hasAny(head, ['Place', 'Country', 'City', 'Organization']) || span.some((t) => isAcronym(t) || isDictionaryWord(t.lower))) return { type: 'Other', confidence: 0.5, reason: 'a capitalised name of no known kind' };
  // "Gavrilo Princip", "Prasong Sunsiri": two or three words no dictionary knows, with no head word
  // of a place or an organisation (those were typed above), are most often a foreign person's name.
  if (span.length >= 2 && span.length <= 3 && span.every(isForeignNameWord)) {
    if (PLACE_OPENERS.has(span[0]!.lower)) return { type: 'Place', confidence: 0.7, reason: `a name opening with "${span[0]!.lower}"` };
    const before = tokens[first - 1];
    if (!before || !hasAny(before, ['Determiner']) && !before.possessive) return { type: 'Person', confidence: 0.6, lexical: true, reason: 'words no dictionary knows, shaped like a name' };
  }
  // "Sturholm said", "said Tidwell.": the one who speaks, when nothing else is known, is a person.
  if (span.length === 1 && speaks(tokens, first, last)) return { type: 'Person', confidence: 0.6, reason: 'the subject of a verb of saying' };
  return { type: 'Other', confidence: 0.5, reason: 'a capitalised name of no known kind' };
}

/** A title-case word that reads as no English word, by lexicon, tag or ending. */
const isForeignNameWord = (t: Token) => /^[A-Z][a-z'’-]+$/.test(t.text) && !hasAny(t, ['Adjective', 'Plural', 'Verb']) && !COMMON_NOUN_ENDING.test(t.lower);

/**
 * The name is the subject of a verb of saying ("Sturholm said", "Birand asserts") or follows one inverted
 * ("…, said Tidwell."). Not a name a preposition governs: in "analysts at Nomura said" the analysts speak.
 */
function speaks(tokens: Token[], first: number, last: number): boolean {
  const next = tokens[last + 1];
  const before = tokens[first - 1];
  const governed = !!before && before.tags.has('Preposition') && !breaksAfter(before);
  if (next && !governed && !breaksAfter(tokens[last]!) && next.tags.has('Verb') && SPEECH_LEMMAS.has(next.root)) return true;
  return !!before && /^(?:said|says)$/.test(before.lower) && !breaksAfter(before) && (breaksAfter(tokens[last]!) || last === tokens.length - 1);
}

/** Surname endings common in news from Eastern Europe and the Caucasus. */
const SURNAME_SHAPE = /(?:enko|chuk|czuk|vych|vich|ovich|evich|skyy|skyi|skiy|sky|ski|ska|shvili|adze|yan|escu|poulos)$/;

/** Last words of a capitalised name that make it a geographic feature ("Black Sea"). */
export const GEOGRAPHIC_HEADS = new Set([
  'sea', 'ocean', 'river', 'mountains', 'mountain', 'lake', 'gulf', 'strait', 'bay', 'peninsula', 'island', 'islands', 'coast', 'desert', 'valley', 'canal', 'straits', 'delta', 'basin', 'shoal', 'reef', 'atoll', 'archipelago',
  'city', 'town', 'county', 'village', 'township', 'parish', 'heights', 'springs', 'falls', 'beach', 'harbor', 'harbour', 'hills', 'creek',
  // Venues are where things happen, not bodies that act; a hotel or an airport may also name the business that runs it.
  'theater', 'theatre', 'stadium', 'arena', 'square', 'airport', 'bridge', 'park', 'palace', 'hotel', 'motel',
]);

/**
 * "VMware", "PayPal", "OpenAI", "AfD": a capital after a lower-case letter, or a run of capitals before
 * lower-case ones, is how companies, parties and products write their names; no place's or person's,
 * but for the prefixes of surnames ("McCarthy", "DeSantis", "LeBron").
 */
const CAMEL_CASE = /^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Al|El)[A-Z])(?:[A-Z]{2,}[a-z]{2,}|[A-Za-z]*[a-z][A-Z][A-Za-z]*)$/;

/**
 * Last words of a name that make it a place however a tagger reads the words before: "Insein Prison"
 * holds people, and is no one; "the Umayyad Mosque" is where people pray. Not "Church", which names a
 * denomination too ("the Catholic Church"), nor "Temple", a surname ("Shirley Temple").
 */
const BUILDING_HEADS = new Set(['prison', 'jail', 'penitentiary', 'mosque', 'cathedral', 'synagogue', 'basilica']);
const PLACE_TAGS = ['Place', 'City', 'Region', 'Country'];

const namesPlace = (word: string) => PLACE_TAGS.some((tag) => lexiconTags(word).has(tag));

/** A given name in compromise's lexicon that is not also a place ("Ellen", "Jack"; not "Georgia", "Paris"). */
function isGivenName(word: string): boolean {
  const tags = lexiconTags(word);
  return (tags.has('FirstName') || tags.has('FemaleName') || tags.has('MaleName')) && !namesPlace(word);
}

/** "in Lumberton", "hung over Boise": an unknown name after these is most often a place. */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'throughout', 'over', 'towards', 'toward']);

/**
 * The place preposition governing a name at `first`, right before it or before the name it is joined
 * to by "and" ("in Kassala and Gedaref"), and whether that name is a place the gazetteer knows.
 */
function placePrepositionBefore(tokens: Token[], first: number): { preposition: string; besidePlace: boolean } | undefined {
  let k = first - 1;
  let besidePlace = false;
  if (tokens[k]?.lower === 'and' && tokens[k - 1]?.capitalized) {
    const end = --k;
    while (k > 0 && tokens[k - 1]!.capitalized && !breaksAfter(tokens[k - 1]!)) k--;
    besidePlace = PLACES.byForm.has(foldForm(tokens.slice(k, end + 1).map((t) => t.text).join(' ')));
    k--;
  }
  const preposition = tokens[k];
  return preposition && PLACE_PREPOSITIONS.has(preposition.lower) && !breaksAfter(preposition) ? { preposition: preposition.lower, besidePlace } : undefined;
}
