/** Web mode's offer of unsaved work from a tab that died: restore it, keep it for later, or discard it. */
import type { RecoveryEntry, RestoreChoice } from '../../shared/shell/platform';
import { h } from './dom';

export function askRestore(entry: RecoveryEntry): Promise<RestoreChoice> {
  return new Promise((done) => {
    const when = new Date(entry.savedAt).toLocaleString();
    const dialog = h('dialog', { class: 'about restore-offer', 'aria-label': 'Restore unsaved work' },
      h('h2', {}, 'Restore unsaved work?'),
      h('p', {}, `A Relata tab closed unexpectedly with unsaved changes to ${entry.name}. A copy from ${when} was kept.`),
      h('p', { class: 'muted' }, 'Later keeps the copy and offers it again next time; Discard deletes it.'),
      h('form', { method: 'dialog', class: 'row' },
        h('button', { value: 'restore', class: 'primary' }, 'Restore'),
        h('button', { value: 'later' }, 'Later'),
        h('button', { value: 'discard' }, 'Discard')));
    document.body.appendChild(dialog);
    dialog.addEventListener('close', () => {
      dialog.remove();
      // Escape closes a dialog without a value: that keeps the copy, as Later does.
      done(dialog.returnValue === 'restore' || dialog.returnValue === 'discard' ? dialog.returnValue : 'later');
    });
    dialog.showModal();
  });
}
