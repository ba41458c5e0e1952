/**
 * One name, one meaning within a document. Before any pattern reads the sentences, short forms are
 * tied to the full names they stand for ("Halvorsen" → Halvorsen Systems, "Medvedev" → Dmitry
 * Medvedev), and every mention of the same name takes the type all of them together vote for.
 */
import type { EntityType } from '../graph/schema';
import { FAMILY_NAME_FIRST, nameKey, oneWord, surnameKey, surnameOf } from './lexicon/names';
import { PLACES, foldForm, isRegion } from './lexicon/places';
import { companyStem, knownOrganization, ORG_HEADS, ORGANIZATION_NOUNS, PERSON_TRADE_NOUNS } from './lexicon/organizations';
import { singularNoun } from './lexicon/lemma';
import { roleLength, type EntityMention } from './mentions';
import { breaksAfter, isAcronym } from './token-shapes';
import { withoutPossessive } from './spelling';
import { CALENDAR_WORDS, EVENT_OPENERS, KNOWN_AS_ADVERBS } from './lexicon/words';
import { apposedKind, organizationNounApposed } from './typing';
import type { Sentence, Token } from './tokens';
import { castVote, decideType, SOURCE_WEIGHT, type TypeVote } from './votes';

/** A sentence with the names found in it, which the document-wide passes below read together. */
export interface NamedSentence {
  sentence: Sentence;
  mentions: EntityMention[];
}

const knownForm = (text: string) => PLACES.byForm.has(foldForm(text)) || knownOrganization(foldForm(text)) !== undefined;

/**
 * The longer names whose first or last words are `short` ("Halvorsen Systems" for "Halvorsen", "Bayer
 * Leverkusen" for "Leverkusen"), or whose first words after a place are ("China Evergrande Group" for
 * "Evergrande"). A place stands for an organisation only as the end of its name: clubs are named that
 * way, while "Antwerp Public Prosecutor's Office" or "Oslo Stock Exchange" is not Antwerp or Oslo.
 */
function owners(short: string, long: ReadonlySet<string>, place: boolean): string[] {
  const parts = short.split(' ').length;
  return [...long].filter((name) => {
    const words = name.split(' ');
    const opening = (from: number) => parts < words.length - from && words.slice(from, from + parts).join(' ') === short;
    return (!place && (opening(0) || (PLACES.byForm.has(words[0]!) && opening(1)))) || (parts < words.length && words.slice(-parts).join(' ') === short);
  });
}

/** Adds a mention to its group in place: a document may name one thing thousands of times. */
function groupIn(groups: Map<string, EntityMention[]>, key: string, m: EntityMention): void {
  const group = groups.get(key);
  if (group) group.push(m);
  else groups.set(key, [m]);
}

/**
 * "Kylian Mbappe … Ancelotti praised Mbappe": a name of several words the tagger read as an
 * organisation, whose last word alone reads as a person once the two readings are weighed together, is
 * a person's name; its surname then stands for it (linkSurnames).
 */
function typePeopleBySurname(mentions: EntityMention[]): void {
  const alone = new Map<string, EntityMention[]>();
  for (const m of mentions) if (oneWord(m.text) && !m.canonical) groupIn(alone, nameKey(m.text), m);
  for (const m of mentions) {
    if (m.type !== 'Organization' || oneWord(m.text) || m.canonical) continue;
    const surname = alone.get(surnameKey(m.text))?.flatMap((short) => short.votes);
    if (!surname || decideType([...m.votes, ...surname]).type !== 'Person') continue;
    const weight = surname.filter((v) => v.type === 'Person').reduce((sum, v) => sum + v.weight, 0);
    castVote(m, { type: 'Person', weight, reason: 'its last word alone reads as a person' });
    m.type = 'Person';
  }
}

/** "Hurricane Helene", "Operation Spiderweb": an event named by its opener and one word, which the story may use alone. */
const namedEvent = (m: EntityMention): boolean => m.type === 'Event' && m.last === m.first + 1 && EVENT_OPENERS.has(m.text.split(/\s+/)[0]!.toLowerCase());

/**
 * "Halvorsen" for Halvorsen Systems, "Leverkusen" for Bayer Leverkusen: a name that is the first or
 * last words of exactly one organisation named in full in the document is that organisation. A place
 * the gazetteers know is one only as the end of the name and where its mentions read as an
 * organisation on balance: "Oslo" is not the Oslo Stock Exchange, nor "Munich" in a dateline Bayern Munich.
 */
