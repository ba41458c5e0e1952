/**
 * Node and edge lists as CSV, in the shape each tool's importer recognises without column mapping:
 * - Gephi (Data Laboratory › Import Spreadsheet): `Id`, `Label` nodes; `Source`, `Target`, `Type`
 *   (Directed/Undirected), `Id`, `Label`, `Weight` edges.
 * - Cytoscape (Import › Network from File, then Table from File): `source`, `target`, `interaction`
 *   edges, with a row per unconnected node (a source without a target, which Cytoscape reads as a
 *   lone node); a node table keyed by `name`.
 * - Kumu: `ID`, `Label`, `Type`, `Description`, `Tags` elements; `From`, `To`, `Type`, `Direction`,
 *   `Label` connections, referring to elements by ID.
 * Every other attribute follows as a column of its own; lists are `|`-joined (Cytoscape's and Kumu's
 * list separator), structures are JSON.
 */
import Papa from 'papaparse';
import type { KnowledgeGraph } from '../graph/schema';
import { attributeColumns, cellText, type Column } from './columns';
import type { FileFormat, OutputFile } from './types';

type Flavor = 'gephi' | 'cytoscape' | 'kumu';

/** A column of the written file: its header and how a row's value is found. */
interface Field {
  header: string;
  value: (id: string, attributes: Record<string, unknown>) => string;
}

/** How one tool names things: the fixed leading columns, and which attributes they already carry. */
interface Dialect {
  files: { nodes: string; edges: string };
  nodeFields: Field[];
  edgeFields(graph: KnowledgeGraph): Field[];
  /** Attributes the fixed columns already hold, left out of the attribute columns. */
  nodeTaken: string[];
  edgeTaken: string[];
  /** Cytoscape's network file must also list nodes without edges. */
  loneNodeRows?: boolean;
}

const text = (attr: string) => (_id: string, a: Record<string, unknown>): string => cellText({ attr, kind: 'string' }, a);
const list = (attr: string) => (_id: string, a: Record<string, unknown>): string => cellText({ attr, kind: 'list' }, a);
const number = (attr: string) => (_id: string, a: Record<string, unknown>): string => cellText({ attr, kind: 'double' }, a);

function edgeEnds(graph: KnowledgeGraph): { source: Field['value']; target: Field['value']; directed: (id: string) => boolean } {
  return {
    source: (id) => graph.source(id),
    target: (id) => graph.target(id),
    directed: (id) => graph.isDirected(id),
  };
}

const DIALECTS: Record<Flavor, Dialect> = {
  gephi: {
    files: { nodes: 'nodes.csv', edges: 'edges.csv' },
    nodeFields: [{ header: 'Id', value: (id) => id }, { header: 'Label', value: text('label') }],
    nodeTaken: ['label'],
    edgeFields(graph) {
      const ends = edgeEnds(graph);
      return [
        { header: 'Source', value: ends.source },
        { header: 'Target', value: ends.target },
        { header: 'Type', value: (id) => (ends.directed(id) ? 'Directed' : 'Undirected') },
        { header: 'Id', value: (id) => id },
        { header: 'Label', value: text('label') },
        { header: 'Weight', value: number('weight') },
      ];
    },
    edgeTaken: ['label', 'weight'],
  },
  cytoscape: {
    files: { nodes: 'node-table.csv', edges: 'network.csv' },
    nodeFields: [{ header: 'name', value: (id) => id }],
    nodeTaken: [],
    edgeFields(graph) {
      const ends = edgeEnds(graph);
      return [
        { header: 'source', value: ends.source },
        { header: 'target', value: ends.target },
        { header: 'interaction', value: text('label') },
        { header: 'directed', value: (id) => String(ends.directed(id)) },
        { header: 'id', value: (id) => id },
      ];
    },
    edgeTaken: [],
    loneNodeRows: true,
  },
  kumu: {
    files: { nodes: 'elements.csv', edges: 'connections.csv' },
    nodeFields: [
      { header: 'ID', value: (id) => id },
      { header: 'Label', value: text('label') },
      { header: 'Type', value: text('type') },
      { header: 'Description', value: text('note') },
      { header: 'Tags', value: list('tags') },
    ],
    nodeTaken: ['label', 'type', 'note', 'tags'],
    edgeFields(graph) {
      const ends = edgeEnds(graph);
      return [
        { header: 'From', value: ends.source },
        { header: 'To', value: ends.target },
        { header: 'Type', value: text('predicate') },
        { header: 'Direction', value: (id) => (ends.directed(id) ? 'directed' : 'undirected') },
        { header: 'Label', value: text('label') },
        { header: 'Description', value: text('evidence') },
        { header: 'Tags', value: list('tags') },
      ];
    },
    edgeTaken: ['predicate', 'label', 'evidence', 'tags'],
  },
};

