import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../main/menu';
import type { MenuCommand, ProjectRef } from '../../renderer/platform/types';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

function build(recent: ProjectRef[] = []) {
  const sent: MenuCommand[] = [];
  const reopened: ProjectRef[] = [];
  const template = buildMenuTemplate({ isMac: false, recent, send: (c) => void sent.push(c), openRecent: (r) => void reopened.push(r) });
  const byLabel = new Map(flatten(template).filter((i) => i.label).map((i) => [i.label!, i]));
  const click = (label: string) => (byLabel.get(label)!.click as () => void)();
  return { template, byLabel, sent, reopened, click };
}

describe('application menu', () => {
  it('has the File, Edit, View and Help items of the spec, each sending its command', () => {
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
      ['Redo', 'edit.redo', 'Ctrl+Y'],
      ['Delete', 'edit.delete', undefined],
      ['Select All', 'edit.selectAll', 'CmdOrCtrl+A'],
      ['Find', 'edit.find', 'CmdOrCtrl+F'],
      ['Zoom to Fit', 'view.zoomFit', 'CmdOrCtrl+0'],
      ['Layout', 'view.layout', 'CmdOrCtrl+L'],
      ['Theme', 'view.theme', undefined],
      ['About Relata', 'help.about', undefined],
      ['Open Sample Project', 'help.sample', undefined],
    ];
    for (const [label, command, accelerator] of expected) {
      expect(byLabel.get(label)?.accelerator, label).toBe(accelerator);
      click(label);
      expect(sent.at(-1)).toBe(command);
    }
  });

  it('lists recent projects by name and reopens them by ref', () => {
    const ref = { id: '123e4567-e89b-12d3-a456-426614174000', name: 'ukraine.relata' };
    const { byLabel, reopened, click } = build([ref]);
    expect((byLabel.get('Open Recent')!.submenu as MenuItemConstructorOptions[]).map((i) => i.label)).toEqual(['ukraine.relata']);
    click('ukraine.relata');
    expect(reopened).toEqual([ref]);
    expect(build().byLabel.get('No Recent Projects')?.enabled).toBe(false);
  });
});