function linkOrganizationShortForms(mentions: EntityMention[]): void {
  // "Cardinal Joseph Bernardin … Bernardin": a person's surname stays theirs, whatever a headline made an organisation of.
  const surnames = personNames(mentions).bySurname;
  // A full name the gazetteer knows is one too: "the Commission" after the European Commission. So is a
  // storm's or an operation's name its opener gives ("Helene" after Hurricane Helene).
  const full = new Map<string, EntityMention>();
  for (const m of mentions) if (((m.type === 'Organization' && m.first < m.last) || namedEvent(m)) && !full.has(nameKey(m.text))) full.set(nameKey(m.text), m);
  // "Amazon" after "Amazon.com Inc": a company's name but for its legal form or its web address is that
  // company, before any longer name it opens ("Amazon Web Services").
  const stems = new Map<string, string>();
  for (const [key, m] of full) {
    const stem = companyStem(nameKey(m.text.replace(/\.com\b/gi, '')));
    if (m.type === 'Organization' && stem !== key) stems.set(stem, key);
  }
  const byName = new Map<string, EntityMention[]>();
  for (const m of mentions) {
    // A place's name is a candidate wherever it is written, read as the place or not ("Leverkusen coach …").
    if ((m.canonical && !PLACES.byForm.has(foldForm(m.text))) || (m.type === 'Person' && m.first < m.last) || m.dateline) continue;
    groupIn(byName, nameKey(m.text), m);
  }
  for (const [name, group] of byName) {
    if (surnames.has(name)) continue;
    const place = group.some((m) => knownForm(m.text));
    if (place && decideType(group.flatMap((m) => m.votes)).type !== 'Organization') continue;
    // The stem's company before any other it opens, unless the story named another first: "Novo" after Novo
    // Nordisk is not the Novo Holdings foundation the story goes on to name.
    const stemOf = stems.get(name);
    const candidates = owners(name, new Set(full.keys()), place);
    const found = stemOf !== undefined ? [[stemOf, ...candidates].reduce((a, b) => (full.get(b)!.start < full.get(a)!.start ? b : a))] : candidates;
    if (found.length !== 1 || found[0] === name) continue;
    const { text: fullName, canonical, type } = full.get(found[0]!)!;
    for (const m of group) {
      // Not the town the gazetteer knows by that name: the club named after it.
      if (canonical) m.canonical = canonical;
      else {
        m.fullName = fullName;
        delete m.canonical;
      }
      castVote(m, { type, weight: SOURCE_WEIGHT.decisive, reason: `short for "${fullName}"` });
    }
  }
}

/** Adds a full name to the names it is indexed by under `key`. */
const indexName = (index: Map<string, Set<string>>, key: string, text: string) => index.set(key, (index.get(key) ?? new Set()).add(text));

/**
 * The surnames of the people the document names in full, and their given and middle names ("Srettha"
 * of Srettha Thavisin, "Lula" of Luiz Inacio Lula da Silva; none of "Wang Yi", whose family name comes
 * first), each with those full names in the order the document gives them.
 */
function personNames(mentions: EntityMention[]): { bySurname: Map<string, Set<string>>; byGivenName: Map<string, Set<string>> } {
  const bySurname = new Map<string, Set<string>>();
  const byGivenName = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.type !== 'Person' || oneWord(m.text)) continue;
    indexName(bySurname, surnameKey(m.text), m.text);
    const words = m.text.split(/\s+/);
    const forenames = FAMILY_NAME_FIRST.has(words[0]!.toLowerCase()) ? [] : words.slice(0, -1).filter((w) => /^[A-Z][A-Za-z]/.test(w) && !w.endsWith('.'));
    for (const name of forenames) indexName(byGivenName, nameKey(name), m.text);
  }
  return { bySurname, byGivenName };
}

/**
 * "Medvedev" after Dmitry Medvedev: a single word that is the surname of one person named in full,
 * though the tagger read it alone as an organisation ("Libya's award to Farrakhan") or as a place no
 * gazetteer knows ("named the regime after Navalny"); a short form of an organisation named in full
 * is linked to it before (linkOrganizationShortForms). A known place stays one: "Washington" after
 * Denzel Washington. The person is the first with that surname named before the word, whom a story
 * names first and its family after ("Boris Yeltsin visited his wife Naina … Yeltsin said"), or, where
 * none is, the first named after it ("Hernandez sentenced …" in a headline is the one the story then
 * introduces, not his brother it names at its end). A person's name that is no one's surname may be
 * one person's given name, as Thai news shortens names ("Srettha" for Srettha Thavisin).
 */
function linkSurnames(mentions: EntityMention[]): void {
  const { bySurname, byGivenName } = personNames(mentions);
  const namedBefore = new Map<string, Set<string>>();
  const readAsPeople = placesReadAsPeople(mentions);
  for (const m of mentions) {
    if (m.type === 'Person' && !oneWord(m.text)) indexName(namedBefore, surnameKey(m.text), m.text);
    const readAsPerson = m.type === 'Place' && readAsPeople.has(nameKey(m.text));
    if ((m.canonical && !readAsPerson) || m.fullName) continue;
    if (!oneWord(m.text)) {
      linkCompoundSurname(m, namedBefore, bySurname);
      continue;
    }
    const linkable = ['Person', 'Other', 'Organization'].includes(m.type) || (m.type === 'Place' && (!PLACES.byForm.has(foldForm(m.text)) || readAsPerson));
    if (!linkable) continue;
    const key = nameKey(m.text);
    const firstNamed = bySurname.get(key)?.values().next().value;
    const surnamed = namedBefore.get(key) ?? (firstNamed === undefined ? undefined : new Set([firstNamed]));
    const people = surnamed ?? (m.type === 'Person' ? byGivenName.get(key) : undefined);
    // Not a given name two people share.
    if (!people || (people.size !== 1 && !surnamed)) continue;
    m.fullName = [...people][0]!;
    delete m.canonical;
    castVote(m, { type: 'Person', weight: SOURCE_WEIGHT.context, reason: `the ${surnamed ? 'surname' : 'given name'} of ${m.fullName}` });
  }
  linkSameWords(mentions);
}

