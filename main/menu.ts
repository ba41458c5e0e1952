/** The native application menu. Items send MenuCommands to the renderer, which owns what they do. */
import type { MenuItemConstructorOptions } from 'electron';
import { EXPORT_MENU, exportCommand } from '../shared/formats/commands';
import type { MenuCommand, ProjectRef } from '../renderer/platform/types';

/** Export keys: GraphML, Relata's own exchange format, and a picture. */
const EXPORT_ACCELERATORS: Partial<Record<MenuCommand, string>> = {
  [exportCommand('graphml')]: 'CmdOrCtrl+E',
  [exportCommand('png')]: 'CmdOrCtrl+Shift+E',
};

export interface MenuContext {
  isMac: boolean;
  recent: ProjectRef[];
  send(command: MenuCommand): void;
  openRecent(ref: ProjectRef): void;
}

/** Builds the menu template (pure, so it can be checked without Electron). */
export function buildMenuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: () => context.send(command),
    ...(accelerator ? { accelerator } : {}),
  });
  const recent: MenuItemConstructorOptions[] =
    context.recent.length > 0
      ? context.recent.map((ref) => ({ label: ref.name, click: () => context.openRecent(ref) }))
      : [{ label: 'No Recent Projects', enabled: false }];

  const template: MenuItemConstructorOptions[] = [];
  if (context.isMac) template.push({ role: 'appMenu' });
  template.push(
    {
      label: '&File',
      submenu: [
        item('New', 'file.new', 'CmdOrCtrl+N'),
        item('Open…', 'file.open', 'CmdOrCtrl+O'),
        { label: 'Open Recent', submenu: recent },
        { type: 'separator' },
        item('Save', 'file.save', 'CmdOrCtrl+S'),
        item('Save As…', 'file.saveAs', 'CmdOrCtrl+Shift+S'),
        { type: 'separator' },
        item('Import Documents…', 'file.import', 'CmdOrCtrl+I'),
        { type: 'separator' },
        { label: 'Export', submenu: EXPORT_MENU.map((e) => item(e.label, e.command, EXPORT_ACCELERATORS[e.command])) },
        ...(context.isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
      ],
    },
    {
      label: '&Edit',
      // Undo, Redo and Select All go to the renderer, which hands them to a focused text field itself.
      submenu: [
        item('Undo', 'edit.undo', 'CmdOrCtrl+Z'),
        item('Redo', 'edit.redo', context.isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        // No accelerator: Delete and Backspace must keep working in text fields; the canvas listens for them.
        item('Delete', 'edit.delete'),
        item('Select All', 'edit.selectAll', 'CmdOrCtrl+A'),
        { type: 'separator' },
        item('Find', 'edit.find', 'CmdOrCtrl+F'),
      ],
    },
    {
      label: '&View',
      submenu: [
        item('Zoom to Fit', 'view.zoomFit', 'CmdOrCtrl+0'),
        item('Layout', 'view.layout', 'CmdOrCtrl+L'),
        item('Theme', 'view.theme'),
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: '&Help',
      submenu: [item('About Relata', 'help.about'), item('Open Sample Project', 'help.sample')],
    },
  );
  return template;
}
