/**
 * `npm run icon`: renders build/icon.svg into build/icon.png (1024 × 1024, transparent corners), the
 * picture electron-builder makes every platform's icons from. Uses Chromium, as the e2e tests do.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const BUILD = resolve(import.meta.dirname, '../../build');
export const ICON_SIZE = 1024;

if (import.meta.filename === process.argv[1]) {
  const svg = await readFile(join(BUILD, 'icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: ICON_SIZE, height: ICON_SIZE } });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
    await page.locator('svg').screenshot({ path: join(BUILD, 'icon.png'), omitBackground: true });
    console.log(`Wrote ${join(BUILD, 'icon.png')}`);
  } finally {
    await browser.close();
  }
}
