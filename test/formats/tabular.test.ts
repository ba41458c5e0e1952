/**
 * CSV and Neo4j exports read back by outside readers: Python's csv module (RFC 4180) with networkx
 * building the graph, and the entity/relation files checked against neo4j-admin's header format.
 */
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../shared/formats/csv';
import { relationshipType, writeNeo4j } from '../../shared/formats/neo4j';
import { awkwardGraph, outsideRead, writeFiles } from './fixture';

interface CsvRead {
  nodes: Record<string, Record<string, string>>;
  edges: Array<{ source: string; target: string; attrs: Record<string, string> }>;
  lone: string[];
  headers: { nodes: string[]; edges: string[] };
}

describe('CSV node and edge lists, read by Python csv + networkx', () => {
  const g = awkwardGraph();

  it('Gephi: Id/Label nodes and Source/Target/Type/Id/Label/Weight edges, every attribute as a column', () => {
    const dir = writeFiles(writeCsv(g, 'gephi'));
    const read = outsideRead<CsvRead>('csv', 'gephi', `${dir}/nodes.csv`, `${dir}/edges.csv`);
    expect(read.headers.nodes.slice(0, 2)).toEqual(['Id', 'Label']);
    expect(read.headers.edges.slice(0, 6)).toEqual(['Source', 'Target', 'Type', 'Id', 'Label', 'Weight']);
    expect(Object.keys(read.nodes).sort()).toEqual(g.nodes().sort());
    expect(read.edges).toHaveLength(g.size);
    const sp = read.nodes['São Paulo, BR']!;
    expect(sp.Label).toBe('São Paulo');
    expect(sp.note).toBe('line one\nline "two", with commas');
    expect(sp.aliases).toBe('SP; capital|Sampa');
    expect(read.nodes.medvedev!.club).toBe('Mr. Hi');
    expect(read.nodes.lonely!.club).toBe('');
    const undirected = read.edges.find((e) => e.attrs.Id === 'u1')!;
    expect(undirected.attrs.Type).toBe('Undirected');
    expect(undirected.attrs.evidence).toBe('The US, "they say",\ntrades with São Paulo.');
    const e0 = read.edges.find((e) => e.attrs.Id === 'e0')!;
    expect([e0.source, e0.target, e0.attrs.Type, e0.attrs.Label, e0.attrs.Weight, e0.attrs.confidence]).toEqual(['medvedev', 'talks', 'Directed', 'dismissed', '2', '0.92']);
    // Label and Weight are Gephi's own columns: not repeated as attributes.
    expect(read.headers.edges.filter((h) => h.toLowerCase() === 'label' || h.toLowerCase() === 'weight')).toHaveLength(2);
  });

  it('Cytoscape: source/target/interaction network with a row per unconnected node, and a name-keyed node table', () => {
    const dir = writeFiles(writeCsv(g, 'cytoscape'));
    const read = outsideRead<CsvRead>('csv', 'cytoscape', `${dir}/node-table.csv`, `${dir}/network.csv`);
    expect(read.headers.edges.slice(0, 3)).toEqual(['source', 'target', 'interaction']);
    expect(read.headers.nodes[0]).toBe('name');
    expect(read.lone).toEqual(['lonely']);
    expect(read.edges).toHaveLength(g.size);
    expect(read.edges.find((e) => e.attrs.id === 'neg')!.attrs.interaction).toBe('did not sign');
    expect(read.edges.find((e) => e.attrs.id === 'u1')!.attrs.directed).toBe('false');
    expect(read.nodes.medvedev!.label).toBe('Dmitry Medvedev');
  });

  it('Kumu: ID/Label/Type/Description/Tags elements and From/To/Type/Direction/Label connections', () => {
    const dir = writeFiles(writeCsv(g, 'kumu'));
    const read = outsideRead<CsvRead>('csv', 'kumu', `${dir}/elements.csv`, `${dir}/connections.csv`);
    expect(read.headers.nodes.slice(0, 5)).toEqual(['ID', 'Label', 'Type', 'Description', 'Tags']);
    expect(read.headers.edges.slice(0, 5)).toEqual(['From', 'To', 'Type', 'Direction', 'Label']);
    expect(read.nodes.medvedev).toMatchObject({ Label: 'Dmitry Medvedev', Type: 'Person', Description: 'Deputy chair <Security Council> & "hawk"', Tags: 'russia' });
    const e0 = read.edges.find((e) => e.source === 'medvedev' && e.attrs.Label === 'dismissed')!;
    expect(e0.attrs).toMatchObject({ Type: 'dismiss', Direction: 'directed', Description: 'Medvedev dismissed the talks as "theatre" & more.' });
    expect(read.edges.find((e) => e.attrs.Label === 'trades with')!.attrs.Direction).toBe('undirected');
  });
});

