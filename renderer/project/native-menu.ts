/**
 * Native menu commands into the renderer. The menu's accelerators fire even while a text field has
 * focus, so Undo, Redo and Select All go to that field then, as the person expects, not to the graph.
 */
import { TEXT_EDITS } from '../../shared/shell/keymap';
import type { Platform } from '../../shared/shell/platform';
import type { Actions } from '../app/actions';

function focusedTextField(): boolean {
  const element = document.activeElement as HTMLElement | null;
  return !!element && (element.isContentEditable || element.tagName === 'TEXTAREA' || (element.tagName === 'INPUT' && /^(text|search|email|url|number|)$/.test((element as HTMLInputElement).type)));
}

export function connectNativeMenu(platform: Platform, actions: Actions): () => void {
  return platform.onMenuCommand((command) => {
    const fieldCommand = TEXT_EDITS[command];
    // execCommand is deprecated but remains the only way to reach a field's own undo stack.
    if (fieldCommand && focusedTextField()) document.execCommand(fieldCommand);
    else void actions.run(command);
  });
}
