/**
 * `npm start`: builds and launches the desktop app. Electron 45 downloads its binary on first use, not
 * during `npm install`; this does that download up front, showing its progress, and when it cannot,
 * says why (the Node version, the network, a proxy, a broken download) and what to do. When Electron
 * aborts because Linux's sandbox cannot start (Ubuntu 23.10 and later), it explains that too.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fileErrorCause } from '../io/file-errors';

const require = createRequire(import.meta.url);

/**
 * The Electron executable if it is on disk, else null. This repeats the lookup of the `electron`
 * package's index.js without its side effect: requiring that file starts a download of a missing binary.
 */
export function findElectronBinary(): string | null {
  let packageDir: string;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override ? join(override, executable || 'electron') : executable ? join(packageDir, 'dist', executable) : null;
  return binary && existsSync(binary) ? binary : null;
}

/**
 * True for the Node versions that can run Electron's installer: its downloader (@electron/get) is an
 * ES module loaded with require(), which Node allows from 20.19 and 22.12 on, but not in 21.x or
 * 22.0–22.11 (package.json's `engines` says the same).
 */
export function nodeRunsElectronInstaller(version: string): boolean {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  if (major === 20) return minor >= 19;
  if (major === 22) return minor >= 12;
  return major > 22;
}

export function unsupportedNodeMessage(version: string): string {
  return [
    `Relata cannot start the desktop app with Node ${version}: Electron's installer needs Node 20.19 or newer in the 20 line, or 22.12 or newer`,
    '(in Node 21 and 22.0–22.11 it fails to load its own downloader, which looks like a network error but is not).',
    'Install Node 22 LTS (for example `nvm install 22`) and run `npm start` again.',
  ].join(' ');
}

const CERTIFICATE_CODES = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/;

/** Why the Electron download failed, in words a person can act on, from @electron/get's error. */
export function downloadFailureCause(error: unknown): string {
  const e = (error ?? {}) as { message?: string; code?: string; response?: { status?: number; url?: string }; cause?: { code?: string; message?: string } };
  const code = e.cause?.code ?? e.code;
  const message = e.message ?? String(error);
  if (e.response?.status === 404) return `the download server has no such file (HTTP 404 for ${e.response.url}): this platform may have no Electron build, or ELECTRON_MIRROR points at the wrong place`;
  if (e.response?.status) return `the download server answered HTTP ${e.response.status}; try again later, or set ELECTRON_MIRROR to another mirror`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'the download server’s name could not be looked up: this machine seems to be offline, or its DNS is blocked';
  if (code && CERTIFICATE_CODES.test(code)) {
    return `the download server’s certificate was not trusted (${code}): a proxy or antivirus may be intercepting HTTPS; point NODE_EXTRA_CA_CERTS at its certificate`;
  }
  if (code && /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|UND_ERR_CONNECT_TIMEOUT|UND_ERR_SOCKET)$/.test(code)) {
    return `the connection to the download server failed (${code}): a firewall or proxy may block it; behind a proxy set HTTPS_PROXY and ELECTRON_GET_USE_PROXY=1`;
  }
  if (/checksum|sha256|integrity/i.test(message)) return 'the downloaded file did not match its checksum (a broken or intercepted download); run `npm start` again';
  if (code && /^E[A-Z]+$/.test(code)) return `Electron's cache folder could not be written: ${fileErrorCause(error)}`;
  return message.split('\n')[0]!;
}

/** One line of download progress: "Downloading Electron 45.4.1: 34.2 of 98.1 MB (35%)". */
export function progressLine(version: string, transferred: number, total: number | null): string {
  const mb = (bytes: number) => (bytes / 1048576).toFixed(1);
  return total ? `Downloading Electron ${version}: ${mb(transferred)} of ${mb(total)} MB (${Math.floor((transferred / total) * 100)}%)` : `Downloading Electron ${version}: ${mb(transferred)} MB`;
}

