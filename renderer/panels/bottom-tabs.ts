/** Tabs for the bottom panel (documents, attribute table): one page shown at a time, told when it is. */
import { h } from './dom';

export interface TabPage {
  label: string;
  element: HTMLElement;
  /** Called when the page is shown or hidden (a hidden page can skip its work). */
  onShow?(visible: boolean): void;
}

/** A tab list over `pages`, the first one shown. */
export function tabbed(pages: TabPage[]): HTMLElement {
  const tabs = pages.map((page, i) => h('button', { type: 'button', role: 'tab', 'aria-selected': String(i === 0), onclick: () => show(i) }, page.label));
  const panels = pages.map((page, i) => h('div', { role: 'tabpanel', class: 'tab-page', hidden: i !== 0, 'aria-label': page.label }, page.element));
  function show(index: number): void {
    pages.forEach((page, i) => {
      tabs[i]!.setAttribute('aria-selected', String(i === index));
      panels[i]!.hidden = i !== index;
      page.onShow?.(i === index);
    });
  }
  return h('div', { class: 'tabbed' }, h('div', { role: 'tablist', class: 'tab-list' }, tabs), panels);
}
