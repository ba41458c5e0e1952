import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configureHeap, HEAP_FLAGS } from '../../main/heap';

const ROOT = resolve(import.meta.dirname, '../..');
const MB = 1024 * 1024;

/** The young generation's size once a node process with `flags` kept millions of small objects. */
function youngSpaceAfterLoad(flags: readonly string[]): number {
  const script = `const kept = []; for (let i = 0; i < 4e6; i++) kept.push({ i });
    process.stdout.write(String(require('node:v8').getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size));`;
  const result = spawnSync(process.execPath, [...flags, '-e', script], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return Number(result.stdout);
}

describe('V8 heap flags', () => {
  it('are handed to the app’s renderers as js-flags', () => {
    const calls: Array<[string, string]> = [];
    configureHeap({ appendSwitch: (name, value) => void calls.push([name, value]) });
    expect(calls).toEqual([['js-flags', HEAP_FLAGS.join(' ')]]);
  });

  it('are passed to node by the CLI command that reads graph files', () => {
    const scripts = (JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.convert).toBe(`tsx ${HEAP_FLAGS.join(' ')} main/cli/convert.ts`);
  });

  it('let the young generation grow past V8’s default while a large graph is built', () => {
    const bigger = youngSpaceAfterLoad(HEAP_FLAGS);
    expect(bigger).toBeGreaterThan(youngSpaceAfterLoad([]));
    expect(bigger).toBeGreaterThanOrEqual(64 * MB);
  });
});
