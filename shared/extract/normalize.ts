/**
 * Unicode punctuation folding that keeps every character offset: each replacement is one UTF-16 unit
 * for one, so spans found in the folded text are spans of the original.
 */

const FOLDS: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u00b4': "'", '\u0060': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00a0': ' ', '\u2007': ' ', '\u2009': ' ', '\u200a': ' ', '\u202f': ' ', '\u3000': ' ', '\u2026': '.',
  '\u200b': ' ', '\ufeff': ' ', '\u00ad': ' ',
};

const FOLDABLE = new RegExp(`[${Object.keys(FOLDS).join('')}]`, 'g');

/** Replaces curly quotes, dashes, exotic spaces and ellipses with ASCII of the same length. */
export function foldPunctuation(text: string): string {
  return text.replace(FOLDABLE, (ch) => FOLDS[ch] ?? ch);
}