/**
 * The attribute columns after the fixed ones. An attribute whose name a tool would take for one of its
 * own columns (Gephi reads `id` as `Id`) gets a suffix, so it stays data.
 */
function attributeFields(columns: Column[], fixed: Field[], taken: string[]): Field[] {
  const reserved = new Set(fixed.map((f) => f.header.toLowerCase()));
  return columns
    .filter((column) => !taken.includes(column.attr))
    .map((column) => {
      let header = column.name;
      while (reserved.has(header.toLowerCase())) header = `${header} (attribute)`;
      reserved.add(header.toLowerCase());
      return { header, value: (_id: string, a: Record<string, unknown>) => cellText(column, a) };
    });
}

/** RFC 4180 text: CRLF line ends, fields quoted only where they must be. */
function csvText(fields: Field[], rows: string[][]): string {
  return Papa.unparse({ fields: fields.map((f) => f.header), data: rows }, { newline: '\r\n' }) + '\r\n';
}

/** Writes the node list and the edge list of a graph for the chosen tool. */
export function writeCsv(graph: KnowledgeGraph, flavor: Flavor): OutputFile[] {
  const dialect = DIALECTS[flavor];
  const nodeFields = [...dialect.nodeFields, ...attributeFields(attributeColumns(graph, 'node'), dialect.nodeFields, dialect.nodeTaken)];
  const fixedEdgeFields = dialect.edgeFields(graph);
  const edgeFields = [...fixedEdgeFields, ...attributeFields(attributeColumns(graph, 'edge'), fixedEdgeFields, dialect.edgeTaken)];

  const nodeRows = graph.mapNodes((id, a) => nodeFields.map((f) => f.value(id, a)));
  const edgeRows = graph.mapEdges((id, a) => edgeFields.map((f) => f.value(id, a)));
  if (dialect.loneNodeRows) {
    graph.forEachNode((id) => {
      if (graph.degree(id) === 0) edgeRows.push(edgeFields.map((_, i) => (i === 0 ? id : '')));
    });
  }
  return [
    { name: dialect.files.nodes, data: csvText(nodeFields, nodeRows), mimeType: 'text/csv' },
    { name: dialect.files.edges, data: csvText(edgeFields, edgeRows), mimeType: 'text/csv' },
  ];
}

export const csvFormat: FileFormat = {
  id: 'csv',
  label: 'CSV node and edge lists',
  description: 'Two spreadsheets, nodes and edges, laid out for Gephi, Cytoscape or Kumu.',
  extensions: ['.csv'],
  mimeType: 'text/csv',
  parameters: [
    {
      id: 'flavor', label: 'For', type: 'choice', defaultValue: 'gephi',
      options: [{ value: 'gephi', label: 'Gephi' }, { value: 'cytoscape', label: 'Cytoscape' }, { value: 'kumu', label: 'Kumu' }],
    },
  ],
  write: (graph, settings) => writeCsv(graph, settings.flavor as Flavor),
};
