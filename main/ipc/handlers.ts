/**
 * Main's side of the Platform bridge. Each handler validates its arguments against the channel
 * schema and checks the message comes from the app's own page before doing anything. File paths
 * come only from the person (dialogs, the command line, the OS, a drop); the renderer sees opaque
 * ProjectRefs.
 */
import type { SourceDocument } from '../../shared/graph/schema';
import type { OpenedProject, ProjectRef, RecentFile, RecoveredWork, RecoveryEntry, RestoreChoice, UnsavedChoice } from '../../shared/shell/platform';
import { documentNames } from '../../shared/text/document-names';
import { readTextFile } from '../io/read-text';
import type { OpenRequests } from '../open-requests';
import { suggestSavePath } from '../paths';
import type { ProjectRefs } from '../project-refs';
import { isOpenablePath, isProjectPath, type ProjectStore } from '../project-store';
import type { RecentFiles } from '../recent-files';
import type { RecoveryStore } from '../recovery';
import type { WindowRecovery } from '../window-recovery';
import { IpcValidationError, parseInvokeArgs, parseSendArgs, type InvokeArgs, type InvokeChannel, type SendChannel } from './channels';

/** What a handler answers: errors travel as data so the renderer gets the message, not Electron's wrapper text. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** Native dialogs, injected so tests can play the person. */
export interface Dialogs {
  /** Open: projects, GraphML, GEXF or any file. */
  chooseFileToOpen(): Promise<string | null>;
  /** Save As, starting at `suggestedPath` (folder and name); the answer always ends in .relata. */
  chooseProjectSavePath(suggestedPath: string): Promise<string | null>;
  chooseDocuments(): Promise<string[]>;
  chooseExportPath(suggestedName: string, mimeType: string): Promise<string | null>;
  confirmDiscard(): Promise<UnsavedChoice>;
  confirmRestore(entry: RecoveryEntry): Promise<RestoreChoice>;
  showError(message: string, detail?: string): Promise<void>;
}

export interface ShellServices {
  dialogs: Dialogs;
  refs: ProjectRefs;
  store: ProjectStore;
  recent: RecentFiles;
  recovery: RecoveryStore;
  /** The window's own recovery entry. */
  windowRecovery: WindowRecovery;
  openRequests: OpenRequests;
  /** Sends a later open request (a second launch, the OS) to the page. */
  sendOpenRequest(ref: ProjectRef): void;
  /** Where Save As starts for a project that has no file yet. */
  defaultFolder(): string;
  /** The renderer reported whether there is unsaved work. */
  onDirty(dirty: boolean): void;
  /** A save finished (or was cancelled / failed, with null): lets a pending close go ahead or stand down. */
  onSaveSettled(saved: ProjectRef | null): void;
  /** Called whenever the recent list changes (the menu rebuilds Open Recent). */
  onRecentChanged(): void;
  /** True for the app's own page; anything else (a navigated frame, an injected iframe) is ignored. */
  isTrustedSender(frameUrl: string | undefined): boolean;
}

/** The slice of an Electron IPC event the handlers read. */
export interface IpcEventLike {
  senderFrame?: { url: string } | null;
}

