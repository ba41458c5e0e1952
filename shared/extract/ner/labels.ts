/**
 * The tagger's label set: CoNLL's four entity classes in BILOU encoding (Begin, Inside, Last,
 * Unit-length, Outside), which lets a first-order model see where a name ends as well as where it starts.
 */

export const ENTITY_CLASSES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityClass = (typeof ENTITY_CLASSES)[number];

const PARTS = ['B', 'I', 'L', 'U'] as const;
type Part = (typeof PARTS)[number];

/** Every label, "O" first: the index of a label is its row in the model's weights. */
export const LABELS: readonly string[] = ['O', ...ENTITY_CLASSES.flatMap((c) => PARTS.map((p) => `${p}-${c}`))];
export const LABEL_COUNT = LABELS.length;
export const OUTSIDE = 0;

const partOf = (label: number): Part | undefined => (label === OUTSIDE ? undefined : PARTS[(label - 1) % PARTS.length]);
/** The index in ENTITY_CLASSES of a label's class; -1 for Outside. */
export const classOf = (label: number): number => (label === OUTSIDE ? -1 : Math.floor((label - 1) / PARTS.length));

/** The label of `part` in entity class `cls` (an index of ENTITY_CLASSES). */
export function labelOf(part: Part, cls: number): number {
  return 1 + cls * PARTS.length + PARTS.indexOf(part);
}

/** May label `b` follow label `a`? BILOU's grammar: an open name continues in its own class until it ends. */
export function canFollow(a: number, b: number): boolean {
  const open = partOf(a) === 'B' || partOf(a) === 'I';
  const continues = partOf(b) === 'I' || partOf(b) === 'L';
  return open ? continues && classOf(a) === classOf(b) : !continues;
}

/** May a sentence start with `label`, or end with it? */
export const canStart = (label: number): boolean => partOf(label) !== 'I' && partOf(label) !== 'L';
export const canEnd = (label: number): boolean => partOf(label) !== 'B' && partOf(label) !== 'I';

export interface LabelledSpan {
  /** First and last token index, inclusive. */
  first: number;
  last: number;
  cls: EntityClass;
}

/** The names a well-formed label sequence spells out. */
export function spansOf(labels: ArrayLike<number>): LabelledSpan[] {
  const spans: LabelledSpan[] = [];
  let first = -1;
  for (let i = 0; i < labels.length; i++) {
    const part = partOf(labels[i]!);
    if (part === 'B') first = i;
    else if (part === 'U') spans.push({ first: i, last: i, cls: ENTITY_CLASSES[classOf(labels[i]!)]! });
    else if (part === 'L' && first >= 0) {
      spans.push({ first, last: i, cls: ENTITY_CLASSES[classOf(labels[i]!)]! });
      first = -1;
    }
  }
  return spans;
}

/** The label sequence of `length` tokens that spells out `spans` (the inverse of spansOf). */
export function labelsOf(length: number, spans: readonly LabelledSpan[]): Uint8Array {
  const labels = new Uint8Array(length);
  for (const { first, last, cls } of spans) {
    const c = ENTITY_CLASSES.indexOf(cls);
    if (first === last) labels[first] = labelOf('U', c);
    else {
      labels[first] = labelOf('B', c);
      for (let i = first + 1; i < last; i++) labels[i] = labelOf('I', c);
      labels[last] = labelOf('L', c);
    }
  }
  return labels;
}