/**
 * "Indonesia's Prabowo sworn in … Prabowo Subianto … Prabowo, 73, …": a word the document links to one
 * person's full name wherever it reads it as a person's stands for that person where the tagger read it
 * otherwise too (as an organisation, owning its country), as one name has one meaning within a document.
 */
function linkSameWords(mentions: EntityMention[]): void {
  const linked = new Map<string, Set<string>>();
  for (const m of mentions) if (m.fullName && oneWord(m.text)) indexName(linked, nameKey(m.text), m.fullName);
  for (const m of mentions) {
    const names = linked.get(nameKey(m.text));
    if (m.fullName || m.canonical || !oneWord(m.text) || names?.size !== 1 || !['Other', 'Organization'].includes(m.type)) continue;
    m.fullName = [...names][0]!;
    castVote(m, { type: 'Person', weight: SOURCE_WEIGHT.context, reason: `a name of ${m.fullName} elsewhere in the story` });
  }
}

/**
 * "Alejandro Toledo … Toledo, 78, who governed Peru": the places the gazetteer knows, by name, that
 * the document writes as one word the tagger reads, all mentions weighed together, more as a person's
 * name than as a place's; linkSurnames gives them to the person named in full, if any. "Washington"
 * after Denzel Washington, read as the capital, stays a place.
 */
function placesReadAsPeople(mentions: EntityMention[]): Set<string> {
  const read = new Map<string, { person: number; place: number }>();
  for (const m of mentions) {
    if (m.type !== 'Place' || !m.canonical || !oneWord(m.text)) continue;
    const key = nameKey(m.text);
    const sum = read.get(key) ?? { person: 0, place: 0 };
    for (const v of m.votes) {
      if (v.lexical) continue;
      if (v.type === 'Person') sum.person += v.weight;
      if (v.type === 'Place') sum.place += v.weight;
    }
    read.set(key, sum);
  }
  return new Set([...read].filter(([, { person, place }]) => person > place).map(([key]) => key));
}

/**
 * "Vargas Llosa" after Mario Vargas Llosa: a person's name of several words that ends a longer one is
 * that person's compound surname, chosen among the longer names as a single-word surname is chosen
 * (linkSurnames): "Vargas Llosa" after "his son Alvaro Vargas Llosa" is still his father.
 */
function linkCompoundSurname(m: EntityMention, namedBefore: Map<string, Set<string>>, bySurname: Map<string, Set<string>>): void {
  if (m.type !== 'Person') return;
  const key = nameKey(m.text);
  const longer = (names: Set<string> | undefined) => [...(names ?? [])].filter((name) => nameKey(name).endsWith(` ${key}`));
  const before = longer(namedBefore.get(surnameKey(m.text)));
  const people = before.length ? before : longer(bySurname.get(surnameKey(m.text)));
  if (!people.length) return;
  m.fullName = people[0]!;
  castVote(m, { type: 'Person', weight: SOURCE_WEIGHT.context, reason: `the surname of ${m.fullName}` });
}

/** Types a name and the acronym set off in brackets beside it may have, for the one to define the other. */
const DEFINABLE_TYPES = new Set(['Organization', 'Other', 'Event']);

/**
 * The acronym of a name of several words that a sentence sets off in brackets beside it: "the
 * Kurdistan Workers Party (PKK)", "the RP (Welfare Party)". A foreign acronym's letters need not be
 * the English name's initials ("PAN (National Action Party)"): the brackets define it.
 */
function bracketedDefinition(tokens: Token[], a: EntityMention, b: EntityMention): { acronym: string; full: EntityMention } | undefined {
  if (b.first !== a.last + 1 || !tokens[b.first]!.pre.includes('(') || !tokens[b.last]!.post.includes(')')) return undefined;
  if (!DEFINABLE_TYPES.has(a.type) || !DEFINABLE_TYPES.has(b.type) || (a.type !== 'Organization' && b.type !== 'Organization')) return undefined;
  const [short, full] = a.first === a.last ? [a, b] : [b, a];
  if (short.first !== short.last || full.first === full.last || !isAcronym(tokens[short.first]!)) return undefined;
  return { acronym: acronymKey(short.text), full };
}

const acronymKey = (text: string) => text.replace(/\./g, '');

/**
 * "The Kurdistan Workers Party (PKK) … the PKK said": an acronym the document defines in brackets is
 * the name it defines wherever the document uses it, against any other name with its initials in the
 * corpus. An acronym defined twice over, for two names, is left to resolution.
 */
export function linkDefinedAcronyms(sentences: NamedSentence[]): void {
  const defined = new Map<string, EntityMention | null>();
  for (const { sentence, mentions } of sentences) {
    for (let k = 1; k < mentions.length; k++) {
      const definition = bracketedDefinition(sentence.tokens, mentions[k - 1]!, mentions[k]!);
      if (!definition) continue;
      const before = defined.get(definition.acronym);
      defined.set(definition.acronym, before === undefined || (before && nameKey(before.text) === nameKey(definition.full.text)) ? definition.full : null);
    }
  }
  for (const { mentions } of sentences) {
    for (const m of mentions) {
      const full = m.first === m.last ? defined.get(acronymKey(withoutPossessive(m.text))) : undefined;
      if (!full) continue;
      if (full.canonical) m.canonical = full.canonical;
      else m.fullName = full.text;
      castVote(m, { type: full.type === 'Other' ? 'Organization' : full.type, weight: SOURCE_WEIGHT.decisive, reason: `defined in brackets as "${full.text}"` });
    }
  }
}

