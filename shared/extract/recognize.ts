/**
 * A sentence's entity mentions: the learned tagger decides where names are and votes for what they
 * are; the rules vote too, add what CoNLL has no label for (weapons, events, titles of works, roles),
 * and win where a name's own words say what it is ("German Air Force", "Flamingo cruise missiles").
 */
import type { EntityType } from '../graph/schema';
import { FAMILY_NAME_FIRST, initials, LOWER_IN_NAMES, NAME_PARTICLES, REGNAL_NUMBER, UNSPELLED_WORDS } from './lexicon/names';
import { BUSINESS_HEADS, INSTITUTION_NOUNS, knownOrganization, ORG_HEADS, ORGANIZATION_NOUNS, POLITICAL_HEADS } from './lexicon/organizations';
import { PLACES, foldForm } from './lexicon/places';
import { demonymMention, institutionOfPerson, knownOrganizationSpan, nationalDescription, partyDescription, peoplesAdjective, qualifyingCapital, ruleVote, type EntityMention, type RoleMention, type SentenceMentions } from './mentions';
import type { EntityClass } from './ner/labels';
import type { TaggedName } from './ner/tagger';
import { hasInnerCapital, withoutPossessive } from './spelling';
import type { Sentence, Token } from './tokens';
import { HONORIFICS, ORGANIZATION_RELATIONS, ROLE_MODIFIERS, RULER_TITLES } from './lexicon/roles';
import { BUSINESS_KINDS, CALENDAR_WORDS, COMMON_ACRONYMS, HOLIDAYS, KNOWN_WEAPONS } from './lexicon/words';
import { atClauseStart, boundary, breaksAfter, hasAny, hyphenAfter, isAcronym, isDictionaryWord, isInitial, nicknameAt, separatesNames } from './token-shapes';
import { lexiconTags } from './lexicon/dictionary';
import { classNounAfter, GEOGRAPHIC_HEADS, GIVEN_SYLLABLES, isDatelineAgency, opensDateline, typeName, type NameType } from './typing';
import { castVote, decideType, SOURCE_WEIGHT, type TypeVote } from './votes';

const CLASS_TYPES: Record<EntityClass, EntityType> = { PER: 'Person', ORG: 'Organization', LOC: 'Place', MISC: 'Other' };
const CLASS_NAMES: Record<EntityClass, string> = { PER: 'a person', ORG: 'an organisation', LOC: 'a place', MISC: 'a name of another kind' };

/** Rule mentions the tagger did not find that are still worth keeping: what CoNLL has no class for. */
const KEPT_WITHOUT_TAGGER: ReadonlySet<EntityType> = new Set(['Weapon', 'Event', 'Concept']);

/** A name the tagger found, and whether the rules had to cut it (which makes its class less sure). */
export interface CutName extends TaggedName {
  trimmed: boolean;
}

interface Span {
  first: number;
  last: number;
}

/** A nickname in quotation marks with a given name before it and a surname after it, both inside first..last. */
function nicknameInside(tokens: Token[], first: number, last: number): [number, number] | undefined {
  for (let k = first + 1; k < last; k++) {
    const nickname = nicknameAt(tokens, k);
    if (nickname && nickname[1] < last) return nickname;
  }
  return undefined;
}

const overlaps = (a: Span, b: Span) => a.first <= b.last && b.first <= a.last;
const contains = (a: Span, b: Span) => a.first <= b.first && b.last <= a.last;

function slice(sentence: Sentence, first: number, last: number): string {
  const a = sentence.tokens[first]!;
  const b = sentence.tokens[last]!;
  const raw = sentence.text.slice(a.start - sentence.start, b.end - sentence.start);
  return b.possessive ? withoutPossessive(raw) : raw;
}

/** A name as it is called: 'Juan Antonio "Tony" Hernandez' is Juan Antonio Hernandez, the nickname kept in the form written. */
function nameText(sentence: Sentence, first: number, last: number): string {
  const nickname = nicknameInside(sentence.tokens, first, last);
  return nickname ? `${slice(sentence, first, nickname[0] - 1)} ${slice(sentence, nickname[1] + 1, last)}` : slice(sentence, first, last);
}

/** "US-Russia": two places the gazetteer knows, joined by a hyphen, are two names. */
const knownPlace = (t: Token) => PLACES.byForm.has(foldForm(t.text));
/** Tags of words that open a sentence but never a name ("Later", "Meanwhile", "But"). */
const FUNCTION_TAGS = ['Adverb', 'Conjunction', 'Preposition', 'Comparative'];
/**
 * A word of three letters or more that compromise knows as a function word, here or in its lexicon (an
 * initial is a name's). Not one compromise reads here as a person's name: "Frank Thomas", "Rich Gannon".
 */
