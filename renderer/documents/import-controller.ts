/**
 * Documents in: File › Import Documents (the platform's dialog), files dropped onto the window, and
 * pasted text or files. Extraction runs in a worker behind a progress bar with Cancel; the result
 * merges into the open graph as one undoable edit, leaving the person's own edits in place.
 */
import type { SourceDocument } from '../../shared/graph/schema';
import type { Actions } from '../app/actions';
import type { Workspace } from '../app/workspace';
import type { Platform } from '../../shared/shell/platform';
import type { Report } from '../project/session';
import { ExtractionCancelled, startExtraction, type ExtractionJob } from './extract-client';
import { ProgressBar } from './progress';
import { readTextDocuments } from './text-file';

export interface ImportOptions {
  platform: Platform;
  workspace: Workspace;
  actions: Actions;
  report: Report;
  /** Opens a dropped file that is a project (or a graph) instead of importing it; null when it is not one. */
  openFile?: (file: File) => Promise<void> | null;
}

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName));
}

/** A name not yet used by a document in the project ("a.txt" → "a (2).txt"). */
export function uniqueName(name: string, taken: Set<string>): string {
  if (!taken.has(name)) return name;
  const dot = name.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let i = 2; ; i++) {
    const candidate = `${stem} (${i})${extension}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export class DocumentImport {
  private readonly progress = new ProgressBar();
  private job: ExtractionJob | null = null;

  constructor(private readonly options: ImportOptions) {
    options.actions.register('file.import', async () => this.add(await options.platform.importDocuments()));
    window.addEventListener('dragover', (event) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    });
    window.addEventListener('drop', (event) => {
      const files = event.dataTransfer?.files;
      if (!files || files.length === 0) return;
      // Without this the browser would navigate to the dropped file.
      event.preventDefault();
      const documents = [...files].filter((file) => {
        const opening = options.openFile?.(file);
        if (opening) void this.guarded(opening);
        return !opening;
      });
      if (documents.length > 0) void this.addFiles(documents);
    });
    window.addEventListener('paste', (event) => {
      if (isTyping(event.target) || !event.clipboardData) return;
      const files = [...event.clipboardData.files];
      const text = event.clipboardData.getData('text/plain');
      if (files.length > 0) {
        event.preventDefault();
        void this.addFiles(files);
      } else if (text.trim() !== '') {
        event.preventDefault();
        const stamp = new Date().toISOString().slice(0, 19).replace(/[T:]/g, '-');
        void this.guarded(this.add([{ name: `pasted-${stamp}.txt`, text }]));
      }
    });
  }

  /** True while an extraction is running. */
  get busy(): boolean {
    return this.job !== null;
  }

  /** Reads browser Files (drop, paste) and adds the ones that are text. */
  async addFiles(files: File[]): Promise<void> {
    const { documents, refused } = await readTextDocuments(files);
    if (refused.length > 0) this.options.report(`${refused.length} of ${files.length} files were not imported: ${refused.join('; ')}`, 'error');
    await this.guarded(this.add(documents));
  }

  /** Extracts the documents in a worker and merges the result into the workspace as one edit. */
  async add(documents: SourceDocument[]): Promise<void> {
    if (documents.length === 0) return;
    if (this.job) throw new Error('An import is already running. Wait for it to finish or cancel it first.');
    const { workspace, report } = this.options;
    const taken = new Set(workspace.documents.map((d) => d.name));
    const named = documents.map((doc) => {
      const name = uniqueName(doc.name, taken);
      taken.add(name);
      return name === doc.name ? doc : { ...doc, name };
    });
    const job = startExtraction(named, (progress) => this.progress.update(progress));
    this.job = job;
    this.progress.show(`Extracting ${named.length} document${named.length === 1 ? '' : 's'}…`, () => job.cancel());
    try {
      const extracted = await job.result;
      const before = workspace.graph.order;
      workspace.addDocuments(named, extracted);
      report(`Added ${named.length} document${named.length === 1 ? '' : 's'}: ${workspace.graph.order - before} new entities.`);
    } catch (error) {
      if (error instanceof ExtractionCancelled) {
        report(error.message);
        return;
      }
      throw error;
    } finally {
      this.job = null;
      this.progress.hide();
    }
  }

  /** Errors from drop and paste have no action to report them, so they go to the status line here. */
  private async guarded(work: Promise<void>): Promise<void> {
    try {
      await work;
    } catch (error) {
      this.options.report(error instanceof Error ? error.message : String(error), 'error');
    }
  }
}
