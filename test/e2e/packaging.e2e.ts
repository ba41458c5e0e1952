/**
 * `npm run dist` without the Electron download: electron-builder packs the built app for Linux into a
 * folder, from a stand-in Electron distribution (an executable holding a fuse wire as Electron's
 * does). What it proves: the configuration loads and validates, app.asar holds the bundles and the
 * runtime dependencies main imports and nothing else, the executable is named, and the fuses are
 * flipped in the packaged binary. Making the AppImage, .deb, NSIS and dmg themselves needs the real
 * Electron and each platform's tools.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { Arch, build, Platform } from 'electron-builder';
import { afterAll, expect, it } from 'vitest';
import { ROOT } from './harness';

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's own defaults: RunAsNode, NODE_OPTIONS, --inspect and file:// privileges on; the rest off. */
const STOCK_WIRE = '10110001';
/** A fuse on the wire is the character '1' (on) or '0' (off). */
const ON = '1'.charCodeAt(0);
const OFF = '0'.charCodeAt(0);
const folders: string[] = [];

afterAll(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

/** A stand-in for node_modules/electron/dist on Linux: an executable with a fuse wire, and the files around it. */
async function fakeElectronDist(): Promise<string> {
  const dist = await mkdtemp(join(tmpdir(), 'relata-electron-dist-'));
  folders.push(dist);
  const binary = Buffer.concat([Buffer.alloc(4096, 0x7f), Buffer.from(SENTINEL), Buffer.from([1, STOCK_WIRE.length]), Buffer.from(STOCK_WIRE), Buffer.alloc(1024)]);
  await writeFile(join(dist, 'electron'), binary, { mode: 0o755 });
  await writeFile(join(dist, 'chrome-sandbox'), '');
  await writeFile(join(dist, 'LICENSE'), 'MIT');
  const { version } = JSON.parse(await readFile(resolve(ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string };
  await writeFile(join(dist, 'version'), version);
  await mkdir(join(dist, 'resources'));
  return dist;
}

/** The bare packages a bundle imports at run time (Node's own and electron are not packages to ship). */
function runtimeImports(bundle: string): string[] {
  const specifiers = [...readFileSync(bundle, 'utf8').matchAll(/(?:^|\n)import\s+(?:[^'"]*?\sfrom\s+)?["']([^"']+)["']/g)].map((m) => m[1]!);
  return [...new Set(specifiers.filter((s) => !s.startsWith('node:') && !s.startsWith('.') && s !== 'electron').map((s) => s.split('/').slice(0, s.startsWith('@') ? 2 : 1).join('/')))];
}

it('packs the built app for Linux with electron-builder, without downloading Electron', async () => {
  const output = await mkdtemp(join(tmpdir(), 'relata-release-'));
  folders.push(output);
  await build({
    projectDir: ROOT,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    publish: 'never',
    config: { electronDist: await fakeElectronDist(), directories: { output } },
  });
  const app = join(output, 'linux-unpacked');

  // The fuses, as the packaged binary carries them.
  const wire = await getCurrentFuseWire(join(app, 'relata'));
  const fuse = (option: FuseV1Options) => wire[option];
  expect(fuse(FuseV1Options.RunAsNode)).toBe(OFF);
  expect(fuse(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe(OFF);
  expect(fuse(FuseV1Options.EnableNodeCliInspectArguments)).toBe(OFF);
  expect(fuse(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe(ON);
  expect(fuse(FuseV1Options.OnlyLoadAppFromAsar)).toBe(ON);
  expect(fuse(FuseV1Options.GrantFileProtocolExtraPrivileges)).toBe(OFF);

  // app.asar: the bundles, the packages main imports, and no sources, tests, maps or dev tools.
  const asar = join(app, 'resources', 'app.asar');
  const files = listPackage(asar, { isPack: false }).map((f) => f.replaceAll('\\', '/'));
  for (const bundle of ['/out/main/index.js', '/out/preload/preload.cjs', '/out/renderer/index.html']) expect(files).toContain(bundle);
  const own = files.filter((f) => f !== '/node_modules' && !f.startsWith('/node_modules/'));
  expect(own.filter((f) => !f.startsWith('/out') && f !== '/package.json')).toEqual([]);
  expect(own.filter((f) => f.endsWith('.map'))).toEqual([]);
  for (const pkg of runtimeImports(resolve(ROOT, 'out/main/index.js'))) expect(files, pkg).toContain(`/node_modules/${pkg}/package.json`);
  for (const dev of ['electron', 'vitest', 'playwright-core', 'electron-builder', 'typescript']) expect(files).not.toContain(`/node_modules/${dev}/package.json`);
  const packaged = JSON.parse(extractFile(asar, 'package.json').toString('utf8')) as { productName: string; main: string };
  expect(packaged).toMatchObject({ productName: 'Relata', main: 'out/main/index.js' });
});
