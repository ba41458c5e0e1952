/**
 * `npm start`: builds and launches the desktop app. Electron 45 downloads its binary on first use, not
 * during `npm install`; this does that download up front, as Electron itself would, and where it cannot
 * (an offline machine) says so and how to fix it instead of failing deep inside a build.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

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

/** Runs the electron package's own installer (what requiring `electron` does on first use); true when it succeeded. */
function runElectronInstaller(): boolean {
  const installer = join(dirname(require.resolve('electron/package.json')), 'install.js');
  const result = spawnSync(process.execPath, [installer], { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
  // The installer's stack trace says nothing a person can act on; its first line names the cause.
  if (result.status !== 0) console.error(`  ${(result.stderr ?? '').trim().split('\n')[0] || 'the download failed'}`);
  return result.status === 0;
}

/** The Electron executable, downloading it first when it is missing; null when it cannot be had. */
export function ensureElectronBinary(install: () => boolean = runElectronInstaller): string | null {
  const found = findElectronBinary();
  if (found) return found;
  try {
    require.resolve('electron/package.json');
  } catch {
    return null;
  }
  console.error('Downloading the Electron binary (Electron fetches it on first use)…');
  return install() ? findElectronBinary() : null;
}

export const MISSING_ELECTRON = [
  'Relata cannot start the desktop app: the Electron binary is not installed and could not be downloaded',
  '(Electron 45 fetches it on first use rather than during `npm install`, and this machine could not reach its download server).',
  'On a machine with internet access, run `npx install-electron` (the same as `node node_modules/electron/install.js`) once, then `npm start` again.',
  'Without it, `npm run web` serves the same app to your browser on http://localhost:5173 (set PORT to change the port).',
].join(' ');

if (import.meta.filename === process.argv[1]) {
  if (!ensureElectronBinary()) {
    console.error(MISSING_ELECTRON);
    process.exit(1);
  }
  const cli = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  // `preview` builds main, preload and renderer, then runs the production build in Electron.
  const child = spawn(process.execPath, [cli, 'preview', ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
