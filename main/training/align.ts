/**
 * Gold names as character spans → labels on Relata's own tokens, so training sees what tagging sees.
 * A token belongs to a name when it starts inside it ("Germany's" is the name Germany); a name is cut
 * where punctuation separates its tokens, as the pipeline cuts the tagger's names.
 */
import { LABELS, labelsOf, OUTSIDE, type EntityClass, type LabelledSpan } from '../../shared/extract/ner/labels';
import { HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS } from '../../shared/extract/lexicon/roles';
import { separatesNames } from '../../shared/extract/token-shapes';
import type { Sentence, Token } from '../../shared/extract/tokens';

/** A name as character offsets; `kind` Other is CoNLL04's catch-all. */
export interface CharSpan {
  start: number;
  end: number;
  kind: EntityClass | 'Other';
}

/** The tokens of each name in one sentence, cut at separating punctuation. */
function tokenSpans(tokens: Token[], names: readonly CharSpan[]): Array<{ first: number; last: number; kind: CharSpan['kind'] }> {
  const spans: Array<{ first: number; last: number; kind: CharSpan['kind'] }> = [];
  for (const name of names) {
    const inside = tokens.filter((t) => t.start >= name.start && t.start < name.end);
    if (inside.length === 0) continue;
    const first = inside[0]!.i;
    const last = inside[inside.length - 1]!.i;
    const whole = tokens[first]!.start <= name.start + 1 && tokens[last]!.end >= name.end - 1 && last - first + 1 === inside.length;
    if (!whole) continue;
    let from = first;
    for (let i = first; i <= last; i++) {
      if (i === last || separatesNames(tokens[i]!)) {
        spans.push({ first: from, last: i, kind: name.kind });
        from = i + 1;
      }
    }
  }
  return spans;
}

/** Exact labels, for CoNLL-2003. */
export function goldLabels(sentences: Sentence[], names: readonly CharSpan[]): Uint8Array[] {
  return sentences.map(({ tokens }) => labelsOf(tokens.length, tokenSpans(tokens, names).filter((s): s is LabelledSpan & { kind: EntityClass } => s.kind !== 'Other').map((s) => ({ first: s.first, last: s.last, cls: s.kind }))));
}

const bit = (label: number) => 1 << label;
const CLASS_BITS = (cls: EntityClass) => LABELS.reduce((mask, label, k) => (label.endsWith(`-${cls}`) ? mask | bit(k) : mask), 0);
const ANY_MISC_OR_OUTSIDE = CLASS_BITS('MISC') | bit(OUTSIDE);
const isTitleWord = (t: Token) => {
  const w = t.lower.replace(/\.$/, '');
  return HONORIFICS.has(w) || ROLE_HEADS.has(w) || ROLE_MODIFIERS.has(w);
};

/**
 * Labels each token may take, as bit sets over LABELS, for CoNLL04: a title that opens a person's name
 * may be inside it or outside it, an "Other" word may be MISC or nothing; the learner takes whichever
 * reading its weights prefer (the grammar of BILOU keeps the choice consistent).
 */
export function allowedLabels(sentences: Sentence[], names: readonly CharSpan[]): Uint32Array[] {
  return sentences.map(({ tokens }) => {
    const spans = tokenSpans(tokens, names);
    const exact = labelsOf(tokens.length, spans.filter((s) => s.kind !== 'Other').map((s) => ({ first: s.first, last: s.last, cls: s.kind as EntityClass })));
    const allowed = Uint32Array.from(exact, (label) => bit(label));
    for (const span of spans) {
      if (span.kind === 'Other') {
        for (let i = span.first; i <= span.last; i++) allowed[i] = ANY_MISC_OR_OUTSIDE;
        continue;
      }
      if (span.kind !== 'PER') continue;
      let title = span.first;
      while (title < span.last && isTitleWord(tokens[title]!)) title++;
      if (title === span.first) continue;
      // Either the whole span is the name, or the title stays outside and the name starts after it.
      const person = CLASS_BITS('PER');
      for (let i = span.first; i < title; i++) allowed[i] |= bit(OUTSIDE) | person;
      const rest = labelsOf(tokens.length, [{ first: title, last: span.last, cls: 'PER' }]);
      for (let i = title; i <= span.last; i++) allowed[i] |= bit(rest[i]!);
    }
    return allowed;
  });
}
