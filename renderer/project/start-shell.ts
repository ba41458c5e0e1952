/**
 * Connects the renderer to its shell: picks the Platform, starts the project session (restore offer,
 * the files the app was launched with, or the bundled sample on first run) and the document importer.
 * main.ts calls this once.
 */
import sampleUrl from '../../graph-data/sample.relata?url';
import type { Platform } from '../../shared/shell/platform';
import type { Actions } from '../app/actions';
import { isMacPlatform } from '../app/shortcuts';
import type { Workspace } from '../app/workspace';
import { DocumentImport } from '../documents/import-controller';
import { showShortcuts } from '../panels/shortcuts';
import { getPlatform } from '../platform/index';
import { connectNativeMenu } from './native-menu';
import { ProjectSession, type Report } from './session';

export interface Shell {
  platform: Platform;
  session: ProjectSession;
  documents: DocumentImport;
  /** Settles once the first project (restored work, a requested file or the sample) is in the workspace. */
  ready: Promise<void>;
}

async function fetchSample(): Promise<string> {
  const response = await fetch(sampleUrl);
  if (!response.ok) throw new Error(`The sample project could not be loaded (HTTP ${response.status}).`);
  return response.text();
}

export function startShell(parts: { workspace: Workspace; actions: Actions; report: Report }): Shell {
  const platform = getPlatform();
  const session = new ProjectSession({ ...parts, platform, loadSample: fetchSample, setTitle: (title) => void (document.title = title) });
  // A tab being closed or hidden may not come back: write the recovery copy now rather than in a few seconds.
  window.addEventListener('pagehide', () => void session.autosave());
  const documents = new DocumentImport({ ...parts, platform, openFile: (file) => (session.canOpen(file.name) ? session.openDropped(file) : null) });
  connectNativeMenu(platform, parts.actions);
  parts.actions.register('help.shortcuts', () => showShortcuts(platform.kind, isMacPlatform(), () => void parts.actions.run('help.about')));
  const ready = session.start().catch((error: unknown) => parts.report(error instanceof Error ? error.message : String(error), 'error'));
  return { platform, session, documents, ready };
}
