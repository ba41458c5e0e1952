/** The About dialog. */
import { h } from './dom';

export function showAbout(): void {
  const dialog = h('dialog', { class: 'about' },
    h('h2', {}, 'Relata'),
    h('p', {}, 'Turn news text into a knowledge graph you can see, trust and correct.'),
    h('p', { class: 'muted' }, 'Every entity and relation links back to the sentences it came from. Drag nodes to pin them, shift-click or shift-drag to select several, and edit anything in the inspector; every edit can be undone.'),
    h('p', { class: 'muted' }, 'Built with sigma.js and graphology. Extraction runs on this computer; nothing is sent anywhere.'),
    h('form', { method: 'dialog' }, h('button', { class: 'primary' }, 'Close')));
  document.body.appendChild(dialog);
  dialog.addEventListener('close', () => dialog.remove());
  dialog.showModal();
}