const isOpeningWord = (t: Token) => t.text.length > 2 && !isInitial(t) && !t.tags.has('Person') && (hasAny(t, FUNCTION_TAGS) || FUNCTION_TAGS.some((tag) => lexiconTags(t.lower).has(tag)));
/**
 * "Dancer Pia Kovac", "Author Ken Follett": a word compromise's lexicon knows as a trade, and does not read
 * here as a name, is what the person does, written before the name ("Hunter Biden", "Mark Butcher" keep
 * their given names).
 */
const isTrade = (t: Token) => lexiconTags(t.lower).has('Actor') && !t.tags.has('Person') && !t.tags.has('ProperNoun');
/**
 * "Carmaker Stellantis recalled …", "Rival Honda Motor Co said …": a word for what a business is, or what
 * it is to another, opening a sentence before a name describes the name and is no part of it.
 */
const describesNextName = (tokens: Token[], k: number) =>
  (BUSINESS_KINDS.has(tokens[k]!.lower) || ORGANIZATION_RELATIONS.has(tokens[k]!.lower)) && atClauseStart(tokens, k) && /^[A-Z]/.test(tokens[k + 1]?.text ?? '');
/** One word ending in a lower-case part after a hyphen ("Mo.-based", "U.S.-led"). */
const HYPHENATED_MODIFIER = /\S-[a-z]+$/;
/** Codes and serial numbers ("FL1402001894") are never part of a name. */
const CODE = /\d{5}/;

/**
 * The tagger's names, cut where the rules know better: at punctuation between tokens, before a lower-case
 * end ("Munich-based": CoNLL tags the whole word), and after a role that began before the name
 * ("Secretary of State Antony Blinken"); a role inside a name is part of it ("Billie Jean King").
 */
export function cutNames(tokens: Token[], tagged: TaggedName[], roles: RoleMention[]): CutName[] {
  return joinTouchingNames(tokens, tagged).flatMap((name) => {
    // "Mayor Ana Ruiz": a person's title is not part of the name (the titled form is kept as an alias).
    const role = roles.find((r) => (r.first < name.first || (name.cls === 'PER' && r.first === name.first)) && r.last >= name.first && r.last < name.last);
    return role ? cutName(tokens, { ...name, first: Math.min(role.last + 1, name.last + 1) }, name) : cutName(tokens, name, name);
  });
}

/**
 * "Aung San Suu Kyi", "Zine al-Abidine Ben Ali": a person's name the tagger reads as two, one right
 * after the other with only a space between; news never writes two people's names so (a nickname in
 * quotation marks opening a name stays apart: "Buffalo Bill" Cody; one between a given name and a
 * surname is the person's, acrossNickname). Nor a name and then a lone word for a landform, or a place
 * and a name for a venue that names no place ("the Niger Delta", "San Francisco International Airport"
 * are one place); nor a lone word for a landform, "of" and a name ("the Gulf of Mexico"); nor two names
 * the gazetteer knows as one place ("New South" and "Wales").
 */
function joinTouchingNames(tokens: Token[], tagged: TaggedName[]): TaggedName[] {
  const out: TaggedName[] = [];
  for (const name of tagged.map((n) => acrossNickname(tokens, n))) {
    const previous = out[out.length - 1];
    // The name before may have gone on across a particle into this one ("Faisal bin" + "Farhan").
    if (previous && name.first <= previous.last) {
      out[out.length - 1] = { ...previous, last: Math.max(previous.last, name.last) };
      continue;
    }
    const touching = previous && name.first === previous.last + 1 && /^\s*$/.test(tokens[previous.last]!.post) && tokens[name.first]!.pre.trim() === '';
    const head = GEOGRAPHIC_HEADS.has(tokens[name.last]!.lower);
    const landform = head && (name.first === name.last || (previous?.cls === 'LOC' && tokens.slice(name.first, name.last).every((t) => !knownPlace(t))));
    // "the Gulf of Mexico", "the Bay of Bengal": a lone word for a landform and "of" before a name.
    const landformOf = previous && previous.first === previous.last && GEOGRAPHIC_HEADS.has(tokens[previous.first]!.lower) && tokens[previous.last + 1]?.text === 'of' && name.first === previous.last + 2 && !breaksAfter(tokens[previous.last]!) && !breaksAfter(tokens[previous.last + 1]!);
    // "the Organization for Security and Co-operation in Europe": two names one word joins, which the gazetteer knows as one.
    const knownWhole = previous && name.first === previous.last + 2 && knownOrganizationSpan(tokens, previous.first, name.last);
    // "New South" and "Wales": two names touching that the gazetteer knows as one place.
    const placeWhole = touching && PLACES.byForm.has(foldForm(tokens.slice(previous.first, name.last + 1).map((t) => t.text).join(' ')));
    if (placeWhole) {
      out[out.length - 1] = { ...previous, last: name.last, cls: 'LOC', confidence: Math.max(previous.confidence, name.confidence) };
    } else if (knownWhole) {
      out[out.length - 1] = { ...previous, last: name.last, cls: 'ORG', confidence: Math.max(previous.confidence, name.confidence) };
    } else if (landformOf) {
      out[out.length - 1] = { ...previous, last: name.last, cls: 'LOC', confidence: Math.min(previous.confidence, name.confidence) };
    } else if (touching && ((previous.cls === 'PER' && name.cls === 'PER') || landform)) {
      out[out.length - 1] = { ...previous, last: name.last, cls: landform ? 'LOC' : previous.cls, confidence: Math.min(previous.confidence, name.confidence) };
    } else out.push({ ...name, last: acrossParticles(tokens, name.last) });
  }
  return out;
}

