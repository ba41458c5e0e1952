/** graph-tool (Debian's /usr/bin/python3) as an outside reader of every GraphML flavour, the yEd one included. */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeGraphml } from '../../shared/graphml/write';
import { sampleGraph, tempDir } from './helpers';

const SCRIPT = `
import json, sys
import graph_tool.all as gt
g = gt.load_graph(sys.argv[1])
labels = sorted(g.vp["label"][v] for v in g.vertices())
print(json.dumps({"vertices": g.num_vertices(), "edges": g.num_edges(), "labels": labels, "properties": sorted(g.vp.keys())}))
`;

describe('graph-tool reads the GraphML Relata writes', () => {
  it.each(['plain', 'gephi', 'yed'] as const)('%s flavour', (flavor) => {
    const file = join(tempDir(), `${flavor}.graphml`);
    writeFileSync(file, writeGraphml(sampleGraph(), { flavor }));
    const read = JSON.parse(execFileSync('/usr/bin/python3', ['-c', SCRIPT, file], { encoding: 'utf8' })) as { vertices: number; edges: number; labels: string[]; properties: string[] };
    expect([read.vertices, read.edges]).toEqual([3, 3]);
    expect(read.labels).toEqual(['Dmitry Medvedev', 'United States', 'peace talks']);
    expect(read.properties).toContain('mentions');
    // The yEd graphics key once had no attr.type, and graph-tool refused the whole file for it.
    if (flavor === 'yed') expect(read.properties).toContain('nodegraphics');
  });
});
