import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGexf } from '../../shared/gexf/read';
import { readGraphml } from '../../shared/graphml/read';
import { writeGraphml } from '../../shared/graphml/write';
import { createProject, parseProject, projectGraph, serializeProject } from '../../shared/project/codec';
import { sampleGraph, snapshot, tempDir } from './helpers';

const root = join(import.meta.dirname, '..', '..');

function convert(...args: string[]) {
  const r = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'main', 'cli', 'convert.ts'), ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run convert', () => {
  it('converts project → GraphML → GEXF → project without losing anything', () => {
    const dir = tempDir();
    const g = sampleGraph();
    const documents = [{ name: '001.txt', text: 'Medvedev dismissed the talks.' }];
    writeFileSync(join(dir, 'in.relata'), serializeProject(createProject({ documents, graph: g })));
    expect(convert(join(dir, 'in.relata'), '-o', join(dir, 'a.graphml')).status).toBe(0);
    expect(snapshot(readGraphml(readFileSync(join(dir, 'a.graphml'), 'utf8')))).toEqual(snapshot(g));
    expect(convert(join(dir, 'a.graphml'), '-o', join(dir, 'b.gexf')).status).toBe(0);
    expect(snapshot(readGexf(readFileSync(join(dir, 'b.gexf'), 'utf8')))).toEqual(snapshot(g));
    expect(convert(join(dir, 'b.gexf'), '-o', join(dir, 'c.relata')).status).toBe(0);
    expect(snapshot(projectGraph(parseProject(readFileSync(join(dir, 'c.relata'), 'utf8'))))).toEqual(snapshot(g));
    expect(convert(join(dir, 'in.relata'), '-o', join(dir, 'y.graphml'), '--flavor', 'yed').status).toBe(0);
    expect(readFileSync(join(dir, 'y.graphml'), 'utf8')).toContain('<y:ShapeNode>');
  });

  it('fails with one line and a non-zero exit, leaving an existing output untouched', () => {
    const dir = tempDir();
    const out = join(dir, 'out.graphml');
    writeFileSync(out, 'precious');
    writeFileSync(join(dir, 'bad.graphml'), writeGraphml(sampleGraph()).slice(0, 700));
    writeFileSync(join(dir, 'bin.gexf'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]));
    writeFileSync(join(dir, 'latin1.graphml'), Buffer.from('<graphml>\xe9</graphml>', 'latin1'));
    const cases: Array<[string[], number, RegExp]> = [
      [[join(dir, 'missing.graphml'), '-o', out], 1, /does not exist/],
      [[join(dir, 'bad.graphml'), '-o', out], 1, /truncated/],
      [[join(dir, 'bin.gexf'), '-o', out], 1, /binary/],
      [[join(dir, 'latin1.graphml'), '-o', out], 1, /UTF-8/],
      [[join(dir, 'bad.graphml')], 2, /usage/],
      [[join(dir, 'bad.txt'), '-o', out], 2, /unknown format/],
    ];
    for (const [args, status, reason] of cases) {
      const r = convert(...args);
      expect(r.status).toBe(status);
      expect(r.stderr).toMatch(reason);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(readFileSync(out, 'utf8')).toBe('precious');
  });
});
