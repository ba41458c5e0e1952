/**
 * Native menu commands into the renderer. The menu's accelerators fire even while a text field has
 * focus, so Undo, Redo and Select All go to that field then, as the person expects, not to the graph.
 */
import type { Actions } from '../app/actions';
import type { MenuCommand, Platform } from '../platform/types';

const TEXT_EDITS: Partial<Record<MenuCommand, string>> = { 'edit.undo': 'undo', 'edit.redo': 'redo', 'edit.selectAll': 'selectAll' };

function focusedTextField(): boolean {
  const element = document.activeElement as HTMLElement | null;
  return !!element && (element.isContentEditable || element.tagName === 'TEXTAREA' || (element.tagName === 'INPUT' && /^(text|search|email|url|number|)$/.test((element as HTMLInputElement).type)));
}

export function connectNativeMenu(platform: Platform, actions: Actions): () => void {
  return platform.onMenuCommand((command) => {
    const textEdit = TEXT_EDITS[command];
    // execCommand is deprecated but remains the only way to reach a field's own undo stack.
    if (textEdit && focusedTextField()) document.execCommand(textEdit);
    else void actions.run(command);
  });
}
