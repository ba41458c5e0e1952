/**
 * A sentence as a flat sequence of units — noun phrases (entities, concepts, pronouns), verb groups,
 * roles and function words — the shallow parse that every relation pattern reads.
 */
import type { EntityType } from '../graph/schema';
import { nationalDescription, partyDescription, type EntityMention, type RoleMention, type SentenceMentions } from './mentions';
import { AGENT_ENDING, ARMED_BODIES, ARMED_BODY_QUALIFIERS, BUSINESS_KINDS, CALENDAR_WORDS, CATENATIVE_LEMMAS, CHANGE_PARTICIPLES, CLAUSE_ONLY_OPENERS, CLAUSE_OPENERS, CONCEPT_DROP, CURRENCIES, DESCRIPTIONS, HAVE_FORMS, NO_PLACE_PATIENT_LEMMAS, PLACING_LEMMAS, PRONOUNS, RELATIVE_PRONOUNS, STOP_WORDS, TIME_UNITS, WEAPON_HEADS } from './lexicon/words';
import { isIrregularParticiple, isParticipleOnly, lexiconTags } from './lexicon/dictionary';
import { ruleLemma, singularNoun } from './lexicon/lemma';
import { PLACES, foldForm } from './lexicon/places';
import { FACILITY_NOUNS, ORGANIZATION_NOUNS } from './lexicon/organizations';
import { HONORIFICS, ORGANIZATION_RELATIONS, PERSONAL_RELATIONS, RELATIONAL_NOUNS, ROLE_ABBREVIATIONS, ROLE_HEADS } from './lexicon/roles';
import { hyphenAfter } from './token-shapes';
import { classNounAfter } from './typing';
import type { Sentence, Token } from './tokens';

export interface NounPhrase {
  kind: 'np';
  first: number;
  last: number;
  entity?: EntityMention;
  pronoun?: 'person' | 'thing' | 'group';
  /** "the Swede": a person named by their country, which this is; read as a person pronoun. */
  nationality?: string;
  /** "the prime minister said": a person named by a role the story named them with; read as a person pronoun. */
  role?: string;
  /** Lower-case concept label ("peace talks") for a common noun phrase. */
  concept?: string;
  /** Lower-case head noun. */
  head: string;
  /** "Germany's", "his": the phrase determines the next one. */
  possessive: boolean;
  /** Begins with its noun, no determiner or adjective: can follow a name as a compound ("London ceasefire talks"). */
  compound: boolean;
  /** Opens with "the": may point back to a named entity ("the company"). */
  definite: boolean;
  /** Its head names a person by what they do ("architect", "engineer"): compromise tags it Actor. */
  actor?: boolean;
  /** Character offset of the phrase in its document. */
  start: number;
  end: number;
  /** A name in parentheses after another ("the European Space Agency (ESA)"), which it restates. */
  parenthetical?: boolean;
  /** A person's name with their age set off after it ("James Earl Ray, 60,"): what follows describes them. */
  aged?: boolean;
  /** Written nowhere: the country a story is filed from, which holds a national role no one is named as owning. */
  home?: boolean;
  /** Written nowhere: the company a story is about, which holds a company's role no one is named as owning. */
  topic?: boolean;
  /** A match's score qualifies it: "a 75-19 victory", "56-13 winners". */
  scored?: boolean;
}

export interface VerbGroup {
  kind: 'verb';
  first: number;
  last: number;
  /** As written, without adverbs ("did not sign", "continues to deny"). */
  label: string;
  lemma: string;
  negated: boolean;
  passive: boolean;
  /** Only a form of "be" (or "have") with no main verb. */
  copula: boolean;
  form: 'finite' | 'gerund' | 'infinitive' | 'hyphenated';
}

export interface RoleUnit {
  kind: 'role';
  first: number;
  last: number;
  role: string;
  /** Character offset of the role's first word in its document. */
  start: number;
}

export type WordClass = 'prep' | 'conj' | 'sub' | 'rel' | 'det' | 'adv' | 'to' | 'punct' | 'other';

export interface WordUnit {
  kind: 'word';
  first: number;
  last: number;
  word: string;
  cls: WordClass;
}

export type Unit = NounPhrase | VerbGroup | RoleUnit | WordUnit;

/** Is the unit a noun phrase? */
export const isNp = (u: Unit | undefined): u is NounPhrase => u?.kind === 'np';
/** Is the unit a name in the possessive, which owns what follows it ("Alphabet's Google")? */
export const isNamedOwner = (u: Unit | undefined): u is NounPhrase => isNp(u) && u.possessive && !!u.entity;
/** Is the unit one of these words? */
export const isWord = (u: Unit | undefined, ...words: string[]): u is WordUnit => u?.kind === 'word' && words.includes(u.word);
/** Is the unit a function word of this class? */
export const isClass = (u: Unit | undefined, cls: WordClass): u is WordUnit => u?.kind === 'word' && u.cls === cls;
/** "Italian", "Turkish": the phrase names its country by the country's demonym, as an adjective does. */
export const isDemonym = (np: NounPhrase): boolean => !!np.entity?.canonical && !np.possessive && PLACES.byDemonym.get(foldForm(np.entity.text)) === np.entity.canonical;

/** "Italian Jannik Sinner": the phrase at k is a demonym that names the country of the person named right after it. */
export function nationalityBefore(units: Unit[], k: number): boolean {
  const np = units[k];
  const person = units[k + 1];
  return isNp(np) && isDemonym(np) && isNp(person) && person.entity?.type === 'Person';
}

/**
 * The type of named entity a definite description points back to ("the company", "the group", with a
 * nationality "the Italian bank", "the Japanese automaker", or a trade "the militant group"), if it is one.
 */
export function descriptionType(np: NounPhrase): EntityType | undefined {
  if (!np.definite || !np.concept) return undefined;
  const modifier = np.concept.slice(0, -np.head.length - 1);
  const armed = ARMED_BODIES.has(np.head) && ARMED_BODY_QUALIFIERS.has(modifier);
  const qualified = np.concept.endsWith(` ${np.head}`) && (PLACES.byDemonym.has(modifier) || armed || (TRADE_QUALIFIED.has(np.head) && /^[a-z]+$/.test(modifier) && !OTHER_BUSINESS.has(modifier)));
  // "the refinery", "the plant": a facility, which a place the story named by its noun is.
  if (np.concept === np.head && FACILITY_NOUNS.has(np.head)) return 'Place';
  return np.concept === np.head || qualified ? DESCRIPTIONS.get(np.head) : undefined;
}

/** Nouns for a business that one word for its trade may qualify: "the payments giant", "the oil company"; not "group" ("the island group"). */
const TRADE_QUALIFIED = new Set(['company', 'firm', ...BUSINESS_KINDS]);
/** Words that make such a description another business than one named: "the parent company", "the state firm". */
const OTHER_BUSINESS = new Set(['parent', 'rival', 'sister', 'holding', 'subsidiary', 'state', 'shell', 'joint', 'new', 'former', 'target']);

/** A noun for a person by what they do: "architect" (compromise's Actor), "newsman", "candidate", "members"; not a business's ("automaker"). */
const isActorNoun = (t: Token): boolean => (has(t, 'Actor') && !BUSINESS_KINDS.has(singularNoun(t.lower))) || /\w{3,}(?:wo)?man$/.test(t.lower) || PERSONAL_NOUNS.has(singularNoun(t.lower));

/** Relational nouns that are said of people: "Reform UK candidate Dean Harlow". */
const PERSONAL_NOUNS = new Set([...RELATIONAL_NOUNS].filter((w) => !ORGANIZATION_RELATIONS.has(w) || PERSONAL_RELATIONS.has(w)));

