/** Asks which image format to export the view as. */
import { h } from './dom';

export type ImageFormat = 'png' | 'svg';

/** Resolves with the chosen format, or null when the person cancels. */
export function chooseImageFormat(): Promise<ImageFormat | null> {
  return new Promise((done) => {
    const dialog = h('dialog', { class: 'about image-export', 'aria-label': 'Export image' },
      h('h2', {}, 'Export image'),
      h('p', { class: 'muted' }, 'The current view, as you see it: filters, colours and selection included.'),
      h('form', { method: 'dialog', class: 'row' },
        h('button', { value: 'png', class: 'primary' }, 'PNG (picture)'),
        h('button', { value: 'svg' }, 'SVG (scalable)'),
        h('button', { value: '' }, 'Cancel')));
    document.body.appendChild(dialog);
    dialog.addEventListener('close', () => {
      dialog.remove();
      done(dialog.returnValue === 'png' || dialog.returnValue === 'svg' ? dialog.returnValue : null);
    });
    dialog.showModal();
  });
}
