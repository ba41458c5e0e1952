/** What a news document is called: its headline, or failing that the start of its first sentence. */

/** Longest title shown; a longer first sentence is cut at a word and ends with "…". */
export const MAX_TITLE_LENGTH = 90;

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const WEEKDAY = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?';
/** A line that only dates the article: "March 4, 2024", "Tue 4 Mar 2024 10:02 GMT", "2024-03-04", "Updated: …". */
const DATE_LINE = new RegExp(
  `^(?:(?:updated|published|posted)\\b:?\\s*)?(?:${WEEKDAY}\\s*)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})\\b[\\s\\d:.,apmgmtutc+-]*$`,
  'i',
);
/** A byline: "By Jane Doe", "By Jane Doe and John Roe, Reuters". */
const BYLINE = /^[Bb]y\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?:\s*(?:,|and)\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)*$/;
/**
 * Where the first sentence of a line ends: a stop after a lower-case word (not "U.S." or "Mr.") followed
 * by a space and a capital, quote or digit.
 */
const SENTENCE_END = /(?<=[a-z0-9])(?<!\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Lt|Mt|Co|No|Sen|Rep|Gov|Gen|Col|Sgt|Capt|Prof|Inc|Ltd|Corp|Pres|Sec|Amb|Rev|vs))[.!?]["'”’)]?(?=\s+["'“‘(]?[A-Z0-9])/;

/**
 * The document's title: its first line unless that is a date or a byline; a line that reads as a
 * paragraph (more than one sentence, or long) gives its first sentence. Null when the text has no words.
 * Only the first few thousand characters are read, whatever the document's size.
 */
export function documentHeadline(text: string): string | null {
  const lines = text.slice(0, 4000).split(/\r?\n/).map((line) => line.replace(/\s+/g, ' ').trim());
  const first = lines.find((line) => /\p{L}/u.test(line) && !DATE_LINE.test(line) && !BYLINE.test(line));
  if (!first) return null;
  const sentence = first.split(SENTENCE_END)[0]!.trim();
  return shorten(sentence.replace(/[.:;,]$/, ''));
}

function shorten(title: string): string {
  if (title.length <= MAX_TITLE_LENGTH) return title;
  const cut = title.slice(0, MAX_TITLE_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_TITLE_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:—–-]+$/, '')}…`;
}
