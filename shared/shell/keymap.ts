/**
 * The keyboard map of both shells: one table feeds the desktop menu's accelerators, the web page's
 * shortcuts (and the desktop page's keys the menu does not take) and the shortcut sheet.
 * Keys are written in Electron's accelerator syntax: `CmdOrCtrl+Shift+Z`, `Delete`, `F1`, `?`.
 */
import type { MenuCommand } from './platform';

/** Commands main runs itself: they act on the window, not on the project. */
export type WindowCommand = 'window.close';
export type KeyCommand = MenuCommand | WindowCommand;

export type KeyGroup = 'File' | 'Edit' | 'View' | 'Window' | 'Help';

export interface KeyBinding {
  /** The first key is the one a menu shows; the others work too. */
  readonly keys: readonly string[];
  /** What the shortcut sheet says the keys do. */
  readonly does: string;
  readonly group: KeyGroup;
}

/** Every command with a key, in the order the shortcut sheet lists them. */
export const KEYMAP: { readonly [C in KeyCommand]?: KeyBinding } = {
  'file.new': { keys: ['CmdOrCtrl+N'], does: 'New project', group: 'File' },
  'file.open': { keys: ['CmdOrCtrl+O'], does: 'Open a project, GraphML or GEXF file', group: 'File' },
  'file.save': { keys: ['CmdOrCtrl+S'], does: 'Save', group: 'File' },
  'file.saveAs': { keys: ['CmdOrCtrl+Shift+S'], does: 'Save as…', group: 'File' },
  'file.import': { keys: ['CmdOrCtrl+I'], does: 'Import text documents', group: 'File' },
  'file.export.graphml': { keys: ['CmdOrCtrl+E'], does: 'Export GraphML', group: 'File' },
  'file.export.png': { keys: ['CmdOrCtrl+Shift+E'], does: 'Export a PNG picture of the view', group: 'File' },
  'edit.undo': { keys: ['CmdOrCtrl+Z'], does: 'Undo', group: 'Edit' },
  'edit.redo': { keys: ['CmdOrCtrl+Shift+Z', 'CmdOrCtrl+Y'], does: 'Redo', group: 'Edit' },
  'edit.delete': { keys: ['Delete', 'Backspace'], does: 'Delete the selection', group: 'Edit' },
  'edit.selectAll': { keys: ['CmdOrCtrl+A'], does: 'Select every visible node', group: 'Edit' },
  'edit.find': { keys: ['CmdOrCtrl+F'], does: 'Find a node', group: 'Edit' },
  'view.zoomFit': { keys: ['CmdOrCtrl+0'], does: 'Fit the selection, or the whole graph', group: 'View' },
  'view.layout': { keys: ['CmdOrCtrl+L'], does: 'Run or stop ForceAtlas2', group: 'View' },
  'window.close': { keys: ['CmdOrCtrl+W'], does: 'Close the window', group: 'Window' },
  'help.shortcuts': { keys: ['F1', '?'], does: 'Show these shortcuts', group: 'Help' },
};

/** Commands that a focused text field performs on its own text instead of the graph, by its editing command's name. */
export const TEXT_EDITS: { readonly [C in KeyCommand]?: 'undo' | 'redo' | 'selectAll' } = { 'edit.undo': 'undo', 'edit.redo': 'redo', 'edit.selectAll': 'selectAll' };

/** Commands that exist only where there is a native window (a browser tab closes itself). */
const DESKTOP_ONLY: ReadonlySet<KeyCommand> = new Set<KeyCommand>(['window.close']);

export interface Chord {
  /** Cmd on macOS, Ctrl elsewhere. */
  mod: boolean;
  shift: boolean;
  alt: boolean;
  /** A single character ("z", "0", "?") or a key name ("Delete", "F1"). */
  key: string;
}

/** Parses an accelerator string ("CmdOrCtrl+Shift+Z") into its parts. */
export function parseChord(accelerator: string): Chord {
  const parts = accelerator.split('+');
  const key = parts.pop()!;
  const modifiers = new Set(parts);
  return { mod: modifiers.has('CmdOrCtrl'), shift: modifiers.has('Shift'), alt: modifiers.has('Alt'), key: key.length === 1 ? key.toLowerCase() : key };
}

