/** The attribute table's rows and the inspector's imported attributes. */
import { describe, expect, it } from 'vitest';
import { importedAttributes } from '../../shared/formats/columns';
import { buildTable, filterRows, sortRows } from '../../renderer/panels/table-model';
import { awkwardGraph } from './fixture';

describe('attribute table', () => {
  const g = awkwardGraph();

  it('has a row per node and a column per attribute, imported ones included', () => {
    const table = buildTable(g, 'node');
    expect(table.rows.map((r) => r.key)).toEqual(g.nodes());
    const names = table.columns.map((c) => c.name);
    expect(names.slice(0, 3)).toEqual(['id', 'label', 'type']);
    expect(names).toEqual(expect.arrayContaining(['club', 'rank', 'mentions']));
    expect(names).not.toContain('occurrences');
    const club = names.indexOf('club');
    expect(table.rows.find((r) => r.key === 'medvedev')!.cells[club]).toBe('Mr. Hi');
    expect(table.rows.find((r) => r.key === 'lonely')!.cells[club]).toBe('');
    expect(table.columns[names.indexOf('mentions')]!.numeric).toBe(true);
  });

  it('lists edges with their ends by label', () => {
    const table = buildTable(g, 'edge');
    expect(table.columns.slice(0, 4).map((c) => c.name)).toEqual(['id', 'source', 'target', 'label']);
    expect(table.rows.find((r) => r.key === 'e0')!.cells.slice(0, 4)).toEqual(['e0', 'Dmitry Medvedev', 'peace talks', 'dismissed']);
  });

  it('filters by text in any column or one, and by comparison in a numeric column', () => {
    const table = buildTable(g, 'node');
    const col = (name: string) => table.columns.findIndex((c) => c.name === name);
    expect(filterRows(table, 'officer', null).map((r) => r.key)).toEqual(['talks']);
    expect(filterRows(table, 'paulo', col('label')).map((r) => r.key)).toEqual(['São Paulo, BR']);
    expect(filterRows(table, 'paulo', col('type'))).toEqual([]);
    expect(filterRows(table, '>2', col('mentions')).map((r) => r.key)).toEqual(['medvedev', 'talks']);
    expect(filterRows(table, '<= 0', col('mentions')).map((r) => r.key)).toEqual(['lonely']);
    // In a text column a comparison is plain text.
    expect(filterRows(table, '>2', col('label'))).toEqual([]);
    expect(filterRows(table, '  ', null)).toHaveLength(g.order);
  });

  it('sorts numbers as numbers and text naturally, empty cells last', () => {
    const table = buildTable(g, 'node');
    const col = (name: string) => table.columns.findIndex((c) => c.name === name);
    const mentions = sortRows(table.rows, table, col('mentions'), true).map((r) => r.cells[col('mentions')]);
    expect(mentions).toEqual([...mentions].sort((a, b) => Number(b) - Number(a)));
    expect(sortRows(table.rows, table, col('club'), false).map((r) => r.cells[col('club')])).toEqual(['Mr. Hi', 'Officer', '', '', '']);
    expect(sortRows(table.rows, table, col('club'), true).map((r) => r.cells[col('club')])).toEqual(['Officer', 'Mr. Hi', '', '', '']);
  });
});

describe('imported attributes', () => {
  it('are the attributes Relata does not name itself, under their own names', () => {
    const g = awkwardGraph();
    expect(importedAttributes('node', g.getNodeAttributes('medvedev'))).toEqual([['club', 'Mr. Hi'], ['rank', '3']]);
    expect(importedAttributes('node', { ...g.getNodeAttributes('lonely'), hidden: true })).toEqual([]);
    expect(importedAttributes('edge', { label: 'x', confidence: 1, weight: 2, support: [], since: 1994, sources: ['a', 'b'] })).toEqual([['since', '1994'], ['sources', 'a|b']]);
  });
});
