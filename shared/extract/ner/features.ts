/**
 * What the tagger sees of each token: its spelling, compromise's tags, the gazetteers, its
 * neighbours, the kind of line it stands in (prose, headline, capitals, table) and how the rest of the
 * document writes the same word. Training and tagging share this one definition.
 *
 * A feature is the hash of a string such as "w=germany" or "w-1w=in|germany". Tagging spends most of
 * its own time here, so the strings are never built: a hash is carried on over the parts
 * (hashString's `from`), and what a word's spelling alone decides is worked out once per spelling
 * (spellingOf) rather than once per token.
 */
import { hashString } from '../../layout/rng';
import { KNOWN_ORGANIZATIONS } from '../lexicon/organizations';
import { PLACES, foldForm, foldLetters } from '../lexicon/places';
import { HONORIFICS, ROLE_HEADS } from '../lexicon/roles';
import { lexiconTags } from '../lexicon/dictionary';
import { atClauseStart } from '../token-shapes';
import { withoutPossessive } from '../spelling';
import type { Sentence, Token } from '../tokens';

/** Each token's feature hashes: token i owns hashes[offsets[i] .. offsets[i + 1]). */
export interface SentenceFeatures {
  offsets: Uint32Array;
  hashes: Uint32Array;
  /**
   * Per token, the hashes its own begin with: those of its spelling alone, one array shared by every
   * token spelt the same, so a scorer may keep what they add up to instead of adding them again.
   */
  heads?: Uint32Array[];
}

/** The kind of line a sentence is, which changes what capitals mean. */
interface LineKind {
  /** Every word in capitals: "BRUSSELS 1996-08-22", "SOCCER - LATE GOALS". */
  shouting: boolean;
  /** Title case, small words too: "Russia Ready To Continue Diplomacy". */
  headline: boolean;
  /** Mostly numbers: results and standings tables. */
  table: boolean;
}

/** How the document as a whole writes its words. */
interface DocumentUsage {
  /** Words written in lower case somewhere. */
  lower: Set<string>;
  /** Words capitalised mid-sentence in ordinary prose somewhere. */
  named: Set<string>;
}

const WORDISH = /[A-Za-z]/;

function lineKind(tokens: Token[]): LineKind {
  const words = tokens.filter((t) => WORDISH.test(t.text));
  const caps = words.filter((t) => t.text === t.text.toUpperCase()).length;
  const titled = words.filter((t) => t.capitalized).length;
  const numbers = tokens.filter((t) => /\d/.test(t.text)).length;
  return {
    shouting: words.length > 0 && caps === words.length && words.some((t) => t.text.length > 1),
    headline: words.length >= 3 && titled / words.length > 0.7 && words.some((t) => t.capitalized && t.tags.has('Preposition')),
    table: tokens.length >= 2 && numbers / tokens.length >= 0.4,
  };
}

function documentUsage(sentences: Sentence[], kinds: LineKind[]): DocumentUsage {
  const lower = new Set<string>();
  const named = new Set<string>();
  sentences.forEach(({ tokens }, s) => {
    const kind = kinds[s]!;
    if (kind.shouting || kind.headline) return;
    tokens.forEach((t, i) => {
      if (!t.capitalized) lower.add(t.lower);
      else if (!atClauseStart(tokens, i)) named.add(t.lower);
    });
  });
  return { lower, named };
}

/** "Xxxx", "XX", "X.X.", "dddd-dd-dd": the word's spelling with letters and digits abstracted. */
function shapeOf(text: string): string {
  let shape = '';
  for (const ch of text) {
    const s = ch >= 'A' && ch <= 'Z' ? 'X' : ch >= 'a' && ch <= 'z' ? 'x' : ch >= '0' && ch <= '9' ? 'd' : /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : ch;
    shape += s;
  }
  return shape;
}

/** The shape with runs collapsed: "Xx", "X.X.", "d-d-d". */
const shortShape = (shape: string): string => shape.replace(/(.)\1+/g, '$1');