/**
 * 'Juan Antonio "Tony" Hernandez', 'Ivo "Tiny" Hale': a person's name the tagger read in parts, or only
 * in part, around a nickname it touches, is the given name, the nickname and the surname together; a
 * nickname after a given name makes a person's name of what the tagger read as another kind ("Puerto
 * Rico's Hector "Macho" Camacho").
 */
function acrossNickname(tokens: Token[], name: TaggedName): TaggedName {
  for (let k = Math.max(1, name.first - 4); k <= name.last + 1; k++) {
    const nickname = nicknameAt(tokens, k);
    if (!nickname || nickname[1] + 1 < name.first) continue;
    const first = Math.min(name.first, k - 1);
    if (name.cls !== 'PER' && !tokens[first]!.tags.has('FirstName')) return name;
    let last = Math.max(name.last, nickname[1] + 1);
    while (tokens[last + 1]?.capitalized && !breaksAfter(tokens[last]!) && !tokens[last]!.possessive) last++;
    return { ...name, first, last, cls: 'PER' };
  }
  return name;
}

/**
 * "Vina del Mar", "Faisal bin Farhan", "Ursula von der Leyen": a name goes on across the lower-case
 * particles after it to the capitalised words they lead to, where the tagger stopped before them (it
 * reads "Mar" as March). The last token of the name, so extended.
 */
function acrossParticles(tokens: Token[], last: number): number {
  // "Jerusalem's al-Aqsa mosque": a possessive ends its name.
  if (tokens[last]!.possessive) return last;
  let k = last + 1;
  while (tokens[k] && NAME_PARTICLES.has(tokens[k]!.text) && !breaksAfter(tokens[k - 1]!)) k++;
  if (k === last + 1 || !tokens[k]?.capitalized || breaksAfter(tokens[k - 1]!)) return last;
  while (tokens[k + 1]?.capitalized && !breaksAfter(tokens[k]!)) k++;
  return k;
}

/**
 * "Brightvale Logistics and Okonkwo Capital", "Macquarie Capital and Goldman Sachs": an "and" between
 * two names that each end in what an organisation is ("… Logistics", "… Capital") or that the gazetteer
 * knows joins two of them; "Marks and Spencer" and "Bank of England and Wales" stay whole, and so does
 * a name whose "of" the "and" goes on from ("Department of Health and Human Services").
 */
function joinsTwoOrganizations(tokens: Token[], first: number, i: number, last: number): boolean {
  if (tokens[i]!.lower !== 'and' || i - first < 2 || last - i < 2) return false;
  const headed = (to: number) => ORG_HEADS.has(tokens[to]!.lower) || BUSINESS_HEADS.has(tokens[to]!.lower);
  const ofBefore = tokens.slice(first, i).some((t) => t.lower === 'of');
  return ((headed(i - 1) && !ofBefore) || knownOrganizationSpan(tokens, first, i - 1)) && (headed(last) || knownOrganizationSpan(tokens, i + 1, last));
}

/**
 * "Yoon's People Power Party", "Lindner's Free Democrats": a name no dictionary knows, in
 * the possessive before a party's name of two words or more, is its leader's, and ends a name (not "the
 * People's Action Party").
 */
const leadsParty = (tokens: Token[], i: number, last: number): boolean =>
  tokens[i]!.possessive && last - i >= 2 && POLITICAL_HEADS.has(tokens[last]!.lower) && !isDictionaryWord(tokens[i]!.lower);

/**
 * "an Ethiopian Airlines Boeing 737 MAX": an organisation's name ends at its head where the name of one
 * the gazetteer knows follows it.
 */
function endsBeforeKnownOrganization(tokens: Token[], first: number, i: number): boolean {
  return i > first && ORG_HEADS.has(tokens[i]!.lower) && knownOrganization(foldForm(tokens[i + 1]!.text)) !== undefined;
}

/** "Neither Brightvale Logistics nor Okonkwo Capital": a word no name has inside, which the tagger may still span. */
const joinsTwoNames = (tokens: Token[], i: number): boolean => tokens[i]!.lower === 'nor';

/** "Amara Okafor of Harvard University": a person's name before "of" is the person, of an institution. */
function personOfInstitution(tokens: Token[], original: TaggedName, first: number, i: number): boolean {
  return tokens[i]!.lower === 'of' && i - first >= 2 && i < original.last && original.readPart(first, i - 1).cls === 'PER';
}

