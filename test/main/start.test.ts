import { writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  downloadFailureCause,
  ensureElectronBinary,
  findElectronBinary,
  isSandboxAbort,
  nodeRunsElectronInstaller,
  progressLine,
  SANDBOX_HELP,
  type ElectronSetup,
} from '../../main/cli/start';
import { withTempDir } from './fixtures';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

const quietly = () => {
  const said: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((line: unknown) => void said.push(String(line)));
  return said;
};

describe('npm start: getting Electron', () => {
  it('finds the Electron binary where the electron package says it is, without downloading', async () => {
    await withTempDir(async (dir) => {
      vi.stubEnv('ELECTRON_OVERRIDE_DIST_PATH', dir);
      expect(findElectronBinary()).toBeNull();
      const binary = join(dir, 'electron');
      await writeFile(binary, '');
      expect(findElectronBinary()).toBe(binary);
    });
  });

  it('downloads a missing binary, then lets Electron’s installer unpack it; once there, nothing more is fetched', async () => {
    await withTempDir(async (dir) => {
      vi.stubEnv('ELECTRON_OVERRIDE_DIST_PATH', dir);
      quietly();
      const calls: string[] = [];
      const binary = join(dir, 'electron');
      const setup: ElectronSetup = {
        nodeVersion: '22.12.0',
        download: async () => void calls.push('download'),
        install: () => {
          calls.push('install');
          writeFileSync(binary, '');
          return true;
        },
      };
      expect(await ensureElectronBinary(setup)).toBe(binary);
      expect(await ensureElectronBinary(setup)).toBe(binary);
      expect(calls).toEqual(['download', 'install']);
    });
  });

  it('names the real cause when the download fails, and points to web mode', async () => {
    await withTempDir(async (dir) => {
      vi.stubEnv('ELECTRON_OVERRIDE_DIST_PATH', dir);
      const said = quietly();
      const offline = Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('getaddrinfo ENOTFOUND github.com'), { code: 'ENOTFOUND' }) });
      const setup: ElectronSetup = { nodeVersion: '20.19.0', download: async () => Promise.reject(offline), install: () => true };
      expect(await ensureElectronBinary(setup)).toBeNull();
      expect(said.join('\n')).toMatch(/download failed — the download server’s name could not be looked up: this machine seems to be offline/);
      expect(said.join('\n')).toMatch(/npm run web/);
    });
  });

  it('says when the Node version is the cause, instead of blaming the network, and downloads nothing', async () => {
    await withTempDir(async (dir) => {
      vi.stubEnv('ELECTRON_OVERRIDE_DIST_PATH', dir);
      const said = quietly();
      let downloads = 0;
      const setup: ElectronSetup = { nodeVersion: '22.3.0', download: async () => void downloads++, install: () => true };
      expect(await ensureElectronBinary(setup)).toBeNull();
      expect(downloads).toBe(0);
      expect(said.join('\n')).toMatch(/Node 22\.3\.0.*needs Node 20\.19 or newer in the 20 line, or 22\.12 or newer/);
      expect(said.join('\n')).not.toMatch(/offline|download server|download failed/);
    });
  });

  it('knows which Node versions run Electron’s installer (package.json engines says the same)', () => {
    for (const ok of ['20.19.0', '20.20.2', 'v22.12.0', '23.1.0', '24.0.0']) expect(nodeRunsElectronInstaller(ok), ok).toBe(true);
    for (const bad of ['18.20.0', '20.18.3', '21.7.3', '22.0.0', '22.11.0']) expect(nodeRunsElectronInstaller(bad), bad).toBe(false);
  });

  it.each([
    [{ message: 'Response code 404 (Not Found)', response: { status: 404, url: 'https://example.test/electron.zip' } }, /HTTP 404/],
    [{ message: 'fetch failed', cause: { code: 'SELF_SIGNED_CERT_IN_CHAIN' } }, /certificate was not trusted.*NODE_EXTRA_CA_CERTS/],
    [{ message: 'fetch failed', cause: { code: 'ECONNREFUSED' } }, /connection to the download server failed \(ECONNREFUSED\).*HTTPS_PROXY/],
    [{ message: 'Generated checksum for "electron.zip" did not match expected checksum.' }, /did not match its checksum/],
    [{ message: 'ENOSPC: no space left on device, write', code: 'ENOSPC' }, /cache folder could not be written: the disk is full/],
  ])('explains a failed download: %j', (error, cause) => {
    expect(downloadFailureCause(error)).toMatch(cause);
  });

  it('shows progress as megabytes of the whole', () => {
    expect(progressLine('45.4.1', 35_913_728, 102_760_448)).toBe('Downloading Electron 45.4.1: 34.3 of 98.0 MB (34%)');
    expect(progressLine('45.4.1', 1_048_576, null)).toBe('Downloading Electron 45.4.1: 1.0 MB');
  });
});

describe('npm start: the Linux sandbox', () => {
  it('recognises Chromium’s SUID-sandbox abort and explains the fix', () => {
    const stderr = '[12345:FATAL:setuid_sandbox_host.cc(158)] The SUID sandbox helper binary was found, but is not configured correctly. Rather than run without sandboxing I\'m aborting now.';
    expect(isSandboxAbort(stderr)).toBe(true);
    expect(isSandboxAbort('[1:ERROR:gpu_init.cc] something else')).toBe(false);
    expect(SANDBOX_HELP).toMatch(/Ubuntu 23\.10/);
    expect(SANDBOX_HELP).toMatch(/chmod 4755 node_modules\/electron\/dist\/chrome-sandbox/);
    expect(SANDBOX_HELP).toMatch(/npm start -- --noSandbox/);
  });
});
