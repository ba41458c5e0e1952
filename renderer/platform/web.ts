/**
 * The Platform in a normal browser: file inputs and downloads, IndexedDB for recent projects and the
 * recovery copy, and the File System Access API (save in place) where the browser has it.
 */
import { OPEN_FORMATS } from '../../shared/formats/collection';
import { parseProject } from '../../shared/project/codec';
import type { OpenedProject, Platform, ProjectRef, RecentFile, UnsavedChoice } from '../../shared/shell/platform';
import { readTextDocuments } from '../documents/text-file';
import { askRestore } from '../panels/restore-offer';
import { browserStore } from './browser-store';
import { TabRecovery } from './web-recovery';

// The File System Access API is not in TypeScript's DOM library yet; this is the slice used here.
interface PermissionedHandle extends FileSystemFileHandle {
  queryPermission?(options: { mode: 'read' | 'readwrite' }): Promise<PermissionState>;
  requestPermission?(options: { mode: 'read' | 'readwrite' }): Promise<PermissionState>;
}
interface FilePickerOptions {
  suggestedName?: string;
  types?: { description: string; accept: Record<string, string[]> }[];
}
interface FileSystemAccessWindow {
  showOpenFilePicker?(options?: FilePickerOptions): Promise<FileSystemFileHandle[]>;
  showSaveFilePicker?(options?: FilePickerOptions): Promise<FileSystemFileHandle>;
}

const PROJECT_TYPES = [{ description: 'Relata project', accept: { 'application/json': ['.relata'] } }];
const OPEN_EXTENSIONS = OPEN_FORMATS.flatMap((f) => f.extensions);
const OPEN_TYPES = [{ description: 'Projects and graphs', accept: { 'application/octet-stream': OPEN_EXTENSIONS } }];
const MAX_RECENT = 10;

/** Native pickers cannot be driven by browser automation, so automated sessions use inputs and downloads. */
function fileSystemAccess(): FileSystemAccessWindow | null {
  const w = window as unknown as FileSystemAccessWindow;
  return w.showSaveFilePicker && w.showOpenFilePicker && !navigator.webdriver ? w : null;
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Shows a file input; resolves with the chosen files ([] on cancel). */
function pickFiles(accept: string, multiple: boolean): Promise<File[]> {
  return new Promise((done) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = multiple;
    input.addEventListener('change', () => done([...(input.files ?? [])]), { once: true });
    input.addEventListener('cancel', () => done([]), { once: true });
    input.click();
  });
}