function electronPackage(): { dir: string; version: string } {
  const file = require.resolve('electron/package.json');
  return { dir: dirname(file), version: (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version };
}

/**
 * Downloads Electron's zip into Electron's own cache, with the arguments its installer uses, so the
 * installer (run next) finds it there and only unpacks it. Progress goes to stderr.
 */
async function downloadElectron(): Promise<void> {
  const { dir, version } = electronPackage();
  const get = (await import(pathToFileURL(createRequire(join(dir, 'package.json')).resolve('@electron/get')).href)) as {
    downloadArtifact(options: object): Promise<string>;
  };
  let shownPercent = -10;
  await get.downloadArtifact({
    version,
    artifactName: 'electron',
    platform: process.env.ELECTRON_INSTALL_PLATFORM || process.env.npm_config_platform || process.platform,
    arch: process.env.ELECTRON_INSTALL_ARCH || process.env.npm_config_arch || process.arch,
    cacheRoot: process.env.electron_config_cache,
    checksums: JSON.parse(readFileSync(join(dir, 'checksums.json'), 'utf8')),
    downloadOptions: {
      quiet: true,
      getProgressCallback: ({ transferred, total, percent }: { transferred: number; total: number | null; percent: number }) => {
        // A terminal gets one line redrawn; a log gets a line per tenth.
        if (process.stderr.isTTY) process.stderr.write(`\r${progressLine(version, transferred, total)}`);
        else if (percent * 100 >= shownPercent + 10 || percent === 1) {
          shownPercent = Math.floor(percent * 10) * 10;
          console.error(progressLine(version, transferred, total));
        }
      },
    },
  });
  if (process.stderr.isTTY) process.stderr.write('\n');
}

/** Runs the electron package's own installer (it unpacks the cached zip); true when it succeeded. */
function runElectronInstaller(): boolean {
  const result = spawnSync(process.execPath, [join(electronPackage().dir, 'install.js')], { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) console.error(`  ${(result.stderr ?? '').trim().split('\n')[0] || 'unpacking Electron failed'}`);
  return result.status === 0;
}

export interface ElectronSetup {
  nodeVersion: string;
  download(): Promise<void>;
  install(): boolean;
}

const realSetup: ElectronSetup = { nodeVersion: process.versions.node, download: downloadElectron, install: runElectronInstaller };

/** The Electron executable, downloading it first when it is missing; null (after saying why) when it cannot be had. */
export async function ensureElectronBinary(setup: ElectronSetup = realSetup): Promise<string | null> {
  const found = findElectronBinary();
  if (found) return found;
  try {
    require.resolve('electron/package.json');
  } catch {
    console.error('The electron package is not installed: run `npm ci` first.');
    return null;
  }
  if (!nodeRunsElectronInstaller(setup.nodeVersion)) {
    console.error(unsupportedNodeMessage(setup.nodeVersion));
    return null;
  }
  console.error('Electron fetches its binary on first use; downloading it now…');
  try {
    await setup.download();
  } catch (error) {
    console.error(`Relata cannot start the desktop app: the Electron download failed — ${downloadFailureCause(error)}.`);
    console.error(WITHOUT_ELECTRON);
    return null;
  }
  return setup.install() ? findElectronBinary() : null;
}

const WITHOUT_ELECTRON = 'Meanwhile `npm run web` serves the same app to your browser on http://localhost:5173 (set PORT to change the port).';

/** What Chromium prints when its Linux sandbox cannot start and it will not run without one. */
const SANDBOX_ABORT = /SUID sandbox helper binary was found, but is not configured correctly/;

export function isSandboxAbort(stderr: string): boolean {
  return SANDBOX_ABORT.test(stderr);
}

export const SANDBOX_HELP = [
  '',
  'Electron stopped before opening a window: Linux’s sandbox could not start.',
  'On Ubuntu 23.10 and later, AppArmor keeps programs that are not installed system-wide (such as Electron in',
  'node_modules) from using the user namespaces Chromium’s sandbox needs, and its fallback helper, chrome-sandbox,',
  'is not set up inside node_modules. Either:',
  '  • make the helper setuid root, once:',
  '      sudo chown root:root node_modules/electron/dist/chrome-sandbox && sudo chmod 4755 node_modules/electron/dist/chrome-sandbox',
  '  • or give Electron an AppArmor profile that allows user namespaces (Ubuntu’s notes on “unprivileged user',
  '    namespace restrictions” show how);',
  '  • or, only to try Relata out, run it without Chromium’s sandbox: npm start -- --noSandbox',
  'The installed .deb sets the helper up by itself.',
].join('\n');

if (import.meta.filename === process.argv[1]) {
  if (!(await ensureElectronBinary())) process.exit(1);
  const cli = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  // `preview` builds main, preload and renderer, then runs the production build in Electron.
  const child = spawn(process.execPath, [cli, 'preview', ...process.argv.slice(2)], { stdio: ['inherit', 'inherit', 'pipe'] });
  let seen = '';
  child.stderr.on('data', (chunk: Buffer) => {
    process.stderr.write(chunk);
    // Keep the tail only: the abort message is one line, and Electron can log a lot.
    seen = (seen + chunk.toString('utf8')).slice(-8192);
  });
  child.on('exit', (code, signal) => {
    if (code !== 0 && isSandboxAbort(seen)) console.error(SANDBOX_HELP);
    process.exit(code ?? (signal ? 1 : 0));
  });
}
