/** Renderer entry: builds the workspace and the explorer, and exposes the live graph for tests and power users. */
import './styles/app.css';
import type Sigma from 'sigma';
import { ExplorerApp } from './app/app';
import { bindShortcuts } from './app/shortcuts';
import { Workspace } from './app/workspace';
import type { KnowledgeGraph } from '../shared/graph/schema';

declare global {
  interface Window {
    relata: { graph: KnowledgeGraph; renderer: Sigma; workspace: Workspace; app: ExplorerApp };
  }
}

const workspace = new Workspace();
const app = new ExplorerApp(document.getElementById('app')!, workspace);
bindShortcuts((command) => void app.actions.run(command));
window.relata = { graph: workspace.graph, renderer: app.canvas.sigma, workspace, app };
