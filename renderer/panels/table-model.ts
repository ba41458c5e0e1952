/**
 * The attribute table's rows: one per node or edge, a cell per column (every attribute the graph holds,
 * imported ones included), filtered and sorted. Pure, so the panel and the tests agree.
 */
import { attributeColumns, cellText, isNumeric, type Column } from '../../shared/formats/columns';
import { originalKey } from '../../shared/graph/safe-keys';
import type { KnowledgeGraph } from '../../shared/graph/schema';

export type TableDomain = 'node' | 'edge';

export interface TableColumn {
  /** Header text. */
  name: string;
  numeric: boolean;
}

export interface TableRow {
  /** The node or edge key in the graph. */
  key: string;
  cells: string[];
}

export interface Table {
  columns: TableColumn[];
  rows: TableRow[];
}

/** Builds the table of nodes (id first) or edges (id, source and target labels first). */
export function buildTable(graph: KnowledgeGraph, domain: TableDomain): Table {
  const columns: Column[] = attributeColumns(graph, domain);
  const label = (node: string) => String(graph.getNodeAttribute(node, 'label') ?? originalKey(node));
  if (domain === 'node') {
    return {
      columns: [{ name: 'id', numeric: false }, ...columns.map((c) => ({ name: c.name, numeric: isNumeric(c.kind) }))],
      rows: graph.mapNodes((key, a) => ({ key, cells: [originalKey(key), ...columns.map((c) => cellText(c, a))] })),
    };
  }
  return {
    columns: [{ name: 'id', numeric: false }, { name: 'source', numeric: false }, { name: 'target', numeric: false }, ...columns.map((c) => ({ name: c.name, numeric: isNumeric(c.kind) }))],
    rows: graph.mapEdges((key, a, source, target) => ({ key, cells: [originalKey(key), label(source), label(target), ...columns.map((c) => cellText(c, a))] })),
  };
}

const COMPARISON = /^\s*(<=|>=|<|>|=)\s*(\S.*)$/;

/**
 * The rows whose cell in `column` (any column when null) matches `query`: text anywhere in the cell,
 * case aside; in a numeric column `>3`, `<=0.5` or `=2` compare numbers. An empty query keeps every row.
 */
export function filterRows(table: Table, query: string, column: number | null): TableRow[] {
  const text = query.trim();
  if (text === '') return table.rows;
  const comparison = column !== null && table.columns[column]?.numeric ? COMPARISON.exec(text) : null;
  if (comparison) {
    const bound = Number(comparison[2]);
    if (Number.isFinite(bound)) {
      const test = { '<': (v: number) => v < bound, '<=': (v: number) => v <= bound, '>': (v: number) => v > bound, '>=': (v: number) => v >= bound, '=': (v: number) => v === bound }[comparison[1] as '<'];
      return table.rows.filter((row) => row.cells[column!] !== '' && test(Number(row.cells[column!])));
    }
  }
  const needle = text.toLocaleLowerCase();
  const matches = (cell: string) => cell.toLocaleLowerCase().includes(needle);
  return table.rows.filter((row) => (column === null ? row.cells.some(matches) : matches(row.cells[column] ?? '')));
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** The rows sorted by a column (numbers as numbers), empty cells last either way; stable. */
export function sortRows(rows: readonly TableRow[], table: Table, column: number, descending: boolean): TableRow[] {
  const numeric = table.columns[column]?.numeric ?? false;
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = a.cells[column] ?? '', y = b.cells[column] ?? '';
    if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
    return sign * (numeric ? Number(x) - Number(y) : collator.compare(x, y));
  });
}
