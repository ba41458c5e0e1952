/** The top bar: history, view and layout controls, export and theme. Buttons only dispatch. */
import { EXPORT_MENU } from '../../shared/formats/commands';
import type { MenuCommand } from '../../shared/shell/platform';
import { h } from './dom';

export interface ToolbarHost {
  run(command: MenuCommand): void;
  canUndo(): boolean;
  canRedo(): boolean;
  undoLabel(): string | null;
  redoLabel(): string | null;
}

export function button(label: string, title: string, onclick: () => void, extra: Record<string, unknown> = {}): HTMLButtonElement {
  return h('button', { title, 'aria-label': title, onclick, ...extra }, label);
}

/**
 * A toolbar button with an icon and a word; below 1280 px the word goes (app.css) and the icon stays,
 * named for screen readers by its title.
 */
export function iconButton(icon: string, label: string, title: string, onclick: () => void, extra: Record<string, unknown> = {}): HTMLButtonElement {
  return h('button', { title, 'aria-label': title, onclick, ...extra }, ...iconLabel(icon, label));
}

/** The icon and the word of an icon button, for a button whose face changes (ForceAtlas2 / Stop). */
export function iconLabel(icon: string, label: string): HTMLElement[] {
  return [h('span', { class: 'icon', 'aria-hidden': 'true' }, icon), h('span', { class: 'label' }, label)];
}

export class Toolbar {
  readonly undo: HTMLButtonElement;
  readonly redo: HTMLButtonElement;
  readonly element: HTMLElement;
  /** The layout controls are added by the app next to these. */
  readonly layoutSlot = h('div', { class: 'tools layout-slot' });
  readonly status = h('span', { class: 'status', role: 'status', 'aria-live': 'polite' });

  constructor(private readonly host: ToolbarHost) {
    const run = (c: MenuCommand) => () => host.run(c);
    this.undo = iconButton('↶', 'Undo', 'Undo (Ctrl+Z)', run('edit.undo'));
    this.redo = iconButton('↷', 'Redo', 'Redo (Ctrl+Shift+Z)', run('edit.redo'));
    this.element = h('header', { class: 'toolbar' },
      h('div', { class: 'brand' }, h('span', { class: 'logo', 'aria-hidden': 'true' }), 'Relata'),
      h('div', { class: 'tools' },
        button('Open', 'Open project, GraphML, GEXF or graphology JSON (Ctrl+O)', run('file.open')),
        button('Save', 'Save project (Ctrl+S)', run('file.save')),
        button('Import text', 'Import documents (Ctrl+I)', run('file.import'))),
      h('div', { class: 'tools' }, this.undo, this.redo),
      h('div', { class: 'tools' }, iconButton('⤢', 'Fit', 'Fit the selection, or the whole graph (Ctrl+0)', run('view.zoomFit'))),
      this.layoutSlot,
      h('div', { class: 'tools' }, this.exportMenu()),
      this.status,
      h('div', { class: 'tools right' },
        button('◐', 'Light or dark theme', run('view.theme')),
        button('?', 'Keyboard shortcuts and help (F1)', run('help.shortcuts'))));
    this.sync();
  }

  /** Export…: one entry per export format of the collection. */
  private exportMenu(): HTMLSelectElement {
    const select = h('select', { 'aria-label': 'Export', title: 'Export the graph, the filtered view or the selection (Ctrl+E: GraphML)' },
      h('option', { value: '' }, 'Export…'),
      EXPORT_MENU.map((e) => h('option', { value: e.command }, e.label.replace(/…$/, ''))));
    select.addEventListener('change', () => {
      const command = select.value as MenuCommand;
      select.value = '';
      if (command) this.host.run(command);
    });
    return select;
  }

  /** Reflects whether undo/redo can run. */
  sync(): void {
    this.undo.disabled = !this.host.canUndo();
    this.redo.disabled = !this.host.canRedo();
    const undo = this.host.undoLabel();
    const redo = this.host.redoLabel();
    this.undo.title = undo ? `Undo ${undo} (Ctrl+Z)` : 'Nothing to undo';
    this.redo.title = redo ? `Redo ${redo} (Ctrl+Shift+Z)` : 'Nothing to redo';
  }

  say(message: string, kind: 'info' | 'error' = 'info'): void {
    this.status.textContent = message;
    this.status.className = `status ${kind}`;
  }
}
