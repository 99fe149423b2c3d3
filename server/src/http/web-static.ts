import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';

/** Where `npm run build` puts the web app (WEB_DIST_DIR may name another build). */
export const defaultWebDistDir = join(dirname(fileURLToPath(import.meta.url)), '../../../dist/web');

/**
 * Serves the built single-page app when it exists; returns the index file name for the
 * not-found handler's client-side-route fallback, or undefined when the app is not built.
 */
export async function serveWeb(app: FastifyInstance, webDistDir = defaultWebDistDir): Promise<string | undefined> {
  if (!existsSync(join(webDistDir, 'index.html'))) {
    app.log.warn(`web app not built (${webDistDir}); run npm run build`);
    return undefined;
  }
  // wildcard: files are looked up per request, so a rebuild under a running server serves the new
  // hashed assets instead of 404s (a file list globbed at start-up went stale and blanked the app).
  await app.register(fastifyStatic, { root: webDistDir, wildcard: true, index: 'index.html' });
  return 'index.html';
}
