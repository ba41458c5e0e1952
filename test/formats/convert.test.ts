/** `npm run convert` driven by the format collection: every writable format, settings, folders and zips. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../shared/formats/collection';
import { createProject, serializeProject } from '../../shared/project/codec';
import { tempDir } from '../interop/helpers';
import { awkwardGraph } from './fixture';

const root = join(import.meta.dirname, '..', '..');

function convert(...args: string[]) {
  const r = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'main', 'cli', 'convert.ts'), ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run convert with the format collection', () => {
  const dir = tempDir();
  const input = join(dir, 'in.relata');
  writeFileSync(input, serializeProject(createProject({ documents: [], graph: awkwardGraph() })));

  it('writes every format that has a writer, several files into a folder or a zip', () => {
    const written = [
      ['out.ttl', '--annotation', 'rdf-star', '--base', 'https://example.org/kg/'],
      ['out.json'],
      ['out.svg'],
      ['csv', '--to', 'csv', '--flavor', 'kumu'],
      ['neo.zip', '--to', 'neo4j', '--flavor', 'memgraph'],
    ];
    for (const [out, ...rest] of written) {
      const r = convert(input, '-o', join(dir, out!), ...rest);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/: 5 nodes, 5 edges/);
    }
    expect(readFileSync(join(dir, 'out.ttl'), 'utf8')).toContain('~ <https://example.org/kg/relation/e0> {|');
    expect(readdirSync(join(dir, 'csv')).sort()).toEqual(['connections.csv', 'elements.csv']);
    expect(readFileSync(join(dir, 'neo.zip')).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(readFileSync(join(dir, 'out.svg'), 'utf8').match(/<circle /g)).toHaveLength(5);
  });

  it('refuses bad settings and formats it cannot write, as usage errors, writing nothing', () => {
    const cases: Array<[string[], RegExp]> = [
      [[input, '-o', join(dir, 'a.graphml'), '--flavor', 'pajek'], /flavor must be one of plain, gephi, yed/],
      [[input, '-o', join(dir, 'a.gexf'), '--flavor', 'gephi'], /GEXF has no setting flavor/],
      [[input, '-o', join(dir, 'a.graphml'), '--__proto__', 'x'], /GraphML has no setting __proto__/],
      [[input, '-o', join(dir, 'a.png')], /PNG image is drawn from the screen/],
      [[input, '-o', join(dir, 'x'), '--to', 'pdf'], /--to must be one of/],
      [[input, '-o'], /-o needs a value/],
    ];
    for (const [args, message] of cases) {
      const r = convert(...args);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    expect(existsSync(join(dir, 'a.graphml'))).toBe(false);
  });

  it('converts a GraphML position of NaN to a project, saying what it repaired, and the project converts back', () => {
    const nan = join(dir, 'nan.graphml');
    writeFileSync(nan, '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="x" for="node" attr.name="x" attr.type="double"/><graph edgedefault="directed"><node id="a"><data key="x">NaN</data></node></graph></graphml>');
    const there = convert(nan, '-o', join(dir, 'nan.relata'));
    expect(there.status).toBe(0);
    expect(there.stderr).toMatch(/nan\.graphml: repaired: x values that are not finite numbers were replaced \(once; first: node "a"/);
    const back = convert(join(dir, 'nan.relata'), '-o', join(dir, 'back.graphml'));
    expect(back.status).toBe(0);
    expect(back.stderr).toBe('');
  });

  it('lists every format and its settings in --help', () => {
    const r = convert('--help');
    expect(r.status).toBe(0);
    for (const format of FORMATS.filter((f) => f.write)) expect(r.stdout).toContain(format.id);
    expect(r.stdout).toContain('--flavor neo4j|memgraph|neptune');
  });
});