/** The word without its possessive ending ("Germany's" → "Germany"). */
const formOf = (t: Token): string => (t.possessive ? withoutPossessive(t.text) : t.text) || t.text;

/** The hash of the parts joined, without joining them. */
function hashOf(...parts: string[]): number {
  let h = hashString(parts[0]!);
  for (let k = 1; k < parts.length; k++) h = hashString(parts[k]!, h);
  return h;
}

/** Offsets of the neighbours whose word and shape a token sees. */
const NEAR = [-2, -1, 1, 2];

/** What a spelling alone decides, hashed: its own features, and the parts of its neighbours' that name it. */
interface Spelling {
  lower: string;
  short: string;
  /** "bias", "w=", "sh=", "ss=", then the prefixes and suffixes, in emitting order. */
  own: Uint32Array;
  /** "lx=…" of each tag compromise's lexicon gives the word, or "lx=none". */
  lexicon: Uint32Array;
  role: boolean;
  honorific: boolean;
  /** "w-2=…", "ss-2=…", "w-1=…", "ss-1=…", …: as the neighbour at NEAR[k], entries 2k and 2k + 1. */
  near: Uint32Array;
  /** The start of the word pairs: "w-1w=<lower>|" when it is the previous word, "ww+1=<lower>|" when the current one. */
  asPrevious: number;
  asCurrent: number;
  /** The word folded for the gazetteers (foldLetters), or null when it folds to nothing or to several words. */
  folded: string | null;
  /** Whether some gazetteer name has the folded word among its words. */
  inGazetteer: boolean;
}

function spelling(lower: string, shape: string, short: string, folded: string | null): Spelling {
  const own = [hashOf('bias'), hashOf('w=', lower), hashOf('sh=', shape), hashOf('ss=', short)];
  for (let n = 1; n <= 4 && n < lower.length; n++) own.push(hashOf(`p${n}=`, lower.slice(0, n)), hashOf(`s${n}=`, lower.slice(-n)));
  // For a word like "constructor" the lexicon hands back what Object.prototype holds, which the model
  // was trained on as its text ("lx=function Object() { [native code] }"): String() keeps that.
  const tags = [...lexiconTags(lower)].map(String);
  return {
    lower,
    short,
    own: Uint32Array.from(own),
    lexicon: Uint32Array.from(tags.length === 0 ? [hashOf('lx=none')] : tags.map((tag) => hashOf('lx=', tag))),
    role: ROLE_HEADS.has(lower),
    honorific: HONORIFICS.has(lower.replace(/\.$/, '')),
    near: Uint32Array.from(NEAR.flatMap((d) => [hashOf(`w${d}=`, lower), hashOf(`ss${d}=`, short)])),
    asPrevious: hashOf('w-1w=', lower, '|'),
    asCurrent: hashOf('ww+1=', lower, '|'),
    folded,
    inGazetteer: folded !== null && GAZETTEER_WORDS.has(folded),
  };
}

function spellingOfForm(form: string): Spelling {
  const shape = shapeOf(form);
  const folded = foldLetters(form);
  return spelling(form.toLowerCase(), shape.length > 8 ? shape.slice(0, 8) : shape, shortShape(shape), folded === '' || /\s/.test(folded) ? null : folded);
}

/** Every word of every gazetteer name, folded: a run of words with one outside it names nothing they know. */
const GAZETTEER_WORDS = new Set([...PLACES.byForm.keys(), ...PLACES.byDemonym.keys(), ...KNOWN_ORGANIZATIONS.keys()].flatMap((name) => name.split(' ')));

/** Where a sentence begins or ends: what a token's missing neighbours look like. */
const BOUNDARY = spelling('<s>', '<s>', '<s>', null);

/**
 * Spellings seen so far, for every document a worker analyses (the same words recur across a
 * corpus); emptied when it grows past SPELLINGS_KEPT, so memory stays bounded on any corpus.
 */
const spellings = new Map<string, Spelling>();
const SPELLINGS_KEPT = 100_000;