/** Nouns compromise may tag as adjectives ("rival", "firm", "parent") that head a phrase where they stand. */
const CLASS_NOUNS = new Set([...RELATIONAL_NOUNS, ...ORGANIZATION_NOUNS, ...FACILITY_NOUNS]);
/** Compass words: prepositions ("west of Chicago") or, before a name, adjectives ("in northeast England"). */
const COMPASS = new Set(['west', 'east', 'north', 'south', 'northwest', 'northeast', 'southwest', 'southeast']);
/** Prepositions of place compromise may tag as adjectives or adverbs. */
const LOCATIVE_PREPOSITIONS = new Set(['near', 'outside', 'inside', 'beside', 'alongside', 'behind', 'beyond', 'underneath', 'opposite', ...COMPASS]);

/** What a merger makes of two bodies, which is neither: "the combined group", "the merged company". */
const MERGED_WORDS = new Set(['combined', 'merged', 'enlarged']);

/** Heads of time expressions ("last spring"), never part of a compound. */
export const TIME_NOUNS = new Set(['spring', 'summer', 'autumn', 'fall', 'winter', 'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'weekend', 'morning', 'afternoon', 'evening', 'night', 'dawn', 'noon', 'midnight', 'time', 'decade', 'century', 'hour', 'hours', 'past']);

const AUXILIARY_TAGS = ['Auxiliary', 'Modal', 'Copula'];
/** Adverbs compromise sometimes tags as conjunctions. */
const SENTENCE_ADVERBS = new Set(['now', 'then', 'also', 'still', 'yet', 'already', 'again', 'even', 'just', 'only', 'thus', 'however']);
const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'cannot']);
const CLASSIFYING_ADJECTIVE = /(?:al|ic|ary|ian|ese|ist)$/;
const EVALUATIVE = new Set(['crucial', 'critical', 'typical', 'total', 'final', 'special', 'general', 'usual', 'actual', 'real', 'several', 'potential', 'initial', 'official', 'total', 'vital', 'radical', 'dramatic', 'drastic', 'historic', 'logical', 'ideal', 'fatal', 'brutal']);

const has = (t: Token, tag: string) => t.tags.has(tag);
// "delegates' votes": a word with a possessive ending is a noun, whatever compromise tagged it.
const isVerbToken = (t: Token) => has(t, 'Verb') && !has(t, 'Adjective') && !t.possessive;

/** The punctuation between a token and the next, as a unit; `next` adds what compromise kept before the next word. */
/** The age set off by commas after the token at `last` ("Hal Winter, 53, …"), if there is one. */
function agedAfter(tokens: Token[], last: number): Token | undefined {
  const age = tokens[last + 1];
  return age && /^,\s*$/.test(tokens[last]!.post + age.pre) && /^\d{1,3}$/.test(age.text) && /^,/.test(age.post) ? age : undefined;
}

