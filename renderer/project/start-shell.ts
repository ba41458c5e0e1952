/**
 * Connects the renderer to its shell: picks the Platform, starts the project session (restore offer
 * or the bundled sample on first run) and the document importer. main.ts calls this once.
 */
import sampleUrl from '../../graph-data/sample.relata?url';
import { DocumentImport } from '../documents/import-controller';
import type { Actions } from '../app/actions';
import type { Workspace } from '../app/workspace';
import { getPlatform } from '../platform/index';
import type { Platform } from '../platform/types';
import { connectNativeMenu } from './native-menu';
import { ProjectSession, type Report } from './session';

export interface Shell {
  platform: Platform;
  session: ProjectSession;
  documents: DocumentImport;
  /** Settles once the first project (restored work or the sample) is in the workspace. */
  ready: Promise<void>;
}

async function fetchSample(): Promise<string> {
  const response = await fetch(sampleUrl);
  if (!response.ok) throw new Error(`The sample project could not be loaded (HTTP ${response.status}).`);
  return response.text();
}

export function startShell(parts: { workspace: Workspace; actions: Actions; report: Report }): Shell {
  const platform = getPlatform();
  const session = new ProjectSession({ ...parts, platform, loadSample: fetchSample });
  const documents = new DocumentImport({ ...parts, platform });
  connectNativeMenu(platform, parts.actions);
  const ready = session.start().catch((error: unknown) => parts.report(error instanceof Error ? error.message : String(error), 'error'));
  return { platform, session, documents, ready };
}
