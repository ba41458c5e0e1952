/**
 * Every file format Relata knows, one declaration each, in menu order. The File menu, the toolbar's
 * Export menu, the Open dialog's filters, the drop handler and `npm run convert` are all built from
 * this list: a format added here appears in each of them.
 */
import { InputError } from '../xml/errors';
import { csvFormat } from './csv';
import { gexfFormat } from './gexf';
import { graphmlFormat } from './graphml';
import { graphologyFormat } from './graphology';
import { neo4jFormat } from './neo4j';
import { pngFormat, svgFormat } from './pictures';
import { relataFormat } from './relata';
import { turtleFormat } from './turtle';
import type { FileFormat, FormatId, FormatSettings, ReadResult } from './types';

export const FORMATS: readonly FileFormat[] = [
  relataFormat,
  graphmlFormat,
  gexfFormat,
  csvFormat,
  neo4jFormat,
  turtleFormat,
  graphologyFormat,
  pngFormat,
  svgFormat,
];

/** The declaration of a format; throws for an unknown id (a programming error, not a person's). */
export function formatById(id: FormatId): FileFormat {
  const format = FORMATS.find((f) => f.id === id);
  if (!format) throw new Error(`Unknown format "${id}"`);
  return format;
}

/** Formats the app exports (all but the project, which File › Save writes). */
export const EXPORT_FORMATS: readonly FileFormat[] = FORMATS.filter((f) => f.id !== 'relata' && (f.write || f.picture));

/** Formats a file can be opened from. */
export const OPEN_FORMATS: readonly FileFormat[] = FORMATS.filter((f) => f.read && f.opensAs);

/** The lower-case extension of a file name, with its dot ('' when it has none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/**
 * The format to open a file in: what its first characters show (a root element, the project marker),
 * else what its extension says. Null when no format takes it.
 */
export function openFormatFor(name: string, head: string): FileFormat | null {
  return OPEN_FORMATS.find((f) => f.sniff?.(head)) ?? OPEN_FORMATS.find((f) => f.extensions.includes(extensionOf(name))) ?? null;
}

/** How far into a file opening looks to recognise it. */
export const SNIFF_CHARS = 4096;

/** The text before the root element of an XML file can be long (comments); the head is what sniffing reads. */
export function headOf(text: string): string {
  return text.slice(0, SNIFF_CHARS);
}

/**
 * Reads a file Relata can open (project, GraphML, GEXF, graphology JSON), chosen by name and content.
 * Throws InputError saying what the file is not, or what is wrong with it.
 */
export function readOpenable(name: string, text: string): ReadResult & { format: FileFormat } {
  const format = openFormatFor(name, headOf(text));
  if (!format) {
    const known = OPEN_FORMATS.flatMap((f) => f.extensions).join(', ');
    throw new InputError('wrong-root', `Relata cannot open this kind of file. It opens ${known} files.`);
  }
  return { ...format.read!(text), format };
}

/** File-dialog filters: everything openable first, then each format on its own. */
export function openDialogFilters(): Array<{ name: string; extensions: string[] }> {
  const strip = (f: FileFormat) => f.extensions.map((e) => e.slice(1));
  return [
    { name: 'Projects and graphs', extensions: [...new Set(OPEN_FORMATS.flatMap(strip))] },
    ...OPEN_FORMATS.map((f) => ({ name: f.label, extensions: strip(f) })),
  ];
}

/**
 * The settings for a format: each parameter's given value, checked, or its default. Throws an Error
 * naming the parameter and what it accepts.
 */
export function resolveSettings(format: FileFormat, given: Record<string, unknown> = {}): FormatSettings {
  const settings: FormatSettings = {};
  for (const p of format.parameters) {
    const value = Object.hasOwn(given, p.id) ? given[p.id] : undefined;
    if (value === undefined || value === '') {
      settings[p.id] = p.defaultValue;
      continue;
    }
    if (p.type === 'choice') {
      if (!p.options.some((o) => o.value === value)) throw new Error(`${p.id} must be one of ${p.options.map((o) => o.value).join(', ')} (got "${String(value)}")`);
      settings[p.id] = String(value);
    } else if (p.type === 'number') {
      const n = Number(value);
      if (!Number.isFinite(n) || n < p.min || n > p.max) throw new Error(`${p.id} must be a number from ${p.min} to ${p.max} (got "${String(value)}")`);
      settings[p.id] = n;
    } else {
      if (!p.pattern.test(String(value))) throw new Error(`${p.id} must be ${p.hint} (got "${String(value)}")`);
      settings[p.id] = String(value);
    }
  }
  const unknown = Object.keys(given).filter((id) => !format.parameters.some((p) => p.id === id));
  if (unknown.length > 0) throw new Error(`${format.label} has no setting ${unknown.join(', ')}`);
  return settings;
}
