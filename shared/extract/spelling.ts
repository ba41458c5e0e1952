/**
 * What a word's letters alone say, with no parser: its form without a possessive ending, and whether
 * it is written as an acronym or with a capital inside. Apart from tokens.ts and token-shapes.ts,
 * which load compromise, so that assembling a graph from analyses (a merge, the command's own
 * thread) never loads it.
 */

const POSSESSIVE_END = /['’]s?$/i;

/** The word without its possessive ending, in any case ("Germany's", "PANAMA'S" → "Germany", "PANAMA"). */
export const withoutPossessive = (text: string): string => text.replace(POSSESSIVE_END, '');

const ACRONYM = /^[A-Z](?:[A-Z0-9&]|\.(?=[A-Z]))*[A-Z0-9]\.?$/;
/** "NATO", "U.N.", "PKK": a word written as an acronym. */
export const isAcronymText = (text: string): boolean => ACRONYM.test(withoutPossessive(text)) && /[A-Z].*[A-Z]|^[A-Z]\./.test(text);

/** "ComEd", "BlackRock", "eBay": a capital after a lower-case letter, which only a name is written with. */
export const hasInnerCapital = (text: string): boolean => /[a-z][A-Z]/.test(text);
