/** GraphML, the format Relata's contract is written in (shared/graphml reads and writes it). */
import { readGraphml } from '../graphml/read';
import { Repairs } from '../project/repairs';
import { writeGraphml, type GraphmlFlavor } from '../graphml/write';
import { hasFilePositions } from './positions';
import type { FileFormat } from './types';

export const graphmlFormat: FileFormat = {
  id: 'graphml',
  label: 'GraphML',
  description: 'The full graph with typed attributes, for networkx, igraph, Gephi, Cytoscape and yEd.',
  extensions: ['.graphml', '.xml'],
  mimeType: 'application/graphml+xml',
  opensAs: 'graph',
  parameters: [
    {
      id: 'flavor', label: 'For', type: 'choice', defaultValue: 'plain',
      options: [
        { value: 'plain', label: 'Any tool (plain)' },
        { value: 'gephi', label: 'Gephi (colours as r/g/b)' },
        { value: 'yed', label: 'yEd (shapes and labels)' },
      ],
    },
  ],
  sniff: (head) => /<graphml[\s>]/.test(head),
  read(text) {
    const repairs = new Repairs();
    const graph = readGraphml(text, { repairs });
    return { graph, documents: [], positioned: hasFilePositions(graph), repairs: repairs.messages() };
  },
  write: (graph, settings, context) => [
    { name: `${context.baseName}.graphml`, data: writeGraphml(graph, { flavor: settings.flavor as GraphmlFlavor }), mimeType: 'application/graphml+xml' },
  ],
};
