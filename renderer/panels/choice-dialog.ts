/** A question with a few answers, asked in a modal dialog. */
import { h } from './dom';

export interface Choice<T extends string> {
  value: T;
  label: string;
  primary?: boolean;
}

/** Resolves with the chosen answer's value, or null when the person dismisses the dialog (Escape). */
export function askChoice<T extends string>(title: string, text: string, choices: Choice<T>[]): Promise<T | null> {
  return new Promise((done) => {
    const dialog = h('dialog', { class: 'choice', 'aria-label': title },
      h('h2', {}, title),
      h('p', {}, text),
      h('form', { method: 'dialog', class: 'row' },
        choices.map((c) => h('button', { value: c.value, class: c.primary ? 'primary' : '' }, c.label))));
    document.body.appendChild(dialog);
    dialog.addEventListener('close', () => {
      dialog.remove();
      done(choices.find((c) => c.value === dialog.returnValue)?.value ?? null);
    });
    dialog.showModal();
  });
}
