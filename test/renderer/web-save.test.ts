import { afterEach, describe, expect, it, vi } from 'vitest';
import { projectText } from '../main/fixtures';

describe("web mode's Save", () => {
  afterEach(() => vi.unstubAllGlobals());

  it('refuses a project that would not reopen (a position JSON wrote as null), as main does, before storing or downloading it', async () => {
    // The slice of a browser that creating the platform touches; saving goes no further than validation.
    vi.stubGlobal('window', { addEventListener: () => {} });
    vi.stubGlobal('navigator', { webdriver: true });
    const { createWebPlatform } = await import('../../renderer/platform/web');
    const platform = createWebPlatform();
    const valid = projectText();
    const broken = valid.replace('"x":1.5', '"x":null');
    expect(broken).not.toBe(valid);
    await expect(platform.saveProject(broken, null, 'saveAs')).rejects.toThrow(/was not saved because it failed validation \(.*graph\.nodes\[0\]\.attributes\.x should be a number.*\)\. Your previous file is unchanged/);
  });
});