/**
 * "a close ally of Macron's Renaissance": a person's possessive ends their name, and the name they own is
 * another. Not where the whole is a company named after its founder ("McDonald's Corp").
 */
function personOwnsNextName(tokens: Token[], original: TaggedName, first: number, i: number): boolean {
  if (!tokens[i]!.possessive || i >= original.last || ORG_HEADS.has(tokens[original.last]!.lower)) return false;
  const whole = tokens.slice(original.first, original.last + 1).map((t) => t.text).join(' ');
  return original.readPart(first, i).cls === 'PER' && knownOrganization(foldForm(whole)) === undefined;
}

/**
 * "the Agriculture Department's Drazek", "Google's Android", "Russia's Gazprom": an institution's or a
 * known name's possessive ends its name, and the name it owns is another. Not "Moody's Investors
 * Service" or "McDonald's Corp", whose possessive is a founder's.
 */
const ownsNextName = (t: Token): boolean => t.possessive && (ORG_HEADS.has(t.lower) || knownOrganization(foldForm(t.lower)) !== undefined || PLACES.byForm.has(foldForm(t.lower)));

/** One name cut at punctuation and stripped of a lower-case end; `original` is what the tagger read. */
function cutName(tokens: Token[], name: TaggedName, original: TaggedName): CutName[] {
  const parts: CutName[] = [];
  let first = name.first;
  const close = (end: number) => {
    let last = end;
    // A lower-case end is no part of a name ("Munich-based": CoNLL tags the whole word).
    while (last >= first && !/^[A-Z0-9\u00c0-\u00de]/.test(tokens[last]!.text)) last--;
    // "Real Madrid win Champions League": nor is an English word in lower case opening it; not a particle of a
    // name ("de Klerk", "al-Sisi"), a foreign word ("serie A"), nor a head its "of" goes on from ("republic of Serbian Krajina").
    let begin = first;
    const opensName = (t: Token) => NAME_PARTICLES.has(t.text) || hyphenAfter(t) || !isDictionaryWord(t.lower) || tokens[t.i + 1]?.lower === 'of';
    while (begin < last && /^[a-z]/.test(tokens[begin]!.text) && !opensName(tokens[begin]!)) begin++;
    // "The Writers Guild of America": the article is no part of a name of two words or more after it
    // (as CoNLL reads most of them); a name of one word keeps it ("The Hague", "The Times"), and so does
    // a masthead in capitals ("THE SUNDAY TIMES"). The tagger's reading of the rest is its reading of the whole.
    const opening = last - begin >= 2 && tokens[begin]!.text === 'The' ? begin + 1 : begin;
    let start = opening;
    // "Later Starr left": a function word opening the sentence is capitalised, not named.
    while (start < last && atClauseStart(tokens, start) && isOpeningWord(tokens[start]!)) start++;
    if (start < last && original.cls === 'PER' && isTrade(tokens[start]!)) start++;
    if (start < last && describesNextName(tokens, start)) start++;
    if (start < last && madeByDemonym(tokens, start, last)) start++;
    // "Kansas City, Mo.-based Commerce Bancshares", "Marxist-leaning Dissanayake": a word ending in a
    // lower-case participle, or hyphened to one, describes the name after it.
    for (;;) {
      if (start < last && HYPHENATED_MODIFIER.test(tokens[start]!.text)) start++;
      else if (start + 1 < last && tokens[start]!.post === '-' && /^[a-z]+(?:ed|ing|en)$/.test(tokens[start + 1]!.text)) start += 2;
      else break;
    }
    // "the August National Association of Purchasing Management index": a month or a day before a name dates it.
    while (start < last && original.cls !== 'PER' && CALENDAR_WORDS.has(tokens[start]!.lower)) start++;
    // "Kim Yong-chol", "Lee Jae-myung", "Lai Ching-te": an East Asian given name keeps its lower-case
    // syllable after the hyphen, after a family name, or in a name of two words the tagger reads as a
    // person's or whose syllable is no English word (not "United Nations-backed"); never a participle ("Taylor Swift-themed").
    const syllable = tokens[last + 1]?.text ?? '';
    const familyFirst = FAMILY_NAME_FIRST.has(tokens[start]!.lower) || (last === start + 1 && (original.cls === 'PER' || !isDictionaryWord(syllable)));
    if (familyFirst && tokens[last]!.post === '-' && /^[a-z]{2,6}$/.test(syllable) && !syllable.endsWith('ed')) last++;
    const trimmed = start !== (first === original.first ? opening : original.first) || begin !== first || last !== original.last;
    if (last >= start) parts.push({ ...name, ...(trimmed ? original.readPart(start, last) : {}), first: start, last, trimmed });
  };
  const nickname = nicknameInside(tokens, name.first, name.last);
  for (let i = name.first; i <= name.last; i++) {
    // The quotation marks around a nickname inside the name cut nothing.
    if (nickname && i >= nickname[0] - 1 && i <= nickname[1]) continue;
    if (joinsTwoOrganizations(tokens, first, i, name.last) || joinsTwoNames(tokens, i) || personOfInstitution(tokens, original, first, i) || (i > first && i < name.last && institutionOfPerson(tokens, i))) {
      close(i - 1);
      first = i + 1;
    } else if (CODE.test(tokens[i]!.text) || (i > first && i < name.last && lowerWordBetween(tokens, i))) {
      close(i - 1);
      first = i + 1;
    } else if (i === name.last || separatesNames(tokens[i]!) || /[([{"“]/.test(tokens[i + 1]!.pre) || (hyphenAfter(tokens[i]!) && knownPlace(tokens[i]!) && knownPlace(tokens[i + 1]!)) || ownsNextName(tokens[i]!) || leadsParty(tokens, i, name.last) || personOwnsNextName(tokens, original, first, i) || endsBeforeKnownOrganization(tokens, first, i)) {
      close(i);
      first = i + 1;
    }
  }
  return parts;
}

/**
 * "Halden Energy scraps North Sea project": an English word in lower case, no connector or particle of a
 * name ("Bank of England", "Rio de Janeiro") nor hyphened into one, separates the names around it.
 */
function lowerWordBetween(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  // compromise reads a word it does not know ("dei" of "Monte dei Paschi") as a singular noun, no more.
  const english = isDictionaryWord(t.lower) || (hasAny(t, ['Plural', 'PastTense', 'PresentTense', 'Gerund', 'Infinitive', 'Adjective', 'Adverb']) && !t.tags.has('ProperNoun'));
  return /^[a-z]{3,}$/.test(t.text) && !LOWER_IN_NAMES.has(t.lower) && english && !hyphenAfter(t) && !hyphenAfter(tokens[i - 1]!);
}

function modelVote(name: CutName, text: string): TypeVote {
  // The tagger's MISC is only "a name": what the rules know (a weapon, an event) says more. A name the
  // rules had to cut was read by the tagger as something else.
  const weight = name.confidence * SOURCE_WEIGHT.model * (name.cls === 'MISC' || name.trimmed ? 0.5 : 1);
  // "The vaccine, called R21": no person's name has digits, so a code the tagger reads as one is only a name.
  const cls = name.cls === 'PER' && /\d/.test(text) ? 'MISC' : name.cls;
  return { type: CLASS_TYPES[cls], weight, reason: `the news tagger reads ${CLASS_NAMES[cls]} (${name.confidence.toFixed(2)})` };
}

/**
 * How the text writes a person's name with the title before it ("Gen. William C. Westmoreland",
 * "New York Sen. Robert F. Kennedy"): forms a reader may search by, kept as aliases.
 */
function titledForms(sentence: Sentence, first: number, last: number, rules: SentenceMentions): string[] {
  const tokens = sentence.tokens;
  let start = first;
  const role = rules.roles.find((r) => r.last === first - 1 && !breaksAfter(tokens[r.last]!));
  if (role) start = role.first;
  else if (first > 0 && HONORIFICS.has(tokens[first - 1]!.lower.replace(/\.$/, '')) && tokens[first - 1]!.capitalized) start = first - 1;
  if (start === first) return [];
  const forms = [slice(sentence, start, last)];
  // The role's owner written before it: "New York Sen.", "Dallas Police Officer".
  const owner = rules.entities.find((m) => m.last === start - 1 && !breaksAfter(tokens[m.last]!) && !tokens[m.last]!.possessive);
  if (owner) forms.push(slice(sentence, owner.first, last));
  return forms;
}

/**
 * The regnal number after a person's name, which is part of it ("Elizabeth II", "Benedict XVI"). A lone
 * "I", "V" or "X" only after a ruler's title or before "of" ("Emperor Pedro I", "Pedro I of Brazil"):
 * elsewhere it is a pronoun or a letter.
 */
function regnalNumber(tokens: Token[], first: number, last: number): number | undefined {
  const numeral = tokens[last + 1];
  if (!numeral || breaksAfter(tokens[last]!) || tokens[last]!.possessive || !REGNAL_NUMBER.test(withoutPossessive(numeral.text))) return undefined;
  const ruler = RULER_TITLES.has(tokens[first - 1]?.lower ?? '');
  const ofPlace = tokens[last + 2]?.lower === 'of' && !breaksAfter(numeral);
  return numeral.text.length > 1 || ruler || ofPlace ? last + 1 : undefined;
}

/**
 * "LA PAZ, Bolivia (AP) —", "SEATTLE (AP) —": a name opening in capitals a sentence whose agency a
 * dateline names is a place, however the tagger reads a name in capitals (as a club, in its results
 * tables), and the gazetteer's place where it knows one; so is a region between it and the agency
 * ("MERIDA, Ryvia (Newswire)").
 */
function markDatelinePlace(tokens: Token[], entities: EntityMention[]): void {
  const opening = entities[0];
  const agency = entities.findIndex((m) => isDatelineAgency(tokens, m.first, m.last));
  if (!opening || opening.first !== 0 || /[a-z]/.test(opening.text) || agency < 1) return;
  const place = PLACES.byForm.get(foldForm(opening.text));
  opening.dateline = true;
  if (place) opening.canonical = place;
  castVote(opening, { type: 'Place', weight: SOURCE_WEIGHT.decisive, reason: place ? 'a place the gazetteer knows, opening a dateline' : 'a name in capitals opening a dateline' });
  for (const region of entities.slice(1, agency)) {
    if (region.type !== 'Place' && /^,\s*$/.test(tokens[region.first - 1]!.post)) castVote(region, { type: 'Place', weight: SOURCE_WEIGHT.decisive, reason: 'the region of a dateline' });
  }
}

/** "Central bank holds rates", "Federal judge blocks merger": an adjective opening a clause before the lower-case noun it qualifies. */
function openingAdjective(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  return atClauseStart(tokens, i) && t.tags.has('Adjective') && !hasAny(t, ['ProperNoun', 'Noun']) && !!next && !next.capitalized && next.tags.has('Noun') && !breaksAfter(t);
}

/** "KESTOV (Newswire) —": a name in capitals that is all a dateline's opening, up to its comma or bracket (not "PORT-AU" of "PORT-AU-PRINCE"). */
const opensDatelineWith = (tokens: Token[], m: EntityMention): boolean => m.first === 0 && !/[a-z]/.test(m.text) && !!tokens[m.last + 1] && boundary(tokens[m.last]!, tokens[m.last + 1]!) && opensDateline(tokens);

/** One tagged name as a mention, with the rules' reading of the same words as a second opinion. */
function taggedMention(sentence: Sentence, name: CutName, rules: SentenceMentions): EntityMention | undefined {
  const same = rules.entities.find((m) => m.first === name.first && m.last === name.last);
  const text = nameText(sentence, name.first, name.last);
  // "2100 GMT", "Monday", "after Christmas", "New York IPO": time words, feasts and acronyms of common nouns are
  // capitalised but name nothing.
  // "World War II": a Roman numeral the tagger split off a name names nothing alone.
  if (name.first === name.last && (CALENDAR_WORDS.has(text.toLowerCase()) || HOLIDAYS.has(text.toLowerCase()) || COMMON_ACRONYMS.has(text.toLowerCase()) || (REGNAL_NUMBER.test(text) && text.length > 1))) return undefined;
  // "Russian President …": a demonym the rules found acting for its country names it, and "the Chinese
  // government" names an institution; others ("German beer") name nothing.
  // Not the demonym alone as an organisation, but before an institution's noun ("operated by South Korean airlines").
  if (name.cls === 'MISC' && PLACES.byDemonym.has(foldForm(text))) {
    const reading = same ?? rules.entities.find((m) => m.first === name.first && m.type === 'Organization');
    const institution = INSTITUTION_NOUNS.has(sentence.tokens[name.last + 1]?.lower ?? '');
    return reading?.type === 'Organization' && reading.last === name.last && !institution ? undefined : reading;
  }
  // "the Islamist group Hayat Tahrir al-Sham": nor does a word of that kind before the noun for what the name after it is.
  const kind = sentence.tokens[name.last + 1];
  if (name.cls === 'MISC' && name.first === name.last && kind && !kind.capitalized && ORGANIZATION_NOUNS.has(kind.lower) && sentence.tokens[name.last + 2]?.capitalized) return undefined;
  const reading: EntityMention | NameType = same ?? typeName(sentence.tokens, name.first, name.last, text, false);
  const votes = [modelVote(name, text), ...('votes' in reading ? reading.votes : [ruleVote(reading)])];
  const decision = decideType(votes);
  const extended = 'extendTo' in reading && reading.extendTo !== undefined && decision.type === reading.type ? reading.extendTo : name.last;
  const last = (decision.type === 'Person' && regnalNumber(sentence.tokens, name.first, extended)) || extended;
  const written = last === name.last ? text : nameText(sentence, name.first, last);
  const start = sentence.tokens[name.first]!.start;
  const canonical = reading.canonical && reading.type === decision.type ? reading.canonical : undefined;
  const asWritten = slice(sentence, name.first, last);
  const nicknamed = asWritten !== written ? [asWritten] : [];
  const forms = [...(reading.forms ?? []), ...nicknamed, ...(decision.type === 'Person' ? titledForms(sentence, name.first, last, rules) : [])];
  return {
    first: name.first,
    last,
    text: written,
    start,
    end: start + asWritten.length,
    type: decision.type,
    confidence: decision.confidence,
    votes,
    titled: same?.titled ?? false,
    ...(canonical ? { canonical } : {}),
    ...(forms.length ? { forms: [...new Set(forms)] } : {}),
  };
}

/** "Beats Electronics", "Nest Labs": a name of several words ending in what a company is names an organisation, whatever the tagger missed. */
const namedByHead = (tokens: Token[], m: EntityMention): boolean => m.type === 'Organization' && m.last > m.first && ORG_HEADS.has(tokens[m.last]!.lower) && tokens.slice(m.first, m.last + 1).every((t) => t.capitalized);

/** "its logistics arm Schenker", "the Turkish firm Baykar": a name right after a noun for an organisation names one, whatever the tagger missed. */
const namedAfterItsKind = (tokens: Token[], m: EntityMention): boolean => {
  const kind = tokens[m.first - 1];
  // "Shrs offered by company N / A", "network TV shows": a letter alone or a common noun's acronym is no name.
  return m.type === 'Organization' && m.text.length > 1 && !COMMON_ACRONYMS.has(m.text.toLowerCase()) && !!kind && !kind.capitalized && ORGANIZATION_NOUNS.has(kind.lower) && !breaksAfter(kind);
};

/** "British Storm Shadow missiles", "Russian Kinzhal": a demonym before a weapon says who makes it, and is no part of its name. */
function madeByDemonym(tokens: Token[], first: number, last: number): boolean {
  if (!PLACES.byDemonym.has(foldForm(tokens[first]!.text))) return false;
  return classNounAfter(tokens, first + 1, last)?.type === 'Weapon' || KNOWN_WEAPONS.has(tokens.slice(first + 1, last + 1).map((t) => t.lower).join('-'));
}

/** "led by Hayat Tahrir al-Sham (HTS)": a name whose words the acronym bracketed right after it spells is one name, all of it. */
function spelledByBracketedAcronym(tokens: Token[], m: EntityMention): boolean {
  const acronym = tokens[m.last + 1];
  if (!acronym || !acronym.pre.includes('(') || !acronym.post.includes(')') || !isAcronym(acronym)) return false;
  const letters = acronym.text.replace(/\./g, '');
  let spelled = 0;
  for (const t of tokens.slice(m.first, m.last + 1)) {
    if (t.text[0] === letters[spelled]) spelled++;
    // "Pakistan Tehreek-e-Insaf (PTI)": nor does a lower-case link inside a name.
    else if (!UNSPELLED_WORDS.has(t.lower) && !/^[a-z]/.test(t.text)) return false;
  }
  return spelled === letters.length;
}

/** Words a description set off after a name may take before its noun for an organisation ("the Texas grid operator"). */
const DESCRIPTION_REACH = 4;

/**
 * "approval from ERCOT, the Texas grid operator": an acronym the text goes on to describe as an
 * organisation names one, whatever the tagger missed.
 */
function describedAcronym(tokens: Token[], m: EntityMention): boolean {
  const acronym = tokens[m.first]!;
  if (m.type !== 'Organization' || m.first !== m.last || !isAcronym(acronym) || !acronym.post.includes(',') || !['the', 'a', 'an'].includes(tokens[m.last + 1]?.lower ?? '')) return false;
  const description = tokens.slice(m.last + 2, m.last + 2 + DESCRIPTION_REACH);
  const end = description.findIndex((t) => breaksAfter(t));
  return (end < 0 ? description : description.slice(0, end + 1)).some((t) => ORGANIZATION_NOUNS.has(t.lower));
}

/**
 * "Italian Jannik Sinner", "Swede Jesper Parnevik": a demonym no name covers, right before a person's
 * name, is their country; not the last part of a compound ("Cuban-American Carlos Perez").
 */
function nationalitiesOfPeople(sentence: Sentence, entities: EntityMention[]): EntityMention[] {
  return entities.flatMap((m) => {
    const t = sentence.tokens[m.first - 1];
    const free = t && t.capitalized && !breaksAfter(t) && !(t.i > 0 && hyphenAfter(sentence.tokens[t.i - 1]!)) && !entities.some((e) => e.first <= t.i && t.i <= e.last);
    const country = free && m.type === 'Person' ? PLACES.byDemonym.get(foldForm(t.text)) : undefined;
    return country ? [demonymMention(sentence, t.i, country)] : [];
  });
}

/** The names the tagger read anywhere in a document, as written, from each sentence's names as `cutNames` cut them. */
export function taggedNames(sentences: Sentence[], cut: CutName[][]): Set<string> {
  // Not an adjective opening a clause, which only another reading of the word makes a name (recognize).
  const named = (sentence: Sentence, n: CutName) => n.first !== n.last || !openingAdjective(sentence.tokens, n.first);
  return new Set(sentences.flatMap((sentence, k) => cut[k]!.filter((n) => named(sentence, n)).map((n) => slice(sentence, n.first, n.last))));
}

/**
 * Merges the tagger's names, as `cutNames` cut them, with the rules' mentions of one sentence.
 * `namedElsewhere` holds the names the tagger read in the document: "LONDON (Reuters) - Thames Water,
 * Britain's biggest …", which it misses after a dateline or reads as "Thames" alone, is the name it
 * read in a later sentence.
 */
export function recognize(sentence: Sentence, cut: CutName[], rules: SentenceMentions, namedElsewhere: ReadonlySet<string> = new Set()): SentenceMentions {
  // "the Swede" is no name the tagger may find: a person the story has named (units.ts); nor "Anglo-Dutch".
  // Nor "the first Black woman", nor "Central bank holds rates" where the story names no "Central" ("Epic chief executive").
  const lone = (n: CutName) => nationalDescription(sentence.tokens, n.first) || partyDescription(sentence.tokens, n.first) || qualifyingCapital(sentence.tokens, n.first) || (openingAdjective(sentence.tokens, n.first) && !namedElsewhere.has(slice(sentence, n.first, n.last)));
  // "Far-right National Security Minister Itamar Ben-Gvir": nor words of a title the rules read, that the tagger took for a body.
  const titleWords = (n: CutName) => rules.roles.some((r) => r.first <= n.first && n.last < r.last) && sentence.tokens.slice(n.first, n.last + 1).every((t) => ROLE_MODIFIERS.has(t.lower));
  const names = cut.filter((n) => (n.first !== n.last || !lone(n)) && !peoplesAdjective(sentence.tokens, n.first) && !titleWords(n));
  // A rule mention whose own words say what it is, that the tagger read whole elsewhere, or that a bracketed
  // acronym spells or one the tagger read elsewhere ("led by Hayat Tahrir al-Sham … HTS said"), wins over the
  // tagger's names inside it.
  // Not one spanning "and" where the tagger read a name on either side ("ND Western and Aradel Energy").
  const coordinates = (m: EntityMention) => sentence.tokens.slice(m.first, m.last + 1).some((t) => t.lower === 'and') && names.filter((n) => contains(m, n)).length > 1;
  // An organisation's name whose "and" follows common words only, which name nothing alone, is one name
  // however the tagger cut it: "the Ethics and Anti-Corruption Commission", "the Justice and Development Party".
  // Not where the tagger read those words as a place, a person or another organisation ("Southwest and Alaska Airlines").
  const joinsCommonWords = (m: EntityMention) => {
    const and = sentence.tokens.findIndex((t, k) => k > m.first && k < m.last && t.lower === 'and');
    const namedBefore = names.some((n) => n.first >= m.first && n.last < and && n.cls !== 'MISC');
    return m.type === 'Organization' && and > 0 && !namedBefore && sentence.tokens.slice(m.first, and).every((t) => isDictionaryWord(t.lower));
  };
  const spelled = rules.entities.filter((m) => spelledByBracketedAcronym(sentence.tokens, m));
  const outranksTagger = (m: EntityMention) => (m.decisive || namedElsewhere.has(m.text) || spelled.includes(m) || (m.last > m.first && namedElsewhere.has(initials(m.text)))) && !coordinates(m);
  const decisive = rules.entities.filter((m) => (outranksTagger(m) || joinsCommonWords(m)) && names.some((n) => contains(m, n) && (n.first !== m.first || n.last !== m.last)));
  // People are seldom named by an acronym: it names an organisation.
  for (const m of decisive) if (spelled.includes(m)) castVote(m, { type: 'Organization', weight: SOURCE_WEIGHT.decisive, reason: 'the acronym in brackets after it spells it' });
  const entities: EntityMention[] = [...decisive];
  for (const name of names) {
    if (decisive.some((m) => overlaps(m, name))) continue;
    const m = taggedMention(sentence, name, rules);
    if (m && !entities.some((e) => overlaps(e, m))) entities.push(m);
  }
  for (const m of rules.entities) {
    if (entities.some((e) => overlaps(e, m)) || names.some((n) => overlaps(n, m))) continue;
    // An East Asian name's shape is evidence enough: the tagger misses "Jun Young-hyun", whose "Jun" compromise reads as June.
    // A name the gazetteer knows as an organisation is one, however long ("the Office of the Comptroller of the Currency").
    // A word with a capital inside is a name, which the tagger, trained on news of 1996, misses at a sentence's start ("AccuWeather estimated").
    if (KEPT_WITHOUT_TAGGER.has(m.type) || (m.canonical && (m.first === m.last || m.type === 'Organization' || PLACES.byDemonym.has(foldForm(m.text)))) || namedElsewhere.has(m.text) || namedByHead(sentence.tokens, m) || namedAfterItsKind(sentence.tokens, m) || describedAcronym(sentence.tokens, m) || isDatelineAgency(sentence.tokens, m.first, m.last) || opensDatelineWith(sentence.tokens, m) || GIVEN_SYLLABLES.test(m.text) || (m.first === m.last && hasInnerCapital(m.text))) entities.push(m);
  }
  entities.push(...nationalitiesOfPeople(sentence, entities));
  entities.sort((a, b) => a.first - b.first);
  markDatelinePlace(sentence.tokens, entities);
  const roles = rules.roles.filter((r) => !entities.some((m) => overlaps(m, r)));
  return { entities, roles };
}
