/**
 * Turns attributes read from a file (Relata's own or another tool's) into complete Relata node/edge
 * attributes: contract values keep their place, missing ones get defaults, foreign conventions
 * (Gephi r/g/b and "Edge Label", yEd graphics, Cytoscape `name`/`interaction`, GEXF's edge kind) are
 * mapped, and everything else is kept. A contract value the model cannot hold (a position that is not
 * a finite number, a colour outside the grammar, a malformed occurrence) is replaced and reported.
 */
import { ENTITY_TYPES, TYPE_COLORS, type EdgeAttributes, type EntityType, type NodeAttributes } from '../graph/schema';
import { isColor, isEvidence, isMention } from '../project/model';
import type { Repairs } from '../project/repairs';
import { splitList } from './keys';

/** Graphics read from a yEd `nodegraphics`/`edgegraphics` block. */
export interface YedGraphics {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  fill?: string;
  label?: string;
}

/** Where repairs are reported, and how the element being completed is named in them (asked only when one happens). */
export interface Owner {
  repairs?: Repairs | undefined;
  where(): string;
}

const TYPE_BY_LOWER = new Map<string, EntityType>(ENTITY_TYPES.map((t) => [t.toLowerCase(), t]));

const isFinite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function finiteOf(value: unknown): number | undefined {
  if (isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

/** Text for a value of any kind: a JSON value (which may be an object with a "toString" member) never has its methods called. */
export function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return JSON.stringify(value) ?? '';
}

/** A contract number: the value when it is finite, else `fallback`, reported when the file gave something else. */
function contractNumber(value: unknown, fallback: number, field: string, owner: Owner): number {
  const n = finiteOf(value);
  if (n !== undefined) return n;
  if (value !== undefined) owner.repairs?.note(`${field} values that are not finite numbers were replaced`, owner.where());
  return fallback;
}

function hex2(n: number): string {
  return Math.max(0, Math.min(255, Math.round(n))).toString(16).padStart(2, '0');
}

/** A `#rrggbb` colour from a yEd fill (`#RRGGBB` or `#RRGGBBAA`). */
function yedColor(yed: YedGraphics | undefined): string | undefined {
  const match = yed?.fill === undefined ? null : /^#([0-9a-fA-F]{6})([0-9a-fA-F]{2})?$/.exec(yed.fill);
  return match ? `#${match[1]!.toLowerCase()}` : undefined;
}

function toList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(asText);
  if (value === undefined || value === null) return [];
  return splitList(asText(value));
}

/** The well-formed entries of a provenance list; malformed ones are dropped and reported. */
function provenance<T>(value: unknown, valid: (entry: unknown) => entry is T, field: string, owner: Owner): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    owner.repairs?.note(`${field} that are not lists were dropped`, owner.where());
    return [];
  }
  if (value.every(valid)) return value;
  owner.repairs?.note(`malformed ${field} entries were dropped`, owner.where());
  return value.filter(valid);
}

/**
 * Where the `index`-th of `count` nodes goes when its file gives no position: a deterministic circle, so
 * the canvas does not show one stacked dot (and a graph whose nodes all sit there had no positions).
 */
