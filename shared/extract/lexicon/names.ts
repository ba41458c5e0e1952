import { foldForm } from './places';

/**
 * Family names that come first in Chinese, Korean and Vietnamese names ("Wang Yi", "Kim Jong Un",
 * "Nguyen Phu Trong"): the first word, not the last, is what a later mention repeats, and it says
 * nothing about gender. Words that are also common English names or words (Lee, Park, Moon, Long,
 * Young, Song, Han) are left out: "Lee Harvey Oswald" is not a Korean name.
 */
export const FAMILY_NAME_FIRST = new Set(
  `wang li zhang liu chen yang huang zhao wu zhou xu sun zhu hu guo lin gao luo zheng liang xie tang
  deng feng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao
  xi wen qian qin zhong hou shi fu xue bai meng
  leung cheung tsang yeung chow tam mak tse lau lam wong chan kwok ng
  kim park choi jung kang cho yoon jang lim kwon shin roh chun ahn hwang ban moon han seo jeon yoo baek hong oh
  nguyen tran pham hoang vo dang bui ngo`.split(/\s+/),
);

/** Words an acronym passes over: "Organization of the Petroleum Exporting Countries" (OPEC), "Hayat Tahrir al-Sham" (HTS). */
export const UNSPELLED_WORDS = new Set(['of', 'the', 'for', 'and', 'on', 'in', 'al', 'el']);

/** The acronym a name of several words would have: "Hayat Tahrir al-Sham" is HTS. */
export const initials = (text: string): string => text.split(/[\s-]+/).filter((w) => w && !UNSPELLED_WORDS.has(w.toLowerCase())).map((w) => w[0]).join('').toUpperCase();

/** Lower-case particles of names, as written: "de Klerk", "al-Sisi", "Maroun al-Ras". */
export const NAME_PARTICLES = new Set(['von', 'vom', 'zu', 'van', 'der', 'den', 'de', 'da', 'di', 'del', 'della', 'dos', 'du', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'ben']);

/** Words a name keeps in lower case after its first: "Tour of Britain", "Rio de Janeiro". */
export const LOWER_IN_NAMES = new Set([...NAME_PARTICLES, 'of', 'and', 'the', 'for', 'on', 'at', 'in', 'to']);

/**
 * A name written in capitals only ("CAPE CANAVERAL", a dateline's; "KEVIN BROWN", a headline's) as prose
 * writes it: "Cape Canaveral", "Tour of Britain", "La Jornada". An acronym ("U.S.") and any other word of
 * two letters ("UN") keep their capitals.
 */
export function unshouted(name: string): string {
  const part = (word: string, first: boolean) => {
    const lower = word.toLowerCase();
    if (LOWER_IN_NAMES.has(lower)) return first ? word[0] + lower.slice(1) : lower;
    // "ST. LOUIS": an abbreviation of one word is written as prose writes it; "U.S." keeps its capitals.
    if (/^[A-Z]{2,}\.$/.test(word)) return word[0] + lower.slice(1);
    return word.length < 3 || word.includes('.') ? word : word[0] + lower.slice(1);
  };
  // "DEIR AL-BALAH", "WINSTON-SALEM": each part of a hyphened word is a word of the name.
  return name
    .split(' ')
    .map((word, k) => word.split('-').map((p, j) => part(p, k === 0 && j === 0)).join('-'))
    .join(' ');
}

/** A regnal number as written, a Roman numeral from I to XXXIX: part of a ruler's name ("Elizabeth II", "Benedict XVI"). */
export const REGNAL_NUMBER = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/;

/** A generation after a surname: "Jr", "Sr.", "jnr", "Junior". */
const GENERATIONS = /^(?:jr|sr|jnr|snr|junior)\.?$/i;

/** A folded name without the generation that ends it: "martin luther king" of "martin luther king jr". */
export function withoutGeneration(key: string): string {
  const words = key.split(' ');
  return words.length > 2 && GENERATIONS.test(words[words.length - 1]!) ? words.slice(0, -1).join(' ') : key;
}

/** Whether a word of a name, in any case ("II", "xvi"), is a regnal number. */
export const isRegnalNumber = (word: string): boolean => REGNAL_NUMBER.test(word.toUpperCase());

/** Folds spelling variants of transliterated names: Sergei/Sergey, Dmitri/Dmitry, Zelenskiy/Zelenskyy; not Elizabeth I/II. */
export function nameKey(text: string): string {
  return foldForm(text)
    .split(/[\s-]+/)
    .map((w) => (isRegnalNumber(w) ? w : w.replace(/(?:ey|ei|iy|yy|ii|i|y)$/, 'y')))
    .join(' ');
}

/**
 * The word of a full name that a later, shorter mention repeats: "Putin" of "Vladimir Putin", "Wang" of
 * "Wang Yi", "Elizabeth" of "Elizabeth II".
 */
export function surnameOf(words: readonly string[]): string {
  const first = words[0]!;
  // "Lee Jae-myung": a Korean given name, hyphenated with a lower-case syllable, follows the family name.
  if (FAMILY_NAME_FIRST.has(first.toLowerCase()) || (words.length === 2 && /^[A-Z][a-z]+-[a-z]+$/.test(words[1]!))) return first;
  const last = words[words.length - 1]!;
  // "Elizabeth II", "Ferdinand Marcos Jr.": a regnal number or a generation follows the surname.
  return (isRegnalNumber(last) || GENERATIONS.test(last)) && words.length > 1 ? words[words.length - 2]! : last;
}

/** Whether a name is written as one word, a hyphenated one too ("Bankman-Fried"), as a surname alone is. */
export const oneWord = (name: string): boolean => !/\s/.test(name);

const ARABIC_ARTICLE = /^(?:al|el)-(?=\p{Lu})/iu;

/**
 * The surname of a full name as a key: a hyphenated one whole ("Bankman-Fried" of "Sam Bankman-Fried"),
 * as it is written alone; without the Arabic article, which a later mention drops ("Assad" of "Bashar al-Assad").
 */
export const surnameKey = (name: string): string => nameKey(surnameOf(name.split(/\s+/)).replace(ARABIC_ARTICLE, ''));
