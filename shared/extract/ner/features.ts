/**
 * What the tagger sees of each token: its spelling, compromise's tags, the gazetteers, its
 * neighbours, the kind of line it stands in (prose, headline, capitals, table) and how the rest of the
 * document writes the same word. Training and tagging share this one definition.
 */
import { hashString } from '../../layout/rng';
import { KNOWN_ORGANIZATIONS } from '../lexicon/organizations';
import { PLACES, foldForm } from '../lexicon/places';
import { HONORIFICS, ROLE_HEADS } from '../lexicon/roles';
import { atClauseStart, lexiconTags } from '../token-shapes';
import { withoutPossessive, type Sentence, type Token } from '../tokens';

/** Each token's feature hashes: token i owns hashes[offsets[i] .. offsets[i + 1]). */
export interface SentenceFeatures {
  offsets: Uint32Array;
  hashes: Uint32Array;
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

const GAZETTEER_SPAN = 4;

/** Gazetteer matches over the sentence: for each token, "LOC:B", "ORG:U"… of the longest names covering it. */
function gazetteerMarks(tokens: Token[]): string[][] {
  const marks: string[][] = tokens.map(() => []);
  for (let i = 0; i < tokens.length; i++) {
    for (let n = Math.min(GAZETTEER_SPAN, tokens.length - i); n >= 1; n--) {
      const form = foldForm(tokens.slice(i, i + n).map(formOf).join(' '));
      const kinds: string[] = [];
      if (PLACES.byForm.has(form)) kinds.push(PLACES.countries.has(PLACES.byForm.get(form)!) ? 'CTRY' : 'LOC');
      if (KNOWN_ORGANIZATIONS.has(form)) kinds.push('ORG');
      if (n === 1 && PLACES.byDemonym.has(form)) kinds.push('DEM');
      for (const kind of kinds) {
        for (let k = 0; k < n; k++) marks[i + k]!.push(`${kind}:${n === 1 ? 'U' : k === 0 ? 'B' : k === n - 1 ? 'L' : 'I'}`);
      }
    }
  }
  return marks;
}

/** A token's own features, without its neighbours'. */
interface TokenView {
  lower: string;
  shape: string;
  short: string;
}

function viewOf(t: Token): TokenView {
  const form = formOf(t);
  const shape = shapeOf(form);
  return { lower: form.toLowerCase(), shape: shape.length > 8 ? shape.slice(0, 8) : shape, short: shortShape(shape) };
}

const BOUNDARY: TokenView = { lower: '<s>', shape: '<s>', short: '<s>' };

/** Features of every token of every sentence of one document. */
export function documentFeatures(sentences: Sentence[]): SentenceFeatures[] {
  const kinds = sentences.map((s) => lineKind(s.tokens));
  const usage = documentUsage(sentences, kinds);
  return sentences.map((s, k) => sentenceFeatures(s.tokens, kinds[k]!, usage));
}

function sentenceFeatures(tokens: Token[], kind: LineKind, usage: DocumentUsage): SentenceFeatures {
  const views = tokens.map(viewOf);
  const gazetteer = gazetteerMarks(tokens);
  const at = (i: number): TokenView => views[i] ?? BOUNDARY;
  const hashes: number[] = [];
  const offsets = new Uint32Array(tokens.length + 1);
  const line = `${kind.shouting ? 'C' : ''}${kind.headline ? 'H' : ''}${kind.table ? 'T' : ''}`;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const v = views[i]!;
    const emit = (feature: string) => hashes.push(hashString(feature));
    emit('bias');
    emit(`w=${v.lower}`);
    emit(`sh=${v.shape}`);
    emit(`ss=${v.short}`);
    for (let n = 1; n <= 4 && n < v.lower.length; n++) {
      emit(`p${n}=${v.lower.slice(0, n)}`);
      emit(`s${n}=${v.lower.slice(-n)}`);
    }
    if (t.possessive) emit('poss');
    if (t.post.trim()) emit(`po=${t.post.trim().slice(0, 2)}`);
    if (t.pre.trim()) emit(`pr=${t.pre.trim().slice(-2)}`);
    for (const tag of t.tags) emit(`t=${tag}`);
    const lexicon = lexiconTags(v.lower);
    if (lexicon.size === 0) emit('lx=none');
    for (const tag of lexicon) emit(`lx=${tag}`);
    for (const mark of gazetteer[i]!) emit(`gz=${mark}`);
    if (ROLE_HEADS.has(v.lower)) emit('role');
    if (HONORIFICS.has(v.lower.replace(/\.$/, ''))) emit('honorific');
    // Line and position: capitals prove nothing at a clause start, in a headline or in shouting.
    const start = atClauseStart(tokens, i);
    emit(`ln=${line}|${start ? 1 : 0}`);
    emit(`ln=${line}|${v.short}`);
    if (t.capitalized) {
      if (usage.lower.has(v.lower)) emit('doc=lower');
      if (usage.named.has(v.lower)) emit('doc=named');
      if (usage.named.has(v.lower) && usage.lower.has(v.lower)) emit('doc=both');
    }
    // Neighbours: words and shapes within two tokens, tags of the adjacent ones.
    for (const d of [-2, -1, 1, 2]) {
      const n = at(i + d);
      emit(`w${d}=${n.lower}`);
      emit(`ss${d}=${n.short}`);
    }
    emit(`w-1w=${at(i - 1).lower}|${v.lower}`);
    emit(`ww+1=${v.lower}|${at(i + 1).lower}`);
    emit(`ss-1ss+1=${at(i - 1).short}|${v.short}|${at(i + 1).short}`);
    for (const d of [-1, 1]) {
      const n = tokens[i + d];
      if (!n) continue;
      for (const tag of n.tags) emit(`t${d}=${tag}`);
      for (const mark of gazetteer[i + d]!) emit(`gz${d}=${mark}`);
      if (ROLE_HEADS.has(views[i + d]!.lower)) emit(`role${d}`);
    }
    offsets[i + 1] = hashes.length;
  }
  return { offsets, hashes: Uint32Array.from(hashes) };
}
