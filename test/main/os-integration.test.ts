import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configureGpu, SOFTWARE_WEBGL_SWITCHES } from '../../main/gpu';
import { filesFromArgv, OpenRequests } from '../../main/open-requests';
import { suggestSavePath, withExtension } from '../../main/paths';
import { DEFAULT_SIZE, MIN_SIZE, placeWindow, readWindowState, writeWindowState, type WindowState } from '../../main/window-state';
import { withTempDir } from './fixtures';

const screen = { x: 0, y: 0, width: 1920, height: 1040 };
const second = { x: 1920, y: 0, width: 1280, height: 1000 };
const saved = (bounds: WindowState['bounds'], extra: Partial<WindowState> = {}): WindowState => ({ bounds, maximized: false, fullScreen: false, ...extra });

describe('window state', () => {
  it('opens centred at the default size the first time', () => {
    expect(placeWindow(null, [screen])).toEqual({ ...DEFAULT_SIZE, maximized: false, fullScreen: false });
  });

  it('reopens where it was, maximised if it was', () => {
    expect(placeWindow(saved({ x: 2000, y: 40, width: 1000, height: 700 }, { maximized: true }), [screen, second])).toEqual({
      x: 2000, y: 40, width: 1000, height: 700, maximized: true, fullScreen: false,
    });
  });

  it('never reopens off-screen: a place no display shows is dropped, and the size is made to fit', () => {
    // The second monitor was unplugged.
    expect(placeWindow(saved({ x: 2000, y: 40, width: 2400, height: 1400 }), [screen])).toEqual({ width: 1920, height: 1040, maximized: false, fullScreen: false });
    // Only a sliver of the title bar would show.
    expect(placeWindow(saved({ x: 1900, y: 10, width: 800, height: 600 }), [screen]).x).toBeUndefined();
    // A damaged tiny size is raised to the minimum.
    expect(placeWindow(saved({ x: 10, y: 10, width: 5, height: 5 }), [screen])).toMatchObject({ x: 10, y: 10, ...MIN_SIZE });
  });

  it('is kept between runs, and a damaged file means defaults', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'window-state.json');
      expect(await readWindowState(file)).toBeNull();
      const state = saved({ x: 5, y: 6, width: 900, height: 700 }, { fullScreen: true });
      await writeWindowState(file, state);
      expect(await readWindowState(file)).toEqual(state);
      await writeFile(file, '{"bounds": {"x": "left"}}');
      expect(await readWindowState(file)).toBeNull();
    });
  });
});

describe('files from outside', () => {
  it('takes the files a command line names, and none of Electron’s own arguments', () => {
    const argv = ['.', '--enable-logging', 'out/main/index.js', 'news.relata', '/data/karate.GRAPHML', 'notes.txt', '--', 'x.gexf'];
    expect(filesFromArgv(argv, '/home/me')).toEqual(['/home/me/news.relata', '/data/karate.GRAPHML', '/home/me/x.gexf']);
  });

  it('holds requests until the page asks, then hands them over as they come, and holds them again while the page is gone', () => {
    const requests = new OpenRequests();
    const delivered: string[] = [];
    requests.add('/a.relata');
    expect(requests.take((p) => delivered.push(p))).toEqual(['/a.relata']);
    requests.add('/b.relata');
    expect(delivered).toEqual(['/b.relata']);
    requests.pause();
    requests.add('/c.relata');
    expect(delivered).toEqual(['/b.relata']);
    expect(requests.take((p) => delivered.push(p))).toEqual(['/c.relata']);
  });
});

describe('save dialogs', () => {
  it('add the extension a Linux dialog leaves off, and only then', () => {
    expect(withExtension('/home/me/ukraine', 'relata')).toBe('/home/me/ukraine.relata');
    expect(withExtension('/home/me/ukraine.RELATA', 'relata')).toBe('/home/me/ukraine.RELATA');
    expect(withExtension('/home/me/report.v2', 'relata')).toBe('/home/me/report.v2.relata');
    expect(withExtension('/home/me/graph', 'graphml')).toBe('/home/me/graph.graphml');
  });

  it('start Save As beside the current file, named after it as a project', () => {
    expect(suggestSavePath('/data/news/karate.graphml', '/home/me/Documents')).toBe('/data/news/karate.relata');
    expect(suggestSavePath('/data/news/ukraine.relata', '/home/me/Documents')).toBe('/data/news/ukraine.relata');
    expect(suggestSavePath(null, '/home/me/Documents')).toBe('/home/me/Documents/Untitled.relata');
  });
});

describe('GPU start-up', () => {
  it('lets WebGL fall back to software, and can skip the GPU when asked', () => {
    const calls: string[] = [];
    const controls = { appendSwitch: (name: string) => void calls.push(name), disableHardwareAcceleration: () => void calls.push('no-gpu') };
    configureGpu(controls, {});
    expect(calls).toEqual([...SOFTWARE_WEBGL_SWITCHES]);
    expect(calls).toContain('enable-unsafe-swiftshader');
    calls.length = 0;
    configureGpu(controls, { RELATA_DISABLE_GPU: '1' });
    expect(calls).toEqual([...SOFTWARE_WEBGL_SWITCHES, 'no-gpu']);
  });
});
