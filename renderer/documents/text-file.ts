/** Reading a dropped, pasted or picked browser File as a text document, refusing binary or non-UTF-8 files. */
import type { SourceDocument } from '../../shared/graph/schema';
import { decodeText } from '../../shared/text/decode';

/** Reads a File as UTF-8 text; rejects with a message naming the file and the reason. */
export async function readTextDocument(file: File): Promise<SourceDocument> {
  return { name: file.name, text: decodeText(new Uint8Array(await file.arrayBuffer()), file.name) };
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