/** The slice of ipcMain the handlers need. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>): void;
  on(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => void): void;
}

type Handlers = { [C in InvokeChannel]: (...args: InvokeArgs<C>) => Promise<unknown> };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Builds the handler for each invoke channel. */
function createHandlers(services: ShellServices): Handlers {
  const { dialogs, refs, store, recent, recovery, windowRecovery } = services;

  const knownPath = (ref: ProjectRef): string => {
    const path = refs.pathOf(ref);
    if (!path) throw new IpcValidationError('project', `unknown project id ${ref.id}: the renderer can only name files main handed it`);
    return path;
  };

  const openAt = async (path: string): Promise<OpenedProject> => {
    const content = await store.open(path);
    await recent.add(path);
    services.onRecentChanged();
    return { ref: refs.refFor(path), content };
  };

  return {
    'project:open': async () => {
      const path = await dialogs.chooseFileToOpen();
      return path ? openAt(path) : null;
    },
    'project:openRef': async (ref) => openAt(knownPath(ref)),
    'project:openDropped': async (path) => {
      if (!isOpenablePath(path)) throw new IpcValidationError('project:openDropped', 'not a project, GraphML or GEXF file');
      return openAt(path);
    },
    'project:save': async (content, ref, mode) => {
      let saved: ProjectRef | null = null;
      try {
        const current = ref ? knownPath(ref) : null;
        // Save writes to the project's own file; work that began as a GraphML or GEXF file is saved as a new project.
        const path = mode === 'save' && current && isProjectPath(current) ? current : await dialogs.chooseProjectSavePath(suggestSavePath(current, services.defaultFolder()));
        if (!path) return null;
        await store.save(path, content);
        await recent.add(path);
        services.onRecentChanged();
        saved = refs.refFor(path);
        return saved;
      } finally {
        services.onSaveSettled(saved);
      }
    },
    'project:confirmDiscard': async () => dialogs.confirmDiscard(),
    'project:confirmRestore': async (entry) => dialogs.confirmRestore(entry),
    'documents:import': async () => {
      const paths = await dialogs.chooseDocuments();
      const names = documentNames(paths);
      const documents: SourceDocument[] = [];
      const refused: string[] = [];
      for (const [i, path] of paths.entries()) {
        try {
          documents.push({ name: names[i]!, text: await readTextFile(path) });
        } catch (error) {
          refused.push(messageOf(error));
        }
      }
      if (refused.length > 0) {
        await dialogs.showError(`${refused.length} of ${paths.length} files were not imported`, refused.join('\n'));
      }
      return documents;
    },
    'file:export': async (suggestedName, data, mimeType) => {
      const path = await dialogs.chooseExportPath(suggestedName, mimeType);
      if (!path) return false;
      await store.write(path, data, 'exported');
      return true;
    },
    'recent:list': async (): Promise<RecentFile[]> =>
      (await recent.list()).map((entry) => ({ ref: refs.refFor(entry.path), openedAt: entry.openedAt })),
    'recovery:write': async (content, ref) => windowRecovery.write(content, ref ? knownPath(ref) : null),
    'recovery:clear': async () => windowRecovery.clear(),
    'recovery:list': async (): Promise<RecoveryEntry[]> => (await recovery.orphans()).map(({ id, name, savedAt }) => ({ id, name, savedAt })),
    'recovery:read': async (id): Promise<RecoveredWork> => {
      const copy = await recovery.read(id);
      return { content: copy.content, ref: copy.path ? refs.refFor(copy.path) : null };
    },
    'recovery:claim': async (id) => windowRecovery.claim(id),
    'recovery:discard': async (id) => recovery.discard(id),
    'shell:takeOpenRequests': async () => services.openRequests.take((path) => services.sendOpenRequest(refs.refFor(path))).map((path) => refs.refFor(path)),
  };
}

/** Runs one invoke message through sender check, schema and handler; never throws. */
async function dispatchInvoke(
  handlers: Handlers,
  services: Pick<ShellServices, 'isTrustedSender'>,
  channel: string,
  event: IpcEventLike,
  args: unknown[],
): Promise<IpcResult<unknown>> {
  try {
    if (!services.isTrustedSender(event.senderFrame?.url)) throw new IpcValidationError(channel, 'sender is not the app page');
    const parsed = parseInvokeArgs(channel as InvokeChannel, args);
    const handler = handlers[channel as InvokeChannel] as (...a: unknown[]) => Promise<unknown>;
    return { ok: true, value: await handler(...parsed) };
  } catch (error) {
    return { ok: false, message: messageOf(error) };
  }
}

/** Registers every channel on ipcMain (or a test double). */
export function registerIpcHandlers(ipc: IpcMainLike, services: ShellServices): void {
  const handlers = createHandlers(services);
  for (const channel of Object.keys(handlers) as InvokeChannel[]) {
    ipc.handle(channel, (event, ...args) => dispatchInvoke(handlers, services, channel, event, args));
  }
  const setDirty: SendChannel = 'app:setDirty';
  ipc.on(setDirty, (event, ...args) => {
    if (!services.isTrustedSender(event.senderFrame?.url)) return;
    try {
      const [dirty] = parseSendArgs(setDirty, args);
      services.onDirty(dirty);
    } catch (error) {
      console.warn(messageOf(error));
    }
  });
}