export function fallbackPosition(index: number, count: number): { x: number; y: number } {
  const angle = (2 * Math.PI * index) / Math.max(count, 1);
  const radius = 10 * Math.sqrt(Math.max(count, 1));
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

/**
 * An empty record for a node a reader is about to fill: a slot, unset, for each contract attribute
 * toNodeAttributes always sets. Written as a literal, every node's record gets one shape that holds its
 * attributes inside the object: filling and completing it changes no shape and needs no separate
 * property store, which had been a good part of what reading a large file cost, mostly in the collector.
 * An unset slot stands for an attribute the file did not give (see fillMissing).
 *
 * The literal also makes room for provenance, which is then taken out again: it takes its place in the
 * file's order, among the attributes of other names, as that order decides the keys a file is written with.
 */
export function emptyNodeRecord(): Record<string, unknown> {
  const record: Record<string, unknown> = {
    label: undefined,
    type: undefined,
    aliases: undefined,
    mentions: undefined,
    docs: undefined,
    x: undefined,
    y: undefined,
    size: undefined,
    color: undefined,
    note: undefined,
    tags: undefined,
    pinned: undefined,
    occurrences: undefined,
  };
  // Deleting the last property added undoes its addition, and the room stays.
  delete record.occurrences;
  return record;
}

/** An empty record for an edge a reader is about to fill, with the contract slots toEdgeAttributes always sets (see emptyNodeRecord). */
export function emptyEdgeRecord(): Record<string, unknown> {
  const record: Record<string, unknown> = {
    label: undefined,
    predicate: undefined,
    evidence: undefined,
    doc: undefined,
    confidence: undefined,
    weight: undefined,
    note: undefined,
    tags: undefined,
    support: undefined,
  };
  delete record.support;
  return record;
}

/**
 * Complete node attributes from what a file said about node `id` (the `index`-th of `count`), made in
 * `data` itself: the record is the reader's own, and a copy per node would double what a large file holds.
 */
export function toNodeAttributes(id: string, data: Record<string, unknown>, yed: YedGraphics | undefined, index: number, count: number, owner: Owner): NodeAttributes {
  data.aliases = toList(data.aliases);
  data.docs = toList(data.docs);
  data.tags = toList(data.tags);

  const rawType = data.type;
  const type = typeof rawType === 'string' ? TYPE_BY_LOWER.get(rawType.toLowerCase()) : undefined;
  data.type = type ?? 'Other';
  if (rawType !== undefined && (type === undefined || type !== rawType)) data.importedType = rawType;

  const label = data.label ?? yed?.label ?? data.name ?? data['shared name'];
  data.label = label === undefined ? id : asText(label);
  if (!isColor(data.color)) {
    if (data.color !== undefined) owner.repairs?.note('colours outside the accepted grammar (#rrggbb, rgb(), a colour name) were replaced by the type colour', owner.where());
    const rgb = [finiteOf(data.r), finiteOf(data.g), finiteOf(data.b)];
    if (data.color === undefined && rgb.every((c) => c !== undefined)) {
      data.color = `#${rgb.map((c) => hex2(c!)).join('')}`;
      // r/g/b became the colour; keeping them too would leave two sources of truth.
      delete data.r;
      delete data.g;
      delete data.b;
    } else {
      data.color = yedColor(yed) ?? TYPE_COLORS[data.type as EntityType];
    }
  }

  const yedCentreX = isFinite(yed?.x) && isFinite(yed.width) ? yed.x + yed.width / 2 : undefined;
  const yedCentreY = isFinite(yed?.y) && isFinite(yed.height) ? -(yed.y + yed.height / 2) : undefined;
  // A file that gives every position (most do) needs no circle: a cosine and a sine per node saved.
  const fallback = isFinite(data.x) && isFinite(data.y) ? undefined : fallbackPosition(index, count);
  data.x = contractNumber(data.x, yedCentreX ?? fallback?.x ?? 0, 'x', owner);
  data.y = contractNumber(data.y, yedCentreY ?? fallback?.y ?? 0, 'y', owner);
  data.size = contractNumber(data.size, isFinite(yed?.width) && yed.width > 0 ? yed.width / 2 : 5, 'size', owner);
  data.mentions = contractNumber(data.mentions, 0, 'mentions', owner);
  data.note = asText(data.note);
  data.pinned = data.pinned === true;
  data.occurrences = provenance(data.occurrences, isMention, 'occurrences', owner);
  return data as NodeAttributes;
}

/** Complete edge attributes from what a file said about an edge, made in `data` itself (see toNodeAttributes). */
export function toEdgeAttributes(data: Record<string, unknown>, yed: YedGraphics | undefined, owner: Owner): EdgeAttributes {
  // Gephi calls its edge label column "Edge Label"; Cytoscape names the relation "interaction".
  const label = data.label ?? yed?.label ?? data['Edge Label'] ?? data.interaction ?? data.predicate;
  data.label = asText(label);
  data.predicate = data.predicate === undefined ? data.label : asText(data.predicate);
  data.evidence = asText(data.evidence);
  data.doc = asText(data.doc);
  if (data.docs !== undefined) data.docs = toList(data.docs);
  data.confidence = contractNumber(data.confidence, 1, 'confidence', owner);
  data.weight = contractNumber(data.weight, 1, 'weight', owner);
  data.note = asText(data.note);
  data.tags = toList(data.tags);
  data.support = provenance(data.support, isEvidence, 'supporting sentences', owner);
  return data as EdgeAttributes;
}