function spellingOf(t: Token): Spelling {
  const form = formOf(t);
  let found = spellings.get(form);
  if (!found) {
    if (spellings.size >= SPELLINGS_KEPT) spellings.clear();
    spellings.set(form, (found = spellingOfForm(form)));
  }
  return found;
}

/** A memo of a string's feature hashes under a few prefixes ("t=", "t-1=", "t1=" for a tag). */
function prefixedHashes(prefixes: readonly string[]): (part: string) => Uint32Array {
  const memo = new Map<string, Uint32Array>();
  return (part) => {
    let found = memo.get(part);
    if (!found) memo.set(part, (found = Uint32Array.from(prefixes, (prefix) => hashOf(prefix, part))));
    return found;
  };
}

/** A tag's or a gazetteer mark's features as the token's own, the previous token's and the next token's. */
const SELF = 0;
const PREVIOUS = 1;
const NEXT = 2;
const tagHashes = prefixedHashes(['t=', 't-1=', 't1=']);
const markHashes = prefixedHashes(['gz=', 'gz-1=', 'gz1=']);
const ROLE_PREVIOUS = hashOf('role-1');
const ROLE_NEXT = hashOf('role1');
const POSSESSIVE = hashOf('poss');
const ROLE = hashOf('role');
const HONORIFIC = hashOf('honorific');
const DOC_LOWER = hashOf('doc=lower');
const DOC_NAMED = hashOf('doc=named');
const DOC_BOTH = hashOf('doc=both');

const GAZETTEER_SPAN = 4;

/** The gazetteers' kinds for a folded run of words: "CTRY" or "LOC", "ORG", and for one word "DEM". */
function gazetteerKinds(form: string, words: number): string[] {
  const kinds: string[] = [];
  if (PLACES.byForm.has(form)) kinds.push(PLACES.countries.has(PLACES.byForm.get(form)!) ? 'CTRY' : 'LOC');
  if (KNOWN_ORGANIZATIONS.has(form)) kinds.push('ORG');
  if (words === 1 && PLACES.byDemonym.has(form)) kinds.push('DEM');
  return kinds;
}

/**
 * The run of `n` tokens from `i` folded for look-up, as foldForm folds the words joined: from the
 * words folded one by one where they allow it (see foldLetters), else from the words themselves.
 * Undefined when a word of the run is in no gazetteer name, so the run names nothing they know.
 */
function foldedRun(tokens: Token[], words: Spelling[], i: number, n: number): string | undefined {
  let known = true;
  for (let k = i; k < i + n; k++) {
    const word = words[k]!;
    if (word.folded === null) return foldForm(tokens.slice(i, i + n).map(formOf).join(' '));
    // foldForm drops a leading "the": "the Kremlin" is "kremlin".
    known &&= word.inGazetteer || (k === i && n > 1 && word.folded === 'the');
  }
  if (!known) return undefined;
  let run = words[i]!.folded!;
  for (let k = i + 1; k < i + n; k++) run = k === i + 1 && run === 'the' ? words[k]!.folded! : `${run} ${words[k]!.folded!}`;
  return run;
}

/** Gazetteer matches over the sentence: for each token, "LOC:B", "ORG:U"… of the longest names covering it. */
function gazetteerMarks(tokens: Token[], words: Spelling[]): string[][] {
  const marks: string[][] = tokens.map(() => []);
  for (let i = 0; i < tokens.length; i++) {
    for (let n = Math.min(GAZETTEER_SPAN, tokens.length - i); n >= 1; n--) {
      const run = foldedRun(tokens, words, i, n);
      if (run === undefined) continue;
      for (const kind of gazetteerKinds(run, n)) {
        for (let k = 0; k < n; k++) marks[i + k]!.push(`${kind}:${n === 1 ? 'U' : k === 0 ? 'B' : k === n - 1 ? 'L' : 'I'}`);
      }
    }
  }
  return marks;
}

