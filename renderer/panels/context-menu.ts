/**
 * A menu at the pointer, for a right-click on the canvas. It takes the keyboard focus: the arrow keys,
 * Home and End move between its items, Enter or Space chooses one, Escape or Tab closes it; so does a
 * click anywhere else, the window losing the focus or being resized.
 */
import type { Point } from '../../shared/graph/commands/positions';
import { h } from './dom';

export interface MenuItem {
  label: string;
  run(): void;
  /** Drawn as a destructive choice (delete). */
  danger?: boolean;
}

export type MenuEntry = MenuItem | 'separator';

/** The open menu's closer: one menu at a time. */
let closeOpen: (() => void) | null = null;

/** Opens a menu named `name` with `entries` at `at` (page pixels), kept inside the window. */
export function openMenu(name: string, entries: readonly MenuEntry[], at: Point): void {
  closeOpen?.();
  const menu = h('div', { class: 'context-menu', role: 'menu', 'aria-label': name });
  const items = entries.map((entry) => {
    if (entry === 'separator') return h('hr', { role: 'separator' });
    return h('button', {
      type: 'button', role: 'menuitem', class: entry.danger ? 'danger' : '',
      onclick: () => {
        close();
        entry.run();
      },
    }, entry.label);
  });
  menu.append(...items);
  const buttons = items.filter((el): el is HTMLButtonElement => el instanceof HTMLButtonElement);
  const returnFocus = document.activeElement as HTMLElement | null;

  const onKey = (e: KeyboardEvent) => {
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const move = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1 }[e.key];
    if (move !== undefined) {
      e.preventDefault();
      buttons[(move + buttons.length) % buttons.length]?.focus();
    } else if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault();
      close();
      returnFocus?.focus();
    }
    // Keys pressed in the menu are the menu's: none reaches the graph's shortcuts.
    e.stopPropagation();
  };
  const onPointer = (e: Event) => {
    if (!menu.contains(e.target as Node)) close();
  };
  function close(): void {
    menu.remove();
    window.removeEventListener('pointerdown', onPointer, true);
    window.removeEventListener('blur', close);
    window.removeEventListener('resize', close);
    if (closeOpen === close) closeOpen = null;
  }
  menu.addEventListener('keydown', onKey);
  window.addEventListener('pointerdown', onPointer, true);
  window.addEventListener('blur', close);
  window.addEventListener('resize', close);
  closeOpen = close;

  document.body.append(menu);
  const { width, height } = menu.getBoundingClientRect();
  menu.style.left = `${Math.max(0, Math.min(at.x, innerWidth - width))}px`;
  menu.style.top = `${Math.max(0, Math.min(at.y, innerHeight - height))}px`;
  buttons[0]?.focus();
}
