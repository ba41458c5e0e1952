/**
 * Entity mentions in a sentence: runs of capitalised tokens, split at roles and at compounds of
 * known places, each typed by typing.ts.
 */
import type { EntityType } from '../graph/schema';
import { FAMILY_NAME_FIRST, NAME_PARTICLES } from './lexicon/names';
import { INSTITUTION_NOUNS, knownOrganization, ORG_HEADS, ORGANIZATION_NOUNS, PARTY_MEMBERS } from './lexicon/organizations';
import { PLACES, PLACE_SUFFIXES, foldForm } from './lexicon/places';
import { HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS, ROLE_OF_TAILS } from './lexicon/roles';
import { AGENT_ENDING, AGENT_NOUNS, ARMED_MEANS, CALENDAR_WORDS, COMMON_NOUN_ENDING, EVENT_HEADS, KNOWN_WEAPONS, NOMINAL_PREPOSITIONS, NOMINALIZATIONS, PROPER_ADJECTIVES, STOP_WORDS } from './lexicon/words';
import { atClauseStart, boundary, breaksAfter, hasAny, hyphenAfter, isDictionaryWord, isInitial, NAME_CONNECTORS, personCueAfter } from './token-shapes';
import { lexiconTags } from './lexicon/dictionary';
import { withoutPossessive } from './spelling';
import type { Sentence, Token } from './tokens';
import { typeName, type NameType } from './typing';
import { SOURCE_WEIGHT, type TypeVote } from './votes';

export interface EntityMention {
  /** First and last token index (inclusive). */
  first: number;
  last: number;
  /** Surface text of the name as written ("U.S.", "Taurus"). */
  text: string;
  start: number;
  end: number;
  /** The type the votes so far elect (votes.ts); patterns read it, resolution decides with every vote. */
  type: EntityType;
  /** Canonical name from a gazetteer, when one knew the form. */
  canonical?: string;
  /** How sure the typing is, 0–1. */
  confidence: number;
  /** The evidence for the type, from the tagger, the gazetteers and the name's shape. */
  votes: TypeVote[];
  /** The name's own words say what it is ("… Air Force", "… missiles"): the rules' span wins over the tagger's. */
  decisive?: boolean;
  /** The full name this one is short for in its document ("Halvorsen Systems" for "Halvorsen"; consistency.ts). */
  fullName?: string;
  /** A role or honorific stands right before it: it names a person. */
  titled: boolean;
  /** Other ways the text writes the name ("Taurus missiles", "President Kennedy", "Jamestown, N.Y."), kept as aliases. */
  forms?: string[];
  /**
   * The place a dateline opens with ("LIMA (AP) —"): where the story is filed from, whatever its name
   * stands for elsewhere in the story ("BARCELONA (Reuters) - Barcelona have signed …"), so its type is
   * its own, not decided with the name's other mentions.
   */
  dateline?: boolean;
}

export interface RoleMention {
  first: number;
  last: number;
  /** Lower-case role as written ("deputy foreign minister"). */
  role: string;
}

export interface SentenceMentions {
  entities: EntityMention[];
  roles: RoleMention[];
}

const PROPER_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'Acronym', 'Country', 'City', 'FirstName', 'LastName'];
const NOT_NAME_TAGS = ['Verb', 'Adverb', 'Conjunction', 'Preposition', 'Determiner', 'Pronoun', 'QuestionWord', 'Expression', 'Comparative', 'Superlative'];

/** Title-case lines ("Russia Ready To Continue Diplomacy Amid Ukraine Crisis") capitalise every word. */
function isHeadline(tokens: Token[]): boolean {
  const words = tokens.filter((t) => /^[A-Za-z]/.test(t.text));
  if (words.length < 4) return false;
  const capitalised = words.filter((t) => t.capitalized).length;
  const functionCaps = words.filter((t) => t.capitalized && hasAny(t, ['Preposition', 'Conjunction', 'Determiner'])).length;
  return capitalised / words.length > 0.7 && functionCaps > 0;
}

/** "STAY OFF THE BEACH": capitals that even small words carry are shouting, not acronyms. */
function isShouting(tokens: Token[]): boolean {
  return tokens.filter((t) => /^[A-Z]+$/.test(t.text) && hasAny(t, ['Determiner', 'Preposition', 'Conjunction'])).length >= 2;
}

/** Titles of rank, royal or religious, that a name may bear beside an office. */
const RANK_TITLES = new Set(['sheikh', 'emir', 'king', 'queen', 'prince', 'princess', 'ayatollah', 'imam', 'cardinal', 'archbishop', 'pope']);