function punctuationAfter(t: Token, next?: Token): WordUnit | undefined {
  const p = t.post + (next?.pre ?? '');
  if (/[;:]/.test(p)) return { kind: 'word', first: t.i, last: t.i, word: ';', cls: 'punct' };
  if (/["“”]/.test(p)) return { kind: 'word', first: t.i, last: t.i, word: '"', cls: 'punct' };
  // "OSLO (Newswire) — Halvorsen …": a dash ends a dateline or sets off a clause, more strongly than a comma.
  if (/\s-\s|\s-$|--/.test(p) && !/,/.test(p)) return { kind: 'word', first: t.i, last: t.i, word: '-', cls: 'punct' };
  // A slash between names ("Russia/China") coordinates them.
  if (/^\/$/.test(p)) return { kind: 'word', first: t.i, last: t.i, word: 'and', cls: 'conj' };
  if (/,|\(|\)|\s-\s?/.test(p)) return { kind: 'word', first: t.i, last: t.i, word: ',', cls: 'punct' };
  return undefined;
}

/** Participles that join a name before them by a hyphen: "-supplied", "-owned", "-leaning", "-born"; not "-turn". */
const HYPHENATED_PARTICIPLE = /(?:ed|en|ing)$|^born$/;

/** A match's score, home side's first: "75-19", "2-1". */
const MATCH_SCORE = /^\d{1,3}-\d{1,3}$/;

function conceptLabel(tokens: Token[], first: number, last: number): string {
  // "on Monday", "in March": dates say when, they are not things relations point to.
  if (TIME_NOUNS.has(tokens[last]!.lower) || has(tokens[last]!, 'Date')) return '';
  const words: string[] = [];
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!;
    const w = t.lower;
    // "long-range": a hyphenated compound is one word, kept whole.
    if (t.post === '-' && k < last) {
      words.push(`${w}-${tokens[k + 1]!.lower}`);
      k++;
      continue;
    }
    if (CONCEPT_DROP.has(w) || has(t, 'Value') || has(t, 'Determiner') || has(t, 'Pronoun')) continue;
    // "the Turkish firm Baykar": compromise may read a class noun as an adjective.
    if (has(t, 'Adjective') && !has(t, 'Noun') && !CLASS_NOUNS.has(w) && (!CLASSIFYING_ADJECTIVE.test(w) || EVALUATIVE.has(w))) continue;
    if (has(t, 'Adverb')) continue;
    words.push(w);
  }
  const label = words.slice(-4).join(' ');
  // "the west" in lower case is still the West: not a concept of its own.
  return PLACES.byForm.has(label) ? '' : label;
}

/** "Inc. _ the company which …", "wealth _ all without …": wire copy writes a dash as an underscore. */
const isUnderscoreDash = (t: Token): boolean => /^_+$/.test(t.text);

/**
 * "The prime minister said …", "the chief executive told …": a role after "the", its verb right after
 * it, names no holder there; it stands for a person the story has named with that role. So does one an
 * owner's name qualifies ("The France captain signed …"), or that a clause about its holder follows
 * ("The France captain, who joined …, signed").
 */
function namesNoHolder(tokens: Token[], units: Unit[], role: RoleMention): boolean {
  const next = tokens[role.last + 1];
  const owner = units[units.length - 1];
  const owned = isNp(owner) && !!owner.entity && owner.entity.type !== 'Person' && !owner.possessive;
  if (!isWord(units[units.length - (owned ? 2 : 1)], 'the') || !next) return false;
  const verb = !/\S/.test(tokens[role.last]!.post) && has(next, 'Verb') && !has(next, 'Gerund') && !next.capitalized;
  return verb || (/^,\s*$/.test(tokens[role.last]!.post) && next.lower === 'who');
}

/** Builds the unit sequence of one sentence. */
export function buildUnits(sentence: Sentence, mentions: SentenceMentions): Unit[] {
  const tokens = sentence.tokens;
  const entityAt = new Map<number, EntityMention>(mentions.entities.map((m) => [m.first, m]));
  const roleAt = new Map<number, RoleMention>(mentions.roles.map((r) => [r.first, r]));
  const units: Unit[] = [];
  const push = (unit: Unit, lastToken: Token) => {
    units.push(unit);
    const p = punctuationAfter(lastToken, tokens[lastToken.i + 1]);
    if (p) units.push(p);
  };
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const entity = entityAt.get(i);
    if (entity) {
      let last = entity.last;
      // "Taurus missiles", "the Syzran oil refinery", "the Heron collaboration": the class noun that says what the name is belongs to its phrase.
      const classed = classNounAfter(tokens, entity.first, last);
      if (classed && classed.type === entity.type) last = classed.end;
      const end = tokens[last]!;
      const parenthetical = /\(/.test(t.pre) && entityAt.size > 1 && [...entityAt.values()].some((m) => m.last === i - 1);
      // "James Earl Ray, 60, serving …": an age set off after a person's name is part of how the name is
      // written, so what is said of the person reads as if it followed the name.
      const age = entity.type === 'Person' ? agedAfter(tokens, last) : undefined;
      push({ kind: 'np', first: i, last, entity, head: end.lower, possessive: tokens[entity.last]!.possessive, compound: false, definite: false, start: t.start, end: end.end, ...(parenthetical ? { parenthetical } : {}), ...(age ? { aged: true } : {}) }, age ?? end);
      i = (age?.i ?? last) + 1;
      continue;
    }
    if (isUnderscoreDash(t)) {
      units.push({ kind: 'word', first: i, last: i, word: '-', cls: 'punct' });
      i++;
      continue;
    }
    // "Dr. Russell Strong": the honorific belongs to how the name is written, not a phrase of its own;
    // but in "Ohio Gov. Richard Celeste" it is the role the place before it gives.
    const honorific = t.lower.replace(/\.$/, '');
    if (HONORIFICS.has(honorific) && t.capitalized && entityAt.has(i + 1)) {
      const role = ROLE_ABBREVIATIONS.get(honorific);
      const owner = units[units.length - 1];
      if (role && isNp(owner) && !owner.possessive && owner.last === i - 1 && (owner.entity?.type === 'Place' || owner.entity?.type === 'Organization')) units.push({ kind: 'role', first: i, last: i, role, start: t.start });
      i++;
      continue;
    }
    const role = roleAt.get(i);
    if (role && namesNoHolder(tokens, units, role)) {
      const end = tokens[role.last]!;
      // "The France captain": the owner's name belongs to the phrase, which names no one else.
      const owner = units[units.length - 1];
      if (isNp(owner)) units.pop();
      const first = isNp(owner) ? owner : { first: i, start: t.start };
      push({ kind: 'np', first: first.first, last: role.last, pronoun: 'person', role: role.role, head: end.lower, possessive: false, compound: false, definite: true, start: first.start, end: end.end }, end);
      i = role.last + 1;
      continue;
    }
    if (role) {
      push({ kind: 'role', first: i, last: role.last, role: role.role, start: t.start }, tokens[role.last]!);
      i = role.last + 1;
      continue;
    }
    const pronoun = PRONOUNS.get(t.lower);
    if (pronoun && has(t, 'Pronoun') || (pronoun && (t.lower === 'his' || t.lower === 'its' || t.lower === 'their'))) {
      push({ kind: 'np', first: i, last: i, pronoun, head: t.lower, possessive: ['his', 'its', 'their'].includes(t.lower) || (t.lower === 'her' && possessesNext(tokens, i)), compound: false, definite: false, start: t.start, end: t.end }, t);
      i++;
      continue;
    }
    if (boundsNumber(tokens, i)) {
      units.push({ kind: 'word', first: i, last: i, word: t.lower, cls: 'adv' });
      i++;
      continue;
    }
    // "US-supplied", "Jerusalem-born": a hyphenated participle after a name is a verb of its own.
    if (i > 0 && tokens[i - 1]!.post === '-' && HYPHENATED_PARTICIPLE.test(t.lower) && !t.capitalized) {
      push({ kind: 'verb', first: i, last: i, label: t.lower, lemma: t.root, negated: false, passive: false, copula: false, form: 'hyphenated' }, t);
      i++;
      continue;
    }
    // "did not respond to requests for comment": a present tense in -s is a plural after "to", never its infinitive.
    if (t.lower === 'to' && tokens[i + 1] && isVerbToken(tokens[i + 1]!) && (has(tokens[i + 1]!, 'Infinitive') || (has(tokens[i + 1]!, 'PresentTense') && !/[^s]s$/.test(tokens[i + 1]!.lower)))) {
      const group = verbGroup(tokens, i + 1, 'infinitive');
      // "urged Chile not to extradite …": the negation before "to" denies the infinitive.
      const negation = units[units.length - 1];
      if (negation?.kind === 'word' && negation.last === i - 1 && NEGATIONS.has(negation.word)) {
        units.pop();
        group.first = negation.first;
        group.negated = true;
        group.label = `${negation.word} ${group.label}`;
      }
      push(group, tokens[group.last]!);
      i = group.last + 1;
      continue;
    }
    // "Britain's ruling Labour Party", "the banned VHP": a participle before a name modifies it.
    if (participleBeforeName(tokens, i, entityAt)) {
      units.push({ kind: 'word', first: i, last: i, word: t.lower, cls: 'det' });
      i++;
      continue;
    }
    const bareVerb = verbBetweenNames(tokens, i, entityAt);
    const occupation = isOccupationBeforeName(tokens, i, entityAt);
    if (occupation || nounAfterDeterminedName(tokens, i, entityAt)) {
      push({ kind: 'np', first: i, last: i, concept: t.lower, head: t.lower, possessive: false, compound: false, definite: false, ...(occupation ? { actor: true } : {}), start: t.start, end: t.end }, t);
      i++;
      continue;
    }
    if ((isVerbToken(t) && !datingLast(tokens, i) && !conjoinedParticiple(tokens, i) && !nounModifierAfterAdjective(tokens, i)) || (NEGATIONS.has(t.lower) && tokens[i + 1] && isVerbToken(tokens[i + 1]!)) || gerundAfterPreposition(tokens, i, units) || bareVerb) {
      // "never made": a negation opening the group leaves its verb to say the form.
      const head = NEGATIONS.has(t.lower) && !isVerbToken(t) ? tokens[i + 1]! : t;
      const group = verbGroup(tokens, i, has(head, 'Gerund') || !(isVerbToken(head) || bareVerb) ? 'gerund' : 'finite');
      // "continues to deny": the catenative verb lends its subject; the relation is the inner verb.
      // "has helped fund": so does "help" before a bare one.
      const to = tokens[group.last + 1];
      const bare = group.lemma === 'help' && !!to && isVerbToken(to) && has(to, 'Infinitive');
      const inner = bare ? to : tokens[group.last + 2];
      if ((bare || (CATENATIVE_LEMMAS.has(group.lemma) && to?.lower === 'to')) && inner && isVerbToken(inner) && !punctuationAfter(tokens[group.last]!)) {
        const innerGroup = verbGroup(tokens, inner.i, 'finite');
        const merged: VerbGroup = { ...innerGroup, first: group.first, label: `${group.label}${bare ? '' : ' to'} ${innerGroup.label}`, negated: group.negated || innerGroup.negated, form: group.form };
        push(merged, tokens[merged.last]!);
        i = merged.last + 1;
        continue;
      }
      push(coordinatedPassive(units, tokens, group) || objectParticiple(units, tokens, group) || participleOnly(units, group) ? { ...group, passive: true } : group, tokens[group.last]!);
      i = group.last + 1;
      continue;
    }
    const np = nounPhrase(tokens, i, entityAt, roleAt);
    // Not a noun for the kind of organisation it names ("the Turkish firm Baykar"), which compromise may read as an adjective.
    const modifiesName = np && !np.possessive && entityAt.has(np.last + 1) && !punctuationAfter(tokens[np.last]!) && !ORGANIZATION_NOUNS.has(tokens[np.last]!.lower) && tokens.slice(np.first, np.last + 1).some((x) => x.post === '-' || has(x, 'Adjective'));
    if (np && modifiesName) {
      // "long-range Taurus missiles": words before a name modify it.
      for (let k = np.first; k <= np.last; k++) units.push({ kind: 'word', first: k, last: k, word: tokens[k]!.lower, cls: 'det' });
      i = np.last + 1;
      continue;
    }
    // "The Brazilian forward headed in …": a person of a country named by what they do is one the story named
    // too; not "the Japanese steelmaker", a description of an organisation, nor "the Spanish champions".
    const personNoun = np && np.actor && !np.possessive && np.last > np.first && !has(tokens[np.last]!, 'Plural') && (DESCRIPTIONS.get(np.head) ?? 'Person') === 'Person';
    const nationality = np && (nationalDescription(tokens, np.last) || (personNoun ? nationalDescription(tokens, np.last - 1, true) : undefined));
    // "The 22-year-old, who won the World Cup,": a person named by age alone is one the story named; so is
    // one named by party ("The 82-year-old Democrat, who led …").
    const byAgeOrParty = np && np.definite && !np.possessive && (/^\d+-year-old$/.test(np.concept ?? '') || partyDescription(tokens, np.last));
    if (np && (nationality || byAgeOrParty)) {
      const { concept: _, ...phrase } = np;
      push({ ...phrase, pronoun: 'person', ...(nationality ? { nationality } : {}) }, tokens[np.last]!);
      i = np.last + 1;
      continue;
    }
    if (np) {
      push(articleBeforePlaceModifier(units) ? { ...np, definite: true } : np, tokens[np.last]!);
      i = np.last + 1;
      continue;
    }
    push({ kind: 'word', first: i, last: i, word: t.lower, cls: wordClass(tokens, i, units) }, t);
    i++;
  }
  return units;
}

/**
 * "the Beijing-based firm", "The Santa Clara, California-based company": the unit before the names
 * (and the commas between them) that the hyphenated participle at k follows; k itself if it is none.
 */
export function beforePlaceModifier(units: Unit[], k: number): number {
  if ((units[k] as VerbGroup | undefined)?.form !== 'hyphenated') return k;
  let j = k - 1;
  while ((isNp(units[j]) && (units[j] as NounPhrase).entity) || isWord(units[j], ',')) j--;
  return j;
}

/**
 * The units so far end in a hyphenated participle of place after names an article opens, which is the
 * next phrase's ("the Beijing-based firm"); not another, whose names act on a new thing ("the Vantrex-led alliance").
 */
function articleBeforePlaceModifier(units: Unit[]): boolean {
  const j = beforePlaceModifier(units, units.length - 1);
  return j < units.length - 2 && isWord(units[j], 'the') && PLACING_LEMMAS.has((units[units.length - 1] as VerbGroup).lemma);
}


/** "her nomination" (possessive), not "campaign for her" (object): "her" owns a following noun phrase. */
function possessesNext(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return !!next && !punctuationAfter(tokens[i]!) && ['Noun', 'Adjective', 'Value'].some((tag) => has(next, tag)) && !has(next, 'Preposition');
}

/** Articles, after which a lone participle before a noun is an adjective ("the convicted assassin"). */
const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * A lone participle between a determiner or possessive and a name, which it modifies ("the banned
 * VHP"); a past one after a preposition ("of jailed former Prime Minister Imran Khan"); one between
 * an article and a plain noun ("the convicted assassin", "a planned attack"); or a gerund that "and"
 * joins to a noun or an owner's name precedes, before a plain noun ("criticised it for late trains
 * and rising debt", "the government's spending cuts"), where no gerund came before it to be joined
 * to ("is building roads and raising taxes").
 */
function participleBeforeName(tokens: Token[], i: number, entityAt: Map<number, EntityMention>): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!isVerbToken(t) || t.capitalized || !(has(t, 'Gerund') || has(t, 'PastTense') || has(t, 'Participle')) || !next || punctuationAfter(t)) return false;
  // "who killed Abraham Lincoln": compromise may tag a relative pronoun as a determiner.
  if (!prev || punctuationAfter(prev) || RELATIVE_PRONOUNS.has(prev.lower)) return false;
  const plainNoun = has(next, 'Noun') && !has(next, 'Verb') && !has(next, 'Pronoun');
  // "supporters of jailed former Prime Minister Imran Khan": right after a preposition, which takes no
  // tensed verb, a past participle describes what follows.
  if (has(prev, 'Preposition') && !has(t, 'Gerund') && (entityAt.has(i + 1) || next.capitalized || has(next, 'Adjective') || plainNoun)) return true;
  if (entityAt.has(i + 1)) return prev.possessive || has(prev, 'Determiner');
  if (has(t, 'Gerund')) {
    const joined = (prev.lower === 'and' || prev.lower === 'or') && !!tokens[i - 2] && has(tokens[i - 2]!, 'Noun') && !has(tokens[i - 2]!, 'Pronoun') && !gerundBefore(tokens, i - 2);
    return plainNoun && (joined || (prev.possessive && !PRONOUNS.has(prev.lower)));
  }
  return (prev.possessive || ARTICLES.has(prev.lower)) && plainNoun;
}

