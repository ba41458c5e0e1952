/** Builds the web renderer once for the whole e2e run and serves it; tests read the URL with inject('appUrl'). */
import type { TestProject } from 'vitest/node';
import { buildWeb, serveWeb } from './harness';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await buildWeb();
  const server = await serveWeb();
  project.provide('appUrl', server.url);
  return () => server.close();
}
