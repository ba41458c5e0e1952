/** The `.relata` project: the graph with its documents and view (shared/project holds the codec). */
import { createProject, projectGraph, readProject, serializeProject } from '../project/codec';
import { Repairs } from '../project/repairs';
import type { FileFormat } from './types';

export const relataFormat: FileFormat = {
  id: 'relata',
  label: 'Relata project',
  description: 'Everything: the graph, its documents and evidence, positions, notes and the view.',
  extensions: ['.relata'],
  mimeType: 'application/json',
  opensAs: 'project',
  parameters: [],
  sniff: (head) => /^\s*\{\s*"format"\s*:\s*"relata-project"/.test(head),
  read(text) {
    const repairs = new Repairs();
    const project = readProject(text, { repairs });
    return { graph: projectGraph(project), documents: project.documents, view: project.view, positioned: true, repairs: repairs.messages() };
  },
  write: (graph, _settings, context) => [
    { name: `${context.baseName}.relata`, data: serializeProject(createProject({ documents: [...context.documents], graph })), mimeType: 'application/json' },
  ],
};
