/**
 * The window's size, place, and maximised or full-screen state, kept between runs. A saved place
 * that no display shows any more (a monitor was unplugged) is dropped, so the window never opens
 * off-screen.
 */
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from './io/atomic-write';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
  fullScreen: boolean;
}

export interface WindowPlacement {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
  fullScreen: boolean;
}

export const DEFAULT_SIZE = { width: 1360, height: 860 };
export const MIN_SIZE = { width: 640, height: 420 };
/** How much of the window's title bar must be on a display for the saved place to be kept. */
const VISIBLE = { width: 120, height: 40 };

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function isRectangle(v: unknown): v is Rectangle {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return isFiniteNumber(r.x) && isFiniteNumber(r.y) && isFiniteNumber(r.width) && isFiniteNumber(r.height);
}

/** The saved state, or null when there is none or it is damaged. */
export async function readWindowState(file: string): Promise<WindowState | null> {
  try {
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { bounds, maximized, fullScreen } = parsed as Record<string, unknown>;
    return isRectangle(bounds) ? { bounds, maximized: maximized === true, fullScreen: fullScreen === true } : null;
  } catch {
    return null;
  }
}

export function writeWindowState(file: string, state: WindowState): Promise<void> {
  return writeFileAtomic(file, JSON.stringify(state));
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/** Where the window opens: the saved place if a display still shows its title bar, else centred at the saved size. */
export function placeWindow(saved: WindowState | null, workAreas: Rectangle[]): WindowPlacement {
  const area = (saved && workAreas.find((a) => {
    const titleBar = { ...saved.bounds, height: Math.min(saved.bounds.height, VISIBLE.height) };
    const seen = overlap(titleBar, a);
    return seen.width >= Math.min(VISIBLE.width, saved.bounds.width) && seen.height > 0;
  })) ?? null;
  const fit = area ?? workAreas[0];
  const size = saved?.bounds ?? DEFAULT_SIZE;
  const width = Math.max(MIN_SIZE.width, Math.min(size.width, fit?.width ?? size.width));
  const height = Math.max(MIN_SIZE.height, Math.min(size.height, fit?.height ?? size.height));
  return {
    ...(area && saved ? { x: Math.round(saved.bounds.x), y: Math.round(saved.bounds.y) } : {}),
    width: Math.round(width),
    height: Math.round(height),
    maximized: saved?.maximized ?? false,
    fullScreen: saved?.fullScreen ?? false,
  };
}