type Field = [name: string, type: string, space: string | null];
interface Neo4jRead {
  entities: { headers: Field[]; rows: Array<Record<string, string>> };
  relations: { headers: Field[]; rows: Array<Record<string, string>> };
}

/** neo4j-admin's property types (operations manual, "Import header format"), arrays with `[]`. */
const NEO4J_TYPES = /^(int|long|float|double|boolean|byte|short|char|string|point|date|localtime|time|localdatetime|datetime|duration)(\[\])?$/;
/** Neptune's openCypher bulk-load types. */
const NEPTUNE_TYPES = /^(Bool|Boolean|Byte|Short|Int|Long|Float|Double|String|DateTime)(\[\])?$/;

/** Checks each value parses as its column's type says; arrays split on `delimiter`. */
function checkTypes(read: Neo4jRead['entities'], delimiter: string): void {
  for (const row of read.rows) {
    read.headers.forEach(([name, type]) => {
      const header = Object.keys(row).find((h) => h === (type ? `${name}:${type}` : name)) ?? '';
      const value = row[header] ?? '';
      if (value === '' || type === '' || type.startsWith(':') || name === '') return;
      const base = type.replace('[]', '').toLowerCase();
      const items = type.endsWith('[]') ? value.split(delimiter) : [value];
      for (const item of items) {
        if (base === 'int' || base === 'long') expect(item, header).toMatch(/^-?\d+$/);
        if (base === 'double' || base === 'float') expect(Number.isNaN(Number(item)) && item !== 'NaN', header).toBe(false);
        if (base === 'boolean' || base === 'bool') expect(['true', 'false'], header).toContain(item);
      }
    });
  }
}

