/** The shortcut sheet (F1 or ?): every key of the shared keymap, as this shell and platform read them. */
import { shortcutRows, type KeyContext } from '../../shared/shell/keymap';
import { POINTER_GESTURES } from '../view/gestures';
import { h } from './dom';

/** Opens the sheet; a second request while it is open leaves the one on screen (a closed one is on its way out). */
export function showShortcuts(shell: KeyContext['shell'], isMac: boolean, showAbout: () => void): void {
  if (document.querySelector('dialog.shortcuts[open]')) return;
  const rows = shortcutRows(shell, isMac);
  const groups = [...new Set(rows.map((r) => r.group))];
  const dialog = h('dialog', { class: 'about shortcuts', 'aria-label': 'Keyboard shortcuts' },
    h('h2', {}, 'Keyboard shortcuts'),
    // Two columns where the window is wide enough, so that the whole sheet shows at once; else it scrolls between its title and its buttons.
    h('div', { class: 'shortcut-groups' },
      groups.map((group) => h('section', {},
        h('h3', {}, group),
        h('table', {}, h('tbody', {}, rows.filter((r) => r.group === group).map((r) =>
          h('tr', {}, h('td', {}, r.does), h('td', { class: 'keys' }, r.keys.map((k) => h('kbd', {}, k))))))))),
      h('section', {},
        h('h3', {}, 'Mouse'),
        h('table', {}, h('tbody', {}, POINTER_GESTURES.map((g) =>
          h('tr', {}, h('td', {}, g.does), h('td', { class: 'keys' }, g.how.replace(/mod/g, isMac ? '⌘' : 'Ctrl')))))))),
    h('p', { class: 'muted' }, 'Esc clears the selection or leaves a focus view. Keys typed in a text field stay in the field.'),
    h('form', { method: 'dialog', class: 'row' }, h('button', { class: 'primary', value: 'close' }, 'Close'), h('button', { value: 'about' }, 'About Relata')));
  document.body.appendChild(dialog);
  dialog.addEventListener('close', () => {
    dialog.remove();
    if (dialog.returnValue === 'about') showAbout();
  });
  dialog.showModal();
}
