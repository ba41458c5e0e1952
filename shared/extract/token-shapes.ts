/**
 * What a token's spelling and surroundings say about a name: capitals, acronyms, initials, the
 * punctuation that ends a name, and compromise's lexicon entry. Shared by name finding and typing.
 */
import { lexiconTags } from './lexicon/dictionary';
import { PLURAL_AUXILIARIES } from './lexicon/words';
import { isAcronymText } from './spelling';
import type { Token } from './tokens';

export const hasAny = (t: Token, tags: string[]): boolean => tags.some((tag) => t.tags.has(tag));

/** "NATO", "U.N.", "PKK": a token written as an acronym. */
export const isAcronym = (t: Token): boolean => isAcronymText(t.text);

/** Abbreviations whose full stop sits inside a name ("St. Joseph", "Martin Luther King Jr."). */
const NAME_ABBREVIATIONS = new Set(['st', 'mt', 'ft', 'jr', 'sr', 'pt']);
/** Punctuation after a token ends a name, except the full stop of a middle initial ("Grant B. Cooper"). */
export const breaksAfter = (t: Token): boolean => /[,;:!?()[\]"“”.…/]|\s-|-\s/.test(t.post) && !(/^\.\s*$/.test(t.post) && (/^[A-Z]$/.test(t.text) || NAME_ABBREVIATIONS.has(t.lower)));
/** Punctuation between two tokens: after the first, or opening before the second ("Guiteau (Jonathan"). */
export const boundary = (a: Token, b: Token): boolean => breaksAfter(a) || /[([“"'`]/.test(b.pre);
export const hyphenAfter = (t: Token): boolean => /^-$/.test(t.post);
/** Punctuation after a token that no name runs across: "OSLO (Newswire) — Halvorsen", "Cork, Ireland". */
export const separatesNames = (t: Token): boolean => /[,;:()[\]{}"“”]|\s-|-\s|--/.test(t.post);

/** Lower-case words a nickname may have inside ("Hands of Stone"). */
const NICKNAME_JOINERS = new Set(['of', 'the']);

/**
 * 'Juan Antonio "Tony" Hernandez', 'Roberto "Hands of Stone" Duran': a nickname in quotation marks
 * between a given name and a surname, as [first, last] token indices, where one opens at k.
 */
export function nicknameAt(tokens: readonly Token[], k: number): [number, number] | undefined {
  const given = tokens[k - 1];
  if (!given?.capitalized || !/^\s+$/.test(given.post) || !/^["“]$/.test(tokens[k]?.pre ?? '') || !tokens[k]!.capitalized) return undefined;
  for (let j = k; j < k + 4 && tokens[j]; j++) {
    const t = tokens[j]!;
    if (!t.capitalized && !NICKNAME_JOINERS.has(t.lower)) return undefined;
    const surname = tokens[j + 1];
    if (/^["”]\s+$/.test(t.post)) return surname?.capitalized && surname.pre === '' ? [k, j] : undefined;
    if (!/^\s+$/.test(t.post)) return undefined;
  }
  return undefined;
}

/** "A." or "J.D." (compromise may keep the final period apart, in the token's trailing punctuation). */
const INITIAL = /^(?:[A-Z]\.)*[A-Z]\.?$/;
export const isInitial = (t: Token): boolean => INITIAL.test(t.text) && (t.text.endsWith('.') || t.post.startsWith('.'));

/** Words that join the parts of an organisation's name: "Ministry of Defence", "Fund for Peace". */
export const NAME_CONNECTORS = new Set(['of', 'for']);

/** The noun a name is headed by, in lower case: its last word, or the last before a connector ("University of Edinburgh", "Bank of Communications"). */
export function nameHead(name: string): string {
  const words = name.toLowerCase().split(/\s+/);
  const connector = words.findIndex((w, k) => k > 0 && NAME_CONNECTORS.has(w));
  return (connector > 0 ? words[connector - 1] : words.at(-1))!;
}

/** Sentence start, or right after an opening quote, colon, bullet or a dateline's dash: capitals there prove nothing. */
export function atClauseStart(tokens: Token[], i: number): boolean {
  if (i === 0) return true;
  const prev = tokens[i - 1]!;
  // "2. Stop the …": a numbered list item starts a clause.
  const listNumber = /^\d+$/.test(prev.text) && /^[.)]/.test(prev.post) && (i === 1 || /\n/.test(prev.pre));
  // "BATAVIA, Illinois (Newswire) — Physicists at …": the story begins after the dateline's dash.
  const dateline = /\)\s*[-–—]+\s*$/.test(prev.post);
  return listNumber || dateline || /[:"“(\[]\s*$/.test(prev.post) || /["“(\[]/.test(tokens[i]!.pre);
}

const NAME_LEXICON_TAGS = new Set(['Country', 'City', 'Region', 'Place', 'LastName', 'MaleName', 'FemaleName', 'FirstName', 'Organization', 'ProperNoun', 'Person', 'Honorific']);

/** A word compromise's lexicon knows as something other than a name ("nuclear", not "Alves"). */
export function isDictionaryWord(lower: string): boolean {
  const tags = lexiconTags(lower);
  return tags.size > 0 && ![...tags].some((tag) => NAME_LEXICON_TAGS.has(tag));
}

/** "Bavarian Nordic, which makes …": a relative only things take, set off after a name. */
export function thingCueAfter(tokens: Token[], last: number): boolean {
  return tokens[last + 1]?.lower === 'which' && /^,\s*$/.test(tokens[last]!.post);
}

/** "Prabowo, 73, won …": an adult's age set off after the name ending at `last`, which only a person has. */
export function agedAfter(tokens: Token[], last: number): boolean {
  const age = tokens[last + 1];
  return !!age && /^,\s*$/.test(tokens[last]!.post) && /^(?:1[5-9]|[2-9]\d|1[01]\d)$/.test(age.text) && /^,/.test(age.post);
}

/** Pronouns that only a person is: "he", "her". */
const PERSON_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him']);

/** "Campbell, who …", "Aldrin was born …", "Le Pen said her …": what follows a name only a person takes. */
export function personCueAfter(tokens: Token[], last: number): boolean {
  const t = tokens[last]!;
  const next = tokens[last + 1];
  if (!next) return false;
  // Not "City, who have won the league": a name a plural verb agrees with is a team, as British news writes of one.
  if (next.lower === 'who' && /^,\s*$/.test(t.post)) return !PLURAL_AUXILIARIES.has(tokens[last + 2]?.lower ?? '');
  if (breaksAfter(t)) return false;
  // "Le Pen said her party's victory …": a speaker a person's pronoun takes up at once.
  const taken = next.root === 'say' && next.tags.has('Verb') && PERSON_PRONOUNS.has(tokens[last + 2]?.lower ?? '');
  return taken || ((next.lower === 'was' || next.lower === 'is') && tokens[last + 2]?.lower === 'born');
}
