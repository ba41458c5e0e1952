/**
 * The graph for property-graph databases: an entity file and a relation file whose headers follow
 * neo4j-admin's import format (`id:ID(Entity)`, `:LABEL`, `mentions:int`, `aliases:string[]`,
 * `:START_ID(Entity)`, `:END_ID(Entity)`, `:TYPE`), with what each database needs beside them:
 * - Neo4j: `import.sh` (neo4j-admin database import full) and `load.cypher` (LOAD CSV into a running
 *   database);
 * - Memgraph: `load.cypher` in Memgraph's LOAD CSV dialect;
 * - Amazon Neptune: the same files in Neptune's openCypher bulk-load format (`:ID` on relations too,
 *   `Int`/`Double`/`String[]` types) and `load.sh`, the loader request.
 * Entities carry the label `Entity` and their type (`Person`…); relations are typed by their predicate
 * (`supply` → `SUPPLY`; a negated one → `NOT_SUPPLY`), and keep every attribute as a property.
 */
import type { KnowledgeGraph } from '../graph/schema';
import type { KeyKind } from '../graphml/keys';
import Papa from 'papaparse';
import { attributeColumns, cellText, type Column } from './columns';
import type { FileFormat, OutputFile } from './types';

type Flavor = 'neo4j' | 'memgraph' | 'neptune';

const ID_SPACE = 'Entity';
const ENTITY_LABEL = 'Entity';
/** Characters neo4j-admin can split arrays on, in order of preference: the first no list item contains wins. */
const ARRAY_DELIMITERS = [';', '|', '^', '~', '\u001f'];

/** A property column: its name and type in the header, and its value in a row. */
interface Property {
  name: string;
  kind: KeyKind;
  /** Type in the header (`int`, `string[]`), '' for plain strings. */
  type: string;
  value(attributes: Record<string, unknown>, element: { id: string; undirected: boolean }): string;
}

const NEO4J_TYPES: Record<KeyKind, string> = { int: 'int', long: 'long', float: 'double', double: 'double', boolean: 'boolean', string: '', json: '', list: 'string[]' };
const NEPTUNE_TYPES: Record<KeyKind, string> = { int: 'Int', long: 'Long', float: 'Double', double: 'Double', boolean: 'Bool', string: 'String', json: 'String', list: 'String[]' };

/** A header name cannot hold the `:` that separates name and type. */
function propertyName(attr: string): string {
  const name = attr.replace(/:/g, '_');
  return name === '' ? '_' : name;
}

/** The attribute properties after `fixed` ones, renamed where a name is taken (`label` is Neo4j's `name`). */
function properties(columns: Column[], flavor: Flavor, delimiter: string, rename: Record<string, string>, fixed: Property[], reserved: string[] = []): Property[] {
  const types = flavor === 'neptune' ? NEPTUNE_TYPES : NEO4J_TYPES;
  const taken = new Set([...reserved, ...fixed.map((p) => p.name)]);
  const props = columns.map((column): Property => {
    let name = rename[column.attr] ?? propertyName(column.name);
    while (taken.has(name)) name = `${name}_`;
    taken.add(name);
    return { name, kind: column.kind, type: types[column.kind], value: (a) => cell(column, a, delimiter, flavor) };
  });
  return [...fixed, ...props];
}

const header = (p: Property): string => (p.type === '' ? p.name : `${p.name}:${p.type}`);

/** A relationship type from the relation's predicate: upper-case words joined by `_`, `NOT_` when negated. */
export function relationshipType(attributes: Record<string, unknown>): string {
  const source = [attributes.predicate, attributes.label].find((v): v is string => typeof v === 'string' && v.trim() !== '') ?? 'related to';
  let type = source.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '_').replace(/^_+|_+$/g, '').toUpperCase();
  if (type === '') type = 'RELATED_TO';
  if (/^\p{N}/u.test(type)) type = `R_${type}`;
  return attributes.polarity === 'negative' ? `NOT_${type}` : type;
}

function listItems(graph: KnowledgeGraph, columns: { node: Column[]; edge: Column[] }): string[] {
  const items: string[] = [];
  const collect = (cols: Column[], a: Record<string, unknown>) => {
    for (const c of cols) if (c.kind === 'list' && Array.isArray(a[c.attr])) items.push(...(a[c.attr] as unknown[]).map(String));
  };
  graph.forEachNode((_, a) => collect(columns.node, a));
  graph.forEachEdge((_, a) => collect(columns.edge, a));
  return items;
}

/** The array delimiter for neo4j-admin and LOAD CSV: one that no list item contains. */
function arrayDelimiter(items: string[]): string {
  return ARRAY_DELIMITERS.find((d) => !items.some((item) => item.includes(d))) ?? ARRAY_DELIMITERS.at(-1)!;
}