/** The words before "known", as a pattern. */
const KNOWN_ADVERB = `(?:${[...KNOWN_AS_ADVERBS].join('|')})`;

/**
 * The words between a name and another the text says it goes by: "known as (the)", "also known as", and an
 * acronym's "known by its Spanish acronym", after the noun the name may end with ("the Movement for
 * Socialism party, known by …") or a description set off after it ("Cherizier, a former police officer known as …").
 */
const KNOWN_AS = new RegExp(`^(?:(?!${KNOWN_ADVERB} )([a-z]+) |(?:a|an|the)(?: [a-z-]+){1,4} )?(?:${KNOWN_ADVERB} )?known (?:as(?: the)?|by (?:its|the|their) (?:[a-z]+ )?(?:acronym|initials|abbreviation))$`);

/** Whether `between` says the name before goes by the name after; a noun it ends with must be the kind of body it is ("party", not "new EU rules, known as …"). */
function saysKnownAs(between: string): boolean {
  const known = KNOWN_AS.exec(between);
  return !!known && (known[1] === undefined || ORGANIZATION_NOUNS.has(known[1]));
}
/** The words between a person's name and the one they were born with. */
const BORN_AS = /^(?:was|is) born$/;

/**
 * "Jimmy Cherizier, known as Barbecue", "Odebrecht, now known as Novonor", "Hayat Tahrir al-Sham, formerly
 * known as the Nusra Front", "Buddy Holly was born Charles Hardin Holley": the other name someone or
 * something goes by is theirs wherever the document writes it, and of their kind.
 */
export function linkKnownNames(sentences: NamedSentence[]): void {
  const known = new Map<string, EntityMention>();
  for (const { sentence, mentions } of sentences) {
    for (let k = 1; k < mentions.length; k++) {
      const [named, alias] = [mentions[k - 1]!, mentions[k]!];
      const between = sentence.tokens.slice(named.last + 1, alias.first).map((t) => t.lower).join(' ');
      const born = BORN_AS.test(between) && named.type === 'Person' && alias.type === 'Person';
      // Not "known as Wall Street's fear gauge": a name that owns what follows is no other name.
      const owner = sentence.tokens[alias.last]!.possessive;
      if ((saysKnownAs(between) || born) && !alias.canonical && !owner) known.set(nameKey(alias.text), named);
    }
  }
  if (!known.size) return;
  // Of the kind the document's every mention of the name says, not this mention's alone ("Hayat Tahrir
  // al-Sham, formerly known as the Nusra Front", after "the Islamist group Hayat Tahrir al-Sham").
  const votes = new Map<string, TypeVote[]>();
  for (const { mentions } of sentences) for (const m of mentions) votes.set(nameKey(m.text), [...(votes.get(nameKey(m.text)) ?? []), ...m.votes]);
  for (const { mentions } of sentences) {
    for (const m of mentions) {
      const named = known.get(nameKey(m.text));
      if (!named || named === m) continue;
      if (named.canonical) m.canonical = named.canonical;
      else m.fullName = named.fullName ?? named.text;
      castVote(m, { type: decideType(votes.get(nameKey(named.text))!).type, weight: SOURCE_WEIGHT.decisive, reason: `another name of "${named.text}"` });
    }
  }
}

/** "Sale 31 Wasps 33": a line of results, two names each followed by its score, and nothing else. */
function resultSides(sentence: Sentence, mentions: EntityMention[]): EntityMention[] {
  const tokens = sentence.tokens;
  const score = (i: number) => /^\d{1,3}$/.test(tokens[i]?.text ?? '');
  const [home, away] = mentions;
  if (mentions.length !== 2 || !home || !away) return [];
  return home.first === 0 && score(home.last + 1) && away.first === home.last + 2 && score(away.last + 1) && away.last + 2 === tokens.length ? mentions : [];
}

/** A score in prose: "3-1", "6-4". */
const SCORE = /^\d{1,3}-\d{1,3}$/;

/**
 * "Arsenal beat Chelsea 3-1", "Sinner beat Fritz 6-3 6-4": the two sides of a match a score follows are
 * one kind of thing, so a side only guessed at takes the kind of one known for sure (a club the gazetteer
 * knows), however the tagger reads a club that shares a woman's name.
 */
