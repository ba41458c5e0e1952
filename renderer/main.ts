/** Renderer entry: builds the workspace and the explorer, starts the shell, exposes the live graph for tests and power users. */
import './styles/app.css';
import type Sigma from 'sigma';
import type { KnowledgeGraph } from '../shared/graph/schema';
import { ExplorerApp } from './app/app';
import { bindShortcuts } from './app/shortcuts';
import { Workspace } from './app/workspace';
import { onWebglLost, showDrawingLost, showStartupFailure, webglUnavailable } from './panels/startup-failure';
import { hasElectronShell } from './platform/electron';
import { startShell, type Shell } from './project/start-shell';

declare global {
  interface Window {
    relata: { graph: KnowledgeGraph; renderer: Sigma; workspace: Workspace; app: ExplorerApp; shell: Shell };
  }
}

const root = document.getElementById('app')!;
const shellKind = hasElectronShell() ? 'electron' : 'web';

function start(): void {
  const workspace = new Workspace();
  const app = new ExplorerApp(root, workspace);
  const shell = startShell({ workspace, actions: app.actions, report: (message, kind) => app.toolbar.say(message, kind) });
  app.attachPlatform(shell.platform, () => shell.session.fileName);
  bindShortcuts((command) => void app.actions.run(command), shell.platform.kind);
  const canvas = app.canvas.sigma.getContainer();
  onWebglLost(canvas, () => showDrawingLost(canvas.parentElement ?? root, shellKind));
  window.relata = { graph: workspace.graph, renderer: app.canvas.sigma, workspace, app, shell };
}

if (webglUnavailable()) showStartupFailure(root, shellKind, 'webgl');
else {
  try {
    start();
  } catch (error) {
    showStartupFailure(root, shellKind, error instanceof Error ? error : new Error(String(error)));
  }
}
