/**
 * CoNLL-2003 files as Relata reads news: each document's sentences detokenised one per line (the way
 * ../shared/eval/conll03.py prepares them), with every gold name as a character span of that text.
 */
import type { EntityClass } from '../../shared/extract/ner/labels';
import type { CharSpan } from './align';

export interface GoldDocument {
  text: string;
  /** Gold names as [start, end) character offsets into `text`. */
  names: CharSpan[];
}

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', ']', '}', '%', "'s", "'S", "n't", "N'T", "'re", "'ve", "'ll", "'d", "'m"]);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$']);
const CLASSES = new Set<string>(['PER', 'ORG', 'LOC', 'MISC']);

/** The sentence as text and each token's offset in it, spaced as conll03.py spaces it. */
function detokenise(tokens: string[]): { line: string; starts: number[] } {
  let line = '';
  let quoteOpen = false;
  let prev: string | undefined;
  const starts: number[] = [];
  for (const w of tokens) {
    let space = line.length > 0;
    if (w === '"') {
      if (quoteOpen) space = false;
      quoteOpen = !quoteOpen;
    } else if (prev === '"' && quoteOpen) space = false;
    if (NO_SPACE_BEFORE.has(w) || (prev !== undefined && NO_SPACE_AFTER.has(prev))) space = false;
    if (space) line += ' ';
    starts.push(line.length);
    line += w;
    prev = w;
  }
  return { line, starts };
}

/** Entity spans of a sentence's IOB tags (IOB1 and IOB2 alike: a B- or a change of class opens one). */
function tagSpans(tags: string[]): Array<{ first: number; last: number; cls: EntityClass }> {
  const spans: Array<{ first: number; last: number; cls: EntityClass }> = [];
  let first = -1;
  let cls = '';
  tags.forEach((tag, i) => {
    const kind = tag === 'O' ? '' : tag.slice(2);
    if (first >= 0 && (tag === 'O' || tag.startsWith('B-') || kind !== cls)) {
      spans.push({ first, last: i - 1, cls: cls as EntityClass });
      first = -1;
    }
    if (tag !== 'O' && first < 0) {
      if (!CLASSES.has(kind)) throw new Error(`unknown CoNLL class "${kind}"`);
      first = i;
      cls = kind;
    }
  });
  if (first >= 0) spans.push({ first, last: tags.length - 1, cls: cls as EntityClass });
  return spans;
}

/** Reads a CoNLL-2003 file (one token per line, tag last, -DOCSTART- between documents). */
export function readConll03(content: string): GoldDocument[] {
  const docs: GoldDocument[] = [];
  let lines: string[] = [];
  let names: GoldDocument['names'] = [];
  let sentence: Array<[string, string]> = [];
  let offset = 0;
  const endSentence = () => {
    if (sentence.length === 0) return;
    const { line, starts } = detokenise(sentence.map(([w]) => w));
    for (const { first, last, cls } of tagSpans(sentence.map(([, t]) => t))) {
      names.push({ start: offset + starts[first]!, end: offset + starts[last]! + sentence[last]![0].length, kind: cls });
    }
    lines.push(line);
    offset += line.length + 1;
    sentence = [];
  };
  const endDocument = () => {
    endSentence();
    if (lines.length) docs.push({ text: `${lines.join('\n')}\n`, names });
    lines = [];
    names = [];
    offset = 0;
  };
  for (const raw of content.split('\n')) {
    const line = raw.trimEnd();
    if (line.startsWith('-DOCSTART-')) endDocument();
    else if (!line.trim()) endSentence();
    else {
      const parts = line.split(' ');
      sentence.push([parts[0]!, parts[parts.length - 1]!]);
    }
  }
  endDocument();
  return docs;
}
