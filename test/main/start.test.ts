import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findElectronBinary, MISSING_ELECTRON } from '../../main/cli/start';
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

  it('explains how to get Electron and points to web mode', () => {
    expect(MISSING_ELECTRON).toMatch(/install-electron/);
    expect(MISSING_ELECTRON).toMatch(/npm run web/);
  });
});