/** Whether the nearest verb before token k is a gerund. */
function gerundBefore(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) if (isVerbToken(tokens[j]!)) return has(tokens[j]!, 'Gerund');
  return false;
}


/** "former Airbus engineers Claire Dumont": compromise may read an occupation between a name and a person's name as a verb. */
function isOccupationBeforeName(tokens: Token[], i: number, entityAt: Map<number, EntityMention>): boolean {
  const t = tokens[i]!;
  if (t.capitalized || !isVerbToken(t) || !AGENT_ENDING.test(t.lower) || punctuationAfter(t) || !tokens[i - 1] || punctuationAfter(tokens[i - 1]!)) return false;
  const after = entityAt.get(i + 1);
  return after?.type === 'Person' && [...entityAt.values()].some((m) => m.last === i - 1 && m.type !== 'Person');
}

/**
 * Where the article or the possessive stands that opens the phrase of the word at k, past the adjectives
 * before that word ("the largest", "the world's largest"); -1 where none does.
 */
function opensPastAdjectives(tokens: Token[], k: number): number {
  let j = k - 1;
  while (j >= 0 && has(tokens[j]!, 'Adjective') && !punctuationAfter(tokens[j]!)) j--;
  const opener = tokens[j];
  return !!opener && !punctuationAfter(opener) && (ARTICLES.has(opener.lower) || (opener.possessive && !has(opener, 'Verb'))) ? j : -1;
}

/**
 * "JPMorgan Chase, the largest U.S. bank, reported …": after a name an article opened, compromise may read
 * a noun the name qualifies as a verb; an article's phrase ends in its noun, and the word ends it here.
 */
function nounAfterDeterminedName(tokens: Token[], i: number, entityAt: Map<number, EntityMention>): boolean {
  const t = tokens[i]!;
  // The cheap tests first: this runs at every word of every sentence.
  if (i === 0 || t.capitalized || !isVerbToken(t) || AUXILIARY_TAGS.some((tag) => has(t, tag)) || punctuationAfter(tokens[i - 1]!)) return false;
  const name = [...entityAt.values()].find((m) => m.last === i - 1);
  if (!name) return false;
  const nounReading = ['Singular', 'Plural'].some((tag) => lexiconTags(t.lower).has(tag));
  const next = tokens[i + 1];
  // Not before a verb: "if the Koreans start selling" has a subject and its verb.
  const ends = punctuationAfter(t) || !next || has(next, 'Preposition');
  return nounReading && ends && opensPastAdjectives(tokens, name.first) >= 0;
}

/**
 * "Bayern Munich beat Bayer Leverkusen": compromise may read a bare verb between two names as a noun.
 * A lone lower-case word there, with no determiner, that names no person, role or kind of thing, is the verb.
 */