const isFunctionKey = (key: string) => /^F\d{1,2}$/.test(key);

/**
 * True when a menu may register the key as its accelerator. Plain keys (Delete, Backspace, "?")
 * may not: an accelerator fires before a text field sees the key, so typing would stop working.
 */
export function isMenuKey(accelerator: string): boolean {
  const chord = parseChord(accelerator);
  return chord.mod || chord.alt || isFunctionKey(chord.key);
}

/** What a native menu item shows and registers for a command. */
export function menuAccelerator(command: KeyCommand, isMac: boolean): { accelerator?: string; registerAccelerator?: boolean } {
  const first = KEYMAP[command]?.keys[0];
  if (!first) return {};
  if (isMenuKey(first)) return { accelerator: first };
  // Shown beside the item but left to the page. macOS cannot show a key without registering it.
  return isMac ? {} : { accelerator: first, registerAccelerator: false };
}

export interface KeyContext {
  isMac: boolean;
  /** A text field has the focus: its own editing keys are left to it. */
  typing: boolean;
  /** In the desktop app the menu handles its own accelerators; the page handles the rest. */
  shell: 'electron' | 'web';
}

/** The slice of a DOM KeyboardEvent the map reads. */
export interface KeyEventLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

function matches(chord: Chord, event: KeyEventLike, isMac: boolean): boolean {
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (key !== chord.key) return false;
  const mod = isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  const plainMod = !event.metaKey && !event.ctrlKey;
  if (chord.mod ? !mod : !plainMod) return false;
  if (event.altKey !== chord.alt) return false;
  // A punctuation key's character already says whether Shift was down ("?" is Shift+/ on many layouts).
  const punctuation = chord.key.length === 1 && !/[a-z0-9]/.test(chord.key);
  return punctuation || event.shiftKey === chord.shift;
}

/** The command the page should run for a key press, or null to leave the key alone. */
export function commandForKey(event: KeyEventLike, context: KeyContext): KeyCommand | null {
  for (const [command, binding] of Object.entries(KEYMAP) as [KeyCommand, KeyBinding][]) {
    if (context.shell === 'web' && DESKTOP_ONLY.has(command)) continue;
    for (const [index, accelerator] of binding.keys.entries()) {
      if (context.shell === 'electron' && index === 0 && isMenuKey(accelerator)) continue;
      const chord = parseChord(accelerator);
      if (!matches(chord, event, context.isMac)) continue;
      if (context.typing && (TEXT_EDITS[command] || !(chord.mod || chord.alt || isFunctionKey(chord.key)))) return null;
      return command;
    }
  }
  return null;
}

const MAC_SYMBOLS: Record<string, string> = { CmdOrCtrl: '⌘', Shift: '⇧', Alt: '⌥' };

/** An accelerator as a person reads it: "Ctrl+Shift+Z", or "⇧⌘Z" on macOS. */
export function keyLabel(accelerator: string, isMac: boolean): string {
  const chord = parseChord(accelerator);
  const key = chord.key.length === 1 ? chord.key.toUpperCase() : chord.key;
  if (isMac) {
    const named: Record<string, string> = { Delete: '⌦', Backspace: '⌫' };
    return `${chord.alt ? MAC_SYMBOLS.Alt : ''}${chord.shift ? MAC_SYMBOLS.Shift : ''}${chord.mod ? MAC_SYMBOLS.CmdOrCtrl : ''}${named[key] ?? key}`;
  }
  return [chord.mod && 'Ctrl', chord.alt && 'Alt', chord.shift && 'Shift', key].filter(Boolean).join('+');
}

/** The shortcut sheet's rows for a shell: group, what the keys do, and the keys as read. */
export function shortcutRows(shell: KeyContext['shell'], isMac: boolean): { group: KeyGroup; does: string; keys: string[] }[] {
  return (Object.entries(KEYMAP) as [KeyCommand, KeyBinding][])
    .filter(([command]) => shell === 'electron' || !DESKTOP_ONLY.has(command))
    .map(([, binding]) => ({ group: binding.group, does: binding.does, keys: binding.keys.map((k) => keyLabel(k, isMac)) }));
}