/** Features of every token of every sentence of one document. */
export function documentFeatures(sentences: Sentence[]): SentenceFeatures[] {
  const kinds = sentences.map((s) => lineKind(s.tokens));
  const usage = documentUsage(sentences, kinds);
  const out = new FeatureBuffer();
  return sentences.map((s, k) => sentenceFeatures(s.tokens, kinds[k]!, usage, out));
}

/** A sentence's hashes as they are emitted, in one buffer reused from sentence to sentence. */
class FeatureBuffer {
  private hashes = new Uint32Array(4096);
  length = 0;

  push(hash: number): void {
    if (this.length === this.hashes.length) {
      const grown = new Uint32Array(this.hashes.length * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[this.length++] = hash;
  }

  pushAll(hashes: Uint32Array): void {
    for (let k = 0; k < hashes.length; k++) this.push(hashes[k]!);
  }

  /** The hashes pushed since the last take. */
  take(): Uint32Array {
    const taken = this.hashes.slice(0, this.length);
    this.length = 0;
    return taken;
  }
}

function sentenceFeatures(tokens: Token[], kind: LineKind, usage: DocumentUsage, out: FeatureBuffer): SentenceFeatures {
  const words = tokens.map(spellingOf);
  const gazetteer = gazetteerMarks(tokens, words);
  const at = (i: number): Spelling => words[i] ?? BOUNDARY;
  const offsets = new Uint32Array(tokens.length + 1);
  const line = hashOf(`ln=${kind.shouting ? 'C' : ''}${kind.headline ? 'H' : ''}${kind.table ? 'T' : ''}|`);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const v = words[i]!;
    out.pushAll(v.own);
    if (t.possessive) out.push(POSSESSIVE);
    const post = t.post.trim();
    if (post) out.push(hashOf('po=', post.slice(0, 2)));
    const pre = t.pre.trim();
    if (pre) out.push(hashOf('pr=', pre.slice(-2)));
    for (const tag of t.tags) out.push(tagHashes(tag)[SELF]!);
    out.pushAll(v.lexicon);
    for (const mark of gazetteer[i]!) out.push(markHashes(mark)[SELF]!);
    if (v.role) out.push(ROLE);
    if (v.honorific) out.push(HONORIFIC);
    // Line and position: capitals prove nothing at a clause start, in a headline or in shouting.
    out.push(hashString(atClauseStart(tokens, i) ? '1' : '0', line));
    out.push(hashString(v.short, line));
    if (t.capitalized) {
      const lower = usage.lower.has(v.lower);
      const named = usage.named.has(v.lower);
      if (lower) out.push(DOC_LOWER);
      if (named) out.push(DOC_NAMED);
      if (named && lower) out.push(DOC_BOTH);
    }
    // Neighbours: words and shapes within two tokens, tags of the adjacent ones.
    for (let k = 0; k < NEAR.length; k++) {
      const near = at(i + NEAR[k]!).near;
      out.push(near[2 * k]!);
      out.push(near[2 * k + 1]!);
    }
    const previous = at(i - 1);
    const next = at(i + 1);
    out.push(hashString(v.lower, previous.asPrevious));
    out.push(hashString(next.lower, v.asCurrent));
    out.push(hashOf('ss-1ss+1=', previous.short, '|', v.short, '|', next.short));
    if (i > 0) {
      for (const tag of tokens[i - 1]!.tags) out.push(tagHashes(tag)[PREVIOUS]!);
      for (const mark of gazetteer[i - 1]!) out.push(markHashes(mark)[PREVIOUS]!);
      if (previous.role) out.push(ROLE_PREVIOUS);
    }
    if (i + 1 < tokens.length) {
      for (const tag of tokens[i + 1]!.tags) out.push(tagHashes(tag)[NEXT]!);
      for (const mark of gazetteer[i + 1]!) out.push(markHashes(mark)[NEXT]!);
      if (next.role) out.push(ROLE_NEXT);
    }
    offsets[i + 1] = out.length;
  }
  return { offsets, hashes: out.take(), heads: words.map((w) => w.own) };
}
