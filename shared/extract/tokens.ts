/** Text → sentences of tagged tokens with character offsets, from one compromise parse per document (reporting its progress). */
import nlp from 'compromise';
import { lexiconTags } from './lexicon/dictionary';
import { ruleLemma } from './lexicon/lemma';
import { knownOrganization } from './lexicon/organizations';
import { foldForm, PLACES } from './lexicon/places';
import { RELATIONAL_NOUNS } from './lexicon/roles';
import './bulk-match';
import { ACTIVITY_GERUNDS, CATENATIVE_LEMMAS, CHANGE_PARTICIPLES, CLAUSE_TAKING_LEMMAS, HAVE_FORMS, MONTHS, NOMINALIZATIONS, QUANTIFIERS, SHARE_WORDS } from './lexicon/words';
import { hasInnerCapital, withoutPossessive } from './spelling';

export interface Token {
  /** Index in its sentence. */
  i: number;
  /** Surface text without surrounding punctuation ("Germany's"). */
  text: string;
  /** Lower-case form without a possessive ending ("germany"). */
  lower: string;
  /** Punctuation and space before and after, as compromise split them. */
  pre: string;
  post: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
  /** Verb lemma where compromise found one. */
  root: string;
  possessive: boolean;
  capitalized: boolean;
}

export interface Sentence {
  /** Index in its document. */
  index: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
}

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  normal: string;
  root?: string;
}

const POSSESSIVE_DETERMINERS = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your', 'whose']);
const CAPITALIZED = /^[A-Z\u00c0-\u00de]/;
/**
 * "fines imposed on X. Starlink said …": a capital alone before a full stop, after a word in lower case,
 * is a name of one letter ending the sentence where the text names it so without a stop elsewhere
 * ("Musk's social network X in the country"); else it is an initial ("said A. Kumar").
 */
function oneLetterName(tokens: readonly Token[], text: string): boolean {
  const [before, last] = tokens.slice(-2);
  if (!before || !last || !/^[A-Z]$/.test(last.text) || !/^\.\s+$/.test(last.post) || !/^[a-z]/.test(before.text)) return false;
  return new RegExp(`(?:^|[^\\w.])${last.text}(?![\\w.])`).test(text);
}

/** Capitalised words that after a full stop begin a new sentence even when the stop ended an abbreviation. */
const SENTENCE_OPENERS = new Set(['It', 'He', 'She', 'They', 'We', 'The', 'This', 'These', 'Those', 'There', 'But', 'However']);

/** Possessive determiners that a verb never follows ("her" may be an object: "saw her leave"). */
const BEFORE_NOUNS = new Set([...POSSESSIVE_DETERMINERS].filter((word) => word !== 'her'));

const ARTICLES = new Set(['a', 'an', 'the']);
const MULTIPLIERS = new Set(['million', 'billion', 'trillion']);
/** The tags of a verb's tense or mood, which a gerund has none of. */
const VERB_FORM_TAGS = new Set(['PresentTense', 'PastTense', 'Imperative', 'Infinitive']);
/** First words of prepositions ending in "to": "according to", "due to", "owing to", "prior to", "thanks to". */
const TO_PREPOSITIONS = new Set(['according', 'due', 'owing', 'prior', 'thanks']);
/** Lower-case compass adjectives: "eastern", "northern", "southwestern". */
const COMPASS_ADJECTIVE = /^(?:(?:north|south)(?:east|west)?|east|west)ern$/;
/** What hears appeals, after "appeals": "a federal appeals court", "the appeals judges". */
const APPEALS_HEARERS = new Set(['court', 'courts', 'judge', 'judges', 'panel']);
/** Particles that are prepositions where no verb comes before them. */
const PARTICLE_PREPOSITIONS = new Set(['in', 'on', 'off', 'out', 'up', 'down', 'over', 'into', 'to', 'at', 'for', 'with', 'by']);

/**
 * Whether the word after `before` ends a noun phrase its modifiers open: an article, or a sum or a score,
 * past figures and adjectives ("a 1-1 draw", "the $250,000 award", "$9 billion deal", "a 15 percent
 * fall"). Not past a number in words, which may end the phrase itself ("the two will meet").
 */
function endsNounPhrase(before: readonly Token[]): boolean {
  let j = before.length - 1;
  let measured = false;
  const figure = (t: Token) => (t.tags.has('Value') && (/\d/.test(t.text) || MULTIPLIERS.has(t.lower))) || SHARE_WORDS.has(t.lower);
  const modifies = (t: Token) => (figure(t) || (t.tags.has('Adjective') && !t.tags.has('Value'))) && !/[,;:]/.test(t.post);
  while (j >= 0 && modifies(before[j]!)) {
    measured ||= before[j]!.tags.has('Money') || before[j]!.tags.has('NumberRange');
    j--;
  }
  return measured || (j >= 0 && ARTICLES.has(before[j]!.lower) && !/[,;:]/.test(before[j]!.post));
}

/**
 * "suspend the constitutional debt brake, which …": a bare verb ending a clause right after the singular
 * noun of a phrase an article opens is the phrase's head; as that noun's verb it would end in -s.
 */
function endsCompound(before: readonly Token[], term: CompromiseTerm): boolean {
  const noun = before[before.length - 1];
  if (!noun || !/^[,;:.!?]/.test(term.post.trim()) || /[^s]s$/.test(term.text) || !noun.tags.has('Singular') || noun.tags.has('Plural') || noun.capitalized || noun.possessive || /\S/.test(noun.post)) return false;
  let j = before.length - 2;
  while (j >= 0 && !/\S/.test(before[j]!.post) && (before[j]!.tags.has('Adjective') || (before[j]!.tags.has('Noun') && !before[j]!.capitalized))) j--;
  return j >= 0 && ARTICLES.has(before[j]!.lower) && !/\S/.test(before[j]!.post);
}

/** Participles that are prepositions in news ("following talks with Turkey", "including France"). */
const PARTICIPLE_PREPOSITIONS = new Set(['following', 'including', 'excluding', 'regarding', 'concerning', 'pending', 'barring']);

/** A word compromise's lexicon knows only as an adjective or its degrees ("later", "earlier", "soon"). */
function isNeverVerb(lower: string): boolean {
  const known = lexiconTags(lower);
  return known.size > 0 && [...known].every((tag) => tag === 'Adjective' || tag === 'Comparative' || tag === 'Superlative');
}

/** Verbs whose past forms are spelled as their base ("has cut", "had set", "beat Fritz"), which compromise may read as nouns. */
const UNCHANGED_PARTICIPLES = new Set(['cut', 'hit', 'set', 'put', 'let', 'shut', 'spread', 'cost', 'hurt', 'quit', 'split', 'cast', 'bid', 'burst', 'upset', 'broadcast', 'forecast', 'run', 'come', 'become', 'beat']);

/**
 * Verbs whose "to" always opens an infinitive. Not "agree" ("agreed to arbitration"), "move" ("moved to
 * power") and the like, whose "to" may be a preposition.
 */
const TAKES_INFINITIVE = new Set(['intend', 'plan', 'want', 'decide', 'try', 'seek', 'aim', 'threaten', 'vow', 'refuse', 'hope', 'expect', 'promise', 'pledge', 'need', 'fail', 'attempt', 'continue', 'begin', 'wish', 'choose', 'prepare']);

