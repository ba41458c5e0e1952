/** Files opened in the app: a project as it is, any other openable format as a new project holding its graph. */
import { createProject } from '../project/codec';
import type { ProjectFile } from '../project/types';
import { OPEN_FORMATS, extensionOf, readOpenable } from './collection';

/** True when a file of this name opens as a project or a graph (rather than being imported as text). */
export function opensAsFile(name: string): boolean {
  const ext = extensionOf(name);
  return OPEN_FORMATS.some((f) => f.extensions.includes(ext));
}

/**
 * The project a file opens as: a `.relata` file's own, or a new one holding the graph of a GraphML,
 * GEXF or graphology JSON file (no documents), with what was repaired to open it. Throws InputError
 * saying what is wrong with the file.
 */
export function projectFromFile(name: string, text: string): { project: ProjectFile; repairs: string[] } {
  const read = readOpenable(name, text);
  const project = read.format.opensAs === 'project'
    ? createProject({ documents: read.documents, graph: read.graph, ...(read.view ? { view: read.view } : {}) })
    : createProject({ documents: [], graph: read.graph });
  return { project, repairs: read.repairs };
}
