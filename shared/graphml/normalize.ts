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
const LIST_NAMES = ['aliases', 'docs', 'tags'];

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
function yedColor(yed: YedGraphics): string | undefined {
  const match = yed.fill === undefined ? null : /^#([0-9a-fA-F]{6})([0-9a-fA-F]{2})?$/.exec(yed.fill);
  return match ? `#${match[1]!.toLowerCase()}` : undefined;
}

function toList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (value === undefined || value === null) return [];
  return splitList(String(value));
}

/** Complete node attributes from what a file said about node `id` (the `index`-th of `count`). */
export function toNodeAttributes(id: string, data: Record<string, unknown>, yed: YedGraphics, index: number, count: number): NodeAttributes {
  const out: Record<string, unknown> = { ...data };
  for (const name of LIST_NAMES) out[name] = toList(data[name]);

  const rawType = data.type;
  const type = typeof rawType === 'string' ? TYPE_BY_LOWER.get(rawType.toLowerCase()) : undefined;
  out.type = type ?? 'Other';
  if (rawType !== undefined && (type === undefined || type !== rawType)) out.importedType = rawType;

  const label = data.label ?? yed.label ?? data.name ?? data['shared name'];
  out.label = label === undefined ? id : String(label);
  if (typeof data.color !== 'string') {
    const rgb = [finite(data.r), finite(data.g), finite(data.b)];
    if (rgb.every((c) => c !== undefined)) {
      out.color = `#${rgb.map((c) => hex2(c!)).join('')}`;
      // r/g/b became the colour; keeping them too would leave two sources of truth.
      delete out.r;
      delete out.g;
      delete out.b;
    } else {
      out.color = yedColor(yed) ?? TYPE_COLORS[out.type as EntityType];
    }
  }

  const yedCentreX = yed.x !== undefined && yed.width !== undefined ? yed.x + yed.width / 2 : undefined;
  const yedCentreY = yed.y !== undefined && yed.height !== undefined ? -(yed.y + yed.height / 2) : undefined;
  // Files without positions get a deterministic circle so the canvas does not show one stacked dot.
  const angle = (2 * Math.PI * index) / Math.max(count, 1);
  const radius = 10 * Math.sqrt(Math.max(count, 1));
  out.x = numberOr(data.x, yedCentreX ?? radius * Math.cos(angle));
  out.y = numberOr(data.y, yedCentreY ?? radius * Math.sin(angle));
  out.size = numberOr(data.size, yed.width !== undefined && Number.isFinite(yed.width) ? yed.width / 2 : 5);
  out.mentions = numberOr(data.mentions, 0);
  out.note = data.note === undefined ? '' : String(data.note);
  out.pinned = data.pinned === true;
  out.occurrences = Array.isArray(data.occurrences) ? data.occurrences : [];
  return out as NodeAttributes;
}

/** Complete edge attributes from what a file said about an edge. */
export function toEdgeAttributes(data: Record<string, unknown>, yed: YedGraphics): EdgeAttributes {
  const out: Record<string, unknown> = { ...data };
  // Gephi calls its edge label column "Edge Label"; Cytoscape names the relation "interaction".
  const label = data.label ?? yed.label ?? data['Edge Label'] ?? data.interaction ?? data.predicate;
  out.label = label === undefined ? '' : String(label);
  out.predicate = data.predicate === undefined ? out.label : String(data.predicate);
  out.evidence = data.evidence === undefined ? '' : String(data.evidence);
  out.doc = data.doc === undefined ? '' : String(data.doc);
  out.confidence = numberOr(data.confidence, 1);
  out.weight = numberOr(data.weight, 1);
  out.note = data.note === undefined ? '' : String(data.note);
  out.tags = toList(data.tags);
  out.support = Array.isArray(data.support) ? data.support : [];
  return out as EdgeAttributes;
}