/** How many tokens the role written from `i` takes ("Deputy Foreign Minister"); 0 when none starts there. */
export function roleLength(tokens: Token[], i: number): number {
  let j = i;
  let sawHead = false;
  while (j < tokens.length) {
    const w = tokens[j]!.lower;
    // "Prime Minister Sheikh Hasina", "Energy Minister Prince Abdulaziz": a title of rank after an office is a role of its own.
    if (ROLE_HEADS.has(w) && sawHead && RANK_TITLES.has(w)) break;
    if (ROLE_HEADS.has(w)) sawHead = true;
    else if (!ROLE_MODIFIERS.has(w)) break;
    if (tokens[j]!.possessive || breaksAfter(tokens[j]!)) {
      j++;
      break;
    }
    j++;
  }
  // "Chief of Staff", "Secretary of State"
  if (sawHead && tokens[j]?.lower === 'of' && ROLE_OF_TAILS.has(tokens[j + 1]?.lower ?? '')) j += 2;
  if (!sawHead) return 0;
  // A role word that heads an organisation's name is part of that name ("General Assembly").
  const next = tokens[j];
  if (next && next.capitalized && ORG_HEADS.has(next.lower) && !breaksAfter(tokens[j - 1]!)) return 0;
  // "the Justice and Development Party": so is one that "and" joins to the rest of such a name.
  if (next?.lower === 'and' && tokens[j - 1]!.capitalized && tokens[j + 1]?.capitalized && !breaksAfter(tokens[j - 1]!) && isOrgContinuation(tokens, j + 1)) return 0;
  // A lone lower-case modifier+head like "general" in running text only counts next to a name.
  return j - i;
}

/**
 * Words a document capitalises mid-sentence and never writes in lower case: at the start of a
 * sentence, where capitals prove nothing, these are still names ("Medvedev, who holds …").
 */
export function documentNames(sentences: Sentence[]): Set<string> {
  const capitalised = new Set<string>();
  const lower = new Set<string>();
  for (const { tokens } of sentences) {
    if (isHeadline(tokens)) continue;
    tokens.forEach((t, i) => {
      if (!t.capitalized) lower.add(t.lower);
      else if (!atClauseStart(tokens, i)) capitalised.add(t.lower);
    });
  }
  for (const w of lower) capitalised.delete(w);
  return capitalised;
}

/** What name detection knows about the sentence at hand. */
interface NameContext {
  tokens: Token[];
  /** A title-case line: capitals prove nothing anywhere in it. */
  headline: boolean;
  /** An all-caps line: a word in capitals there is no acronym. */
  shouting: boolean;
  /** The document's names (documentNames). */
  names: ReadonlySet<string>;
}

/** Words that end a company's name ("Corp.", "Inc."): whatever capitalised run leads up to one is the name. */
const COMPANY_SUFFIXES = new Set(['corp', 'inc', 'co', 'ltd', 'plc', 'llc', 'ag', 'gmbh', 'sa']);

function endsInCompanySuffix(tokens: Token[], i: number): boolean {
  let j = i;
  while (j + 1 < tokens.length && tokens[j + 1]!.capitalized && !breaksAfter(tokens[j]!) && j - i < 4) {
    j++;
    if (COMPANY_SUFFIXES.has(tokens[j]!.lower.replace(/\.$/, ''))) return true;
  }
  return false;
}

/** Chat abbreviations that look like acronyms. */
const CHAT_WORDS = new Set(['afaik', 'imo', 'imho', 'pov', 'lol', 'omg', 'btw', 'fyi', 'wtf', 'tbh', 'smh', 'iirc', 'lmao', 'rofl', 'usd', 'eur', 'ok']);

/** "Russians", "Ukrainians": people of a country, not the country, and not a named entity. */
const isPluralDemonym = (t: Token) => t.lower.endsWith('s') && PLACES.byDemonym.has(t.lower.slice(0, -1));

/** A word compromise's lexicon knows as something other than a name, or an -ly adverb, unless the document uses it as a name. */
function isCommonWord(lower: string, names: ReadonlySet<string>): boolean {
  if (names.has(lower)) return false;
  if (lower.endsWith('ly') && !PLACES.byForm.has(lower)) return true;
  return isDictionaryWord(lower);
}

/**
 * "Sturholm had resigned", "Derwinski's involvement": a word compromise's lexicon does not know,
 * opening a sentence as a singular noun straight before a finite verb or with a possessive ending,
 * is a name; a common noun there would mostly take a determiner.
 */