export function typeScoredSides(sentences: NamedSentence[]): void {
  for (const { sentence, mentions } of sentences) {
    const tokens = sentence.tokens;
    for (let k = 1; k < mentions.length; k++) {
      const [a, b] = [mentions[k - 1]!, mentions[k]!];
      const between = tokens.slice(a.last + 1, b.first);
      // Words only, a verb's and an article's ("beat", "blanked the"): not a batsman's figures ("Durham 114 (S. Watkin 4-28)"), nor "of" ("Dinamo of Russia 92-81").
      const played = between.length >= 1 && between.length <= 3 && between.every((t) => /^[a-z]+$/.test(t.text) && !t.tags.has('Preposition') && !breaksAfter(t)) && !breaksAfter(tokens[a.last]!);
      if (!played || !SCORE.test(tokens[b.last + 1]?.text ?? '')) continue;
      const [sure, guessed] = strongestVote(a) >= SURE_VOTE ? [a, b] : [b, a];
      if (ITEM_KINDS.has(sure.type) && strongestVote(sure) >= SURE_VOTE && strongestVote(guessed) < SURE_VOTE) {
        castVote(guessed, { type: sure.type, weight: SOURCE_WEIGHT.decisive, reason: `the other side of a match with ${sure.text}` });
      }
    }
  }
}

/** Rows a table of results needs before its sides say what kind of side it lists. */
const TABLE_ROWS = 4;
/** Figures a row of standings gives after its team: played, won, lost … ("TORONTO 63 71 .470 11 1/2"). */
const STANDINGS_FIGURES = 3;

/** "TORONTO 63 71 .470 11 1/2": a row of standings, one name and then only its figures. */
function standingsSide(sentence: Sentence, mentions: EntityMention[]): EntityMention[] {
  const [side] = mentions;
  const figures = sentence.tokens.slice((side?.last ?? 0) + 1);
  return mentions.length === 1 && side!.first === 0 && figures.length >= STANDINGS_FIGURES && figures.every((t) => /^[\d/]+$/.test(t.text)) ? [side!] : [];
}

/**
 * "BALTIMORE 70 63 .526 4 … TORONTO 63 71 .470 11 1/2": the teams of a table of standings are clubs,
 * named after their towns and states, or countries' teams, named as their countries; the tagger reads
 * the towns as places.
 */
export function typeStandings(sentences: NamedSentence[]): void {
  const sides = sentences.flatMap(({ sentence, mentions }) => standingsSide(sentence, mentions));
  if (sides.length < TABLE_ROWS) return;
  for (const m of sides) {
    // Every row votes, read as a club or not: the document's other mentions of the town ("CHICAGO AT TORONTO") weigh against it.
    if (!PLACES.countries.has(m.canonical ?? '')) castVote(m, { type: 'Organization', weight: SOURCE_WEIGHT.decisive, reason: 'a team in a table of standings' });
  }
}

/** Items a list needs before its items say what kind of thing it lists. */
const LIST_ITEMS = 4;
/** The share of a group's members that must agree on a type for the rest to take it. */
const GROUP_MAJORITY = 0.6;
/** What the sides of a table may be: clubs, or countries' teams. */
const SIDE_KINDS: ReadonlyMap<EntityType, string> = new Map([['Organization', 'organisations'], ['Place', 'places']]);
/** What the items of a list may be. */
const ITEM_KINDS: ReadonlyMap<EntityType, string> = new Map([...SIDE_KINDS, ['Person', 'people']]);

/**
 * Members of a group that are one kind of thing take the kind most of them are read as, when there are
 * enough of them and most agree: `reason` says which group, given the kind's plural.
 */
