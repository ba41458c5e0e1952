import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';
import { isOpenablePath } from '../../main/project-store';

const ROOT = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(await readFile(resolve(ROOT, 'package.json'), 'utf8')) as { productName: string; main: string; engines: { node: string } };
/** The configuration `npm run dist` builds with, read the way electron-builder reads it. */
const config = await getConfig(ROOT, null, null);

const targetsOf = (platform: unknown) => ([] as unknown[]).concat((platform as { target?: unknown }).target).map((t) => (typeof t === 'string' ? t : (t as { target: string }).target));

describe('packages (electron-builder)', () => {
  it('passes electron-builder’s own validation', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app and builds an AppImage and a .deb on Linux, NSIS on Windows and a dmg on macOS', () => {
    expect(pkg.productName).toBe('Relata');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z0-9-]+){2,}$/);
    expect(targetsOf(config.linux)).toEqual(['AppImage', 'deb']);
    expect(targetsOf(config.win)).toEqual(['nsis']);
    expect(targetsOf(config.mac)).toEqual(['dmg']);
    // electron-builder turns the patterns into file sets: the built bundles and package.json, no sources.
    const patterns = ([] as unknown[]).concat(config.files).flatMap((f) => (typeof f === 'string' ? [f] : ([] as string[]).concat((f as { filter: string[] }).filter)));
    expect(patterns).toEqual(expect.arrayContaining(['out/**/*', 'package.json']));
    expect(patterns.filter((p) => /^(main|renderer|shared|test)\b/.test(p))).toEqual([]);
    expect(pkg.main).toBe('out/main/index.js');
  });

  it('opens .relata as its own and .graphml/.gexf as files it can open, all of which the app really opens', () => {
    const associations = ([] as { ext: string | string[]; role?: string }[]).concat(config.fileAssociations as never);
    const byExt = new Map(associations.map((a) => [String(a.ext), a]));
    expect(byExt.get('relata')?.role).toBe('Editor');
    expect(byExt.has('graphml')).toBe(true);
    expect(byExt.has('gexf')).toBe(true);
    for (const ext of byExt.keys()) expect(isOpenablePath(`/home/me/file.${ext}`), ext).toBe(true);
  });

  it('flips the fuses: no RunAsNode, NODE_OPTIONS or --inspect; only the app.asar, with its integrity checked', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });

  it('has an icon electron-builder can make every platform’s icons from (a PNG of at least 512 × 512)', async () => {
    const png = await readFile(resolve(ROOT, config.directories?.buildResources ?? 'build', 'icon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    expect(png.readUInt32BE(20)).toBe(png.readUInt32BE(16));
  });

  it('declares the Node versions Electron’s installer runs on', () => {
    expect(pkg.engines.node).toBe('^20.19.0 || >=22.12.0');
  });
});