/** Prepositions and words for a figure's scale that no tensed verb follows ("in damages", "of sales", "10 million doses"). */
const PLURAL_AFTER = new Set(['in', 'of', 'for', 'from', 'with', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen']);

/** The sentence so far ends in a number other than one, not a year, and a lower-case singular noun: "80 merchant", "first half". */
function countedNoun(before: readonly Token[]): boolean {
  const [count, noun] = before.slice(-2);
  if (!count || !noun || !count.tags.has('Value') || /\S/.test(count.post + noun.post) || ['one', '1', 'a'].includes(count.lower) || /^(?:1[89]|20)\d\d$/.test(count.text)) return false;
  return noun.tags.has('Singular') && !noun.capitalized && !SHARE_WORDS.has(noun.lower) && !noun.tags.has('Value');
}

/** The sentence so far ends in names an article opens and "and" joins ("the Jeep, Ram and Peugeot"). */
function namesListed(before: readonly Token[]): boolean {
  let j = before.length - 1;
  let joined = false;
  while (j >= 0 && (before[j]!.capitalized || before[j]!.lower === 'and') && !/[;:.]/.test(before[j]!.post)) {
    joined ||= before[j]!.lower === 'and';
    j--;
  }
  return joined && j < before.length - 1 && before[j]?.lower === 'the' && before[j + 1]!.capitalized;
}

/** The sentence so far ends in a figure ("2016", "2-1") after an article or an owner: a noun phrase is open. */
function figureOpened(before: readonly Token[]): boolean {
  const figure = before[before.length - 1];
  const opener = before[before.length - 2];
  return !!figure && !!opener && figure.tags.has('Value') && /^\d/.test(figure.text) && (ARTICLES.has(opener.lower) || opener.possessive || POSSESSIVE_DETERMINERS.has(opener.lower));
}

/**
 * compromise's tags, less the slips it makes in news: it reads "president of Eaglebrook Plastics" as
 * one job title and tags "of" a noun for a person, which hides the role's owner behind a noun phrase
 * ("the town of Pryluky", a place's name, it tags otherwise, and the units read it as one phrase); it
 * may tag as a verb the noun a possessive determiner, an article or a sum owns ("the novelist whose
 * books …", "held to a 1-1 draw", "signs $9 billion deal"); it may read "still" as an adjective and
 * the verb after it as a noun ("Orion still needs approval"); it may read the bare verb after "help"
 * as a noun ("helped fund production"); it reads "right" as an adverb after an article ("the right to
 * vote"); it reads "rose" as a noun wherever it stands ("prices rose"), "against" as an adjective
 * ("voted against"), "following" as a verb ("following talks") and so the plural after "member" and
 * "rates" after a noun ("NATO member states", "interest rates"), and "the" before a name as part of it
 * ("the WHO's"); it may read the verb after a modal as a noun or a name ("will sue"), and the verb
 * after "intended to" as a noun where its lexicon knows no verb ("annex"); it reads "under", and
 * "over" after a name, as adjectives, and "there" as a noun; it keeps a phrasal verb's particle when
 * the verb was a noun ("a 15 percent fall in profit"); and it reads an adverb opening a sentence as a
 * command ("Later the country …").
 * Slips only the next word shows are mended as it is read (READINGS_SETTLED_BY_NEXT). `before` is the
 * sentence up to the term.
 */
function tagsOf(term: CompromiseTerm, before: readonly Token[]): ReadonlySet<string> {
  const previous = before[before.length - 1];
  if (term.text === 'of' && term.tags.has('Actor')) return new Set(['Preposition']);
  // "ComEd agreed to pay", "AccuWeather estimated": a word with a capital inside it is a name, whatever its
  // ending makes compromise read and wherever it stands; not an abbreviation's plural ("PhDs").
  if (hasInnerCapital(term.text) && !term.tags.has('ProperNoun') && !term.tags.has('Abbreviation') && !/[A-Z]s$/.test(term.text)) return new Set(['Noun', 'ProperNoun', 'Singular']);
  // "voted against the tariffs", "under new manager Bobby Valentine": compromise reads "against" as an
  // adjective wherever it stands and "under" often, and "following talks", "including France" as verbs
  // where no auxiliary makes them one.
  const lower = term.text.toLowerCase();
  // "ISLAMABAD (Reuters) - Former Pakistani Prime Minister Imran Khan": compromise may read "Former" opening a
  // title as a word of the name; it qualifies the title ("the former" alone is elliptical, ELLIPTICAL_ADJECTIVES).
  if (term.text === 'Former' && previous?.lower !== 'the') return new Set(['Adjective']);
  if (lower === 'against' || (lower === 'under' && term.tags.has('Adjective')) || (PARTICIPLE_PREPOSITIONS.has(lower) && !previous?.tags.has('Auxiliary') && !previous?.tags.has('Copula'))) return new Set(['Preposition']);
  // ", siding with the regulator", "passed a law on Thursday banning children": compromise may read a verb its
  // lexicon knows as a gerund as a present, a command or a person's noun; not after a modifier, where it
  // qualifies a noun ("a five-game losing streak", "motor racing legend").
  const nounBefore = !!previous?.tags.has('Noun') && !previous.tags.has('Date') && !previous.tags.has('Pronoun');
  const modified = !!previous && !/[,;:]/.test(previous.post) && (['Determiner', 'Adjective', 'Value'].some((tag) => previous.tags.has(tag)) || previous.possessive || nounBefore);
  if ((term.tags.has('Verb') || term.tags.has('Actor')) && !term.tags.has('Gerund') && !modified && !CAPITALIZED.test(term.text) && lexiconTags(lower).has('Gerund')) {
    if (term.tags.has('Verb')) return new Set([...[...term.tags].filter((tag) => !VERB_FORM_TAGS.has(tag)), 'Gerund']);
    if (term.tags.has('Actor')) return new Set(['Verb', 'Gerund']);
  }
  // "had not lost any customers": after "have" and a negation, a past participle compromise reads as an
  // adjective, whose lemma is another word, is the verb.
  const negatedHave = !!previous && ['not', 'never', "n't"].includes(previous.lower) && HAVE_FORMS.has(before[before.length - 2]?.lower ?? '');
  if (negatedHave && term.tags.has('Adjective') && !term.tags.has('Verb') && ruleLemma(lower) !== lower) return new Set(['Verb', 'PastTense']);
  // "the five-time champion", "a 10-year term": a word hyphened to a number qualifies the noun after it, as an adjective.
  if (previous?.tags.has('Value') && previous.post === '-' && term.tags.has('Verb')) return new Set(['Adjective']);
  // "backed by neighbouring Dravia": compromise reads the adjective as a gerund.
  if (lower === 'neighbouring' || lower === 'neighboring') return new Set(['Adjective']);
  // "according to court papers", "due to rising costs": after a preposition of two words ending in "to", a
  // phrase begins, not an infinitive.
  if (previous?.lower === 'to' && TO_PREPOSITIONS.has(before[before.length - 2]?.lower ?? '') && term.tags.has('Verb') && !term.tags.has('Gerund') && !CAPITALIZED.test(term.text)) return new Set(['Noun', /[^s]s$/.test(lower) ? 'Plural' : 'Singular']);
  // "a federal appeals court ruled": the court, which compromise may read as a verb after "appeals".
  if (previous?.lower === 'appeals' && APPEALS_HEARERS.has(lower) && !/\S/.test(previous.post)) return new Set(['Noun', lower.endsWith('s') ? 'Plural' : 'Singular']);
  // "in eastern Spain", "the northeastern city": compromise reads a lower-case compass adjective as a noun
  // (a region's name, some), which then heads a phrase of its own before the name or the noun it qualifies.
  if (COMPASS_ADJECTIVE.test(term.text)) return new Set(['Adjective']);
  // "a 15 percent fall in profit": a phrasal verb's particle is a preposition once its verb was read as a noun.
  if (term.tags.has('Particle') && previous && (!previous.tags.has('Verb') || gerundAfterNounOfPhrase(before)) && PARTICLE_PREPOSITIONS.has(lower)) return new Set(['Preposition']);
  // "stopped short of criticising": "short" after "stop" is the particle of a verb of its own.
  if (lower === 'short' && previous?.root === 'stop' && previous.tags.has('Verb')) return new Set(['Adverb', 'Particle']);
  // "installed puppet regimes there": compromise reads a "there" that says where as a noun, which then ends the object.
  if (lower === 'there' && term.tags.has('Noun')) return new Set(['Adverb']);
  // "Yoav Gallant over alleged war crimes": compromise may read "over" as the adjective of "the war is
  // over", and the name then runs on into the words after; right after a name it is a preposition.
  if (lower === 'over' && term.tags.has('Adjective') && previous?.tags.has('ProperNoun')) return new Set(['Preposition']);
  // "called the shooting an attack", "rejected a 2016 ruling by a tribunal", "the court's 2-1 ruling": after
  // an article, or a date or a figure an article or an owner opens, a gerund is the act's noun.
  if (term.tags.has('Gerund') && (ARTICLES.has(previous?.lower ?? '') || figureOpened(before))) return new Set(['Noun', 'Singular']);
  // "beat Carlos Alcaraz 7-6(3) 7-6(2)": a score or a figure with no letters is no noun.
  if (term.tags.has('Noun') && !/[A-Za-z]/.test(term.text) && /\d/.test(term.text)) return new Set(['Value']);
  // "will not face trial over the shooting": compromise reads "trial" as an adjective before "over"; as a
  // noun it still modifies another ("a trial period").
  if (lower === 'trial' && term.tags.has('Adjective')) return new Set(['Noun', 'Singular']);
  // "the WHO's director": compromise reads "the who" as the band, a name; a lower-case "the" is an article.
  if (term.text === 'the' && !term.tags.has('Determiner')) return new Set(['Determiner']);
  // "has the right to buy": after an article or an owner, compromise's adverb "right" is the noun.
  if (lower === 'right' && term.tags.has('Adverb') && previous && (previous.tags.has('Determiner') || previous.possessive || BEFORE_NOUNS.has(previous.lower))) return new Set(['Noun', 'Singular']);
  // Only after an article is "still" an adjective ("the still air").
  if (lower === 'still' && term.tags.has('Adjective') && !previous?.tags.has('Determiner')) return new Set(['Adverb']);
  if (previous?.lower === 'still' && term.tags.has('Plural') && lexiconTags(lower.replace(/s$/, '')).has('Infinitive')) return new Set(['Verb', 'PresentTense']);
  // "Later the country signed …": compromise reads a sentence's first word before an article as a command,
  // even one that is no verb at all.
  if (before.length === 0 && term.tags.has('Infinitive') && isNeverVerb(lower)) return new Set(['Adverb']);
  // A word in -s is no tensed verb but a plural right after a preposition or a scale ("$660 million in
  // damages", "10 million doses"), after a phrasal verb's particle, as its object ("have carried out
  // strikes"), and after a number and a noun, as the noun's plural ("more than 80 merchant ships").
  // So is one after names an article and "and" make one list ("the Jeep, Ram and Peugeot brands").
  const presentInS = term.tags.has('PresentTense') && !term.tags.has('Noun') && /[^s]s$/.test(lower) && !CAPITALIZED.test(term.text);
  const afterPreposition = PLURAL_AFTER.has(previous?.lower ?? '') && !/\S/.test(previous!.post);
  const afterParticle = !!previous?.tags.has('Particle') && !!before[before.length - 2]?.tags.has('PhrasalVerb');
  if (presentInS && (afterPreposition || afterParticle || countedNoun(before) || namesListed(before))) return new Set(['Noun', 'Plural']);
  // "a report that regulators in Hong Kong were reviewing …": compromise may read a plural agent noun as a
  // verb; no English verb ends in -ator or -ssor ("negotiators", "successors").
  if (/(?:at|ss)ors$/.test(lower) && term.tags.has('Verb') && !CAPITALIZED.test(term.text)) return new Set(['Noun', 'Plural']);
  // "NATO member states", "raised interest rates": compromise reads the plural after "member" as a verb,
  // and "rates" after any noun.
  if ((previous?.lower === 'member' || (lower === 'rates' && previous?.tags.has('Noun') && !previous.capitalized)) && term.tags.has('Verb') && /s$/i.test(term.text)) return new Set(['Noun', 'Plural']);
  // "The gifts, worth more than …, were given": "worth" is never a verb, whatever compromise reads after a comma.
  if (lower === 'worth' && term.tags.has('Verb')) return new Set(['Adjective']);
  // "Prices rose 3%": compromise reads "rose" as the flower wherever it stands; only an article, an adjective or an owner makes it one.
  if (term.text === 'rose' && !(previous && (previous.possessive || ['Determiner', 'Adjective'].some((tag) => previous.tags.has(tag))))) return new Set(['Verb', 'PastTense']);
  // "will sue Vantrex": a lower-case word right after a modal is its verb, though compromise reads a noun or a name;
  // "could withhold": or a past tense.
  if (previous?.tags.has('Modal') && (term.tags.has('Noun') || term.tags.has('PastTense')) && !CAPITALIZED.test(term.text) && !['Pronoun', 'Determiner', 'Value'].some((tag) => term.tags.has(tag))) return new Set(['Verb', 'Infinitive']);
  // "intended to annex any territory": after a verb that takes an infinitive and "to", the word is that
  // infinitive, though compromise knows some verbs ("annex") only as nouns, or a mass noun ("sought to water down").
  if (previous?.lower === 'to' && TAKES_INFINITIVE.has(before[before.length - 2]?.root ?? '') && before[before.length - 2]!.tags.has('Verb') && (term.tags.has('Singular') || term.tags.has('Uncountable')) && !CAPITALIZED.test(term.text) && !['Pronoun', 'Determiner', 'Value'].some((tag) => term.tags.has(tag))) return new Set(['Verb', 'Infinitive']);
  // "has cut public spending", "had set a target": a participle that looks like its base form, right after "have".
  if (previous && HAVE_FORMS.has(previous.lower) && UNCHANGED_PARTICIPLES.has(lower) && term.tags.has('Noun')) return new Set(['Verb', 'PastTense']);
  // "has helped fund production": "help" takes a bare infinitive, which compromise may read as a noun.
  if (previous?.root === 'help' && previous.tags.has('Verb') && term.tags.has('Singular') && lexiconTags(lower).has('Infinitive')) return new Set(['Verb', 'Infinitive']);
  // "a wounded soldier": a past participle after an article modifies the noun after it.
  const verbOnly = term.tags.has('Verb') && !term.tags.has('Noun') && !term.tags.has('Gerund');
  // The look back over the phrase runs for verb-only words alone: this runs for every token of a corpus.
  const owned = verbOnly && ((previous && BEFORE_NOUNS.has(previous.text.toLowerCase())) || ((endsNounPhrase(before) || endsCompound(before, term)) && !['PastTense', 'Auxiliary', 'Modal', 'Copula'].some((tag) => term.tags.has(tag))));
  if (owned) {
    return new Set(['Noun', /s$/i.test(term.text) ? 'Plural' : 'Singular']);
  }
  return term.tags;
}

function toToken(term: CompromiseTerm, i: number, start: number, before: readonly Token[]): Token {
  // compromise tags every word of "State Department's" as possessive; only the word with the ending is.
  // "delegates’ votes": compromise keeps a plural's apostrophe in the punctuation after the word.
  const ending = /['’]s$|s['’]$/i.test(term.text) || (/s$/i.test(term.text) && /^['’](?!\w)/.test(term.post)) || POSSESSIVE_DETERMINERS.has(term.text.toLowerCase());
  // "McDonald's said it would close …": a company the gazetteer knows by a name in "'s" owns nothing by it.
  const possessive = ending && !(CAPITALIZED.test(term.text) && knownOrganization(foldForm(term.text)) !== undefined);
  const bare = possessive ? withoutPossessive(term.text) : term.text;
  const tags = tagsOf(term, before);
  const isVerbish = tags.has('Verb') || tags.has('Adjective');
  return {
    i,
    text: term.text,
    lower: bare.toLowerCase(),
    pre: term.pre,
    post: term.post,
    start,
    end: start + term.text.length,
    tags,
    root: rootOf(term, tags, bare, isVerbish),
    possessive,
    capitalized: CAPITALIZED.test(term.text),
  };
}

/**
 * The word's base form: compromise's, or where it gives none the rules'. But an infinitive is its own, where
 * compromise gives none ("to focus", not the rules' "focu") or gave one for the other form it read
 * ("could withhold", not "withhell").
 */
function rootOf(term: CompromiseTerm, tags: ReadonlySet<string>, bare: string, isVerbish: boolean): string {
  const lower = bare.toLowerCase();
  if (tags.has('Verb') && tags.has('Infinitive') && (!term.root || !term.tags.has('Infinitive'))) return lower;
  return term.root ?? (isVerbish ? ruleLemma(bare) : lower);
}

/** "Russia/China": compromise keeps two names joined by a slash as one term; they are two, the slash between. */
function slashParts(term: CompromiseTerm): CompromiseTerm[] {
  if (!/^[A-Z][\w.-]*(?:\/[A-Z][\w.-]*)+$/.test(term.text)) return [term];
  const words = term.text.split('/');
  const tags = new Set([...term.tags].filter((tag) => tag !== 'SlashedTerm'));
  return words.map((word, k) => ({
    text: word,
    pre: k === 0 ? term.pre : '',
    post: k === words.length - 1 ? term.post : '/',
    tags,
    normal: word.toLowerCase(),
  }));
}

/**
 * "ex-Nissan Motor chairman Carlos Ghosn": compromise keeps "ex" and the name hyphened to it as one term,
 * often a verb; they are two, "ex" saying "former" as an adjective does, and the name.
 */
function formerParts(term: CompromiseTerm): CompromiseTerm[] {
  const joined = /^(ex|Ex|EX)-([A-Z][\w.&'-]*)$/.exec(term.text);
  if (!joined) return [term];
  const name = joined[2]!;
  return [
    { text: joined[1]!, pre: term.pre, post: '-', tags: new Set(['Adjective']), normal: joined[1]!.toLowerCase() },
    { text: name, pre: '', post: term.post, tags: new Set(['ProperNoun', 'Noun', 'Singular']), normal: name.toLowerCase() },
  ];
}

/**
 * "U.S.-led", "U.K.-based": compromise keeps an abbreviation and the participle hyphened to it as one
 * term; they are two, as it reads "US-led": the name, and the participle it does.
 */
function abbreviationParts(term: CompromiseTerm): CompromiseTerm[] {
  const joined = /^((?:[A-Z]\.)+)-([a-z]+(?:ed|en|n))$/.exec(term.text);
  if (!joined) return [term];
  const name = joined[1]!;
  const participle = joined[2]!;
  return [
    { text: name, pre: term.pre, post: '-', tags: new Set(['Acronym', 'Hyphenated', 'Adjective']), normal: name.toLowerCase() },
    { text: participle, pre: '', post: term.post, tags: new Set(['Hyphenated', 'Adjective']), normal: participle, root: ruleLemma(participle) },
  ];
}

/** Prefixes that are no word of their own: "Co-operation", "Non-proliferation", "Anti-corruption". */
const BOUND_PREFIXES = new Set(['co', 'non', 'anti', 'counter', 'self', 'cross', 'inter', 'multi', 'pan', 'pre', 'post']);

/**
 * "the Organisation for Economic Co-operation and Development": compromise splits a hyphened word at its
 * hyphen; a capitalised prefix and the word in lower case after it are one word of the name, as
 * "Co-Operation" would be two names' words.
 */
function joinBoundPrefixes(terms: CompromiseTerm[]): CompromiseTerm[] {
  const joined: CompromiseTerm[] = [];
  for (const term of terms) {
    const prefix = joined[joined.length - 1];
    if (prefix && prefix.post === '-' && CAPITALIZED.test(prefix.text) && BOUND_PREFIXES.has(prefix.text.toLowerCase()) && /^[a-z]/.test(term.text) && !term.pre) {
      joined[joined.length - 1] = { ...term, text: `${prefix.text}-${term.text}`, pre: prefix.pre, normal: `${prefix.normal}-${term.normal}` };
    } else joined.push(term);
  }
  return joined;
}

/** Small words that, hyphened between two words in lower case, make the run one word: "bigger-than-expected", "state-of-the-art". */
const HYPHENED_LINKS = new Set(['than', 'of', 'the', 'a', 'in', 'to', 'for', 'on', 'and', 'or', 'at', 'by']);

/** Tags that say a word can be qualified by an adjective before it. */
const QUALIFIABLE = ['Noun', 'Adjective', 'Value'];

/**
 * "a bigger-than-expected rise", "state-of-the-art chips", "his brother-in-law": compromise splits a run
 * of lower-case words hyphened around a small word at every hyphen and reads each alone ("than" a
 * preposition, "expected" a verb); the run is one word, an adjective before what it may qualify and a
 * noun anywhere else.
 */
function joinHyphenedPhrases(terms: CompromiseTerm[]): CompromiseTerm[] {
  const joined: CompromiseTerm[] = [];
  for (let k = 0; k < terms.length; k++) {
    let end = k;
    while (terms[end]!.post === '-' && terms[end + 1] && !terms[end + 1]!.pre && /^[a-z]+$/.test(terms[end]!.text) && /^[a-z]+$/.test(terms[end + 1]!.text)) end++;
    const run = end - k >= 2 ? terms.slice(k, end + 1) : [];
    if (!run.slice(1, -1).some((t) => HYPHENED_LINKS.has(t.text))) {
      joined.push(terms[k]!);
      continue;
    }
    const next = terms[end + 1];
    const qualifies = !!next && QUALIFIABLE.some((tag) => next.tags.has(tag)) && !next.tags.has('Pronoun');
    const last = run[run.length - 1]!;
    joined.push({ ...last, text: run.map((t) => t.text).join('-'), pre: run[0]!.pre, normal: run.map((t) => t.normal).join('-'), tags: new Set(qualifies ? ['Adjective'] : ['Noun', 'Singular']) });
    k = end;
  }
  return joined;
}

/** Reports how much of a document's parse is done, from 0 to 1. */
export type ParseProgress = (done: number) => void;

/**
 * compromise's steps that go sentence by sentence and take most of a parse (about four fifths: the
 * tagging before and after the lexicon), with the share of the parse each one ends at.
 */
const SENTENCE_STEPS: Record<string, { from: number; to: number }> = {
  preTagger: { from: 0.15, to: 0.35 },
  postTagger: { from: 0.35, to: 1 },
};
/**
 * nlp()'s steps whose results nothing here reads, so they are not run: chunking (phrase chunks,
 * term.chunk; it sets no tag) was a thirteenth of every parse.
 */
const UNREAD_STEPS = new Set(['chunks']);
/** Sentences per batch of a sentence-by-sentence step: a report every few hundredths of a second. */
const SENTENCES_PER_STEP = 100;

/** compromise's view of a document, as far as running its steps goes. */
export interface ParsedView {
  document: CompromiseTerm[][];
  compute(step: string | string[]): unknown;
  update(pointer: number[][]): ParsedView;
}

/**
 * nlp(text), step by step so that a long document can say how far it got: compromise's steps run in
 * the order nlp() runs them, and those of SENTENCE_STEPS a batch of sentences at a time. They tag each
 * sentence on its own, so the result is nlp()'s but for UNREAD_STEPS (test/extract/tokens.test.ts
 * compares them).
 */
export function parse(text: string, onProgress?: ParseProgress): ParsedView {
  const world = nlp.world() as { hooks: string[] };
  const steps = world.hooks;
  // nlp() with no steps to run: only the input split into sentences and terms.
  world.hooks = [];
  let doc: ParsedView;
  try {
    doc = nlp(text) as unknown as ParsedView;
  } finally {
    world.hooks = steps;
  }
  const sentences = doc.document.length;
  for (const step of steps) {
    if (UNREAD_STEPS.has(step)) continue;
    const share = SENTENCE_STEPS[step];
    if (!share) {
      doc.compute(step);
      continue;
    }
    for (let first = 0; first < sentences; first += SENTENCES_PER_STEP) {
      const batch = Array.from({ length: Math.min(SENTENCES_PER_STEP, sentences - first) }, (_, k) => [first + k]);
      doc.update(batch).compute(step);
      onProgress?.(share.from + ((share.to - share.from) * (first + batch.length)) / sentences);
    }
  }
  doc.compute('root');
  return doc;
}

/**
 * The longest stretch of text, in characters, read as one sentence. News sentences stay well under
 * it; a pasted table, log or run of words without a full stop would otherwise make one "sentence"
 * whose parse and reading grow with the square of its length (40 KB: 80 s).
 */
export const LONGEST_SENTENCE = 1000;

/** Where to cut a run of text without a sentence end that outgrows LONGEST_SENTENCE: after a comma or a semicolon, else at a space. */
function cutWithin(text: string, from: number, to: number): number {
  const floor = from + LONGEST_SENTENCE / 2;
  for (let k = to - 1; k > floor; k--) if (/[,;:]/.test(text[k]!) && /\s/.test(text[k + 1] ?? '')) return k + 1;
  for (let k = to - 1; k > from; k--) if (/\s/.test(text[k]!)) return k + 1;
  return to;
}

/** The text as pieces [start, end) that each hold no run longer than LONGEST_SENTENCE without a sentence end. */
export function textPieces(text: string): Array<[number, number]> {
  const cuts: number[] = [];
  let runStart = 0;
  const ends = /[.!?\n]/g;
  for (;;) {
    const found = ends.exec(text);
    const end = found ? found.index : text.length;
    while (end - runStart > LONGEST_SENTENCE) {
      runStart = cutWithin(text, runStart, runStart + LONGEST_SENTENCE);
      cuts.push(runStart);
    }
    if (!found) break;
    runStart = end + 1;
  }
  const bounds = [0, ...cuts, text.length];
  return bounds.slice(1).map((end, k) => [bounds[k]!, end]);
}

/**
 * Splits a document into sentences of tokens; sentences also break at line ends (headlines have no
 * period) and at the cuts of textPieces. `onProgress` hears how far the parse is, a long document's
 * many times.
 */
export function tokenize(text: string, onProgress?: ParseProgress): Sentence[] {
  const sentences: Sentence[] = [];
  for (const [start, end] of textPieces(text)) {
    const share = (done: number) => onProgress?.((start + done * (end - start)) / text.length);
    readPiece(text, parse(text.slice(start, end), onProgress && share), start, sentences);
  }
  return sentences;
}

/** Tags of the verbs that only help another ("has", "is", "will"), which nounBeforeVerb leaves as they are. */
const HELPING_VERB_TAGS = ['Auxiliary', 'Copula', 'Modal'];

/** A verb that stands on its own, not one that only helps another. */
const isMainVerb = (t: Token | undefined): t is Token => !!t && t.tags.has('Verb') && !HELPING_VERB_TAGS.some((tag) => t.tags.has(tag));

/** A word compromise reads only as a main verb in the present's -s ("ships", "plants"), which may be a plural noun. */
const readAsPresentInS = (word: Token | undefined): word is Token =>
  !!word && word.tags.has('PresentTense') && !word.tags.has('Noun') && !HELPING_VERB_TAGS.some((tag) => word.tags.has(tag)) && /[^s]s$/.test(word.text);

/**
 * "launched drone attacks on Kyiv", "would build three new chip plants": compromise reads a plural after
 * a noun that opens a verb's object as a present-tense verb, that noun its subject; but a finite verb
 * cannot follow the verb's object. Not after a verb whose object may be a clause ("said demand rises"),
 * nor before what a verb takes ("… won't consider diplomacy means that …").
 */
function pluralAfterObject(before: readonly Token[], next: Token | undefined): boolean {
  const [noun, word] = [before[before.length - 2], before[before.length - 1]];
  if (!readAsPresentInS(word)) return false;
  if (next && (/\S/.test(word.post) || next.tags.has('Determiner') || next.tags.has('Pronoun') || next.lower === 'that' || next.capitalized)) return false;
  // "removed currency controls": a mass noun opens a compound as a count noun does.
  if (!noun || /\S/.test(noun.post) || !(noun.tags.has('Singular') || noun.tags.has('Uncountable')) || noun.capitalized || noun.possessive || ['Pronoun', 'Value', 'Determiner'].some((tag) => noun.tags.has(tag))) return false;
  const verb = before[verbOfObject(before, before.length - 3)];
  return isMainVerb(verb) && !verb.capitalized && !/\S/.test(verb.post) && !CLAUSE_TAKING_LEMMAS.has(verb.root);
}

/**
 * "blamed for bombings of oil pipelines and attacks on police stations": a noun for acts in -s that "and"
 * joins to a noun, before the preposition that says what the acts were on, is another noun of the list,
 * not a verb (an act's noun takes "on", "against"; its verb does not).
 */
function actsJoinedToNoun(before: readonly Token[], next: Token | undefined): boolean {
  const [noun, and, word] = before.slice(-3);
  if (!noun || !and || !readAsPresentInS(word) || !NOMINALIZATIONS.has(word.lower) || !next?.tags.has('Preposition')) return false;
  return ['and', 'or'].includes(and.lower) && noun.tags.has('Noun') && !noun.capitalized && !noun.tags.has('Pronoun') && !/\S/.test(noun.post) && !/\S/.test(word.post);
}

/**
 * Where the verb may be whose object opens at or before `v`: "build three new chip plants", "impose
 * emergency power cuts": the object may open with an article, a number, adjectives or more nouns of its compound.
 */
function verbOfObject(before: readonly Token[], v: number): number {
  const opensObject = (t: Token) => ['Adjective', 'Value', 'Determiner'].some((tag) => t.tags.has(tag)) || (t.tags.has('Singular') && !t.capitalized && !t.tags.has('Pronoun'));
  while (v >= 0 && opensObject(before[v]!) && !isMainVerb(before[v]) && !/\S/.test(before[v]!.post)) v--;
  return v;
}

/**
 * "to send aircraft and ships to deliver food": a word in -s that "and" joins to the object of an
 * infinitive or a gerund is a plural of that object; a tensed verb there would have no subject. Not
 * before an object of its own ("plans to make phones and sells them", "avoiding taxation and wants cooperation").
 */
function pluralJoinedToObject(before: readonly Token[], next: Token | undefined): boolean {
  const [noun, and, word] = before.slice(-3);
  if (!noun || !and || !readAsPresentInS(word)) return false;
  if (next && !/\S/.test(word.post) && !next.tags.has('Preposition') && next.lower !== 'to') return false;
  if (!['and', 'or'].includes(and.lower) || /\S/.test(noun.post) || !noun.tags.has('Noun') || noun.capitalized || ['Pronoun', 'Value'].some((tag) => noun.tags.has(tag))) return false;
  const v = noun.tags.has('Plural') ? before.length - 4 : verbOfObject(before, before.length - 4);
  const verb = before[v];
  return isMainVerb(verb) && !/\S/.test(verb.post) && (verb.tags.has('Gerund') || before[v - 1]?.lower === 'to');
}

/**
 * "in afternoon trading", "a ban on oil drilling": a gerund right after the noun of a phrase a preposition
 * governs may be the phrase's head, as it is where no object follows it (gerundEndsPhrase); so may one
 * after a verb's object with no article ("to expand offshore oil drilling").
 */
function gerundAfterNounOfPhrase(before: readonly Token[]): boolean {
  const [word, noun] = [before[before.length - 1], before[before.length - 2]];
  if (!word || !noun || !word.tags.has('Gerund') || word.capitalized || noun.possessive || /\S/.test(noun.post)) return false;
  // "supports U.S. manufacturing": a place's name is such a noun; no other name is ("by Oswald acting alone").
  const head = noun.capitalized ? PLACES.byForm.has(foldForm(noun.text)) || PLACES.byDemonym.has(foldForm(noun.text)) : noun.tags.has('Singular') || noun.tags.has('Uncountable');
  if (!head) return false;
  let p = before.length - 3;
  let article = false;
  for (; p >= 0 && ['Adjective', 'Determiner'].some((tag) => before[p]!.tags.has(tag)) && !/\S/.test(before[p]!.post); p--) {
    if (before[p]!.tags.has('Determiner')) article = true;
  }
  const governor = before[p];
  return !!governor && !/\S/.test(governor.post) && (governor.tags.has('Preposition') || (!article && isMainVerb(governor)));
}

/** "fell 1.2% in afternoon trading in New York": such a gerund is the head where a preposition, a stop or nothing follows it. */
function gerundEndsPhrase(before: readonly Token[], next: Token | undefined): boolean {
  const word = before[before.length - 1];
  return !!word && gerundAfterNounOfPhrase(before) && (!next || /\S/.test(word.post) || next.tags.has('Preposition'));
}

/** Adjectives that stand for a noun named before them, which they leave unsaid ("on its own", "the latter"). */
const ELLIPTICAL_ADJECTIVES = new Set(['own', 'same', 'other', 'latter', 'former', 'first', 'last', 'next', 'previous', 'whole', 'only']);

/**
 * "Shell, its main rival, cut prices": compromise knows "rival" only as an adjective, and an owner's
 * phrase that ends in an adjective, before a comma or a verb, has it as its noun; so does one whose
 * adjective is a relation the name after it holds ("Novo's rival Eli Lilly").
 */
function adjectiveEndsOwnedPhrase(before: readonly Token[], next: Token | undefined): boolean {
  const word = before[before.length - 1];
  if (!word || !word.tags.has('Adjective') || ['Comparative', 'Superlative', 'Noun', 'Verb'].some((tag) => word.tags.has(tag)) || word.capitalized || ELLIPTICAL_ADJECTIVES.has(word.lower)) return false;
  const named = !!next && next.capitalized && RELATIONAL_NOUNS.has(word.lower) && !/\S/.test(word.post);
  const ends = !next || named || /[,;:)]/.test(word.post) || (next.tags.has('Verb') && !next.tags.has('Noun') && !next.tags.has('Adjective') && !/\S/.test(word.post));
  let j = before.length - 2;
  while (j >= 0 && before[j]!.tags.has('Adjective') && !/\S/.test(before[j]!.post)) j--;
  return ends && j >= 0 && before[j]!.possessive && !/\S/.test(before[j]!.post);
}

/**
 * "financed his failed 2012 re-election campaign and …": compromise may read the last noun of a phrase an
 * owner opens as a bare verb, but no bare verb agrees with the singular noun before it, and no object follows.
 */
function bareVerbEndsOwnedPhrase(before: readonly Token[], next: Token | undefined): boolean {
  const [noun, word] = [before[before.length - 2], before[before.length - 1]];
  if (!word || !noun || !word.tags.has('Infinitive') || word.capitalized || HELPING_VERB_TAGS.some((tag) => word.tags.has(tag))) return false;
  if (!noun.tags.has('Singular') || noun.capitalized || noun.tags.has('Pronoun') || /\S/.test(noun.post)) return false;
  // Not before an object, nor before a particle, which units.ts reads with the verb as the head ("its military build up").
  if (next && !/\S/.test(word.post) && ['Determiner', 'Pronoun', 'Noun', 'Adjective', 'Value', 'Particle'].some((tag) => next.tags.has(tag))) return false;
  let j = before.length - 3;
  while (j >= 0 && ['Adjective', 'Value', 'Singular'].some((tag) => before[j]!.tags.has(tag)) && !before[j]!.possessive && !/\S/.test(before[j]!.post)) j--;
  const owner = before[j];
  return !!owner && !/\S/.test(owner.post) && (POSSESSIVE_DETERMINERS.has(owner.lower) || owner.possessive);
}

/** Verbs a bare infinitive may follow, with its own object ("helped build homes", "let prisoners go"). */
const BARE_INFINITIVE_TAKERS = new Set(['help', 'let', 'make', 'dare', 'have', 'see', 'hear', 'watch', 'bid', 'go', 'come']);

/**
 * "issued arrest warrants", "carried out strike missions": after a past-tense verb (and its particle), a
 * word compromise reads as a bare infinitive is a noun where a plural noun follows it.
 */
function nounBeforePlural(before: readonly Token[], token: Token): boolean {
  const word = before[before.length - 1];
  if (!word || !token.tags.has('Plural') || token.tags.has('Verb') || !word.tags.has('Infinitive') || word.tags.has('Noun') || word.capitalized || /\S/.test(word.post)) return false;
  let v = before.length - 2;
  if (before[v]?.tags.has('Particle')) v--;
  const verb = before[v];
  return isMainVerb(verb) && verb.tags.has('PastTense') && !BARE_INFINITIVE_TAKERS.has(verb.root);
}

/**
 * "Orion denies report it will cut jobs", "rejected call to resign": a word compromise reads as a bare
 * verb, right after a tensed verb that takes no bare infinitive, is that verb's object, a noun, where a
 * new phrase or the sentence's end follows it.
 */
function nounAfterTensedVerb(before: readonly Token[], next: Token | undefined): boolean {
  const [verb, word] = before.slice(-2);
  if (!verb || !word || word.capitalized || /[^s]s$/.test(word.lower) || !(word.tags.has('Infinitive') || word.tags.has('PresentTense')) || ['Noun', 'Gerund', 'PastTense'].some((tag) => word.tags.has(tag))) return false;
  // Not an adjective of the result or the manner ("stands firm", "walked free").
  if (lexiconTags(word.lower).has('Adjective')) return false;
  const tensed = verb.tags.has('PastTense') || (verb.tags.has('PresentTense') && /[^s]s$/.test(verb.lower));
  if (!isMainVerb(verb) || !tensed || BARE_INFINITIVE_TAKERS.has(verb.root) || CATENATIVE_LEMMAS.has(verb.root) || /\S/.test(verb.post)) return false;
  return !next || /\S/.test(word.post) || next.lower === 'to' || ['Pronoun', 'Determiner', 'Preposition'].some((tag) => next.tags.has(tag));
}

/**
 * "Kestrel Aerospace shares fell": compromise reads a plural noun after a name as a verb, but a verb in
 * the present does not stand right before one in the past; the word is the subject those name. A plural
 * the lexicon knows is one before a preposition too ("German police on Tuesday raided", "U.S. forces in the
 * Gulf"), but for a verb in -s after a person's name, and one not in -s before a noun it modifies ("Kenyan
 * police officers").
 */
function nounBeforeVerb(before: readonly Token[], token: Token): boolean {
  const word = before[before.length - 1];
  const name = before[before.length - 2];
  if (!word || !name || !word.tags.has('PresentTense') || !name.capitalized || HAVE_FORMS.has(word.lower) || HELPING_VERB_TAGS.some((tag) => token.tags.has(tag) || word.tags.has(tag))) return false;
  const knownPlural = lexiconTags(word.lower).has('Plural');
  // Not a verb in -s after a person's name, which the lexicon also knows as a plural: "Anna Berg works for Nokia".
  const beforePreposition = knownPlural && token.tags.has('Preposition') && !(word.lower.endsWith('s') && name.tags.has('Person'));
  // Only a plural not in -s: "Sanchez wins parliament" is a headline's verb.
  const beforeNoun = knownPlural && !word.lower.endsWith('s') && token.tags.has('Noun') && !token.tags.has('Verb') && !token.capitalized;
  if (!token.tags.has('PastTense') && !beforePreposition && !beforeNoun) return false;
  // "Russian police detained …": a plural the lexicon knows, whatever its ending.
  const plural = /[^s]s$/.test(word.lower) || knownPlural;
  return plural && !/\S/.test(word.post) && !/\S/.test(name.post);
}

/**
 * "helped broker the deal", "helped shape the talks": a singular noun between "help" and an article, an
 * owner, a number or a plural is the bare infinitive "help" takes, whatever compromise's lexicon says the
 * word is most often.
 */
function verbAfterHelp(before: readonly Token[], token: Token): boolean {
  const word = before[before.length - 1];
  const help = before[before.length - 2];
  if (!word || !help || help.root !== 'help' || !help.tags.has('Verb') || word.capitalized) return false;
  const object = token.tags.has('Determiner') || POSSESSIVE_DETERMINERS.has(token.lower) || token.tags.has('Value') || (token.tags.has('Plural') && !token.capitalized);
  return word.tags.has('Singular') && !['Pronoun', 'Value'].some((tag) => word.tags.has(tag)) && object;
}

/** Endings no English verb has: "lost the runoff to libertarian Javier Milei", "to leftist Gustavo Petro". */
const NOMINAL_SUFFIX = /(?:ian|ism|ist|ity|ness|ese)$/;

/**
 * "won on Saturday to retain her title", "agreed to sanction the regime": a lower-case word after "to"
 * that compromise's lexicon does not know, and so guesses a noun, is the infinitive when an article, an
 * owner or a name follows it.
 */
function unknownVerbAfterTo(before: readonly Token[], token: Token): boolean {
  const word = before[before.length - 1];
  if (!word || before[before.length - 2]?.lower !== 'to' || word.capitalized || !word.tags.has('Singular') || lexiconTags(word.lower).size > 0 || NOMINAL_SUFFIX.test(word.lower)) return false;
  // An article in lower case and a name in title case: "loaned to serie A club Atalanta" is Italian, not a verb.
  return (token.tags.has('Determiner') && !token.capitalized) || POSSESSIVE_DETERMINERS.has(token.lower) || (/^[A-Z][a-z]/.test(token.text) && token.tags.has('ProperNoun'));
}

/** Compounds whose first noun compromise reads as a verb after "to": "released to house arrest", "returned to trade talks". */
const NOUN_COMPOUNDS = new Set(['house arrest', 'trade talks', 'trade war', 'trade deal', 'trade agreement', 'trade dispute']);

/** "sentenced to house arrest": the first noun of a compound, which compromise read as an infinitive. */
function compoundAfterTo(before: readonly Token[], token: Token): boolean {
  const word = before[before.length - 1];
  return !!word && before[before.length - 2]?.lower === 'to' && word.tags.has('Verb') && !/\S/.test(word.post) && NOUN_COMPOUNDS.has(`${word.lower} ${token.lower}`);
}

/**
 * "Orion Cloud forecast strong sales", "The ECB cut interest rates": a past tense spelled like its base
 * form, right after a capitalised word (a name, or a sentence's first noun) and before an article, an
 * owner, an adjective, a number or a lower-case noun, is the name's verb, where compromise read a noun
 * the name qualifies.
 */
function pastAfterName(before: readonly Token[], token: Token): boolean {
  const word = before[before.length - 1];
  const name = before[before.length - 2];
  if (!word || !name || !UNCHANGED_PARTICIPLES.has(word.lower) || word.tags.has('Verb') || /\S/.test(word.post)) return false;
  // "Petro, a senator and former mayor of Bogota, beat construction magnate …": or after an aside set off
  // after the name that opens the sentence, with no verb yet.
  const afterAside = /,/.test(name.post) && before[0]!.capitalized && /,/.test(before.find((t) => /\S/.test(t.post))?.post ?? '') && !before.some((t) => t.tags.has('Verb'));
  if (!afterAside && (!name.capitalized || name.tags.has('Determiner') || name.tags.has('Pronoun') || name.possessive || /\S/.test(name.post))) return false;
  return token.tags.has('Determiner') || POSSESSIVE_DETERMINERS.has(token.lower) || token.tags.has('Adjective') || token.tags.has('Value') || (token.tags.has('Noun') && !token.capitalized && !token.tags.has('Verb'));
}

/**
 * "The Food and Drug Administration approved Medivant's drug", "OPEC+ … also extended its cuts": a word in
 * -ed that compromise reads as an adjective, right after a name and before an owner, or before an owning
 * pronoun, is a verb; no adjective qualifies an owner.
 */
function pastBeforeOwner(before: readonly Token[], token: Token): boolean {
  const [name, word] = before.slice(-2);
  if (!word || !word.tags.has('Adjective') || word.tags.has('Verb') || !/[a-z]ed$/.test(word.text) || /\S/.test(word.post)) return false;
  return BEFORE_NOUNS.has(token.lower) || (!!name && name.capitalized && !/\S/.test(name.post) && token.possessive && token.capitalized);
}

/** "The bank has cut rates": before the participle the mending above restored, "have" is its auxiliary, whatever compromise made of it. */
function auxiliaryBeforeParticiple(before: readonly Token[], token: Token): boolean {
  const word = before[before.length - 1];
  return !!word && HAVE_FORMS.has(word.lower) && UNCHANGED_PARTICIPLES.has(token.lower) && token.tags.has('PastTense');
}

/** Verbs that take "about" as their preposition, a number or not after it: "talked about 12 issues". */
const ABOUT_VERBS = new Set(['talk', 'speak', 'think', 'know', 'learn', 'hear', 'care', 'worry', 'write', 'ask', 'complain', 'bring', 'come', 'set', 'argue', 'joke', 'read']);

/** Words that "than" and a number follow in an amount: "more than 200", "fewer than 10". */
const COMPARED_AMOUNTS = new Set(['more', 'less', 'fewer']);

/**
 * "owns about 12 percent of", "killed around 40 people", "launched more than 200 missiles": before a
 * number "about", "around" and the "than" of "more than" say only that it is rounded.
 */
function approximatesNumber(before: readonly Token[], token: Token): boolean {
  const word = before[before.length - 1];
  if (!word || !(token.tags.has('Value') || /^[$€£]?\d/.test(token.text))) return false;
  if (word.lower === 'than') return COMPARED_AMOUNTS.has(before[before.length - 2]?.lower ?? '');
  return (word.lower === 'about' || word.lower === 'around') && !ABOUT_VERBS.has(before[before.length - 2]?.root ?? '');
}

/**
 * "drills around Taiwan", "around the island": compromise may read "around" as an adverb before the
 * phrase it governs; "protests over a disputed vote", "rose over Pyongyang's accusations", "dropped
 * sharply over Myanmar": and "over", before an article, an owner, or a name after a verb, as the
 * adjective of "the war is over".
 */
function prepositionBeforePhrase(before: readonly Token[], token: Token): boolean {
  const word = before[before.length - 1];
  if (!word || /\S/.test(word.post)) return false;
  const opensPhrase = token.tags.has('Determiner') || POSSESSIVE_DETERMINERS.has(token.lower);
  const verb = before[before.length - 2];
  const afterVerb = token.capitalized && !!verb && (verb.tags.has('Verb') || verb.tags.has('Adverb'));
  const around = word.lower === 'around' && !word.tags.has('Preposition') && (token.capitalized || opensPhrase);
  const over = word.lower === 'over' && word.tags.has('Adjective') && (opensPhrase || token.possessive || afterVerb);
  // "hit his head in a fall": compromise may read "in" as the noun of "the ins and outs".
  const inside = word.lower === 'in' && word.tags.has('Noun') && opensPhrase;
  return around || over || inside;
}

/** Nouns that also say where to: "flew home", "send Hasina back to Bangladesh". */
const WHERE_TO_NOUNS = new Set(['home', 'back']);

/**
 * "bring Suni Williams home on Starliner", "flew home", "works from home", "send Hasina back to
 * Bangladesh": "home" or "back" with no article, owner or adjective before it, past the names that may
 * qualify it ("her Tucson home"), and no noun after it ("home loans"), is where to, not a thing.
 */
function whereToAsAdverb(before: readonly Token[], token: Token | undefined): boolean {
  const word = before[before.length - 1];
  if (!word || !WHERE_TO_NOUNS.has(word.lower) || word.capitalized || (token && token.tags.has('Noun') && !token.capitalized)) return false;
  let k = before.length - 2;
  while (k > 0 && before[k]!.capitalized && !before[k]!.possessive) k--;
  const previous = before[k];
  // "came back to his office", "bring back the Cup": right after its verb, "back" is the verb's particle.
  const particle = word.lower === 'back' && !!before[before.length - 2]?.tags.has('Verb');
  // "refused to back the aid": after "to", compromise's infinitive is the verb.
  const infinitive = before[before.length - 2]?.lower === 'to' && word.tags.has('Infinitive');
  return !!previous && !particle && !infinitive && !previous.possessive && !POSSESSIVE_DETERMINERS.has(previous.lower) && !['Determiner', 'Adjective'].some((tag) => previous.tags.has(tag));
}

/**
 * "hit by falling prescription margins", "amid rising prices": such a participle opening a phrase
 * (after a preposition, an article, an owner, "and" or a number) before a noun describes the noun, where
 * compromise reads a verb whose subject the clause's would be.
 */
function participleAsAdjective(before: readonly Token[], token: Token | undefined): boolean {
  const word = before[before.length - 1];
  const previous = before[before.length - 2];
  if (!word || !CHANGE_PARTICIPLES.has(word.lower) || !token || !token.tags.has('Noun') || token.capitalized) return false;
  return !previous || previous.possessive || POSSESSIVE_DETERMINERS.has(previous.lower) || ['Preposition', 'Determiner', 'Conjunction', 'Value'].some((tag) => previous.tags.has(tag));
}

/**
 * "found her thanks to tipoffs": the first word of such a preposition, which compromise may read as a
 * verb; not "according", which the clause reader takes as either (isAccordingTo).
 */
function prepositionBeforeTo(before: readonly Token[], token: Token | undefined): boolean {
  const word = before[before.length - 1];
  return !!word && token?.lower === 'to' && TO_PREPOSITIONS.has(word.lower) && word.lower !== 'according' && word.tags.has('Verb') && !/\S/.test(word.post);
}

/** "a U.S. appeals court": "appeals" qualifies the court that hears them, where compromise reads a verb. */
function appealsBeforeHearer(before: readonly Token[], token: Token | undefined): boolean {
  const word = before[before.length - 1];
  return word?.lower === 'appeals' && !!token && APPEALS_HEARERS.has(token.lower) && word.tags.has('Verb') && !/\S/.test(word.post);
}

/** "Japan and the Netherlands, home to major equipment makers, …": "home" set off after a comma before "to" is the noun of an aside. */
function homeSetOff(before: readonly Token[], token: Token | undefined): boolean {
  const [previous, word] = before.slice(-2);
  return !!previous && word?.lower === 'home' && /,\s*$/.test(previous.post) && token?.lower === 'to';
}

/** "a farewell ceremony": a word compromise reads as an exclamation, between an article or an owner and a noun, is a noun the noun's kind. */
function expressionBeforeNoun(before: readonly Token[], token: Token | undefined): boolean {
  const [previous, word] = before.slice(-2);
  // Not "no" ("a “no limits” partnership"), which denies what follows.
  if (!previous || !word || !token || !word.tags.has('Expression') || word.tags.has('Noun') || word.lower === 'no' || /\S/.test(word.post)) return false;
  return (previous.tags.has('Determiner') || previous.possessive || POSSESSIVE_DETERMINERS.has(previous.lower)) && token.tags.has('Noun') && !token.capitalized;
}

/** "a Russian guided bomb": a past participle between an article's demonym and a noun describes the noun. */
function participleAfterDemonym(before: readonly Token[], token: Token | undefined): boolean {
  const [article, demonym, word] = before.slice(-3);
  if (!article || !demonym || !word || !token || before.length < 3) return false;
  return article.tags.has('Determiner') && demonym.tags.has('Demonym') && word.tags.has('PastTense') && /[a-z]ed$/.test(word.text) && token.tags.has('Noun') && !token.capitalized;
}

/**
 * "sentenced jailed former Prime Minister Imran Khan", "visited injured soldiers": a past participle right
 * after a main verb, before the name or noun that verb takes, describes it; no verb follows another unjoined.
 */
function participleAfterVerb(before: readonly Token[], token: Token | undefined): boolean {
  const [verb, word] = [before[before.length - 2], before[before.length - 1]];
  if (!word || !token || !isMainVerb(verb) || !verb.tags.has('PastTense') || /\S/.test(verb.post) || /\S/.test(word.post)) return false;
  if (!word.tags.has('PastTense') || !/[a-z]ed$/.test(word.text) || word.capitalized) return false;
  return (token.capitalized && !SENTENCE_OPENERS.has(token.text)) || (token.tags.has('Noun') && !token.tags.has('Pronoun')) || token.tags.has('Adjective');
}

/**
 * "The RSF controls most of Darfur", "Bayrou, 73, leads the party": compromise may read the verb right
 * after a name, or after the name's age set off by commas, as a plural the name or the number qualifies;
 * before an article, an owner or a quantity it is the name's verb.
 */
function verbAfterName(before: readonly Token[], token: Token): boolean {
  // Read for every word of a corpus: the word's own tags first, which rule out nearly all.
  const word = before[before.length - 1];
  if (!word || !word.tags.has('Plural') || /\S/.test(word.post)) return false;
  const second = before[before.length - 2];
  const first = before[before.length - 3];
  if (!second) return false;
  const aged = !!first && first.capitalized && second.tags.has('Value') && /^,\s*$/.test(first.post) && /^,\s*$/.test(second.post);
  const named = second.capitalized && !second.possessive && ['ProperNoun', 'Acronym'].some((tag) => second.tags.has(tag)) && !/\S/.test(second.post);
  const opensObject = token.tags.has('Determiner') || token.possessive || POSSESSIVE_DETERMINERS.has(token.lower) || QUANTIFIERS.has(token.lower);
  return (aged || named) && opensObject && /[^s]s$/.test(word.lower) && lexiconTags(word.lower.slice(0, -1)).has('Infinitive');
}

/**
 * "BYD plans to build factories": compromise may read a verb that takes "to" as a plural noun the name
 * before it qualifies; before "to" it is the name's verb.
 */
function catenativeAfterName(before: readonly Token[], token: Token): boolean {
  const [name, word] = before.slice(-2);
  if (!name || !word || token.lower !== 'to' || !name.capitalized || name.possessive || /\S/.test(name.post) || /\S/.test(word.post)) return false;
  return word.tags.has('Plural') && /[^s]s$/.test(word.lower) && CATENATIVE_LEMMAS.has(word.lower.slice(0, -1));
}

/**
 * "Poilievre, whose Conservatives lead in the polls, …": after "whose" and the name it owns, a verb the
 * relative clause needs, which compromise may read as a noun, before a preposition, an article or an adverb.
 */
function verbAfterWhoseName(before: readonly Token[], token: Token): boolean {
  const word = before[before.length - 1];
  if (!word || word.capitalized || !word.tags.has('Noun') || word.tags.has('Verb') || /\S/.test(word.post) || !lexiconTags(word.lower).has('Infinitive')) return false;
  let j = before.length - 2;
  while (j >= 0 && before[j]!.capitalized && !/\S/.test(before[j]!.post)) j--;
  return j < before.length - 2 && before[j]?.lower === 'whose' && ['Preposition', 'Determiner', 'Adverb'].some((tag) => token.tags.has(tag));
}

/**
 * "individual polling stations", "the video streaming site", "does not apply to messaging services": an
 * activity's gerund inside a phrase, or opening one after "to", which no infinitive ends in -ing, before a
 * noun, is the noun's kind.
 */
function activityBeforeNoun(before: readonly Token[], token: Token | undefined): boolean {
  const [previous, word] = before.slice(-2);
  if (!previous || !word || !token || !ACTIVITY_GERUNDS.has(word.lower) || /\S/.test(previous.post + word.post)) return false;
  const opens = ['Noun', 'Adjective', 'Determiner'].some((tag) => previous.tags.has(tag)) || previous.lower === 'to';
  return opens && !previous.tags.has('Pronoun') && token.tags.has('Noun') && !token.capitalized;
}

/** Titles a field qualifies: "research chief Bob McGrew", "Trade chief Maros Sefcovic". */
const FIELD_TITLES = new Set(['chief', 'boss', 'czar', 'tsar']);

/** "executives, research chief Bob McGrew": compromise may read the field before a title as a verb; it qualifies the title. */
function fieldBeforeTitle(before: readonly Token[], token: Token | undefined): boolean {
  const word = before[before.length - 1];
  if (!word || !token || !FIELD_TITLES.has(token.lower) || /\S/.test(word.post)) return false;
  return word.tags.has('Verb') && !['PastTense', 'Gerund', 'Auxiliary', 'Modal', 'Copula', 'Participle'].some((tag) => word.tags.has(tag));
}

/** Words before a month that say when: "took over in August", "until June". */
const TIME_PREPOSITIONS = new Set(['in', 'since', 'until', 'till', 'by', 'through', 'during', 'from', 'last', 'next', 'early', 'late', 'mid']);

/**
 * "who took over in August, said": compromise may read a month that is also a given name as a person's
 * name; after a word that says when, with no name after it ("since June Smith …"), it is the month.
 */
function monthAfterTimeWord(before: readonly Token[], token: Token | undefined): boolean {
  const [previous, word] = before.slice(-2);
  if (!previous || !word || !MONTHS.has(word.lower) || !word.tags.has('Person') || !TIME_PREPOSITIONS.has(previous.lower)) return false;
  return !token || /\S/.test(word.post) || !token.capitalized;
}

/**
 * "is majority-owned by Norvik", "was state-run": a lower-case word hyphened to the participle after a
 * form of "be" says how, as an adverb would, and leaves the passive whole.
 */
function hyphenedBeforeParticiple(before: readonly Token[], token: Token | undefined): boolean {
  const [be, word] = before.slice(-2);
  return !!be && !!word && !!token && be.tags.has('Copula') && word.post === '-' && !word.capitalized && /^[a-z]+(?:ed|en|wn|un)$/.test(token.text) && token.tags.has('Verb');
}

/** Verbs a headline says shares move by: "Veltro shares slump", "Tesla shares jump". */
const MARKET_MOVES = new Set(['jump', 'slump', 'fall', 'rise', 'surge', 'slide', 'soar', 'drop', 'tumble', 'climb', 'gain', 'sink', 'plunge', 'rally', 'dip']);
/** Words for a company's stock, which news says moves. */
const STOCK_WORDS = new Set(['shares', 'stocks']);

/** "Veltro shares slump": after a name, "shares" before a verb of their moves is the plural, which compromise reads as a verb. */
function sharesBeforeMove(before: readonly Token[], token: Token | undefined): boolean {
  const [name, word] = before.slice(-2);
  return !!name && !!word && !!token && name.capitalized && STOCK_WORDS.has(word.lower) && word.tags.has('Verb') && MARKET_MOVES.has(token.lower);
}

/** "Veltro shares slump": the move after the plural "shares" is their verb, which compromise reads as a noun. */
function moveAfterShares(before: readonly Token[]): boolean {
  const [shares, word] = before.slice(-2);
  return !!shares && !!word && STOCK_WORDS.has(shares.lower) && shares.tags.has('Plural') && MARKET_MOVES.has(word.lower) && !word.tags.has('Verb') && !/\S/.test(shares.post);
}

/** Prepositions after which a sentence's first word, read as a verb in -s, is a plural noun. */
const OPENING_PLURAL_PREPOSITIONS = new Set(['in', 'of', 'at', 'for', 'from', 'on', 'between', 'across']);

/**
 * "Shares in Stellantis fell": a sentence's first word, read as a present tense in -s, is the plural of
 * a noun a preposition qualifies; no subject comes before it.
 */
function pluralOpeningSentence(before: readonly Token[], token: Token | undefined): boolean {
  const word = before[0]!;
  return before.length === 1 && !!token && isMainVerb(word) && word.tags.has('PresentTense') && /[^s]s$/.test(word.lower) && OPENING_PLURAL_PREPOSITIONS.has(token.lower) && !/\S/.test(word.post);
}

/**
 * "has long criticised Apple", "had long been": between a form of "have" and its participle, "long", which
 * compromise reads as an adjective, says for how long, as an adverb does; the verb group goes on past it.
 */
function longAfterAuxiliary(before: readonly Token[], token: Token): boolean {
  const word = before[before.length - 1];
  const auxiliary = before[before.length - 2];
  if (!word || word.lower !== 'long' || !auxiliary || !HAVE_FORMS.has(auxiliary.lower) || /\S/.test(auxiliary.post) || /\S/.test(word.post)) return false;
  return token.tags.has('Verb') && (token.tags.has('PastTense') || token.tags.has('Participle'));
}

/**
 * "will close 50 stores", "will close all of its stores": after a modal, a word compromise reads as an
 * adverb or an adjective ("close to") is the modal's verb where what follows opens its object; no
 * adjective stands there, and "still", "soon" do only before a verb.
 */
function verbAfterModal(before: readonly Token[], token: Token): boolean {
  const word = before[before.length - 1];
  const modal = before[before.length - 2];
  if (!word || !modal || !modal.tags.has('Modal') || word.capitalized || word.tags.has('Verb') || !(word.tags.has('Adverb') || word.tags.has('Adjective'))) return false;
  if (/\S/.test(modal.post) || /\S/.test(word.post) || !lexiconTags(word.lower).has('Adjective')) return false;
  return token.tags.has('Value') || token.tags.has('Determiner') || POSSESSIVE_DETERMINERS.has(token.lower) || QUANTIFIERS.has(token.lower);
}

/**
 * "would buy back shares and raise its dividend": a bare noun after "and", before an owning pronoun, is a
 * verb joined to the one before; no noun takes a possessive after it.
 */
function verbBeforeOwner(before: readonly Token[], token: Token): boolean {
  const [and, word] = before.slice(-2);
  if (!and || !word || !['and', 'or'].includes(and.lower) || /\S/.test(and.post) || /\S/.test(word.post)) return false;
  return word.tags.has('Noun') && word.tags.has('Singular') && !word.capitalized && !word.possessive && BEFORE_NOUNS.has(token.lower);
}

/**
 * "is considering selling the unit", "are considering forming a holding company": a gerund compromise reads
 * as a noun, right after a verb and before a determiner, an owner's pronoun or a figure, is the verb's
 * complement taking its own object.
 */
function gerundTakingObject(before: readonly Token[], token: Token): boolean {
  const [verb, word] = before.slice(-2);
  if (!verb || !word || !verb.tags.has('Verb') || ['Auxiliary', 'Copula', 'Modal'].some((tag) => verb.tags.has(tag)) || /\S/.test(verb.post) || /\S/.test(word.post)) return false;
  const gerund = word.tags.has('Noun') && !word.tags.has('Verb') && lexiconTags(word.lower).has('Gerund');
  return gerund && (token.tags.has('Determiner') || BEFORE_NOUNS.has(token.lower) || token.tags.has('Value'));
}

/** A reading of a word that only the word after it settles: when `settles`, the word has `tags`. */
interface SettledReading {
  /** `next` is undefined at the sentence's end, which is asked only of a reading settled `atEnd` too. */
  settles(before: readonly Token[], next: Token | undefined): boolean;
  tags: readonly string[];
  atEnd?: boolean;
  /** The word's lemma in this reading, where the one compromise gave the other reading differs ("refuses": "refus"). */
  root?: (word: Token) => string;
}

const READINGS_SETTLED_BY_NEXT: readonly SettledReading[] = [
  { settles: nounBeforeVerb, tags: ['Noun', 'Plural'] },
  { settles: pluralOpeningSentence, tags: ['Noun', 'Plural'] },
  { settles: sharesBeforeMove, tags: ['Noun', 'Plural'] },
  { settles: moveAfterShares, tags: ['Verb', 'PresentTense'], atEnd: true },
  { settles: hyphenedBeforeParticiple, tags: ['Adverb'] },
  { settles: nounBeforePlural, tags: ['Noun', 'Singular'] },
  { settles: pluralAfterObject, tags: ['Noun', 'Plural'], atEnd: true },
  { settles: pluralJoinedToObject, tags: ['Noun', 'Plural'], atEnd: true },
  { settles: actsJoinedToNoun, tags: ['Noun', 'Plural'] },
  { settles: adjectiveEndsOwnedPhrase, tags: ['Noun', 'Singular'], atEnd: true },
  { settles: bareVerbEndsOwnedPhrase, tags: ['Noun', 'Singular'], atEnd: true },
  { settles: verbAfterHelp, tags: ['Verb', 'Infinitive'] },
  { settles: unknownVerbAfterTo, tags: ['Verb', 'Infinitive'] },
  { settles: compoundAfterTo, tags: ['Noun', 'Singular'] },
  { settles: auxiliaryBeforeParticiple, tags: ['Verb', 'Auxiliary'] },
  { settles: pastAfterName, tags: ['Verb', 'PastTense'] },
  { settles: pastBeforeOwner, tags: ['Verb', 'PastTense'] },
  { settles: verbBeforeOwner, tags: ['Verb', 'Infinitive'] },
  { settles: gerundTakingObject, tags: ['Verb', 'Gerund'] },
  { settles: approximatesNumber, tags: ['Adverb'] },
  { settles: longAfterAuxiliary, tags: ['Adverb'] },
  { settles: verbAfterModal, tags: ['Verb', 'Infinitive'] },
  { settles: prepositionBeforePhrase, tags: ['Preposition'] },
  { settles: gerundEndsPhrase, tags: ['Noun', 'Singular'], atEnd: true },
  { settles: whereToAsAdverb, tags: ['Adverb'], atEnd: true },
  { settles: participleAsAdjective, tags: ['Adjective'] },
  { settles: participleAfterVerb, tags: ['Adjective'] },
  { settles: participleAfterDemonym, tags: ['Adjective'] },
  { settles: expressionBeforeNoun, tags: ['Noun', 'Singular'] },
  { settles: homeSetOff, tags: ['Noun', 'Singular'] },
  { settles: appealsBeforeHearer, tags: ['Noun', 'Plural'] },
  { settles: prepositionBeforeTo, tags: ['Preposition'] },
  { settles: nounAfterTensedVerb, tags: ['Noun', 'Singular'], atEnd: true },
  { settles: monthAfterTimeWord, tags: ['Date', 'Noun', 'Month', 'ProperNoun'], atEnd: true },
  { settles: fieldBeforeTitle, tags: ['Noun', 'Singular'] },
  { settles: activityBeforeNoun, tags: ['Noun', 'Singular'] },
  { settles: catenativeAfterName, tags: ['Verb', 'PresentTense'], root: (word) => word.lower.slice(0, -1) },
  { settles: verbAfterName, tags: ['Verb', 'PresentTense'], root: (word) => word.lower.slice(0, -1) },
  { settles: verbAfterWhoseName, tags: ['Verb', 'PresentTense'] },
];

/** Gives the last word read the reading its next word, or the sentence's end, settles. */
function settleLast(current: Token[], next: Token | undefined): void {
  for (const reading of READINGS_SETTLED_BY_NEXT) {
    if (!(next || reading.atEnd) || !reading.settles(current, next)) continue;
    const word = current[current.length - 1]!;
    current[current.length - 1] = { ...word, tags: new Set(reading.tags), ...(reading.root ? { root: reading.root(word) } : {}) };
  }
}

/** Appends the sentences of one parsed piece of `text`, which starts at `from`. */
function readPiece(text: string, doc: ParsedView, from: number, sentences: Sentence[]): void {
  let cursor = from;
  let current: Token[] = [];
  const flush = () => {
    if (current.length === 0) return;
    settleLast(current, undefined);
    const start = current[0]!.start;
    const last = current[current.length - 1]!;
    const end = last.end + last.post.replace(/\s+$/, '').length;
    sentences.push({ index: sentences.length, start, end, text: text.slice(start, end), tokens: current });
    current = [];
  };
  for (const terms of (doc as unknown as { document: CompromiseTerm[][] }).document) {
    for (const term of joinHyphenedPhrases(joinBoundPrefixes(terms))) {
      if (!term.text) continue;
      const start = text.indexOf(term.text, cursor);
      if (start < 0) continue;
      const previous = current[current.length - 1];
      const lineBreak = previous !== undefined && (text.slice(cursor, start).includes('\n') || term.pre.includes('\n'));
      // compromise keeps `…Ukraine." Additionally, …` as one sentence; a closing quote after a full stop ends it.
      const quotedStop = previous !== undefined && /[.!?]["'”’)\]]+\s+$/.test(previous.post) && /^[A-Z]/.test(term.text);
      // "… confrontation with U.S. It is …": compromise reads the abbreviation's period as not ending the sentence.
      const abbreviationStop = previous !== undefined && /\.$/.test(previous.text + previous.post.trimEnd()) && /\s$/.test(previous.post) && SENTENCE_OPENERS.has(term.text);
      if (lineBreak || quotedStop || abbreviationStop || (/^[A-Z]/.test(term.text) && oneLetterName(current, text))) flush();
      for (const part of slashParts(term).flatMap(abbreviationParts).flatMap(formerParts)) {
        const token = toToken(part, current.length, text.indexOf(part.text, cursor), current);
        settleLast(current, token);
        current.push(token);
        cursor = token.end;
      }
    }
    // "207 (A. Dale 69": compromise may end a sentence at an initial's full stop; the name goes on.
    const last = current[current.length - 1];
    if (!last || !/^[A-Z]$/.test(last.text) || !/^\.[ \t]*$/.test(last.post) || oneLetterName(current, text)) flush();
  }
  flush();
}
