/** The app's own origin: the built renderer served from relata://app/, under the strict CSP. */
import type { Net, Protocol } from 'electron';
import { relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { APP_SCHEME, CONTENT_SECURITY_POLICY } from './security';

/** Serves files of `rendererDir` from relata://app/, refusing anything outside that folder. */
export function serveRenderer(protocol: Protocol, net: Net, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = resolve(rendererDir, `.${decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)}`);
    const inside = relative(rendererDir, file);
    if (url.host !== 'app' || inside.startsWith('..') || inside.includes(`..${sep}`)) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    return new Response(response.body, { status: response.status, headers });
  });
}
