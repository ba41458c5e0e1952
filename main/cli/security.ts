/**
 * `npm run security`: Electronegativity over the shell's sources (main/ and renderer/ together, so
 * its global checks see the handlers main installs for the renderer). Exits non-zero on any high or
 * medium finding that is not listed, with its reason, in ACCEPTED below.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** Findings reviewed and accepted: check name → why it does not apply. Keep in step with the README. */
export const ACCEPTED: Record<string, string> = {
  PRELOAD_JS_CHECK:
    'Raised for every preload. Ours runs sandboxed with contextIsolation, exposes only the Platform operations (no ipcRenderer, no event objects), and main validates every argument against a schema.',
  CUSTOM_ARGUMENTS_JS_CHECK:
    'Raised for the js-flags switch, which passes only the fixed young-generation size of main/heap.ts (HEAP_FLAGS): no value from outside, and no flag that turns a protection off.',
};

interface Finding {
  issue: string;
  severity: string;
  file: string;
  location: string;
  description: string;
}

/** Parses Electronegativity's CSV (quoted fields, commas inside quotes). */
export function parseFindings(csv: string): Finding[] {
  const rows = csv.trim().split('\n').slice(1);
  return rows.map((row) => {
    const fields = [...row.matchAll(/"([^"]*)"|([^,]+)|(?<=,)(?=,|$)/g)].map((m) => (m[1] ?? m[2] ?? '').trim());
    const [issue = '', severity = '', , file = '', location = '', , description = ''] = fields;
    return { issue, severity, file, location, description };
  });
}

/** Scans a copy of main/ and renderer/ in a temp folder, removed again whatever happens; returns the findings. */
async function scan(): Promise<Finding[]> {
  const folder = await mkdtemp(join(tmpdir(), 'relata-security-'));
  try {
    await cp(join(ROOT, 'main'), join(folder, 'main'), { recursive: true });
    await cp(join(ROOT, 'renderer'), join(folder, 'renderer'), { recursive: true });
    const report = join(folder, 'findings.csv');
    const electronVersion = JSON.parse(await readFile(join(ROOT, 'node_modules/electron/package.json'), 'utf8')).version as string;
    const bin = join(ROOT, 'node_modules/@doyensec/electronegativity/dist/index.js');
    const result = spawnSync(process.execPath, [bin, '-i', folder, '-r', '-v', 'false', '-e', electronVersion, '-o', report], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`Electronegativity failed to run:\n${result.stderr}`);
    return parseFindings(await readFile(report, 'utf8'));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

if (import.meta.filename === process.argv[1]) {
  let findings: Finding[];
  try {
    findings = await scan();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
  let failing = 0;
  for (const f of findings) {
    const serious = f.severity === 'HIGH' || f.severity === 'MEDIUM';
    const accepted = ACCEPTED[f.issue];
    const verdict = !serious ? 'info' : accepted ? 'accepted' : 'FAIL';
    if (verdict === 'FAIL') failing++;
    console.log(`${verdict.padEnd(8)} ${f.severity.padEnd(6)} ${f.issue} ${f.file}:${f.location} — ${accepted ?? f.description}`);
  }
  console.log(`${findings.length} findings, ${failing} high/medium not accepted`);
  // Set, not exit(): the temp folder is already gone, and pending output is flushed.
  process.exitCode = failing > 0 ? 1 : 0;
}
