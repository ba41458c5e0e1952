import { describe, expect, it } from 'vitest';
import { commandForKey, isMenuKey, KEYMAP, keyLabel, menuAccelerator, parseChord, shortcutRows, type KeyContext } from '../../shared/shell/keymap';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; shiftKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});
const web: KeyContext = { isMac: false, typing: false, shell: 'web' };
const desktop: KeyContext = { isMac: false, typing: false, shell: 'electron' };

describe('keymap: the page', () => {
  it('maps keys to commands in web mode, every one of them', () => {
    expect(commandForKey(key('z', { ctrlKey: true }), web)).toBe('edit.undo');
    expect(commandForKey(key('Z', { ctrlKey: true, shiftKey: true }), web)).toBe('edit.redo');
    expect(commandForKey(key('y', { ctrlKey: true }), web)).toBe('edit.redo');
    expect(commandForKey(key('Delete'), web)).toBe('edit.delete');
    expect(commandForKey(key('Backspace'), web)).toBe('edit.delete');
    expect(commandForKey(key('S', { ctrlKey: true, shiftKey: true }), web)).toBe('file.saveAs');
    expect(commandForKey(key('s', { ctrlKey: true }), web)).toBe('file.save');
    expect(commandForKey(key('q'), web)).toBeNull();
    // Ctrl+Z with Alt is not Undo.
    expect(commandForKey(key('z', { ctrlKey: true, altKey: true }), web)).toBeNull();
  });

  it('opens the shortcut sheet on F1 and on "?", however the layout makes "?"', () => {
    expect(commandForKey(key('F1'), web)).toBe('help.shortcuts');
    expect(commandForKey(key('?', { shiftKey: true }), web)).toBe('help.shortcuts');
    expect(commandForKey(key('?'), web)).toBe('help.shortcuts');
    // In a text field "?" is a character, F1 is still help.
    expect(commandForKey(key('?', { shiftKey: true }), { ...web, typing: true })).toBeNull();
    expect(commandForKey(key('F1'), { ...web, typing: true })).toBe('help.shortcuts');
  });

  it('leaves a text field its own editing keys, but not Save', () => {
    const typing = { ...web, typing: true };
    expect(commandForKey(key('Backspace'), typing)).toBeNull();
    expect(commandForKey(key('Delete'), typing)).toBeNull();
    expect(commandForKey(key('z', { ctrlKey: true }), typing)).toBeNull();
    expect(commandForKey(key('Z', { ctrlKey: true, shiftKey: true }), typing)).toBeNull();
    expect(commandForKey(key('a', { ctrlKey: true }), typing)).toBeNull();
    expect(commandForKey(key('s', { ctrlKey: true }), typing)).toBe('file.save');
  });

  it('reads CmdOrCtrl as Cmd on macOS and Ctrl elsewhere', () => {
    const mac = { ...web, isMac: true };
    expect(commandForKey(key('z', { metaKey: true }), mac)).toBe('edit.undo');
    expect(commandForKey(key('z', { ctrlKey: true }), mac)).toBeNull();
    expect(commandForKey(key('z', { metaKey: true }), web)).toBeNull();
  });

  it('in the desktop app leaves the menu its accelerators and handles the rest: Delete, Backspace, Ctrl+Y, "?"', () => {
    expect(commandForKey(key('z', { ctrlKey: true }), desktop)).toBeNull();
    expect(commandForKey(key('Z', { ctrlKey: true, shiftKey: true }), desktop)).toBeNull();
    expect(commandForKey(key('s', { ctrlKey: true }), desktop)).toBeNull();
    expect(commandForKey(key('F1'), desktop)).toBeNull();
    expect(commandForKey(key('Delete'), desktop)).toBe('edit.delete');
    expect(commandForKey(key('Backspace'), desktop)).toBe('edit.delete');
    expect(commandForKey(key('y', { ctrlKey: true }), desktop)).toBe('edit.redo');
    expect(commandForKey(key('?', { shiftKey: true }), desktop)).toBe('help.shortcuts');
  });

  it('never hands a browser tab the window command', () => {
    expect(commandForKey(key('w', { ctrlKey: true }), web)).toBeNull();
  });
});

describe('keymap: menus and the sheet', () => {
  it('gives every command one menu accelerator, unique across the menu', () => {
    for (const isMac of [false, true]) {
      const registered = (Object.keys(KEYMAP) as (keyof typeof KEYMAP)[])
        .map((command) => menuAccelerator(command, isMac))
        .filter((a) => a.accelerator && a.registerAccelerator !== false)
        .map((a) => a.accelerator);
      expect(new Set(registered).size).toBe(registered.length);
    }
  });

  it('shows Delete on the menu without registering it (a text field must keep the key), and redoes with Ctrl+Shift+Z everywhere', () => {
    expect(menuAccelerator('edit.delete', false)).toEqual({ accelerator: 'Delete', registerAccelerator: false });
    expect(menuAccelerator('edit.delete', true)).toEqual({});
    expect(menuAccelerator('edit.redo', false)).toEqual({ accelerator: 'CmdOrCtrl+Shift+Z' });
    expect(menuAccelerator('edit.redo', true)).toEqual({ accelerator: 'CmdOrCtrl+Shift+Z' });
    expect(menuAccelerator('window.close', false)).toEqual({ accelerator: 'CmdOrCtrl+W' });
    expect(menuAccelerator('file.export.gexf', false)).toEqual({});
    expect(isMenuKey('F1')).toBe(true);
    expect(isMenuKey('Backspace')).toBe(false);
    expect(parseChord('CmdOrCtrl+Shift+Z')).toEqual({ mod: true, shift: true, alt: false, key: 'z' });
  });

  it('labels keys as each platform writes them', () => {
    expect(keyLabel('CmdOrCtrl+Shift+Z', false)).toBe('Ctrl+Shift+Z');
    expect(keyLabel('CmdOrCtrl+Shift+Z', true)).toBe('⇧⌘Z');
    expect(keyLabel('Backspace', true)).toBe('⌫');
    expect(keyLabel('?', false)).toBe('?');
  });

  it('lists every shortcut on the sheet, and Close only where there is a window', () => {
    const desktopRows = shortcutRows('electron', false);
    const webRows = shortcutRows('web', false);
    expect(desktopRows.length).toBe(Object.keys(KEYMAP).length);
    expect(desktopRows.find((r) => r.does === 'Close the window')?.keys).toEqual(['Ctrl+W']);
    expect(webRows.find((r) => r.does === 'Close the window')).toBeUndefined();
    expect(webRows.find((r) => r.does === 'Redo')?.keys).toEqual(['Ctrl+Shift+Z', 'Ctrl+Y']);
    expect(webRows.find((r) => r.does === 'Delete the selection')?.keys).toEqual(['Delete', 'Backspace']);
  });
});