function verbBetweenNames(tokens: Token[], i: number, entityAt: Map<number, EntityMention>): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  // "The West African bloc ECOWAS": a name ending in a demonym qualifies the noun after it.
  if (!prev || t.capitalized || !has(t, 'Singular') || punctuationAfter(prev) || prev.possessive || has(prev, 'Demonym') || PLACES.byDemonym.has(foldForm(prev.text)) || punctuationAfter(t) || !entityAt.has(i + 1)) return false;
  // "Carlos Alcaraz beat Jannik Sinner": compromise may call a word between two people's names a person
  // ("Actor") only there; a noun for a person says so by its shape or its lexicon.
  // "Texas billionaire Ross Perot": no verb ends in -aire or -ian.
  const personNoun = (isActorNoun(t) && (AGENT_ENDING.test(t.lower) || /man$/.test(t.lower) || PERSONAL_NOUNS.has(t.lower) || lexiconTags(t.lower).has('Actor'))) || /(?:aire|ian)s?$/.test(t.lower);
  if (personNoun || has(t, 'Adjective') || CLASS_NOUNS.has(t.lower) || ROLE_HEADS.has(t.lower) || TIME_NOUNS.has(t.lower) || WEAPON_HEADS.has(t.lower)) return false;
  return [...entityAt.values()].some((m) => m.last === i - 1);
}

/**
 * "convicted of murdering a reporter", "…, killing three civilians": compromise may read an -ing word
 * after a preposition or a comma as a noun; with an object of its own right after it, it is a gerund.
 * After a comma the object must open like one (a number, article, possessive or name), not a bare
 * noun: ", building materials …" is a noun phrase.
 */
function gerundAfterPreposition(tokens: Token[], i: number, before: Unit[]): boolean {
  const t = tokens[i]!;
  const prev = before[before.length - 1];
  const next = tokens[i + 1];
  // "hit by falling margins": a participle of change tokens.ts settled as an adjective describes the noun.
  if (!/[a-z]{3}ing$/.test(t.text) || has(t, 'Preposition') || (has(t, 'Adjective') && CHANGE_PARTICIPLES.has(t.lower)) || prev?.kind !== 'word' || !next || punctuationAfter(t)) return false;
  const opensObject = next.capitalized || ['Determiner', 'Possessive', 'Value'].some((tag) => has(next, tag)) || PRONOUNS.has(next.lower);
  if (prev.cls === 'prep') return opensObject || ['Noun', 'Adjective'].some((tag) => has(next, tag));
  return prev.word === ',' && opensObject;
}

/** Forms of "be" that make a following participle passive. */
const BE_FORMS = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being']);

/** Phrasal verbs whose particle compromise may tag as a preposition ("shot down 20 drones", "called off the talks"). */
const PHRASAL_PARTICLES: ReadonlyMap<string, string> = new Map([
  ['shoot', 'down'], ['bring', 'down'], ['shut', 'down'], ['turn', 'down'], ['carry', 'out'], ['rule', 'out'],
  ['wipe', 'out'], ['roll', 'out'], ['call', 'off'], ['set', 'up'], ['step', 'up'], ['hand', 'over'],
]);

/** Whether the token at k is the particle of the verb at `verb` ("shot down"). */
function isParticle(tokens: Token[], k: number, verb: number): boolean {
  const t = tokens[k];
  return !!t && !boundsNumber(tokens, k) && (has(t, 'Particle') || (verb >= 0 && PHRASAL_PARTICLES.get(tokens[verb]!.root) === t.lower && !punctuationAfter(tokens[verb]!)));
}

/** "cut up to 2,500 jobs": "up" of "up to" before a number bounds the number; it is no verb's particle. */
const boundsNumber = (tokens: Token[], k: number): boolean => tokens[k]?.lower === 'up' && tokens[k + 1]?.lower === 'to' && !!tokens[k + 2] && has(tokens[k + 2]!, 'Value');

/** A sentence that ends without a stop, as a headline does. */
const isUnstopped = (tokens: Token[]): boolean => !/[.!?]/.test(tokens[tokens.length - 1]!.post);

/**
 * Whether the past tense at k opens a headline's passive: the sentence ends without a stop, as a
 * headline does, and "by" and a name follow within the verb's own phrase, past its particle
 * ("Djokovic knocked out in Madrid by Argentine qualifier").
 */
function headlineAgent(tokens: Token[], k: number): boolean {
  if (!has(tokens[k]!, 'PastTense') || !isUnstopped(tokens)) return false;
  const from = isParticle(tokens, k + 1, k) ? k + 2 : k + 1;
  for (let j = from; j < tokens.length - 1 && !isVerbToken(tokens[j]!) && !punctuationAfter(tokens[j - 1]!); j++) {
    if (tokens[j]!.lower === 'by' && tokens[j + 1]!.capitalized) return true;
  }
  return false;
}

/**
 * "Former Uber executive convicted over data breach", "Ex-minister jailed for fraud", "Ostra Bank fined
 * $120 million over …": in a headline, which ends without a stop and drops "was", a verb of the courts
 * or of a penalty right before its charge, or the sum or the term it sets and then the charge, is a passive.
 */
function legalPassive(tokens: Token[], k: number): boolean {
  if (!isUnstopped(tokens) || !PENALTY_LEMMAS.has(tokens[k]!.root) || punctuationAfter(tokens[k]!)) return false;
  let j = k + 1;
  while (tokens[j] && (has(tokens[j]!, 'Value') || TIME_UNITS.has(tokens[j]!.lower) || CURRENCIES.has(tokens[j]!.lower)) && !punctuationAfter(tokens[j]!)) j++;
  return !!tokens[j] && CHARGE_PREPOSITIONS.has(tokens[j]!.lower);
}

/** Verbs of the courts and of penalties, whose patient a headline names before them. */
const PENALTY_LEMMAS = new Set([...NO_PLACE_PATIENT_LEMMAS, 'fine', 'ban']);

/** Prepositions that introduce what someone is charged with or held for. */
const CHARGE_PREPOSITIONS = new Set(['of', 'over', 'for', 'with', 'on']);

/** "by" right after the verb at `k`, or past one adverb ("funded mainly by"), with no punctuation between. */
function agentFollows(tokens: Token[], k: number): boolean {
  const adverb = tokens[k + 1] && has(tokens[k + 1]!, 'Adverb') && !punctuationAfter(tokens[k]!) ? 1 : 0;
  return tokens[k + 1 + adverb]?.lower === 'by' && !punctuationAfter(tokens[k + adverb]!);
}

/** A verb of one word read as active and tensed, with no auxiliary. */
const isLoneVerb = (group: VerbGroup): boolean => group.form === 'finite' && !group.passive && group.first === group.last;

/** A lone verb in -ed ("approved") or an irregular one ("sold"), which may be a past participle. */
const isLoneParticiple = (group: VerbGroup): boolean => isLoneVerb(group) && (/[a-z]ed$/.test(group.label) || (!HAVE_FORMS.has(group.label) && isIrregularParticiple(group.label, group.lemma)));

/** Acts done to someone, which have no object only in the passive: "was shot and killed", "was arrested in Chile and extradited to Peru". */
const PATIENT_LEMMAS = new Set([...NO_PLACE_PATIENT_LEMMAS, 'extradite', 'deport', 'expel', 'kill', 'injure', 'wound', 'shoot', 'release', 'free', 'fine', 'hospitalize', 'hospitalise']);

/**
 * "was arrested in Chile in 2005 and extradited to Peru": a lone participle of such an act, which "and"
 * joins to a passive verb of its clause and no object follows, shares that verb's "was".
 */
function coordinatedPassive(units: Unit[], tokens: Token[], group: VerbGroup): boolean {
  if (!isLoneParticiple(group) || !PATIENT_LEMMAS.has(group.lemma)) return false;
  const joined = units[units.length - 1];
  const next = tokens[group.last + 1];
  if (!(joined?.kind === 'word' && (joined.word === 'and' || joined.word === 'or')) || (next && (has(next, 'Noun') || has(next, 'Determiner')))) return false;
  const earlier = units.findLastIndex((u) => u.kind === 'verb');
  return earlier >= 0 && (units[earlier] as VerbGroup).passive && !units.slice(earlier + 1).some((u) => u.kind === 'word' && (u.cls === 'sub' || u.cls === 'rel'));
}

