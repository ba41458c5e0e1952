/** A tiny element builder so panels read as structure rather than DOM calls. */
type Child = Node | string | null | undefined | false;
type Props = Record<string, unknown> & { class?: string; dataset?: Record<string, string> };

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') el.className = String(value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2).toLowerCase(), value as EventListener);
    else if (key in el && key !== 'list') (el as unknown as Record<string, unknown>)[key] = value;
    else el.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child);
  }
  return el;
}

/**
 * Replaces an element's children. They go through a fragment one by one: spread into one call, a long
 * document's hundred thousand runs and mentions overflowed the stack.
 */
export function fill(el: HTMLElement, ...children: (Child | Child[])[]): void {
  const fragment = document.createDocumentFragment();
  for (const child of children.flat()) if (child !== null && child !== undefined && child !== false) fragment.append(child);
  el.replaceChildren(fragment);
}

/** A titled, collapsible panel section. */
export function section(title: string, body: HTMLElement, open = true): HTMLDetailsElement {
  return h('details', { class: 'section', open }, h('summary', {}, title), body);
}