function electKind(members: EntityMention[], minimum: number, kinds: ReadonlyMap<EntityType, string>, reason: (plural: string) => string): void {
  if (members.length < minimum) return;
  const counts = new Map<EntityType, number>();
  for (const m of members) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  const [kind, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  const plural = kinds.get(kind);
  if (count < GROUP_MAJORITY * members.length || !plural) return;
  for (const m of members) {
    if (m.type !== kind) castVote(m, { type: kind, weight: SOURCE_WEIGHT.decisive, reason: reason(plural) });
  }
}

/**
 * "Harlequins 75 Gloucester 19 … Sale 31 Wasps 33": the sides of one table of results are one kind of
 * thing — clubs, or countries' teams — though the tagger reads a club named after its town as a place
 * and a plural name as a person.
 */
export function typeResultTables(sentences: NamedSentence[]): void {
  const sides = sentences.flatMap(({ sentence, mentions }) => resultSides(sentence, mentions));
  electKind(sides, 2 * TABLE_ROWS, SIDE_KINDS, (plural) => `a side in a table of results whose sides are mostly ${plural}`);
}

/**
 * Words that may stand between the items of a list: "and", and the numbers of a line-up ("2 - Lilian
 * Thuram (14 - Sabri Lamouchi 87th)"); not a score ("Glamorgan 259 and 207 (A. Dale 69"), which ends one.
 */
const listLink = (t: Token): boolean => /^(?:and|or|\d{1,3}(?:st|nd|rd|th))$/i.test(t.text) || (/^\d{1,3}$/.test(t.text) && /^\s*-/.test(t.post));

/** "Jesper Parnevik (Sweden)": a name in brackets of its own says something of the item before it. */
const bracketed = (tokens: Token[], m: EntityMention): boolean => tokens[m.first]!.pre.includes('(') && tokens[m.last]!.post.includes(')');

/**
 * Whether the words and punctuation between two names only join items of a list ("A, B", "A and B",
 * "A; 2 - B", "A (14 - B"), past any name in brackets after the first.
 */
function listed(tokens: Token[], previous: EntityMention, next: EntityMention, asides: EntityMention[]): boolean {
  const between = tokens.slice(previous.last + 1, next.first).filter((t) => !asides.some((m) => m.first <= t.i && t.i <= m.last));
  if (!between.every(listLink)) return false;
  const punctuation = tokens.slice(previous.last, next.first).map((t, k) => `${t.post} ${tokens[previous.last + k + 1]!.pre}`).join(' ');
  // "Lilian Thuram (14 - Sabri Lamouchi 87th)": a line-up's substitute stands in brackets after the number.
  const numbered = between.some((t) => /^\d/.test(t.text));
  return /[,;]/.test(punctuation) || (numbered && punctuation.includes('(')) || between.some((t) => /^(?:and|or)$/i.test(t.text));
}

/** Runs of names with nothing but punctuation, "and" and numbers between them. */
function nameLists(sentence: Sentence, mentions: EntityMention[]): EntityMention[][] {
  const lists: EntityMention[][] = [];
  let asides: EntityMention[] = [];
  for (const m of mentions) {
    const run = lists[lists.length - 1];
    const previous = run?.[run.length - 1];
    if (previous && bracketed(sentence.tokens, m)) {
      asides.push(m);
      continue;
    }
    if (run && previous && listed(sentence.tokens, previous, m, asides)) run.push(m);
    else lists.push([m]);
    asides = [];
  }
  return lists;
}

/**
 * "Ponting, Michael Slater, Darren Lehmann, Mark Waugh": the names of one list are one kind of thing,
 * though the tagger reads a surname alone, or a player in a numbered line-up, as an organisation. Not
 * a name whose last word says it is an organisation: "leaders of the Kosovo Liberation Army, Kadri
 * Veseli, Rexhep Selimi and …" sets the people off after the army.
 */
export function typeLists(sentences: NamedSentence[]): void {
  const headed = (m: EntityMention) => ORG_HEADS.has(m.text.split(/\s+/).at(-1)!.toLowerCase());
  for (const { sentence, mentions } of sentences) {
    for (const list of nameLists(sentence, mentions)) {
      const kind = organizationsListed(sentence.tokens, list);
      if (kind) for (const m of list) castVote(m, { type: 'Organization', weight: SOURCE_WEIGHT.decisive, reason: `listed after "${kind}"` });
      electKind(list.filter((m) => !headed(m)), LIST_ITEMS, ITEM_KINDS, (plural) => `an item of a list whose items are mostly ${plural}`);
      hintByListmates(sentence.tokens, list);
    }
  }
}

/** "chipmakers Naura and Piotech", "banks HSBC and Barclays": the plural noun for organisations a list of names follows, if one does. */
function organizationsListed(tokens: Token[], list: EntityMention[]): string | undefined {
  const noun = tokens[list[0]!.first - 1];
  if (list.length < 2 || !noun || noun.capitalized || breaksAfter(noun) || !noun.tags.has('Plural')) return undefined;
  const singular = singularNoun(noun.lower);
  return ORGANIZATION_NOUNS.has(singular) && !PERSON_TRADE_NOUNS.has(singular) ? noun.lower : undefined;
}

/** A vote the tagger, a gazetteer or a name's words cast with this weight or more says for sure what the name is. */
const SURE_VOTE = 0.8;
/** A name whose every vote weighs less than this is only guessed at. */
const GUESSED_VOTE = 0.6;

const strongestVote = (m: EntityMention): number => Math.max(0, ...m.votes.map((v) => v.weight));

/**
 * "whose members include Google and Amazon": names joined by "and" or "or" are mostly one kind of thing, so
 * a name only guessed at as a person, a place or an organisation leans to the one of those kinds its
 * listmates are known for sure to be, where they agree. Not a name read as of another kind ("Chechen",
 * "L.A. Law"), nor one that owns what follows it ("Dealey Plaza and NBC's live broadcast"), which is no item;
 * nor after a concept ("billed as the Return of the Legend, and Duran still talks …").
 */
function hintByListmates(tokens: Token[], names: EntityMention[]): void {
  // "Google and Amazon", "Paris, Berlin or Rome": not names joined only by commas ("Austin, Texas").
  if (names.length < 2 || !/^(?:and|or)$/i.test(tokens[names[names.length - 1]!.first - 1]?.text ?? '')) return;
  const list = names.filter((m) => !tokens[m.last]!.possessive);
  // "Alan Benes … and RBI": an acronym is nobody's name, and says nothing of a list's kind.
  const acronym = (m: EntityMention) => m.first === m.last && isAcronym(tokens[m.first]!);
  const sure = list.filter((m) => ITEM_KINDS.has(m.type) && strongestVote(m) >= SURE_VOTE);
  const kind = sure[0]?.type;
  if (!kind || sure.some((m) => m.type !== kind)) return;
  for (const m of list) {
    if (m.type !== kind && ITEM_KINDS.has(m.type) && !acronym(m) && strongestVote(m) < GUESSED_VOTE) castVote(m, { type: kind, weight: SOURCE_WEIGHT.context, reason: `listed with ${sure[0]!.text}` });
  }
}

/** What identifies a mention's entity within its document: its gazetteer entry, or the full name it stands for. */
export function mentionKey(m: EntityMention): string {
  return m.canonical ? `k:${foldForm(m.canonical)}` : `n:${nameKey(m.fullName ?? m.text)}`;
}

/** Nouns for an election that end an event's name after the place it is held in ("the Wyre Vale by-election"). */
const ELECTION_NOUNS = new Set(['by-election', 'election', 'elections']);

/**
 * "Labour loses Wyre Vale by-election … voters in Wyre Vale": the name an election is named after is a
 * place wherever the document uses it alone, though the tagger may read it as a person's. Not an
 * institution's name ("European Parliament elections").
 */
function typeElectionPlaces(mentions: EntityMention[]): void {
  const places = new Set<string>();
  for (const m of mentions) {
    const words = m.text.split(/\s+/);
    const name = words.slice(0, -1);
    if (m.type !== 'Event' || name.length === 0 || !ELECTION_NOUNS.has(words[words.length - 1]!.toLowerCase())) continue;
    if (name.every((w) => /^[A-Z]/.test(w)) && !ORG_HEADS.has(name[name.length - 1]!.toLowerCase())) places.add(nameKey(name.join(' ')));
  }
  for (const m of mentions) {
    if (m.type !== 'Event' && places.has(nameKey(m.text))) castVote(m, { type: 'Place', weight: SOURCE_WEIGHT.decisive, reason: 'the place an election is named after' });
  }
}

/**
 * "Norsk Energi, the state-controlled utility, said …": a name the story describes as an organisation
 * where it sets it off is one wherever the story names it, though the tagger reads an unknown name of
 * two words as a person's at every other mention. So is one it describes as someone's kin a person:
 * "Yulia Navalnaya, the widow of …" is no place, however foreign her name looks to the tagger; and one
 * it describes as a kind of place a place ("Paiporta, a town near Valencia,").
 */
export function typeDescribedNames(sentences: NamedSentence[]): void {
  const described = new Map<string, { type: EntityType; noun: string }>();
  for (const { sentence, mentions } of sentences) {
    for (const m of mentions) {
      const noun = organizationNounApposed(sentence.tokens, m.last);
      // "Bank Indonesia, the central bank": a country set off so is the end of a name cut short, not the bank.
      const country = m.canonical !== undefined && PLACES.countries.has(m.canonical);
      if (noun && !country) described.set(nameKey(m.text), { type: 'Organization', noun });
      const kind = m.canonical === undefined ? apposedKind(sentence.tokens, m.last) : undefined;
      if (kind) described.set(nameKey(m.text), kind);
    }
  }
  if (described.size === 0) return;
  for (const { mentions } of sentences) {
    for (const m of mentions) {
      const description = described.get(nameKey(m.text));
      if (description) castVote(m, { type: description.type, weight: SOURCE_WEIGHT.decisive, reason: `described as "the ${description.noun}" in the story` });
    }
  }
}

/** Prepositions after which a town's name is the town, or may be ("from Dortmund", "to Munich"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'around', 'across', 'throughout', 'to', 'into', 'from', 'of']);

/**
 * "Borussia Dortmund … Dortmund's Sami Okafor … as Dortmund slip": a town whose name ends a club's,
 * named in full in the story, stands for the club wherever no preposition of place governs it and it
 * opens no dateline. Only a name that ends in the town with nothing joining them ("Bayer Leverkusen",
 * not "University of Chicago") is a club's, and a country or a state is never one.
 */
export function voteClubTowns(sentences: NamedSentence[]): void {
  const clubs = new Set<string>();
  for (const { mentions } of sentences) {
    for (const m of mentions) {
      const words = nameKey(m.text).split(' ');
      if (m.type === 'Organization' && words.length === 2 && !m.canonical) clubs.add(words[1]!);
    }
  }
  for (const { sentence, mentions } of sentences) {
    for (const m of mentions) {
      const place = m.first === m.last ? PLACES.byForm.get(foldForm(m.text)) : undefined;
      const town = place !== undefined && !isRegion(place);
      if (!town || !clubs.has(nameKey(m.text))) continue;
      const before = sentence.tokens[m.first - 1];
      const dateline = m.first === 0 && m.text === m.text.toUpperCase();
      if (dateline || (before && PLACE_PREPOSITIONS.has(before.lower))) continue;
      castVote(m, { type: 'Organization', weight: SOURCE_WEIGHT.context, reason: 'a town whose name ends a club\'s named in the story, where nothing makes it the town' });
    }
  }
}

/** Ties short forms to full names and gives every mention of a name the type its mentions elect together. */
export function harmonizeDocument(mentions: EntityMention[]): void {
  typePeopleBySurname(mentions);
  linkOrganizationShortForms(mentions);
  linkSurnames(mentions);
  typeElectionPlaces(mentions);
  const groups = mentionsByName(mentions);
  // "DEIR AL-BALAH, Gaza Strip (AP) — … handed over in Deir al-Balah": a name the dateline gives as a place
  // names no person in its story, though it may name a club ("MUNICH … Munich beat Dortmund").
  const datelined = new Set(mentions.filter((m) => m.dateline && m.type === 'Place').map(mentionKey));
  for (const [key, group] of groups) {
    if (datelined.has(key) && decideType(group.flatMap((m) => m.votes)).type === 'Person') {
      for (const m of group) castVote(m, { type: 'Place', weight: SOURCE_WEIGHT.decisive, reason: 'the dateline names it as a place' });
    }
    if (group.length >= 2) settleName(group);
  }
}

/** A document's mentions by name (mentionKey), its dateline's left out. */
export function mentionsByName(mentions: EntityMention[]): Map<string, EntityMention[]> {
  const groups = new Map<string, EntityMention[]>();
  for (const m of mentions) if (!m.dateline) groupIn(groups, mentionKey(m), m);
  return groups;
}

/** Gives every mention of one name in a document the type their votes together elect. */
export function settleName(group: EntityMention[]): void {
  const decision = decideType(group.flatMap((m) => m.votes));
  for (const m of group) {
    m.type = decision.type;
    m.confidence = decision.confidence;
  }
}

/** Words a sentence may open with that are never a short name. */
const OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'but', 'and', 'however', 'in', 'on', 'at']);

