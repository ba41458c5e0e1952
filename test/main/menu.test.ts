import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../main/menu';
import { KEYMAP } from '../../shared/shell/keymap';
import type { MenuCommand, ProjectRef } from '../../shared/shell/platform';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

function build(recent: ProjectRef[] = [], isMac = false) {
  const sent: MenuCommand[] = [];
  const reopened: ProjectRef[] = [];
  const calls: string[] = [];
  const template = buildMenuTemplate({
    isMac,
    recent,
    send: (c) => void sent.push(c),
    openRecent: (r) => void reopened.push(r),
    clearRecent: () => void calls.push('clearRecent'),
    closeWindow: () => void calls.push('closeWindow'),
  });
  const items = flatten(template);
  const byLabel = new Map(items.filter((i) => i.label).map((i) => [i.label!, i]));
  const click = (label: string) => (byLabel.get(label)!.click as () => void)();
  return { template, items, byLabel, sent, reopened, calls, click };
}

describe('application menu', () => {
  it('has the File, Edit, View, Window and Help items, each sending its command with its keymap key', () => {
    const { byLabel, sent, click } = build();
    const expected: [string, MenuCommand, string | undefined][] = [
      ['New', 'file.new', 'CmdOrCtrl+N'],
      ['Open…', 'file.open', 'CmdOrCtrl+O'],
      ['Save', 'file.save', 'CmdOrCtrl+S'],
      ['Save As…', 'file.saveAs', 'CmdOrCtrl+Shift+S'],
      ['Import Documents…', 'file.import', 'CmdOrCtrl+I'],
      ['GraphML…', 'file.export.graphml', 'CmdOrCtrl+E'],
      ['GEXF…', 'file.export.gexf', undefined],
      ['CSV node and edge lists…', 'file.export.csv', undefined],
      ['Neo4j / Memgraph / Neptune…', 'file.export.neo4j', undefined],
      ['RDF Turtle…', 'file.export.turtle', undefined],
      ['graphology JSON…', 'file.export.graphology', undefined],
      ['PNG image…', 'file.export.png', 'CmdOrCtrl+Shift+E'],
      ['SVG image…', 'file.export.svg', undefined],
      ['Undo', 'edit.undo', 'CmdOrCtrl+Z'],
      ['Redo', 'edit.redo', 'CmdOrCtrl+Shift+Z'],
      ['Delete', 'edit.delete', 'Delete'],
      ['Select All', 'edit.selectAll', 'CmdOrCtrl+A'],
      ['Find', 'edit.find', 'CmdOrCtrl+F'],
      ['Zoom to Fit', 'view.zoomFit', 'CmdOrCtrl+0'],
      ['Layout', 'view.layout', 'CmdOrCtrl+L'],
      ['Theme', 'view.theme', undefined],
      ['Keyboard Shortcuts', 'help.shortcuts', 'F1'],
      ['About Relata', 'help.about', undefined],
      ['Open Sample Project', 'help.sample', undefined],
    ];
    for (const [label, command, accelerator] of expected) {
      expect(byLabel.get(label)?.accelerator, label).toBe(accelerator);
      expect(accelerator, label).toBe(KEYMAP[command]?.keys[0]);
      click(label);
      expect(sent.at(-1)).toBe(command);
    }
  });

  it('shows Delete without registering it, so Delete and Backspace still edit text fields', () => {
    expect(build().byLabel.get('Delete')).toMatchObject({ accelerator: 'Delete', registerAccelerator: false });
    // macOS cannot show a key without registering it: no accelerator there, the page handles the key.
    expect(build([], true).byLabel.get('Delete')?.accelerator).toBeUndefined();
  });

  it('has a Window menu whose Close (Ctrl/Cmd+W) closes the window through main', () => {
    const { template, byLabel, calls, click } = build();
    const windowMenu = template.find((m) => m.label === '&Window')!;
    expect((windowMenu.submenu as MenuItemConstructorOptions[]).map((i) => i.role ?? i.label)).toEqual(['minimize', 'Close']);
    expect(byLabel.get('Close')?.accelerator).toBe('CmdOrCtrl+W');
    click('Close');
    expect(calls).toEqual(['closeWindow']);
  });

  it('registers each accelerator once', () => {
    const registered = build().items.filter((i) => i.accelerator && i.registerAccelerator !== false).map((i) => i.accelerator);
    expect(new Set(registered).size).toBe(registered.length);
  });

  it('lists recent projects by name, reopens them by ref, and clears them', () => {
    const ref = { id: '123e4567-e89b-12d3-a456-426614174000', name: 'ukraine.relata' };
    const { byLabel, reopened, calls, click } = build([ref]);
    expect((byLabel.get('Open Recent')!.submenu as MenuItemConstructorOptions[]).map((i) => i.label ?? i.type)).toEqual(['ukraine.relata', 'separator', 'Clear Recent']);
    click('ukraine.relata');
    expect(reopened).toEqual([ref]);
    click('Clear Recent');
    expect(calls).toEqual(['clearRecent']);
    const empty = build().byLabel;
    expect(empty.get('No Recent Projects')?.enabled).toBe(false);
    expect(empty.get('Clear Recent')?.enabled).toBe(false);
  });
});
