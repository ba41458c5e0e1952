/** File names the save dialogs suggest and complete. */
import { basename, dirname, extname, join } from 'node:path';

/** Where Save As starts: beside the current file, named after it, as a project; else Untitled in `folder`. */
export function suggestSavePath(current: string | null, folder: string): string {
  if (!current) return join(folder, 'Untitled.relata');
  return join(dirname(current), `${basename(current, extname(current))}.relata`);
}

/** `path` ending in `.extension`: save dialogs on Linux return the name as typed, without one. */
export function withExtension(path: string, extension: string): string {
  return extname(path).toLowerCase() === `.${extension.toLowerCase()}` ? path : `${path}.${extension}`;
}