describe('Neo4j, Memgraph and Neptune CSVs', () => {
  const g = awkwardGraph();

  it("follow neo4j-admin's header format, with relations joining the entities' ID space", () => {
    const dir = writeFiles(writeNeo4j(g, 'neo4j'));
    const read = outsideRead<Neo4jRead>('neo4j', dir);
    const { entities, relations } = read;
    const system = (fields: Field[]) => fields.filter(([name, type]) => name === '' || ['ID', 'LABEL', 'START_ID', 'END_ID', 'TYPE'].includes(type));
    expect(system(entities.headers)).toEqual([['id', 'ID', 'Entity'], ['', 'LABEL', null]]);
    expect(system(relations.headers)).toEqual([['', 'START_ID', 'Entity'], ['', 'END_ID', 'Entity'], ['', 'TYPE', null]]);
    for (const [name, type] of [...entities.headers, ...relations.headers]) {
      if (['ID', 'LABEL', 'START_ID', 'END_ID', 'TYPE', ''].includes(type)) continue;
      expect(type, name).toMatch(NEO4J_TYPES);
    }
    expect(entities.headers.map(([n, t]) => `${n}:${t}`)).toEqual(expect.arrayContaining(['name:', 'mentions:int', 'aliases:string[]', 'pinned:boolean', 'club:', 'rank:int']));

    // `;` occurs inside an alias, so the array delimiter moved to one no item holds, and import.sh says which.
    const importSh = writeNeo4j(g, 'neo4j').find((f) => f.name === 'import.sh')!.data as string;
    const delimiter = /--array-delimiter='(.)'/.exec(importSh)![1]!;
    expect(delimiter).toBe('|');
    const sp = entities.rows.find((r) => r['id:ID(Entity)'] === 'São Paulo, BR')!;
    expect(sp['aliases:string[]']!.split(delimiter)).toEqual(['SP; capital', 'Sampa']);
    expect(sp[':LABEL']!.split(delimiter)).toEqual(['Entity', 'Place']);
    checkTypes(entities, delimiter);
    checkTypes(relations, delimiter);

    const ids = new Set(entities.rows.map((r) => r['id:ID(Entity)']));
    expect(ids.size).toBe(g.order);
    expect(relations.rows).toHaveLength(g.size);
    for (const r of relations.rows) {
      expect(ids.has(r[':START_ID(Entity)'])).toBe(true);
      expect(ids.has(r[':END_ID(Entity)'])).toBe(true);
      expect(r[':TYPE']).toMatch(/^[\p{Lu}\p{N}_]+$/u);
    }
    expect(relations.rows.find((r) => r.id === 'neg')![':TYPE']).toBe('NOT_SIGN');
    expect(relations.rows.find((r) => r.id === 'u1')!['directed:boolean']).toBe('false');
    expect(importSh).toMatch(/neo4j-admin database import full/);
    expect(importSh).toMatch(/--nodes=entities\.csv/);
    expect(importSh).toMatch(/--multiline-fields=true/);
  });

  it('LOAD CSV scripts read every header the CSVs have, one statement per relation type (Neo4j and Memgraph)', () => {
    for (const flavor of ['neo4j', 'memgraph'] as const) {
      const files = writeNeo4j(g, flavor);
      const cypher = files.find((f) => f.name === 'load.cypher')!.data as string;
      const headers = (files.find((f) => f.name === 'relations.csv')!.data as string).split('\n')[0]!.split(',');
      for (const header of headers) expect(cypher).toContain(`row.\`${header}\``);
      const types = new Set(g.mapEdges((_e, a) => relationshipType(a)));
      for (const type of types) expect(cypher).toContain(`CREATE (a)-[r:\`${type}\`]->(b)`);
      expect(cypher.match(/^LOAD CSV/gm)).toHaveLength(1 + types.size);
      expect(cypher).toMatch(flavor === 'neo4j' ? /LOAD CSV WITH HEADERS FROM 'file:\/\/\/entities\.csv'/ : /LOAD CSV FROM '\/import\/entities\.csv' WITH HEADER AS row/);
    }
  });

  it("Neptune: openCypher bulk-load headers (:ID on relations too, Int/Double/String[] types) and a loader request", () => {
    const dir = writeFiles(writeNeo4j(g, 'neptune'));
    const read = outsideRead<Neo4jRead>('neo4j', dir);
    expect(read.entities.headers.slice(0, 2)).toEqual([['', 'ID', null], ['', 'LABEL', null]]);
    expect(read.relations.headers.slice(0, 4)).toEqual([['', 'ID', null], ['', 'START_ID', null], ['', 'END_ID', null], ['', 'TYPE', null]]);
    for (const [name, type] of [...read.entities.headers.slice(2), ...read.relations.headers.slice(4)]) expect(type, name).toMatch(NEPTUNE_TYPES);
    const sp = read.entities.rows.find((r) => r[':ID'] === 'São Paulo, BR')!;
    // Neptune splits arrays on `;` only: a `;` inside an item is escaped.
    expect(sp['aliases:String[]']).toBe('SP\\; capital;Sampa');
    checkTypes(read.relations, ';');
    expect(new Set(read.relations.rows.map((r) => r[':ID']))).toEqual(new Set(g.edges()));
    expect(read.entities.rows).toHaveLength(g.order);
  });

  it('names relationship types after the predicate', () => {
    expect(relationshipType({ predicate: 'supply', label: 'supplied' })).toBe('SUPPLY');
    expect(relationshipType({ predicate: 'president of' })).toBe('PRESIDENT_OF');
    expect(relationshipType({ predicate: '', label: 'met with' })).toBe('MET_WITH');
    expect(relationshipType({ predicate: '1st in' })).toBe('R_1ST_IN');
    expect(relationshipType({ predicate: '—' })).toBe('RELATED_TO');
    expect(relationshipType({ predicate: 'sign', polarity: 'negative' })).toBe('NOT_SIGN');
  });
});