function opensWithUnknownName(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!/^[A-Z][a-z]{2,}(?:['’]s?)?$/.test(t.text)) return false;
  if (lexiconTags(t.lower).size > 0 || COMMON_NOUN_ENDING.test(t.lower)) return false;
  if (!t.tags.has('Singular') || hasAny(t, ['Adjective', 'Verb', 'Activity', 'Plural'])) return false;
  if (t.possessive) return true;
  const next = tokens[i + 1];
  return !!next && !breaksAfter(t) && next.tags.has('Verb') && !hasAny(next, ['Gerund', 'Participle']) && !next.capitalized;
}

/**
 * "Jun Young-hyun": a month's abbreviation, written without its point, before a name is a name's
 * first word; a date writes "Jun. 5" or "Jun 5".
 */
function monthAbbreviationOpensName(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  return t.tags.has('Abbreviation') && t.post === ' ' && !!next && next.capitalized && !/\d/.test(next.text) && !CALENDAR_WORDS.has(next.lower) && !hasAny(next, ['Date', 'Month', 'WeekDay']);
}

function isNameToken(ctx: NameContext, i: number): boolean {
  const { tokens, headline, shouting, names } = ctx;
  const t = tokens[i]!;
  if (!t.capitalized || t.text.length < 2 && !/^[A-Z]$/.test(t.text)) return false;
  if (t.text === 'I') return false;
  if (CALENDAR_WORDS.has(t.lower) || hasAny(t, ['Date', 'Month', 'WeekDay'])) return monthAbbreviationOpensName(tokens, i);
  if (/\d/.test(t.text) && !KNOWN_WEAPONS.has(t.lower)) return false;
  const known = PLACES.byForm.has(foldForm(t.text)) || knownOrganization(foldForm(t.text)) !== undefined || KNOWN_WEAPONS.has(t.lower);
  if (known) return true;
  if (/^I['’]/.test(t.text) || CHAT_WORDS.has(t.lower) || isPluralDemonym(t) || qualifyingCapital(tokens, i)) return false;
  // Shouting in comments ("SHARPER", "BEACH"): an all-caps dictionary word is not an acronym.
  if (/^[A-Z]{3,}$/.test(t.text) && (shouting || isCommonWord(t.lower, names))) return false;
  if (/^[A-Z]{2,}$/.test(t.text) && hasAny(t, NOT_NAME_TAGS) && !t.tags.has('Acronym')) return false;
  if (headline || atClauseStart(tokens, i)) {
    // "New South Wales Police said": a word compromise reads as an adjective may open a place the gazetteer knows.
    if (opensKnownPlace(tokens, i)) return true;
    // "Pacific Marine Inc. said": a common word that opens a company's name belongs to it.
    if (!STOP_WORDS.has(t.lower) && endsInCompanySuffix(tokens, i)) return true;
    if (STOP_WORDS.has(t.lower) || isCommonWord(t.lower, names)) return false;
    const functional = hasAny(t, ['Verb', 'Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Adjective', 'Plural']);
    if (names.has(t.lower) && !functional) return true;
    // "Kaja Kallas visited …", "Halvard K. Lunde …": an unknown first word that runs into a name belongs to it.
    const next = tokens[i + 1];
    const runsOn = next && (hasAny(next, ['ProperNoun', 'Person', 'LastName']) || isInitial(next));
    if (!functional && runsOn && next.capitalized && !breaksAfter(t) && !CALENDAR_WORDS.has(next.lower)) return true;
    if (!functional && personCueAfter(tokens, i)) return true;
    if (opensWithUnknownName(tokens, i)) return true;
    return hasAny(t, PROPER_TAGS) && !hasAny(t, ['Verb', 'Adverb', 'Preposition', 'Conjunction', 'Determiner']);
  }
  return !STOP_WORDS.has(t.lower) || hasAny(t, PROPER_TAGS);
}

/** Whether the words from i, two or three of them, are a place the gazetteer knows ("New South Wales", "New York"). */
function opensKnownPlace(tokens: readonly Token[], i: number): boolean {
  // foldForm drops a leading "the", which the name after it does not need ("The U.S. State Department").
  if (tokens[i]!.lower === 'the') return false;
  for (let n = 2; n <= 3; n++) {
    const words = tokens.slice(i, i + n);
    if (words.length < n || words.slice(0, -1).some(breaksAfter)) return false;
    if (PLACES.byForm.has(foldForm(words.map((t) => t.text).join(' ')))) return true;
  }
  return false;
}

/** The forms of a people's name that join it to another's: "Anglo-Dutch", "Sino-Russian", "Franco-German". */
const COMBINING_FORMS = new Set(['anglo', 'sino', 'franco', 'russo', 'italo', 'indo', 'afro', 'euro', 'greco', 'austro', 'judeo', 'serbo', 'turko', 'irano', 'hispano', 'luso', 'germano', 'polono', 'nippo']);

/** "Anglo-Dutch steelmaker Corus", "Sino-Russian ties": an adjective of two peoples at token i, which names neither. */
export const peoplesAdjective = (tokens: readonly Token[], i: number): boolean =>
  COMBINING_FORMS.has(tokens[i]!.lower) && hyphenAfter(tokens[i]!) && PLACES.byDemonym.has(foldForm(tokens[i + 1]?.text ?? ''));

/**
 * Words for a people by race or faith, and for the Games, capitalised as news style writes them: no names
 * before a common noun ("the first Black woman", "Muslim leaders", "the Olympic gold medal").
 */
const QUALIFYING_CAPITALS = new Set(['black', 'white', 'brown', 'indigenous', ...PROPER_ADJECTIVES]);

/** "the first Black woman", "Indigenous communities", "Olympic gold": such a word capitalised before the noun it qualifies, which names nothing. */
export const qualifyingCapital = (tokens: readonly Token[], i: number): boolean =>
  QUALIFYING_CAPITALS.has(tokens[i]!.lower) && !breaksAfter(tokens[i]!) && /^[a-z]/.test(tokens[i + 1]?.text ?? '');

/** Demonyms that stand alone for a people, not for one person: "the Chinese", "the British", "the Swiss". */
const PEOPLE_DEMONYM = /(?:ese|ish|ss)$|^(?:french|dutch)$/;

/**
 * "the Swede birdied", "suspended the Brazilian for one game", "the 30-year-old German said": a
 * demonym that heads a phrase opened by "the" stands for a person of its country, whom the story has
 * named; so does one `beforePersonNoun` ("the British novelist"). Returns the country.
 */
export function nationalDescription(tokens: readonly Token[], i: number, beforePersonNoun = false): string | undefined {
  const t = tokens[i]!;
  // "the Spaniard's speed": an owner too, whose noun follows.
  const text = t.possessive ? withoutPossessive(t.text) : t.text;
  const country = t.capitalized && (beforePersonNoun || !PEOPLE_DEMONYM.test(text.toLowerCase())) ? PLACES.byDemonym.get(foldForm(text)) : undefined;
  return country && headsDefinitePhrase(tokens, i, beforePersonNoun) ? country : undefined;
}

/** "the Republican said", "The 82-year-old Democrat, who led …": a party's member heading a phrase "the" opens is a person the story has named. */
export const partyDescription = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]!.capitalized && PARTY_MEMBERS.has(tokens[i]!.lower) && headsDefinitePhrase(tokens, i);

/** Whether the word at i heads a phrase "the" opens, past adjectives and an age ("the 30-year-old German said"), or qualifies a `personNoun` there. */
function headsDefinitePhrase(tokens: readonly Token[], i: number, personNoun = false): boolean {
  const t = tokens[i]!;
  let d = i - 1;
  while (d >= 0 && (hasAny(tokens[d]!, ['Adjective']) || (tokens[d]!.lower === 'old' && tokens[d - 1]?.lower === 'year'))) d -= tokens[d]!.lower === 'old' ? 3 : 1;
  const next = tokens[i + 1];
  return tokens[d]?.lower === 'the' && (!next || personNoun || t.possessive || breaksAfter(t) || !hasAny(next, ['Noun', 'Adjective']));
}

/** Whether the demonym at i comes before a noun for what someone does and their name: "Egyptian striker Omar Marmoush". */
function beforeOccupation(tokens: readonly Token[], i: number): boolean {
  const noun = tokens[i + 1];
  const name = tokens[i + 2];
  // Not "near the Canadian border Tuesday": a day names no one.
  return !!noun && !!name && !noun.capitalized && !breaksAfter(tokens[i]!) && !breaksAfter(noun) && (hasAny(noun, ['Actor']) || AGENT_ENDING.test(noun.lower)) && name.capitalized && !CALENDAR_WORDS.has(name.lower);
}

/** Whether the demonym ending at i qualifies the people or the arms that act for its country: "Chinese officials", "Russian drones". */
function forAgents(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && !breaksAfter(tokens[i]!) && (AGENT_NOUNS.has(next.lower) || ARMED_MEANS.has(next.lower)) && next.lower.endsWith('s');
}

/**
 * Whether the demonym at i qualifies an act its country does to something named after it: "the Russian
 * invasion of Ukraine", "a Russian missile strike on Poltava", "Israeli strikes on Gaza", past up to two
 * words for the means.
 */
function forActs(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j <= i + 3 && tokens[j] && !breaksAfter(tokens[j - 1]!) && !tokens[j]!.capitalized; j++) {
    if (NOMINALIZATIONS.has(tokens[j]!.lower)) return !breaksAfter(tokens[j]!) && NOMINAL_PREPOSITIONS.has(tokens[j + 1]?.lower ?? '');
  }
  return false;
}

/** Finds the entity and role mentions of one sentence; `names` are the document's known names (documentNames). */
export function findMentions(sentence: Sentence, names: ReadonlySet<string> = new Set()): SentenceMentions {
  const tokens = sentence.tokens;
  const ctx: NameContext = { tokens, headline: isHeadline(tokens), shouting: isShouting(tokens), names };
  const entities: EntityMention[] = [];
  const roles: RoleMention[] = [];
  let i = 0;
  let titledNext = false;
  let titleStart = -1;
  while (i < tokens.length) {
    const t = tokens[i]!;
    // "General Staff", "General Assembly": a capitalised role word that opens an organisation's name is part of it.
    const roleLen = t.capitalized && isOrgContinuation(tokens, i) ? 0 : roleLength(tokens, i);
    if (roleLen > 0 && (t.capitalized || !isNameToken(ctx, i))) {
      const last = i + roleLen - 1;
      roles.push({ first: i, last, role: tokens.slice(i, last + 1).map((x) => x.lower).join(' ') });
      titledNext = !breaksAfter(tokens[last]!) || /,/.test(tokens[last]!.post);
      titleStart = breaksAfter(tokens[last]!) ? -1 : i;
      i = last + 1;
      continue;
    }
    if (HONORIFICS.has(t.lower.replace(/\.$/, '')) && t.capitalized && tokens[i + 1]?.capitalized) {
      titledNext = true;
      titleStart = i;
      i++;
      continue;
    }
    // "the Swede", "the Democrat" are no names: persons the story has named (units.ts).
    if (nationalDescription(tokens, i) || partyDescription(tokens, i)) {
      i++;
      titledNext = false;
      continue;
    }
    if (peoplesAdjective(tokens, i)) {
      i += 2;
      titledNext = false;
      continue;
    }
    // "South Korean President Yoon …", "South Korean troops fired": a demonym of two words before a role
    // or the country's agents acts as one of one word does (not "The Dutch", which the gazetteer's forms
    // read without its article).
    const second = tokens[i + 1];
    const paired = t.capitalized && t.lower !== 'the' && !!second && !breaksAfter(t) && !breaksAfter(second) && (roleLength(tokens, i + 2) > 0 || forAgents(tokens, i + 1));
    const pair = paired ? PLACES.byDemonym.get(foldForm(`${t.text} ${second.text}`)) : undefined;
    if (pair) {
      entities.push(demonymMention(sentence, i, pair, i + 1));
      i += 2;
      titledNext = false;
      continue;
    }
    const demonymCountry = t.capitalized ? PLACES.byDemonym.get(foldForm(t.text)) : undefined;
    if (demonymCountry && !isOrgNameStart(tokens, i)) {
      const next = tokens[i + 1];
      // "French-supplied": the country acts; "Russian President …": the country employs.
      const hyphenParticiple = hyphenAfter(t) && next && !next.capitalized && /(?:ed|en)$/.test(next.lower);
      // "The Chinese rejected …", "Chinese officials said …": a demonym standing as a noun, or for the
      // people who act for the country, names the country.
      // Not "in English", "into Spanish": after those it names a language.
      const language = ['in', 'into'].includes(tokens[i - 1]?.lower ?? '');
      const standsAlone = !language && (!next || breaksAfter(t) || !hasAny(next, ['Noun', 'Adjective']));
      // "Venezuelan opposition leader …", "Colombian drug lord …": a lower-case word may qualify the role;
      // not an owner ("The Swedish company's founder" is the company's).
      const qualified = !!next && !next.capitalized && !next.possessive && !breaksAfter(next) && roleLength(tokens, i + 2) > 0;
      if (hyphenParticiple || (next && (roleLength(tokens, i + 1) > 0 || qualified) && !breaksAfter(t)) || beforeOccupation(tokens, i) || describesOrganization(tokens, i) || standsAlone || forAgents(tokens, i) || forActs(tokens, i)) {
        entities.push(demonymMention(sentence, i, demonymCountry));
      } else if (next && !breaksAfter(t) && INSTITUTION_NOUNS.has(next.lower) && !(tokens[i + 2]?.tags.has('Noun') && !breaksAfter(next))) {
        entities.push(mention(sentence, i, i + 1, { type: 'Organization', confidence: 0.75, reason: `a demonym before "${next.lower}"` }, false));
        i += 2;
        titledNext = false;
        continue;
      } else {
        const phrase = next && !breaksAfter(t) ? PLACES.byForm.get(foldForm(`${t.text} ${next.text}`)) : undefined;
        if (phrase) {
          entities.push(mention(sentence, i, i + 1, { type: 'Place', canonical: phrase, confidence: 0.9, lexical: true, reason: 'a place the gazetteer knows' }, false));
          i += 2;
          titledNext = false;
          continue;
        }
      }
      i++;
      titledNext = false;
      continue;
    }
    if (!isNameToken(ctx, i)) {
      i++;
      titledNext = false;
      continue;
    }
    const last = extendName(ctx, i);
    for (const [first, end] of splitCompounds(tokens, i, last)) {
      const text = sentenceSlice(sentence, tokens[first]!, tokens[end]!);
      const info = typeName(tokens, first, end, text, titledNext);
      let finalLast = info.extendTo ?? end;
      // "Chernihiv region": the class noun belongs to the place's name.
      const suffix = tokens[end + 1];
      if (info.type === 'Place' && suffix && PLACE_SUFFIXES.has(suffix.lower) && !breaksAfter(tokens[end]!) && !tokens[end]!.possessive) {
        // "Donetsk region" is not the city of Donetsk.
        finalLast = end + 1;
        delete info.canonical;
      }
      // "President Kennedy", "Mrs. Parks": the titled form is how the text names them; keep it as an alias.
      // Not a place's: "his native South Carolina" is no name of the state.
      if (titledNext && titleStart >= 0 && info.type !== 'Place') info.forms = [...(info.forms ?? []), sentenceSlice(sentence, tokens[titleStart]!, tokens[finalLast]!)];
      entities.push(mention(sentence, first, finalLast, info, titledNext));
      titledNext = false;
      titleStart = -1;
    }
    i = last + 1;
  }
  entities.push(...quotedTitles(sentence, entities));
  return { entities, roles };
}

/** Small words a title leaves in lower case ("A House on Dorchester Street"). */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'on', 'in', 'and', 'or', 'for', 'to', 'at', 'with', 'from', 'by', 'as']);
const MAX_TITLE_WORDS = 8;

