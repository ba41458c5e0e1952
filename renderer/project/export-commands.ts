/** File › Export GraphML… and Export GEXF…: the whole graph, written by shared/ and saved through the platform. */
import { writeGexf } from '../../shared/gexf/write';
import { writeGraphml } from '../../shared/graphml/write';
import type { Actions } from '../app/actions';
import type { Workspace } from '../app/workspace';
import type { Platform } from '../../shared/shell/platform';
import type { Report } from './session';

export function registerExportCommands(parts: { platform: Platform; workspace: Workspace; actions: Actions; report: Report; baseName: () => string }): void {
  const { platform, workspace, actions, report } = parts;
  const exportAs = async (extension: string, mimeType: string, write: () => string) => {
    const name = `${parts.baseName()}.${extension}`;
    if (await platform.exportFile(name, write(), mimeType)) report(`Exported ${name}`);
  };
  actions.register('file.exportGraphml', () => exportAs('graphml', 'application/graphml+xml', () => writeGraphml(workspace.graph)));
  actions.register('file.exportGexf', () => exportAs('gexf', 'application/gexf+xml', () => writeGexf(workspace.graph)));
}
