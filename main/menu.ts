/**
 * The native application menu. Items send MenuCommands to the renderer, which owns what they do;
 * their keys come from the shared keymap, which the page's own shortcuts read too.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { EXPORT_MENU } from '../shared/formats/commands';
import { menuAccelerator, type KeyCommand } from '../shared/shell/keymap';
import type { MenuCommand, ProjectRef } from '../shared/shell/platform';

export interface MenuContext {
  isMac: boolean;
  recent: ProjectRef[];
  send(command: MenuCommand): void;
  openRecent(ref: ProjectRef): void;
  clearRecent(): void;
  closeWindow(): void;
}

/** Builds the menu template (pure, so it can be checked without Electron). */
export function buildMenuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const keys = (command: KeyCommand) => menuAccelerator(command, context.isMac);
  const item = (label: string, command: MenuCommand): MenuItemConstructorOptions => ({ label, click: () => context.send(command), ...keys(command) });
  const recent: MenuItemConstructorOptions[] = [
    ...(context.recent.length > 0
      ? context.recent.map((ref) => ({ label: ref.name, click: () => context.openRecent(ref) }))
      : [{ label: 'No Recent Projects', enabled: false }]),
    { type: 'separator' },
    { label: 'Clear Recent', enabled: context.recent.length > 0, click: () => context.clearRecent() },
  ];

  const template: MenuItemConstructorOptions[] = [];
  if (context.isMac) template.push({ role: 'appMenu' });
  template.push(
    {
      label: '&File',
      submenu: [
        item('New', 'file.new'),
        item('Open…', 'file.open'),
        { label: 'Open Recent', submenu: recent },
        { type: 'separator' },
        item('Save', 'file.save'),
        item('Save As…', 'file.saveAs'),
        { type: 'separator' },
        item('Import Documents…', 'file.import'),
        { type: 'separator' },
        { label: 'Export', submenu: EXPORT_MENU.map((e) => item(e.label, e.command)) },
        ...(context.isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
      ],
    },
    {
      label: '&Edit',
      // Undo, Redo and Select All go to the renderer, which hands them to a focused text field itself.
      submenu: [
        item('Undo', 'edit.undo'),
        item('Redo', 'edit.redo'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        item('Delete', 'edit.delete'),
        item('Select All', 'edit.selectAll'),
        { type: 'separator' },
        item('Find', 'edit.find'),
      ],
    },
    {
      label: '&View',
      submenu: [item('Zoom to Fit', 'view.zoomFit'), item('Layout', 'view.layout'), item('Theme', 'view.theme'), { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    {
      label: '&Window',
      role: 'window',
      submenu: [{ role: 'minimize' }, { label: 'Close', click: () => context.closeWindow(), ...keys('window.close') }],
    },
    {
      label: '&Help',
      role: 'help',
      submenu: [item('Keyboard Shortcuts', 'help.shortcuts'), { type: 'separator' }, item('About Relata', 'help.about'), item('Open Sample Project', 'help.sample')],
    },
  );
  return template;
}
