/** A small progress bar with a Cancel button, shown while documents are being extracted. */
import { describeProgress, type CorpusProgress } from '../../shared/extract/progress';

export class ProgressBar {
  readonly element: HTMLElement;
  private readonly bar: HTMLProgressElement;
  private readonly label: HTMLElement;
  private readonly figures: HTMLElement;
  /** How much of the text is analysed: it moves within a long document too. */
  private readonly percent: HTMLElement;
  private readonly cancelButton: HTMLButtonElement;
  private onCancel: (() => void) | null = null;

  constructor() {
    this.element = document.createElement('div');
    this.element.className = 'extract-progress';
    this.element.setAttribute('role', 'status');
    this.element.hidden = true;
    // Inline styles: this element must work whatever stylesheet the UI loads.
    Object.assign(this.element.style, {
      position: 'fixed', left: '50%', bottom: '24px', transform: 'translateX(-50%)', zIndex: '1000',
      display: 'flex', alignItems: 'center', gap: '10px', padding: '8px 12px', borderRadius: '6px',
      background: 'rgba(30, 30, 30, 0.92)', color: '#fff', font: '13px system-ui, sans-serif', boxShadow: '0 2px 8px rgba(0,0,0,0.3)',
    });
    this.label = document.createElement('span');
    this.percent = document.createElement('span');
    this.percent.className = 'extract-progress-percent';
    this.percent.style.fontVariantNumeric = 'tabular-nums';
    this.figures = document.createElement('span');
    this.figures.className = 'extract-progress-figures';
    this.figures.style.fontVariantNumeric = 'tabular-nums';
    this.bar = document.createElement('progress');
    this.bar.max = 1;
    this.bar.style.width = '180px';
    this.cancelButton = document.createElement('button');
    this.cancelButton.type = 'button';
    this.cancelButton.textContent = 'Cancel';
    // Its own colours: the page's button styles assume a light surface, this bar is dark.
    Object.assign(this.cancelButton.style, { color: '#1e1e1e', background: '#f2f2f2', border: '1px solid #bbb', borderRadius: '4px', padding: '2px 10px' });
    this.cancelButton.addEventListener('click', () => this.onCancel?.());
    this.element.append(this.label, this.bar, this.percent, this.figures, this.cancelButton);
    document.body.append(this.element);
  }

  show(label: string, onCancel: () => void): void {
    this.onCancel = onCancel;
    this.label.textContent = label;
    this.bar.removeAttribute('value');
    this.figures.textContent = '';
    this.percent.textContent = '';
    this.element.hidden = false;
  }

  /** Shows the share of the text done, documents done, throughput and time left. */
  update(progress: CorpusProgress): void {
    const text = describeProgress(progress);
    const percent = `${Math.floor((100 * progress.bytes) / Math.max(progress.totalBytes, 1))} %`;
    this.bar.max = Math.max(progress.totalBytes, 1);
    this.bar.value = progress.bytes;
    this.bar.setAttribute('aria-valuetext', `${percent}, ${text}`);
    this.percent.textContent = percent;
    this.figures.textContent = text;
  }

  hide(): void {
    this.element.hidden = true;
    this.onCancel = null;
  }
}
