/**
 * The Export dialog: which format (from the collection), its settings (from its declaration), and
 * which part of the graph. It opens on the format the menu item named, with the choices made last time.
 */
import { EXPORT_FORMATS, resolveSettings } from '../../shared/formats/collection';
import type { ExportScope, FileFormat, FormatId, FormatParameter, FormatSettings } from '../../shared/formats/types';
import { h, fill } from '../panels/dom';
import '../styles/formats.css';

export interface ExportChoice {
  format: FileFormat;
  settings: FormatSettings;
  scope: ExportScope;
}

/** How many nodes each scope holds; null where the scope does not apply (no filter on, nothing selected). */
export type ScopeSizes = Record<Exclude<ExportScope, 'view'>, number | null>;

const SCOPE_LABELS: Record<ExportScope, string> = {
  view: 'What is on screen',
  graph: 'Whole graph',
  filtered: 'Filtered view',
  selection: 'Selection',
};

/** Choices made in this session, per format: the dialog reopens with them. */
const remembered = new Map<FormatId, { settings: FormatSettings; scope: ExportScope }>();

function scopesOf(format: FileFormat): ExportScope[] {
  return format.picture ? ['view', 'graph', 'filtered', 'selection'] : ['graph', 'filtered', 'selection'];
}

function control(parameter: FormatParameter, value: string | number): HTMLElement {
  const common = { name: parameter.id, 'aria-label': parameter.label, dataset: { parameter: parameter.id } };
  if (parameter.type === 'choice') {
    return h('select', common, parameter.options.map((o) => h('option', { value: o.value, selected: o.value === value }, o.label)));
  }
  if (parameter.type === 'number') {
    return h('input', { ...common, type: 'number', min: parameter.min, max: parameter.max, step: parameter.step, value: String(value), required: true });
  }
  return h('input', { ...common, type: 'text', value: String(value), title: parameter.hint, spellcheck: false });
}

/** Shows the dialog; resolves with the choice, or null when the person cancels. */
export function chooseExport(initial: FormatId, sizes: ScopeSizes): Promise<ExportChoice | null> {
  return new Promise((done) => {
    const formatSelect = h('select', { name: 'format', 'aria-label': 'Format' },
      EXPORT_FORMATS.map((f) => h('option', { value: f.id, selected: f.id === initial }, f.label)));
    const description = h('p', { class: 'muted export-description' });
    const parameters = h('div', { class: 'export-parameters' });
    const scopes = h('fieldset', { class: 'export-scope' });
    const error = h('p', { class: 'export-error', role: 'alert' });
    const form = h('form', { method: 'dialog' },
      h('label', { class: 'field' }, h('span', {}, 'Format'), formatSelect),
      description, parameters, scopes, error,
      h('div', { class: 'row export-buttons' },
        h('button', { value: 'export', class: 'primary' }, 'Export'),
        h('button', { value: 'cancel', formnovalidate: true }, 'Cancel')));
    const dialog = h('dialog', { class: 'about export-dialog', 'aria-label': 'Export' }, h('h2', {}, 'Export'), form);

    const current = (): FileFormat => EXPORT_FORMATS.find((f) => f.id === formatSelect.value)!;
    const show = () => {
      const format = current();
      const last = remembered.get(format.id);
      description.textContent = format.description;
      fill(parameters, format.parameters.map((p) => h('label', { class: 'field' }, h('span', {}, p.label), control(p, last?.settings[p.id] ?? p.defaultValue))));
      const wanted = last?.scope ?? (format.picture ? 'view' : 'graph');
      fill(scopes, h('legend', {}, 'What to export'), scopesOf(format).map((scope) => {
        const size = scope === 'view' ? undefined : sizes[scope];
        const disabled = size === null;
        const note = scope === 'view' ? '' : size === null ? (scope === 'filtered' ? ' (no filter is on)' : ' (nothing selected)') : ` (${size} node${size === 1 ? '' : 's'})`;
        return h('label', { class: 'radio' },
          h('input', { type: 'radio', name: 'scope', value: scope, checked: scope === wanted && !disabled, disabled }),
          `${SCOPE_LABELS[scope]}${note}`);
      }));
      if (!scopes.querySelector<HTMLInputElement>('input:checked')) scopes.querySelector<HTMLInputElement>('input:not(:disabled)')!.checked = true;
      error.textContent = '';
    };
    formatSelect.addEventListener('change', show);
    show();

    let choice: ExportChoice | null = null;
    form.addEventListener('submit', (event) => {
      if ((event.submitter as HTMLButtonElement | null)?.value !== 'export') return;
      const format = current();
      const given = Object.fromEntries(format.parameters.map((p) => [p.id, (form.elements.namedItem(p.id) as HTMLInputElement | HTMLSelectElement).value]));
      try {
        const settings = resolveSettings(format, given);
        const scope = (form.elements.namedItem('scope') as RadioNodeList).value as ExportScope;
        remembered.set(format.id, { settings, scope });
        choice = { format, settings, scope };
      } catch (reason) {
        // The dialog stays open and says which setting is wrong.
        event.preventDefault();
        error.textContent = (reason as Error).message;
      }
    });
    dialog.addEventListener('close', () => {
      dialog.remove();
      done(choice);
    });
    document.body.appendChild(dialog);
    dialog.showModal();
  });
}
