/** Several output files as one: a .zip the app saves in one go (the CLI writes them into a folder instead). */
import { strToU8, zipSync } from 'fflate';
import type { OutputFile } from './types';

/** One file unchanged; several as a zip named `name`.zip holding them in a folder of that name. */
export function bundleFiles(files: readonly OutputFile[], name: string): OutputFile {
  if (files.length === 1) return files[0]!;
  const entries: Record<string, Uint8Array> = {};
  for (const file of files) entries[`${name}/${file.name}`] = typeof file.data === 'string' ? strToU8(file.data) : file.data;
  return { name: `${name}.zip`, data: zipSync(entries, { level: 6 }), mimeType: 'application/zip' };
}