/**
 * "makes the only vaccine approved in the United States", "is recalling bottles of a drug sold in …": a
 * lone participle right after a verb's object, or a phrase its "of" goes on to, or one set off after a
 * name, before a preposition, describes that phrase, which it was done to.
 */
function objectParticiple(units: Unit[], tokens: Token[], group: VerbGroup): boolean {
  const next = tokens[group.last + 1];
  if (!isLoneParticiple(group) || !next || !has(next, 'Preposition')) return false;
  const object = units[units.length - 1];
  if (!isNp(object) || object.entity || object.pronoun || object.possessive) return false;
  let v = units.length - 2;
  for (;;) {
    while (units[v]?.kind === 'word' && ['det', 'adv'].includes((units[v] as WordUnit).cls)) v--;
    if (!(isWord(units[v], 'of') && isNp(units[v - 1]))) break;
    v -= 2;
  }
  // "Rafael Caro Quintero, a drug lord wanted for …": or a phrase set off after a name.
  const named = units[v - 1];
  return (units[v]?.kind === 'verb' && (units[v] as VerbGroup).form === 'finite') || (isWord(units[v], ',') && isNp(named) && !!named.entity);
}

/**
 * "a sample taken from Kiprono", "Kiprono given four-year ban": a lone form that is only ever a participle
 * ("taken", never "took") has no "have" of its own, so it is passive; unless "and" joins it to a verb
 * whose "have" it shares ("had seized Avdiivka and taken Bakhmut").
 */
function participleOnly(units: Unit[], group: VerbGroup): boolean {
  if (!isLoneVerb(group) || !isParticipleOnly(group.label, group.lemma)) return false;
  const earlier = units.findLastIndex((u) => u.kind === 'verb');
  const between = units.slice(earlier + 1);
  const sharesHave = earlier >= 0 && HAVE_FORMS.has((units[earlier] as VerbGroup).label.split(' ')[0]!) && between.some((u) => u.kind === 'word' && ['and', 'or', 'but'].includes(u.word));
  return !sharesHave;
}

/**
 * "he had never discussed a coup": compromise may read "have" as a verb of its own when a word stands
 * between it and its participle; before a past tense across negations and adverbs it is the auxiliary.
 */
function perfectAuxiliary(tokens: Token[], k: number): boolean {
  if (!HAVE_FORMS.has(tokens[k]!.lower) || punctuationAfter(tokens[k]!)) return false;
  let j = k + 1;
  while (tokens[j] && (NEGATIONS.has(tokens[j]!.lower) || has(tokens[j]!, 'Negative') || has(tokens[j]!, 'Adverb')) && !punctuationAfter(tokens[j]!)) j++;
  return j > k + 1 && !!tokens[j] && has(tokens[j]!, 'PastTense') && !has(tokens[j]!, 'Gerund');
}

/**
 * "agreed to be acquired by Sycamore": compromise may read "be" as a verb of its own, not the auxiliary,
 * before a past participle with nothing between.
 */
const passiveBe = (tokens: Token[], k: number): boolean =>
  (tokens[k]!.lower === 'be' || tokens[k]!.lower === 'been') && !punctuationAfter(tokens[k]!) && !!tokens[k + 1] && has(tokens[k + 1]!, 'PastTense') && !has(tokens[k + 1]!, 'Gerund');

function verbGroup(tokens: Token[], start: number, form: VerbGroup['form']): VerbGroup {
  let k = start;
  let main = -1;
  let negated = false;
  let passive = false;
  const words: string[] = [];
  while (k < tokens.length) {
    const t = tokens[k]!;
    if (NEGATIONS.has(t.lower) || has(t, 'Negative')) {
      negated = true;
      words.push(t.lower === "n't" ? 'not' : t.lower);
      // "can no longer maintain": the label keeps the negation whole.
      if (t.lower === 'no' && tokens[k + 1]?.lower === 'longer' && !punctuationAfter(t)) words.push(tokens[++k]!.lower);
    } else if (main >= 0 && isParticle(tokens, k, main)) {
      words.push(t.lower);
      k++;
      break;
    } else if (isVerbToken(t)) {
      // "The refinery, owned by Rosneft", "funded mainly by the United States": a bare participle with its
      // agent is passive; so is one in a headline, which drops "is", with a named agent after its object
      // ("Apple fined 1.8 billion euros by EU").
      if (has(t, 'Passive') || (main < 0 && has(t, 'PastTense') && (agentFollows(tokens, k) || legalPassive(tokens, k))) || (main < 0 && headlineAgent(tokens, k))) passive = true;
      // "was fatally shot": compromise marks the passive only when nothing stands between "be" and the participle;
      // "was cut down by": nor where the participle is spelled as the verb's base form, which compromise then reads.
      if (main >= 0 && BE_FORMS.has(tokens[main]!.lower) && !has(t, 'Gerund') && !AUXILIARY_TAGS.some((tag) => has(t, tag))) passive = true;
      words.push(t.lower);
      main = k;
      const isAux = AUXILIARY_TAGS.some((tag) => has(t, tag)) || perfectAuxiliary(tokens, k) || passiveBe(tokens, k);
      if (!isAux && !isParticle(tokens, k + 1, k)) {
        k++;
        break;
      }
    } else if (main >= 0 && BE_FORMS.has(tokens[main]!.lower) && has(t, 'Adjective') && /ed$/.test(t.lower) && tokens[k + 1] && has(tokens[k + 1]!, 'Preposition') && !punctuationAfter(t)) {
      // "were charged with", "was accused of": compromise reads the participle as an adjective.
      passive = true;
      words.push(t.lower);
      main = k;
      k++;
      break;
    } else if (!((has(t, 'Adverb') || has(t, 'Adjective')) && main >= 0 && tokens[k + 1] && isVerbToken(tokens[k + 1]!))) {
      // Not an adverb between an auxiliary and its verb ("may soon acquire", whose "soon" compromise reads as an adjective): the group ends.
      break;
    }
    if (punctuationAfter(t)) {
      k++;
      break;
    }
    k++;
  }
  if (main < 0) main = start;
  const last = Math.max(main, k - 1);
  const mainToken = tokens[main]!;
  const copula = AUXILIARY_TAGS.some((tag) => has(mainToken, tag));
  const particle = last !== main && isParticle(tokens, last, main) ? ` ${tokens[last]!.lower}` : '';
  return {
    kind: 'verb',
    first: start,
    last,
    label: words.join(' ') || mainToken.lower,
    lemma: `${isVerbToken(mainToken) ? mainToken.root : ruleLemma(mainToken.lower)}${particle}`,
    negated,
    passive,
    copula,
    form,
  };
}

/**
 * "won the U.S. presidential election": a phrase opening with an adjective right after a place that "the"
 * opens is one the place's name modifies, which the article belongs to.
 */
function afterDefinitePlace(tokens: Token[], start: number, entityAt: Map<number, EntityMention>): boolean {
  const before = tokens[start - 1];
  if (!before || before.possessive || punctuationAfter(before) || !has(tokens[start]!, 'Adjective')) return false;
  const place = [...entityAt.values()].find((m) => m.last === start - 1);
  return place?.type === 'Place' && tokens[place.first - 1]?.lower === 'the';
}