/**
 * “The Harbour Lights”, “A House on Dorchester Street”: words in title case inside quotation marks
 * name a book, a film or a song, which Relata keeps as a concept; names inside it are part of it.
 */
function quotedTitles(sentence: Sentence, found: EntityMention[]): EntityMention[] {
  const tokens = sentence.tokens;
  const titles: EntityMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!/["“]/.test(tokens[i]!.pre)) continue;
    let j = i;
    while (j < tokens.length && j - i < MAX_TITLE_WORDS && !/["”]/.test(tokens[j]!.post) && !/["“]/.test(tokens[j + 1]?.pre ?? '')) j++;
    if (j >= tokens.length || !/["”]/.test(tokens[j]!.post) || j === i) continue;
    const words = tokens.slice(i, j + 1);
    const titleCase = words.every((t, k) => (k === 0 ? t.capitalized : t.capitalized || TITLE_SMALL_WORDS.has(t.lower)));
    if (!titleCase || words.filter((t) => t.capitalized).length < 2) continue;
    if (found.some((m) => m.first < i ? m.last >= i : m.first <= j && m.last > j)) continue;
    titles.push(mention(sentence, i, j, { type: 'Concept', confidence: 0.85, decisive: true, reason: 'a title in quotation marks' }, false));
    i = j;
  }
  return titles;
}

/**
 * "the Ukrainian manufacturer Fire Point", "Dutch lender ING", "Volkswagen, the German carmaker,", "the
 * Norwegian lender, Vostbank,": a demonym before a noun for an organisation, naming it or set off
 * before or after its name, says where it is based.
 */
function describesOrganization(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
    if (breaksAfter(tokens[k - 1]!) || tokens[k]!.capitalized) return false;
    if (ORGANIZATION_NOUNS.has(tokens[k]!.lower)) return (!!tokens[k + 1]?.capitalized && (!breaksAfter(tokens[k]!) || /^,\s*$/.test(tokens[k]!.post))) || setOffAfterName(tokens, i, k);
  }
  return false;
}

/** "Volkswagen, the German carmaker, said": the words from i to k stand in apposition to the name before them. */
function setOffAfterName(tokens: Token[], i: number, k: number): boolean {
  const article = tokens[i - 1];
  const name = tokens[i - 2];
  return !!article && ['the', 'a', 'an'].includes(article.lower) && !!name?.capitalized && /,/.test(name.post) && (k === tokens.length - 1 || /[,;]/.test(tokens[k]!.post));
}

function isOrgNameStart(tokens: Token[], i: number): boolean {
  // "German Air Force": a demonym that opens a capitalised name is part of it.
  let j = i + 1;
  while (j < tokens.length && tokens[j]!.capitalized && !breaksAfter(tokens[j - 1]!) && roleLength(tokens, j) === 0) j++;
  return j > i + 1 && ORG_HEADS.has(tokens[j - 1]!.lower) || (j > i + 1 && EVENT_HEADS.has(tokens[j - 1]!.lower));
}

/** Whether the words first..last are an organisation's name the gazetteer knows whole ("Office of the Comptroller of the Currency"). */
export const knownOrganizationSpan = (tokens: readonly Token[], first: number, last: number): boolean =>
  knownOrganization(foldForm(tokens.slice(first, last + 1).map((t) => t.text).join(' '))) !== undefined;

/** "St." and "Saint", whose possessive name ("St. Peter's") opens a place's. */
const SAINT_WORDS = new Set(['st', 'saint']);
/** Plurals for people whose possessive opens an institution's name ("People's Bank", "Workers' Party"). */
const PEOPLE_PLURALS = new Set(['women', 'men', 'people', 'workers', 'children', 'veterans', 'farmers']);

function extendName(ctx: NameContext, i: number): number {
  const { tokens } = ctx;
  // "Kim Yong-chol": Korean given names keep a lower-case syllable after the hyphen.
  const familyFirst = FAMILY_NAME_FIRST.has(tokens[i]!.lower) || monthAbbreviationOpensName(tokens, i);
  let last = i;
  while (last + 1 < tokens.length) {
    const cur = tokens[last]!;
    const next = tokens[last + 1]!;
    // "St. Peter's Square", "St Mark's Basilica": a saint's possessive names the place after it;
    // "Women's Tennis Association", "Children's Hospital": so does a plural for people, as institutions are named.
    const saints = cur.possessive && (SAINT_WORDS.has(tokens[last - 1]?.lower ?? '') || PEOPLE_PLURALS.has(cur.lower)) && next.capitalized && !breaksAfter(cur);
    if ((cur.possessive && !saints) || (boundary(cur, next) && !hyphenAfter(cur))) break;
    if (roleLength(tokens, last + 1) > 0 && next.capitalized && !isOrgContinuation(tokens, last + 1)) break;
    // "Pakistan Tehreek-e-Insaf", "Lashkar-e-Taiba": a short lower-case link between hyphens inside a name.
    if (hyphenAfter(cur) && /^[a-z]{1,2}$/.test(next.text) && hyphenAfter(next) && tokens[last + 2]?.capitalized) {
      last += 2;
      continue;
    }
    const syllable = familyFirst && last > i && /^[a-z]{2,4}$/.test(next.text);
    if (isNameToken(ctx, last + 1) || (hyphenAfter(cur) && (/^[A-Z0-9]/.test(next.text) || syllable))) {
      last++;
      continue;
    }
    // "Ministry of Defence", "Committee of the Red Cross": a connector inside an organisation's name.
    const article = tokens[last + 2]?.lower === 'the' && !breaksAfter(tokens[last + 2]!) ? 1 : 0;
    const after = tokens[last + 2 + article];
    if (NAME_CONNECTORS.has(next.lower) && !breaksAfter(next) && after && after.capitalized && isNameToken(ctx, last + 2 + article) && ORG_HEADS.has(cur.lower)) {
      last += 2 + article;
      continue;
    }
    // "the Office of the Comptroller of the Currency": or one the gazetteer knows the whole of.
    if (NAME_CONNECTORS.has(next.lower) && !breaksAfter(next) && after?.capitalized && isNameToken(ctx, last + 2 + article)) {
      const end = extendName(ctx, last + 2 + article);
      if (knownOrganizationSpan(tokens, i, end)) last = end;
      break;
    }
    // "Immigration and Naturalization Service": "and" inside a name that ends like an organisation's.
    if (next.lower === 'and' && !breaksAfter(next) && !ORG_HEADS.has(cur.lower) && !PLACES.byForm.has(foldForm(cur.text)) && after?.capitalized && isNameToken(ctx, last + 2)) {
      const end = extendName(ctx, last + 2);
      if (end > last + 2 && ORG_HEADS.has(tokens[end]!.lower)) {
        last = end;
        break;
      }
    }
    // "Ursula von der Leyen", "Charles de Gaulle": lower-case particles inside a person's name.
    let p = last + 1;
    while (p < tokens.length && NAME_PARTICLES.has(tokens[p]!.text) && !breaksAfter(tokens[p]!)) p++;
    if (p > last + 1 && tokens[p]?.capitalized && isNameToken(ctx, p)) {
      last = p;
      continue;
    }
    break;
  }
  return last;
}

function isOrgContinuation(tokens: Token[], j: number): boolean {
  let k = j;
  // "Development Party (AKP)": the name ends where punctuation breaks it.
  while (k < tokens.length && tokens[k]!.capitalized && (k === j || !boundary(tokens[k - 1]!, tokens[k]!))) k++;
  return ORG_HEADS.has(tokens[k - 1]!.lower) && !ROLE_HEADS.has(tokens[k - 1]!.lower);
}

/** "the Telugu Desam Party of N. Chandrababu Naidu": "of" at i between an institution's head and a person's initial parts two names. */
export const institutionOfPerson = (tokens: Token[], i: number): boolean =>
  tokens[i]?.lower === 'of' && ORG_HEADS.has(tokens[i - 1]?.lower ?? '') && !!tokens[i + 1] && isInitial(tokens[i + 1]!);

/**
 * "US-Russia": two known places joined by a hyphen are two mentions; so are a known place and a
 * following all-capitals name, the way wire datelines run ("Moscow IZVESTIYA", "Beijing XINHUA").
 * Other names that begin with a place are one name: "West Point", "Boston Globe".
 */
function splitCompounds(tokens: Token[], first: number, last: number): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let start = first;
  const knownPlace = (t: Token) => PLACES.byForm.has(foldForm(t.text));
  const placeWords = (a: number, b: number) => PLACES.byForm.has(foldForm(tokens.slice(a, b + 1).map((t) => t.text).join(' ')));
  for (let k = first; k < last; k++) {
    const hyphenPair = hyphenAfter(tokens[k]!) && knownPlace(tokens[k]!) && knownPlace(tokens[k + 1]!);
    // "Buenos Aires CLARIN": the place may take more than one word.
    const placeThenName = k - start < 3 && placeWords(start, k) && !hyphenAfter(tokens[k]!) && /[a-z]/.test(tokens[k]!.text) && /^[A-Z][A-Z&-]+$/.test(tokens[k + 1]!.text);
    // "Ukraine's use of U.S. ATACMS": a weapon the gazetteer knows is no part of the name of who made it.
    const placeThenWeapon = placeWords(start, k) && k + 1 === last && KNOWN_WEAPONS.has(tokens[last]!.lower);
    if (hyphenPair || placeThenName || placeThenWeapon) {
      parts.push([start, k]);
      start = k + 1;
    }
  }
  // "Supreme Court of Canada": an institution of a known place is the institution, located there; one of a person, another.
  const of = tokens.findIndex((t, k) => k > start + 1 && k < last && t.lower === 'of');
  const tail = of > 0 ? tokens.slice(of + 1, last + 1).map((t) => t.text).join(' ') : '';
  if (of > 0 && ORG_HEADS.has(tokens[of - 1]!.lower) && (PLACES.byForm.has(foldForm(tail)) || institutionOfPerson(tokens, of))) {
    parts.push([start, of - 1], [of + 1, last]);
    return parts;
  }
  parts.push([start, last]);
  return parts;
}