/** A cell: lists joined by the array delimiter (Neptune escapes a `;` inside an item instead). */
function cell(column: Column, attributes: Record<string, unknown>, delimiter: string, flavor: Flavor): string {
  const value = attributes[column.attr];
  if (column.kind === 'list' && Array.isArray(value) && Object.hasOwn(attributes, column.attr)) {
    const items = value.map(String);
    return flavor === 'neptune' ? items.map((i) => i.replace(/[\\;]/g, (c) => `\\${c}`)).join(';') : items.join(delimiter);
  }
  return cellText(column, attributes);
}

function csv(headers: string[], rows: string[][]): string {
  return Papa.unparse({ fields: headers, data: rows }, { newline: '\n' }) + '\n';
}

const quoteName = (name: string): string => `\`${name.replace(/`/g, '``')}\``;
const quoteString = (value: string): string =>
  `'${value.replace(/[\\'\u0000-\u001f]/g, (c) => (c === '\\' || c === "'" ? `\\${c}` : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`))}'`;

/** The Cypher expression turning a LOAD CSV field (text or null) back into the property's value. */
function fromText(p: Property, delimiter: string): string {
  const field = `row.${quoteName(header(p))}`;
  switch (p.kind) {
    case 'int':
    case 'long':
      return `toInteger(${field})`;
    case 'float':
    case 'double':
      return `toFloat(${field})`;
    case 'boolean':
      return `toBoolean(${field})`;
    case 'list':
      return `split(${field}, ${quoteString(delimiter)})`;
    default:
      return field;
  }
}

function setClause(variable: string, props: Property[], delimiter: string): string {
  return props.map((p) => `${variable}.${quoteName(p.name)} = ${fromText(p, delimiter)}`).join(',\n    ');
}

interface Plan {
  nodeProps: Property[];
  edgeProps: Property[];
  nodeHeaders: string[];
  delimiter: string;
  types: string[];
  entityTypes: string[];
}

function loadCypher(flavor: 'neo4j' | 'memgraph', plan: Plan, counts: { nodes: number; edges: number }): string {
  const from = (file: string) =>
    flavor === 'neo4j' ? `LOAD CSV WITH HEADERS FROM 'file:///${file}' AS row` : `LOAD CSV FROM '/import/${file}' WITH HEADER AS row`;
  const idField = `row.${quoteName(plan.nodeHeaders[0]!)}`;
  const lines = [
    `// Relata knowledge graph: ${counts.nodes} entities, ${counts.edges} relations.`,
    flavor === 'neo4j'
      ? "// Copy entities.csv and relations.csv into Neo4j's import folder, then: cypher-shell -f load.cypher"
      : '// Make entities.csv and relations.csv readable by Memgraph at /import/ (docker: -v "$PWD":/import), then: mgconsole < load.cypher',
    flavor === 'neo4j'
      ? `CREATE CONSTRAINT relata_entity_id IF NOT EXISTS FOR (n:${ENTITY_LABEL}) REQUIRE n.id IS UNIQUE;`
      : `CREATE INDEX ON :${ENTITY_LABEL}(id);`,
    '',
    from('entities.csv'),
    `MERGE (n:${ENTITY_LABEL} {id: ${idField}})`,
    `SET ${setClause('n', plan.nodeProps, plan.delimiter)};`,
    '',
  ];
  // LOAD CSV cannot take a label or a type from a field, so each one present gets its own statement.
  for (const type of plan.entityTypes) lines.push(`MATCH (n:${ENTITY_LABEL}) WHERE n.type = ${quoteString(type)} SET n:${quoteName(type)};`);
  for (const type of plan.types) {
    lines.push(
      '',
      from('relations.csv'),
      `WITH row WHERE row.${quoteName(':TYPE')} = ${quoteString(type)}`,
      `MATCH (a:${ENTITY_LABEL} {id: row.${quoteName(`:START_ID(${ID_SPACE})`)}}), (b:${ENTITY_LABEL} {id: row.${quoteName(`:END_ID(${ID_SPACE})`)}})`,
      `CREATE (a)-[r:${quoteName(type)}]->(b)`,
      `SET ${setClause('r', plan.edgeProps, plan.delimiter)};`,
    );
  }
  return lines.join('\n') + '\n';
}

function importScript(delimiter: string): string {
  return [
    '#!/bin/sh',
    '# Imports entities.csv and relations.csv into a new Neo4j database (default "neo4j"; stop it first).',
    '# Run from this folder: sh import.sh [database]',
    'set -e',
    'neo4j-admin database import full \\',
    '  --nodes=entities.csv \\',
    '  --relationships=relations.csv \\',
    `  --array-delimiter=${delimiter === '\u001f' ? "$(printf '\\037')" : `'${delimiter}'`} \\`,
    '  --multiline-fields=true \\',
    '  --overwrite-destination=true \\',
    '  "${1:-neo4j}"',
    '',
  ].join('\n');
}

