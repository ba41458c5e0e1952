/** Renderer entry: builds the workspace and the explorer, starts the shell, exposes the live graph for tests and power users. */
import './styles/app.css';
import type Sigma from 'sigma';
import { ExplorerApp } from './app/app';
import { bindShortcuts } from './app/shortcuts';
import { Workspace } from './app/workspace';
import { startShell, type Shell } from './project/start-shell';
import type { KnowledgeGraph } from '../shared/graph/schema';

declare global {
  interface Window {
    relata: { graph: KnowledgeGraph; renderer: Sigma; workspace: Workspace; app: ExplorerApp; shell: Shell };
  }
}

const workspace = new Workspace();
const app = new ExplorerApp(document.getElementById('app')!, workspace);
const shell = startShell({ workspace, actions: app.actions, report: (message, kind) => app.toolbar.say(message, kind) });
app.attachPlatform(shell.platform, () => shell.session.fileName);
// In Electron the native menu's accelerators send these commands already.
if (shell.platform.kind === 'web') bindShortcuts((command) => void app.actions.run(command));
window.relata = { graph: workspace.graph, renderer: app.canvas.sigma, workspace, app, shell };
