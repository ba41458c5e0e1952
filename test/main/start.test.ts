import { writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ensureElectronBinary, findElectronBinary, MISSING_ELECTRON } from '../../main/cli/start';
import { withTempDir } from './fixtures';

afterEach(() => void vi.unstubAllEnvs());

describe('npm start wrapper', () => {
  it('finds the Electron binary where the electron package says it is, without downloading', async () => {
    await withTempDir(async (dir) => {
      vi.stubEnv('ELECTRON_OVERRIDE_DIST_PATH', dir);
      expect(findElectronBinary()).toBeNull();
      const binary = join(dir, 'electron');
      await writeFile(binary, '');
      expect(findElectronBinary()).toBe(binary);
    });
  });

  it('downloads a missing binary first, and reports failure when the download fails', async () => {
    await withTempDir(async (dir) => {
      vi.stubEnv('ELECTRON_OVERRIDE_DIST_PATH', dir);
      const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
      expect(ensureElectronBinary(() => false)).toBeNull();
      let installs = 0;
      const binary = join(dir, 'electron');
      const install = () => {
        installs++;
        writeFileSync(binary, '');
        return true;
      };
      expect(ensureElectronBinary(install)).toBe(binary);
      // Present now: no second download.
      expect(ensureElectronBinary(install)).toBe(binary);
      expect(installs).toBe(1);
      quiet.mockRestore();
    });
  });

  it('explains how to get Electron and points to web mode', () => {
    expect(MISSING_ELECTRON).toMatch(/install-electron/);
    expect(MISSING_ELECTRON).toMatch(/npm run web/);
  });
});