/**
 * "won a record 10th title", "a record fourth consecutive Premier League title", "reported a record
 * quarterly profit": "record" before a figure, or before an adjective and its noun, is said of the noun
 * after them, as an adjective is. Not "hit a record high on Monday", where it is the noun.
 */
function recordModifying(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  const adjectiveAndNoun = !!next && has(next, 'Adjective') && !punctuationAfter(next) && !!tokens[k + 2] && has(tokens[k + 2]!, 'Noun');
  return tokens[k]!.lower === 'record' && !!next && (has(next, 'Value') || adjectiveAndNoun) && !punctuationAfter(tokens[k]!);
}

function nounPhrase(tokens: Token[], start: number, entityAt: Map<number, EntityMention>, roleAt: Map<number, unknown>): NounPhrase | undefined {
  let k = start;
  let lastNoun = -1;
  // "said that its forces …", "reports that the railway …", "ruled that prosecutors had …": "that" before
  // a pronoun, an article or a plural, which it cannot point at, opens a clause; what follows starts a phrase of its own.
  const next = tokens[start + 1];
  if (tokens[start]!.lower === 'that' && next && (PRONOUNS.has(next.lower) || ARTICLES.has(next.lower) || has(next, 'Plural'))) return undefined;
  while (k < tokens.length && (k === start || !entityAt.has(k)) && !roleAt.has(k) && !(k > start && (PRONOUNS.has(tokens[k]!.lower) || tokens[k]!.lower === 'whose')) && !isUnderscoreDash(tokens[k]!)) {
    const t = tokens[k]!;
    // "beat 2-1 (halftime 1-1) Lithuania": a bracket opens an aside, not more of the phrase; "called the arrest
    // "oppression"": a quotation mark after the phrase's noun opens words of their own.
    if (k > start && (t.pre.includes('(') || (lastNoun >= 0 && t.pre.includes('"')))) break;
    // "a smaller rival of …", "the investment firm …": compromise may read a relational or class noun as an adjective.
    const recordModifier = recordModifying(tokens, k);
    const nominal = !recordModifier && ((has(t, 'Noun') && !has(t, 'Pronoun')) || nounModifierAfterAdjective(tokens, k) || (lastNoun === k - 1 && verbUsedAsNoun(tokens, start, k)) || pluralAfterAdjective(tokens, k) || (CLASS_NOUNS.has(t.lower) && !has(t, 'Verb')) || (t.possessive && !PRONOUNS.has(t.lower)));
    const modifier = recordModifier || datingLast(tokens, k) || conjoinedParticiple(tokens, k) || has(t, 'Determiner') || has(t, 'Adjective') || has(t, 'Value') || (has(t, 'Adverb') && lastNoun < 0 && tokens[k + 1] && has(tokens[k + 1]!, 'Adjective'));
    const modifyingNoun = lastNoun >= 0 && lastNoun === k - 1 && has(t, 'Adjective') && modifiesWhatFollows(tokens, lastNoun);
    // "released 90 prisoners hours later": a span of time before "later", "earlier" or "ago" says when, after the phrase.
    if (nominal && lastNoun >= 0 && TIME_UNITS.has(t.lower) && ['later', 'earlier', 'ago'].includes(tokens[k + 1]?.lower ?? '')) break;
    if (nominal) {
      lastNoun = k;
      if (isVerbToken(t) && tokens[k + 1] && has(tokens[k + 1]!, 'Particle')) lastNoun = ++k;
    }
    else if (!modifier || (lastNoun >= 0 && !modifyingNoun)) break;
    if (punctuationAfter(t) || t.possessive) {
      k++;
      break;
    }
    k++;
  }
  // A lone stop-word ("people", "things") is no phrase worth a node; as a head after modifiers it still is one.
  if (lastNoun < 0 || (lastNoun === start && STOP_WORDS.has(tokens[start]!.lower))) return undefined;
  const concept = conceptLabel(tokens, start, lastNoun);
  const head = tokens[lastNoun]!;
  return {
    kind: 'np',
    first: start,
    last: lastNoun,
    ...(concept ? { concept } : {}),
    head: head.lower,
    possessive: head.possessive,
    compound: ((has(tokens[start]!, 'Noun') && !has(tokens[start]!, 'Adjective')) || CLASS_NOUNS.has(tokens[start]!.lower) || afterDefinitePlace(tokens, start, entityAt)) && !TIME_NOUNS.has(head.lower),
    // "the largest single bloc", "the combined group": a superlative, or a word for what a merger makes,
    // picks out something new, which points back to nothing; "the world's largest online retailer" is
    // news's second name for its subject.
    definite: worldsEpithet(tokens, start) || countrysEpithet(tokens, start, lastNoun) || (tokens[start]!.lower === 'the' && !tokens.slice(start + 1, lastNoun).some((t) => has(t, 'Superlative') || MERGED_WORDS.has(t.lower))) || opensWithDefiniteCompound(tokens, start),
    // "newsman", "businesswoman": compromise leaves some -man nouns for people untagged.
    ...(isActorNoun(head) ? { actor: true } : {}),
    ...(tokens.slice(start, lastNoun).some((x) => MATCH_SCORE.test(x.text)) ? { scored: true } : {}),
    start: tokens[start]!.start,
    end: head.end,
  };
}

/** Whether the phrase at `start` follows "the world's": "the world's largest online retailer", "the world's No. 2 chipmaker". */
const worldsEpithet = (tokens: Token[], start: number): boolean => !!tokens[start - 1]?.possessive && tokens[start - 1]!.lower === 'world' && tokens[start - 2]?.lower === 'the';

/** Whether the phrase from `start` ranks its noun first in a country: "Germany's largest lender", "Japan's No. 2 automaker". */
function countrysEpithet(tokens: Token[], start: number, lastNoun: number): boolean {
  const owner = tokens[start - 1];
  const country = !!owner?.possessive && PLACES.countries.has(PLACES.byForm.get(foldForm(owner.lower)) ?? '');
  return country && tokens.slice(start, lastNoun).some((t) => has(t, 'Superlative') || t.lower === 'no.');
}

/**
 * "a new intermediate-range ballistic missile", "the Democratic presidential nomination": a noun that ends
 * a compound hyphened to it, or a capitalised word no name covers (past a sentence's first), modifies the
 * adjective and noun after it; not an age ("the 32-year-old national team captain"), which no concept keeps.
 */
function modifiesWhatFollows(tokens: Token[], noun: number): boolean {
  if (noun > 0 && tokens[noun]!.capitalized && has(tokens[noun]!, 'ProperNoun')) return true;
  let first = noun;
  while (first > 0 && hyphenAfter(tokens[first - 1]!)) first--;
  return first < noun && tokens.slice(first, noun + 1).every((t) => !has(t, 'Value'));
}

/**
 * "the Munich-based group": the phrase after a hyphenated name and participle of place opened with "the"
 * before the name. Not another participle, whose name says who acts on a new thing: "the Vantrex-led
 * alliance" is no name said before.
 */
function opensWithDefiniteCompound(tokens: Token[], start: number): boolean {
  let k = start - 1;
  if (!tokens[k] || tokens[k - 1]?.post !== '-' || !PLACING_LEMMAS.has(tokens[k]!.root)) return false;
  k -= 2;
  while (k >= 0 && tokens[k]!.capitalized && !/[,;:]/.test(tokens[k]!.post)) k--;
  return tokens[k]?.lower === 'the';
}

/**
 * "peace talks", "its military build up": a present-tense verb right after the noun of a phrase that
 * opened with a determiner, possessive or preposition is the phrase's head, not a predicate.
 */
