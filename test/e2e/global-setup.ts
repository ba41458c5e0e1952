/**
 * Builds the web renderer and the desktop bundles once for the whole e2e run, and serves the web
 * build; tests read its URL with inject('appUrl'), and the desktop harness runs out/.
 */
import type { TestProject } from 'vitest/node';
import { buildDesktop, buildWeb, serveWeb } from './harness';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await buildWeb();
  await buildDesktop();
  const server = await serveWeb();
  project.provide('appUrl', server.url);
  return () => server.close();
}