function neptuneScript(): string {
  return [
    '#!/bin/sh',
    '# Bulk-loads entities.csv and relations.csv into Amazon Neptune (openCypher format).',
    '# 1. Copy both files under one S3 prefix:  aws s3 cp . s3://BUCKET/relata/ --recursive --exclude "*" --include "*.csv"',
    '# 2. Run from a machine that reaches the cluster:  sh load.sh ENDPOINT s3://BUCKET/relata/ IAM_ROLE_ARN REGION',
    'set -e',
    'curl -sS -X POST -H "Content-Type: application/json" "https://$1:8182/loader" \\',
    '  -d "{\\"source\\": \\"$2\\", \\"format\\": \\"opencypher\\", \\"iamRoleArn\\": \\"$3\\", \\"region\\": \\"$4\\", \\"failOnError\\": \\"TRUE\\"}"',
    '',
  ].join('\n');
}

/** Writes the entity and relation files for the chosen database, with its load script. */
export function writeNeo4j(graph: KnowledgeGraph, flavor: Flavor): OutputFile[] {
  const columns = { node: attributeColumns(graph, 'node'), edge: attributeColumns(graph, 'edge') };
  const neptune = flavor === 'neptune';
  const delimiter = neptune ? ';' : arrayDelimiter(listItems(graph, columns));
  const boolean = neptune ? 'Bool' : 'boolean';

  const nodeSystem = neptune ? [':ID', ':LABEL'] : [`id:ID(${ID_SPACE})`, ':LABEL'];
  const nodeProps = properties(columns.node, flavor, delimiter, { label: 'name' }, [], ['id']);
  const edgeSystem = neptune ? [':ID', ':START_ID', ':END_ID', ':TYPE'] : [`:START_ID(${ID_SPACE})`, `:END_ID(${ID_SPACE})`, ':TYPE'];
  // Database relationships always have a direction: an undirected edge keeps its stored one and says so.
  const edgeFixed: Property[] = [
    ...(neptune ? [] : [{ name: 'id', kind: 'string' as const, type: '', value: (_a: unknown, e: { id: string }) => e.id }]),
    ...(graph.undirectedSize > 0 ? [{ name: 'directed', kind: 'boolean' as const, type: boolean, value: (_a: unknown, e: { undirected: boolean }) => String(!e.undirected) }] : []),
  ];
  const edgeProps = properties(columns.edge, flavor, delimiter, {}, edgeFixed);

  const nodeHeaders = [...nodeSystem, ...nodeProps.map(header)];
  const edgeHeaders = [...edgeSystem, ...edgeProps.map(header)];
  const entityTypes = new Set<string>();
  const nodeRows = graph.mapNodes((id, a) => {
    const type = String(a.type || 'Other');
    entityTypes.add(type);
    return [id, `${ENTITY_LABEL}${delimiter}${type}`, ...nodeProps.map((p) => p.value(a, { id, undirected: false }))];
  });
  const relationTypes = new Set<string>();
  const edgeRows = graph.mapEdges((id, a, source, target, _sa, _ta, undirected) => {
    const type = relationshipType(a);
    relationTypes.add(type);
    return [...(neptune ? [id, source, target, type] : [source, target, type]), ...edgeProps.map((p) => p.value(a, { id, undirected }))];
  });

  const files: OutputFile[] = [
    { name: 'entities.csv', data: csv(nodeHeaders, nodeRows), mimeType: 'text/csv' },
    { name: 'relations.csv', data: csv(edgeHeaders, edgeRows), mimeType: 'text/csv' },
  ];
  if (neptune) {
    files.push({ name: 'load.sh', data: neptuneScript(), mimeType: 'text/x-shellscript' });
    return files;
  }
  const plan: Plan = { nodeProps, edgeProps, nodeHeaders, delimiter, types: [...relationTypes].sort(), entityTypes: [...entityTypes].sort() };
  if (flavor === 'neo4j') files.push({ name: 'import.sh', data: importScript(delimiter), mimeType: 'text/x-shellscript' });
  files.push({ name: 'load.cypher', data: loadCypher(flavor, plan, { nodes: graph.order, edges: graph.size }), mimeType: 'application/x-cypher-query' });
  return files;
}

export const neo4jFormat: FileFormat = {
  id: 'neo4j',
  label: 'Neo4j / Memgraph / Neptune',
  description: 'Entity and relation CSVs in neo4j-admin import format, with a LOAD CSV script (Neptune: its bulk-load format).',
  extensions: ['.csv'],
  mimeType: 'text/csv',
  parameters: [
    {
      id: 'flavor', label: 'For', type: 'choice', defaultValue: 'neo4j',
      options: [{ value: 'neo4j', label: 'Neo4j' }, { value: 'memgraph', label: 'Memgraph' }, { value: 'neptune', label: 'Amazon Neptune' }],
    },
  ],
  write: (graph, settings) => writeNeo4j(graph, settings.flavor as Flavor),
};
