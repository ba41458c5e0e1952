/** The menu commands that export: one per export format, and one for the dialog on the last format used. */
import { EXPORT_FORMATS } from './collection';
import type { FormatId } from './types';

export type ExportCommand = 'file.export' | `file.export.${FormatId}`;

/** The command exporting `format`. */
export function exportCommand(format: FormatId): ExportCommand {
  return `file.export.${format}`;
}

/** The format an export command names, or null for the plain `file.export`. */
export function formatOfCommand(command: ExportCommand): FormatId | null {
  return command === 'file.export' ? null : (command.slice('file.export.'.length) as FormatId);
}

/** File › Export's items, in the collection's order. */
export const EXPORT_MENU: ReadonlyArray<{ label: string; command: ExportCommand }> = EXPORT_FORMATS.map((f) => ({ label: `${f.label}…`, command: exportCommand(f.id) }));
