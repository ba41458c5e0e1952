/**
 * The page's keyboard shortcuts, from the shared keymap. In web mode the page handles every key; in
 * the desktop app the native menu handles its own accelerators and the page the rest (Delete and
 * Backspace, which must keep working in text fields, and second keys such as Ctrl+Y).
 */
import { commandForKey, type KeyContext } from '../../shared/shell/keymap';
import type { MenuCommand } from '../../shared/shell/platform';

/** True on macOS, where CmdOrCtrl means Cmd. */
export function isMacPlatform(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform);
}

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName));
}

export function bindShortcuts(run: (command: MenuCommand) => void, shell: KeyContext['shell']): () => void {
  const isMac = isMacPlatform();
  const onKey = (e: KeyboardEvent) => {
    // A dialog (the shortcut sheet, image export) owns the keyboard while it is open; a closed one keeps
    // the focus until its close event removes it, and the next key is the page's again.
    if (e.defaultPrevented || (e.target as HTMLElement | null)?.closest?.('dialog[open]')) return;
    const command = commandForKey(e, { isMac, typing: isTyping(e.target), shell });
    if (!command || command === 'window.close') return;
    e.preventDefault();
    run(command);
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
