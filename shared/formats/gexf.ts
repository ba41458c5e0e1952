/** GEXF, Gephi's own format, with viz positions, sizes and colours (shared/gexf reads and writes it). */
import { readGexf } from '../gexf/read';
import { Repairs } from '../project/repairs';
import { writeGexf } from '../gexf/write';
import { hasFilePositions } from './positions';
import type { FileFormat } from './types';

export const gexfFormat: FileFormat = {
  id: 'gexf',
  label: 'GEXF',
  description: "Gephi's format: the graph with its layout, sizes and colours.",
  extensions: ['.gexf'],
  mimeType: 'application/gexf+xml',
  opensAs: 'graph',
  parameters: [],
  sniff: (head) => /<gexf[\s>]/.test(head),
  read(text) {
    const repairs = new Repairs();
    const graph = readGexf(text, { repairs });
    return { graph, documents: [], positioned: hasFilePositions(graph), repairs: repairs.messages() };
  },
  write: (graph, _settings, context) => [{ name: `${context.baseName}.gexf`, data: writeGexf(graph), mimeType: 'application/gexf+xml' }],
};
