/** Keyboard shortcuts for web mode (in Electron the native menu's accelerators send the same commands). */
import type { MenuCommand } from '../platform/types';

export interface Shortcut {
  key: string;
  mod?: boolean;
  shift?: boolean;
}

export const SHORTCUTS: [Shortcut, MenuCommand][] = [
  [{ key: 'z', mod: true }, 'edit.undo'],
  [{ key: 'z', mod: true, shift: true }, 'edit.redo'],
  [{ key: 'y', mod: true }, 'edit.redo'],
  [{ key: 'a', mod: true }, 'edit.selectAll'],
  [{ key: 'f', mod: true }, 'edit.find'],
  [{ key: 'Delete' }, 'edit.delete'],
  [{ key: 'Backspace' }, 'edit.delete'],
  [{ key: 's', mod: true }, 'file.save'],
  [{ key: 's', mod: true, shift: true }, 'file.saveAs'],
  [{ key: 'o', mod: true }, 'file.open'],
  [{ key: 'n', mod: true }, 'file.new'],
  [{ key: 'i', mod: true }, 'file.import'],
  [{ key: '0', mod: true }, 'view.zoomFit'],
  [{ key: 'l', mod: true }, 'view.layout'],
];

/** The command for a key event, or null. Plain keys are ignored while typing in a field. */
export function commandForKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey'>, typing: boolean): MenuCommand | null {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  for (const [s, command] of SHORTCUTS) {
    if (s.key === key && !!s.mod === mod && !!s.shift === e.shiftKey) {
      // In a text field, editing keys belong to the field.
      if (typing && (!mod || ['z', 'y', 'a'].includes(key))) return null;
      return command;
    }
  }
  return null;
}

export function bindShortcuts(run: (command: MenuCommand) => void): () => void {
  const onKey = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement | null;
    const typing = !!target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
    const command = commandForKey(e, typing);
    if (!command) return;
    e.preventDefault();
    run(command);
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