/**
 * "Jannik Sinner beat Alexander Zverev …", where the tagger read no name, then "Sinner said": a
 * capitalised word right before a word the document names a person by alone, neither of them in a name
 * yet, is that person's given name, and the two are the person named in full.
 */
export function recoverFullNames(sentences: NamedSentence[]): void {
  const surnames = new Set<string>();
  const namedInFull = new Set<string>();
  for (const { mentions } of sentences) {
    for (const m of mentions) {
      if (m.type !== 'Person' || m.canonical) continue;
      if (m.first === m.last) surnames.add(withoutPossessive(m.text).toLowerCase());
      else namedInFull.add(surnameOf(m.text.split(/\s+/)).toLowerCase());
    }
  }
  for (const surname of namedInFull) surnames.delete(surname);
  if (surnames.size === 0) return;
  for (const { sentence, mentions } of sentences) {
    const tokens = sentence.tokens;
    const free = (i: number) => !mentions.some((m) => m.first <= i && i <= m.last);
    for (let i = 1; i < tokens.length; i++) {
      const [given, surname] = [tokens[i - 1]!, tokens[i]!];
      if (!surnames.has(surname.lower) || !surname.capitalized || !/^[A-Z][a-z]+$/.test(given.text) || breaksAfter(given) || !free(i - 1) || !free(i)) continue;
      const form = foldForm(given.text);
      if (OPENERS.has(given.lower) || CALENDAR_WORDS.has(given.lower) || roleLength(tokens, i - 1) > 0 || PLACES.byForm.has(form) || PLACES.byDemonym.has(form) || knownOrganization(form)) continue;
      const text = `${given.text} ${withoutPossessive(surname.text)}`;
      mentions.push({
        first: i - 1,
        last: i,
        text,
        start: given.start,
        end: given.start + text.length,
        type: 'Person',
        confidence: 0.6,
        votes: [{ type: 'Person', weight: SOURCE_WEIGHT.context, reason: `the full name of ${withoutPossessive(surname.text)}, named alone in the document` }],
        titled: false,
      });
    }
    mentions.sort((a, b) => a.first - b.first);
  }
}

