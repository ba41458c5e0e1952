/** The grammatical gender a person's name shows, which "he" and "she" must agree with. */
import { FAMILY_NAME_FIRST, surnameOf } from './lexicon/names';
import type { EntityMention } from './mentions';
import type { Sentence } from './tokens';

export type Gender = 'male' | 'female';

/** The gender a personal pronoun asks of its antecedent. */
export const PRONOUN_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['he', 'male'], ['him', 'male'], ['his', 'male'], ['she', 'female'], ['her', 'female'], ['hers', 'female'],
]);
const TITLE_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['mr', 'male'], ['sir', 'male'], ['king', 'male'], ['prince', 'male'], ['lord', 'male'],
  ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['madam', 'female'], ['queen', 'female'], ['princess', 'female'], ['lady', 'female'],
]);
/**
 * Given names borne by men and women alike, which compromise's lexicon files under one sex ("Jesse"
 * Jackson, "Toni" Kroos, "Nicola" Zingaretti and "Nikita" Khrushchev as women's names): they say
 * nothing, and a later "he" or "she" decides.
 */
const UNISEX_GIVEN_NAMES = new Set(
  'jesse kelly leslie dana lynn tracy jackie alex sam chris terry billie dale shannon lindsay ashley robin jordan casey jamie morgan taylor pat kerry sandy toni nicola simone daniele kim sasha nikita eden joan'.split(' '),
);
/** Slavic and Baltic feminine surnames: "Zakharova", "Navalnaya", "Zelenska", "Vondroušková". */
const FEMININE_SURNAME = /(?:ov[aá]|eva|aya|ska|cka)$/i;

/**
 * The gender a person's name shows, if any: a title, what the full name a single word was linked to
 * showed ("Duterte" after Rodrigo and then Sara Duterte is the one the story linked it to), a first name
 * compromise knows, a feminine surname ending, or (for a surname alone) what the last full name with that
 * surname earlier in the document showed. `bySurname` remembers full names' genders by surname and by the
 * whole name, the full names that showed none too.
 */
export function personGender(sentence: Sentence, m: EntityMention, bySurname: Map<string, Gender | undefined>): Gender | undefined {
  const tokens = sentence.tokens.slice(m.first, m.last + 1);
  const surname = surnameOf(tokens.map((t) => t.lower));
  const title = sentence.tokens[m.first - 1]?.lower.replace(/\.$/, '');
  let gender: Gender | undefined = title ? TITLE_GENDER.get(title) : undefined;
  // "Lula" for Luiz Inacio Lula da Silva, whom compromise knows as a woman's name: a word linked to a full
  // name is that name's.
  gender ??= tokens.length === 1 && m.fullName ? bySurname.get(m.fullName) : undefined;
  // "Kim Jong Un": an East Asian family name is no English given name; nor is a surname one, alone or
  // in full ("Bassirou Diomaye Faye", "Faye said" is a man, though compromise knows Faye as a woman's name).
  const surnameAlone = tokens.length === 1 && bySurname.has(surname);
  const givenNames = FAMILY_NAME_FIRST.has(tokens[0]!.lower) || surnameAlone ? [] : tokens.length > 1 ? tokens.filter((t) => t.lower !== surname) : tokens;
  for (const t of givenNames.filter((t) => !UNISEX_GIVEN_NAMES.has(t.lower))) gender ??= t.tags.has('MaleName') ? 'male' : t.tags.has('FemaleName') ? 'female' : undefined;
  if (!gender && tokens.length > 1 && FEMININE_SURNAME.test(surname)) gender = 'female';
  if (tokens.length > 1 && (gender || !bySurname.has(surname))) bySurname.set(surname, gender);
  if (tokens.length > 1) bySurname.set(m.text, gender);
  return gender ?? bySurname.get(surname);
}
