/** Reading a dropped, pasted or picked browser File as a text document, refusing binary or non-UTF-8 files. */
import type { SourceDocument } from '../../shared/graph/schema';

/** Matches main/io/read-text's limit so both shells accept the same files. */
const MAX_TEXT_BYTES = 50 * 1024 * 1024;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a File as UTF-8 text; rejects with a message naming the file and the reason. */
export async function readTextDocument(file: File): Promise<SourceDocument> {
  if (file.size > MAX_TEXT_BYTES) throw new Error(`${file.name}: is larger than 50 MB; split it into smaller files`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.includes(0)) throw new Error(`${file.name}: is a binary file (it contains NUL bytes), not plain text`);
  try {
    return { name: file.name, text: utf8.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    throw new Error(`${file.name}: is not valid UTF-8 text — re-save it as UTF-8`);
  }
}

/** Reads many files, keeping the good ones and collecting a reason for each refused one. */
export async function readTextDocuments(files: Iterable<File>): Promise<{ documents: SourceDocument[]; refused: string[] }> {
  const documents: SourceDocument[] = [];
  const refused: string[] = [];
  for (const file of files) {
    try {
      documents.push(await readTextDocument(file));
    } catch (error) {
      refused.push((error as Error).message);
    }
  }
  return { documents, refused };
}