function verbUsedAsNoun(tokens: Token[], start: number, k: number): boolean {
  const t = tokens[k]!;
  if (!isVerbToken(t) || AUXILIARY_TAGS.some((tag) => has(t, tag)) || has(t, 'PastTense') || has(t, 'Gerund')) return false;
  const next = tokens[k + 1];
  const before = tokens[start - 1];
  const pluralOrPhrasal = t.lower.endsWith('s') || (!!next && has(next, 'Particle'));
  // "Israel's parliament approves law banning …": a noun right after it is its object.
  const objectAfter = !!next && !punctuationAfter(t) && has(next, 'Noun') && !has(next, 'Verb') && !has(next, 'Pronoun');
  // "If the court sides with Trump", "the bank backs up its loans": so is a phrase after its particle;
  // not after a compound hyphened to it ("a step-up bond"), nor in a phrase a preposition governs ("the
  // language of commercial signs in Quebec"), which is no clause's subject.
  const governed = !!before && has(before, 'Preposition');
  const afterParticle = next && has(next, 'Particle') && !hyphenAfter(t) && !punctuationAfter(next) && !governed ? tokens[k + 2] : undefined;
  const particleObject = !!afterParticle && ['Determiner', 'Noun', 'Pronoun', 'Value'].some((tag) => has(afterParticle, tag));
  if (!pluralOrPhrasal || objectAfter || particleObject || (next && (next.capitalized || has(next, 'Determiner')))) return false;
  // "the bank's commercial and investment banking arms": after "and" whose first conjunct a possessive or an article
  // opened, a verb in -s would have two subjects joined, which take a plural verb; it is the phrase's plural noun.
  if (before?.lower === 'and' && conjunctOpened(tokens, start - 1)) return true;
  const opener = tokens[start]!;
  // "as (the) turnaround falters": a clause "as" or "while" opens needs its verb, and this is the last word it has.
  if (before && CLAUSE_ONLY_OPENERS.has(before.lower) && !['such', 'well'].includes(tokens[start - 2]?.lower ?? '') && (!next || punctuationAfter(t))) return false;
  // "The agency relies on SpaceX to fly …": nor is the only verb a sentence has, which would leave it none.
  if (!tokens.some((_, i) => i !== k && isPredicate(tokens, i))) return false;
  return has(opener, 'Determiner') || has(opener, 'Adjective') || !!before && (before.possessive || has(before, 'Preposition') || has(before, 'Determiner'));
}

/** Words for a time that "last" before them dates: "last year", "last season", "last Monday"; not a span it lasts ("last years"). */
const LAST_DATED = new Set([...[...TIME_NOUNS].filter((w) => !w.endsWith('s')), 'season', 'quarter']);

/**
 * "sold its assets last year", "The talks last week failed": after a plural compromise may read "last" before
 * a time as a verb; it says when.
 */
function datingLast(tokens: Token[], k: number): boolean {
  const time = tokens[k + 1];
  return tokens[k]!.lower === 'last' && !!time && !punctuationAfter(tokens[k]!) && (LAST_DATED.has(time.lower) || CALENDAR_WORDS.has(time.lower));
}

/** A verb that may be a clause's predicate: not a gerund, nor an infinitive after "to". */
function isPredicate(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  return isVerbToken(t) && !has(t, 'Gerund') && tokens[i - 1]?.lower !== 'to';
}

/**
 * "a brave and committed champion of peace": a participle "and" joins to adjectives after "a", before a
 * noun, qualifies the noun as they do.
 */
function conjoinedParticiple(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  if (tokens[k - 1]?.lower !== 'and' || !/[a-z](?:ed|en)$/.test(t.lower) || punctuationAfter(t) || !next || next.capitalized || !has(next, 'Noun')) return false;
  // Adjectives only, after "a": "the declaration illegal and urged Yoon", "prepared for the worst and urged residents" join verbs.
  let j = k - 2;
  while (j >= 0 && has(tokens[j]!, 'Adjective') && !has(tokens[j]!, 'Noun') && !has(tokens[j]!, 'Superlative') && !punctuationAfter(tokens[j]!)) j--;
  return j < k - 2 && ['a', 'an'].includes(tokens[j]?.lower ?? '');
}

/**
 * "the world's largest contract chipmaker": between an adjective a possessive or an article opened and a
 * noun, compromise may read a noun that qualifies the noun as a verb.
 */
function nounModifierAfterAdjective(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  if (t.capitalized || !isVerbToken(t) || AUXILIARY_TAGS.some((tag) => has(t, tag)) || has(t, 'PastTense') || punctuationAfter(t) || !next || next.capitalized || !has(next, 'Noun') || has(next, 'Verb') || has(next, 'Gerund')) return false;
  // A noun by the lexicon, or a base form compromise's lexicon leaves untagged ("contract"); never an inflected verb.
  if (!lexiconTags(t.lower).has('Singular') && /(?:ed|en|wn|ing|s)$/.test(t.lower)) return false;
  const opener = opensPastAdjectives(tokens, k);
  return opener >= 0 && opener < k - 1;
}

/** How many nouns and adjectives a conjunct may have between its opener and "and": "the bank's [commercial] and …". */
const CONJUNCT_REACH = 3;

/** Whether the words before the "and" at `and` run back, through nouns and adjectives only, to a possessive or an article. */
function conjunctOpened(tokens: Token[], and: number): boolean {
  for (let j = and - 1; j >= and - 1 - CONJUNCT_REACH && j >= 0; j--) {
    const t = tokens[j]!;
    if (punctuationAfter(t) && !t.possessive) return false;
    if (t.possessive || ARTICLES.has(t.lower)) return j < and - 1;
    if (!(has(t, 'Noun') || has(t, 'Adjective')) || has(t, 'Verb')) return false;
  }
  return false;
}

/**
 * "civil rights leader", "civil liberties groups": compromise may read a plural noun between an
 * adjective and the noun it qualifies as a verb; a verb there would leave the adjective with no noun.
 */
function pluralAfterAdjective(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (!prev || !next || !isVerbToken(t) || !has(t, 'PresentTense') || !t.lower.endsWith('s') || punctuationAfter(prev) || punctuationAfter(t)) return false;
  return has(prev, 'Adjective') && !has(prev, 'Noun') && !has(prev, 'Verb') && has(next, 'Noun') && !has(next, 'Verb') && !has(next, 'Pronoun');
}

function wordClass(tokens: Token[], i: number, before: Unit[]): WordClass {
  const t = tokens[i]!;
  const w = t.lower;
  const prev = before[before.length - 1];
  if (w === 'that') return prev?.kind === 'np' || prev?.kind === 'role' ? 'rel' : 'sub';
  // "near Geneva", "west of Chicago": compromise may tag these as adjectives. After a preposition
  // a compass word modifies the name, as an adjective does ("in northeast England").
  if (LOCATIVE_PREPOSITIONS.has(w)) return COMPASS.has(w) && isClass(prev, 'prep') && tokens[i + 1]?.capitalized ? 'det' : 'prep';
  if (RELATIVE_PRONOUNS.has(w)) return 'rel';
  if (w === 'to') return 'to';
  if (w === 'and' || w === 'or' || w === 'but' || w === 'nor') return 'conj';
  if (has(t, 'Adverb') || SENTENCE_ADVERBS.has(w)) return 'adv';
  if (CLAUSE_OPENERS.has(w) && !has(t, 'Preposition')) return 'sub';
  if (has(t, 'Preposition')) return 'prep';
  // Stray adjectives ("special envoy") and numbers ("18 F-16s") modify what follows, like determiners; patterns skip them alike.
  if (has(t, 'Determiner') || has(t, 'Adjective') || has(t, 'Value') || recordModifying(tokens, i)) return 'det';
  if (has(t, 'Adverb') || has(t, 'Negative')) return 'adv';
  if (has(t, 'Conjunction')) return 'conj';
  return 'other';
}