function download(name: string, data: string | Uint8Array, mimeType: string): void {
  const blob = new Blob([data as BlobPart], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download has started by now; the URL can go once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function ensurePermission(handle: PermissionedHandle, mode: 'read' | 'readwrite'): Promise<void> {
  if (!handle.queryPermission || (await handle.queryPermission({ mode })) === 'granted') return;
  if ((await handle.requestPermission?.({ mode })) !== 'granted') {
    throw new Error(`Permission to ${mode === 'read' ? 'read' : 'save'} “${handle.name}” was not given. Use Open… or Save As… to choose the file again.`);
  }
}

async function remember(ref: ProjectRef, content: string, handle?: FileSystemFileHandle): Promise<void> {
  await browserStore.put('projects', ref.id, content);
  if (handle) await browserStore.put('handles', ref.id, handle);
  await browserStore.put('recent', ref.id, { ref, openedAt: Date.now() } satisfies RecentFile);
  const recent = await browserStore.all<RecentFile>('recent');
  recent.sort((a, b) => b.openedAt - a.openedAt);
  for (const stale of recent.slice(MAX_RECENT)) {
    await browserStore.delete('recent', stale.ref.id);
    await browserStore.delete('projects', stale.ref.id);
    await browserStore.delete('handles', stale.ref.id);
  }
}

/** Like main, checks a project before it goes on the recent list: a damaged file should not be offered again. */
async function adoptOpened(ref: ProjectRef, content: string, handle?: FileSystemFileHandle): Promise<OpenedProject> {
  try {
    if (isProjectName(ref.name)) parseProject(content);
  } catch (error) {
    throw new Error(`“${ref.name}” could not be opened. ${(error as Error).message}`);
  }
  await remember(ref, content, handle);
  return { ref, content };
}

function newRef(name: string): ProjectRef {
  return { id: crypto.randomUUID(), name };
}

const isProjectName = (name: string) => /\.relata$/i.test(name);

/** The name Save As suggests: the current file's, as a project. */
function projectName(ref: ProjectRef | null): string {
  return ref ? `${ref.name.replace(/\.[^.]*$/, '')}.relata` : 'Untitled.relata';
}

export function createWebPlatform(): Platform {
  let dirty = false;
  const recovery = new TabRecovery();
  window.addEventListener('beforeunload', (event) => {
    if (dirty) event.preventDefault();
  });

  return {
    kind: 'web',

    async openProject(): Promise<OpenedProject | null> {
      const fsa = fileSystemAccess();
      if (fsa) {
        try {
          const [handle] = await fsa.showOpenFilePicker!({ types: OPEN_TYPES });
          if (!handle) return null;
          return await adoptOpened(newRef(handle.name), await (await handle.getFile()).text(), handle);
        } catch (error) {
          if (isAbort(error)) return null;
          throw error;
        }
      }
      const [file] = await pickFiles(OPEN_EXTENSIONS.join(','), false);
      if (!file) return null;
      return adoptOpened(newRef(file.name), await file.text());
    },

    openDropped: async (file) => adoptOpened(newRef(file.name), await file.text()),

    async openRef(ref) {
      const handle = await browserStore.get<PermissionedHandle>('handles', ref.id);
      if (handle) {
        await ensurePermission(handle, 'read');
        return { ref, content: await (await handle.getFile()).text() };
      }
      const content = await browserStore.get<string>('projects', ref.id);
      if (content === undefined) throw new Error(`“${ref.name}” is no longer in this browser's storage. Use Open… to choose the file.`);
      return { ref, content };
    },

    async saveProject(content, current, mode) {
      // As main does before writing: a project that would not reopen is never saved.
      try {
        parseProject(content);
      } catch (error) {
        throw new Error(`The project was not saved because it failed validation (${(error as Error).message}). Your previous file is unchanged.`);
      }
      const fsa = fileSystemAccess();
      let ref = mode === 'save' && current && isProjectName(current.name) ? current : null;
      if (!ref && fsa) {
        let handle: FileSystemFileHandle;
        try {
          handle = await fsa.showSaveFilePicker!({ suggestedName: projectName(current), types: PROJECT_TYPES });
        } catch (error) {
          if (isAbort(error)) return null;
          throw error;
        }
        ref = newRef(handle.name);
        await browserStore.put('handles', ref.id, handle);
      }
      ref ??= newRef(projectName(current));
      const handle = await browserStore.get<PermissionedHandle>('handles', ref.id);
      if (handle) {
        await ensurePermission(handle, 'readwrite');
        // createWritable writes to a swap file and replaces the original only on close().
        const writable = await handle.createWritable();
        await writable.write(content);
        await writable.close();
      } else {
        download(ref.name, content, 'application/json');
      }
      await remember(ref, content, handle);
      return ref;
    },

    async importDocuments() {
      const files = await pickFiles('.txt,.text,.md,text/plain', true);
      const { documents, refused } = await readTextDocuments(files);
      if (refused.length > 0) window.alert(`${refused.length} of ${files.length} files were not imported:\n\n${refused.join('\n')}`);
      return documents;
    },

    async exportFile(suggestedName, data, mimeType) {
      download(suggestedName, data, mimeType);
      return true;
    },

    async listRecent() {
      const recent = await browserStore.all<RecentFile>('recent');
      return recent.sort((a, b) => b.openedAt - a.openedAt);
    },

    writeRecovery: (content, ref) => recovery.write(content, ref),
    clearRecovery: () => recovery.clear(),
    listRecovery: () => recovery.list(),
    readRecovery: (id) => recovery.read(id),
    claimRecovery: (id) => recovery.claim(id),
    discardRecovery: (id) => recovery.discard(id),

    setDirty(value) {
      dirty = value;
    },

    // Web mode has no native menu: its menu bar and shortcuts run commands in the renderer directly.
    onMenuCommand: () => () => undefined,
    // A browser tab is not launched with files, and has no other window to hand it one.
    takeOpenRequests: async () => [],
    onOpenRequest: () => () => undefined,

    async confirmDiscard(): Promise<UnsavedChoice> {
      return window.confirm('This project has unsaved changes.\n\nDiscard them? (Cancel keeps you here so you can save first.)') ? 'discard' : 'cancel';
    },

    confirmRestore: (entry) => askRestore(entry),
  };
}