/**
 * "Dumont is chief executive", "Reform leader Nigel Farage": a capitalised word the tagger left out
 * (most often opening a sentence, where capitals prove nothing) that the document uses as the surname of
 * a person or the first word of an organisation named in full (its last word too, before a role) is
 * that name again. Adds the new mentions to their sentences; each is typed by the name it repeats and
 * tied to it by harmonizeDocument.
 */
export function completeNames(sentences: NamedSentence[]): void {
  const parts = new Map<string, { type: 'Person' | 'Organization'; name: string }>();
  // "City coach Pep Guardiola": the last word of an organisation's name, where a role follows it.
  const heads = new Map<string, { type: 'Organization'; name: string }>();
  for (const { mentions } of sentences) {
    for (const m of mentions) {
      if (m.first === m.last || m.canonical) continue;
      const words = m.text.split(/\s+/);
      if (m.type === 'Person') parts.set(surnameOf(words).toLowerCase(), { type: 'Person', name: m.text });
      if (m.type !== 'Organization') continue;
      // "the Russian army": a demonym opening an organisation's name stands for its country, not for the organisation.
      if (!PLACES.byDemonym.has(foldForm(words[0]!))) parts.set(words[0]!.toLowerCase(), { type: 'Organization', name: m.text });
      heads.set(words.at(-1)!.toLowerCase(), { type: 'Organization', name: m.text });
    }
  }
  for (const { sentence, mentions } of sentences) {
    sentence.tokens.forEach((t, i) => {
      const part = parts.get(t.lower) ?? (roleLength(sentence.tokens, i + 1) > 0 ? heads.get(t.lower) : undefined);
      // "Russian Foreign Minister": a word that opens a role is the role's, not a short form of "Foreign Ministry".
      if (!part || !t.capitalized || OPENERS.has(t.lower) || mentions.some((m) => m.first <= i && i <= m.last) || roleLength(sentence.tokens, i) > 0) return;
      const text = withoutPossessive(t.text);
      mentions.push({
        first: i,
        last: i,
        text,
        start: t.start,
        end: t.start + text.length,
        type: part.type,
        confidence: 0.6,
        votes: [{ type: part.type, weight: SOURCE_WEIGHT.context, reason: `a short form of ${part.name}, named in full in the document` }],
        titled: false,
      });
    });
    mentions.sort((a, b) => a.first - b.first);
  }
}
