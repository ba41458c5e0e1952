/**
 * Turns attributes read from a file (Relata's own or another tool's) into complete Relata node/edge
 * attributes: contract values keep their place, missing ones get defaults, foreign conventions
 * (Gephi r/g/b and "Edge Label", yEd graphics, Cytoscape `name`/`interaction`) are mapped, and everything else is kept.
 */
import { ENTITY_TYPES, TYPE_COLORS, type EdgeAttributes, type EntityType, type NodeAttributes } from '../graph/schema';
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

const TYPE_BY_LOWER = new Map<string, EntityType>(ENTITY_TYPES.map((t) => [t.toLowerCase(), t]));

function finite(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' ? value : (finite(value) ?? fallback);
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
  if (Array.isArray(value)) return value.map(String);
  if (value === undefined || value === null) return [];
  return splitList(String(value));
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
 * Complete node attributes from what a file said about node `id` (the `index`-th of `count`), made in
 * `data` itself: the record is the reader's own, and a copy per node would double what a large file holds.
 */
export function toNodeAttributes(id: string, data: Record<string, unknown>, yed: YedGraphics | undefined, index: number, count: number): NodeAttributes {
  data.aliases = toList(data.aliases);
  data.docs = toList(data.docs);
  data.tags = toList(data.tags);

  const rawType = data.type;
  const type = typeof rawType === 'string' ? TYPE_BY_LOWER.get(rawType.toLowerCase()) : undefined;
  data.type = type ?? 'Other';
  if (rawType !== undefined && (type === undefined || type !== rawType)) data.importedType = rawType;

  const label = data.label ?? yed?.label ?? data.name ?? data['shared name'];
  data.label = label === undefined ? id : String(label);
  if (typeof data.color !== 'string') {
    const rgb = [finite(data.r), finite(data.g), finite(data.b)];
    if (rgb.every((c) => c !== undefined)) {
      data.color = `#${rgb.map((c) => hex2(c!)).join('')}`;
      // r/g/b became the colour; keeping them too would leave two sources of truth.
      delete data.r;
      delete data.g;
      delete data.b;
    } else {
      data.color = yedColor(yed) ?? TYPE_COLORS[data.type as EntityType];
    }
  }

  const yedCentreX = yed?.x !== undefined && yed.width !== undefined ? yed.x + yed.width / 2 : undefined;
  const yedCentreY = yed?.y !== undefined && yed.height !== undefined ? -(yed.y + yed.height / 2) : undefined;
  const fallback = fallbackPosition(index, count);
  data.x = numberOr(data.x, yedCentreX ?? fallback.x);
  data.y = numberOr(data.y, yedCentreY ?? fallback.y);
  data.size = numberOr(data.size, yed?.width !== undefined && Number.isFinite(yed.width) ? yed.width / 2 : 5);
  data.mentions = numberOr(data.mentions, 0);
  data.note = data.note === undefined ? '' : String(data.note);
  data.pinned = data.pinned === true;
  data.occurrences = Array.isArray(data.occurrences) ? data.occurrences : [];
  return data as NodeAttributes;
}

/** Complete edge attributes from what a file said about an edge, made in `data` itself (see toNodeAttributes). */
export function toEdgeAttributes(data: Record<string, unknown>, yed: YedGraphics | undefined): EdgeAttributes {
  // Gephi calls its edge label column "Edge Label"; Cytoscape names the relation "interaction".
  const label = data.label ?? yed?.label ?? data['Edge Label'] ?? data.interaction ?? data.predicate;
  data.label = label === undefined ? '' : String(label);
  data.predicate = data.predicate === undefined ? data.label : String(data.predicate);
  data.evidence = data.evidence === undefined ? '' : String(data.evidence);
  data.doc = data.doc === undefined ? '' : String(data.doc);
  data.confidence = numberOr(data.confidence, 1);
  data.weight = numberOr(data.weight, 1);
  data.note = data.note === undefined ? '' : String(data.note);
  data.tags = toList(data.tags);
  data.support = Array.isArray(data.support) ? data.support : [];
  return data as EdgeAttributes;
}