function sentenceSlice(sentence: Sentence, a: Token, b: Token): string {
  const raw = sentence.text.slice(a.start - sentence.start, b.end - sentence.start);
  return b.possessive ? withoutPossessive(raw) : raw;
}

/** The demonym at token i as a mention of its country: "Chinese officials said", "Italian Jannik Sinner". */
export function demonymMention(sentence: Sentence, i: number, country: string, last = i): EntityMention {
  return mention(sentence, i, last, { type: 'Place', canonical: country, confidence: 0.85, reason: 'a demonym acting for its country' }, false);
}

function mention(
  sentence: Sentence,
  first: number,
  last: number,
  info: NameType,
  titled: boolean,
): EntityMention {
  const a = sentence.tokens[first]!;
  const text = sentenceSlice(sentence, a, sentence.tokens[last]!);
  const { reason, type, confidence, extendTo, decisive, lexical, ...names } = info;
  return { first, last, text, start: a.start, end: a.start + text.length, titled, type, confidence, votes: [ruleVote(info)], ...(decisive ? { decisive } : {}), ...names };
}

/** The rules' reading of a name as a vote. */
export function ruleVote(info: NameType): TypeVote {
  return { type: info.type, weight: info.confidence * (info.decisive ? SOURCE_WEIGHT.decisive : SOURCE_WEIGHT.rule), reason: info.reason, ...(info.lexical ? { lexical: true } : {}) };
}
