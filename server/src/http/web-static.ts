import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppInstance } from '../core/module';

/** Where `npm run build` puts the web app. */
export const webDistDir = join(dirname(fileURLToPath(import.meta.url)), '../../dist/web');

/** Serves the built single-page app; every non-API GET falls back to index.html. */
export async function serveWeb(app: AppInstance) {
  if (!existsSync(join(webDistDir, 'index.html'))) {
    app.log.warn(`web app not built (${webDistDir}); run npm run build`);
    return;
  }
  await app.register(fastifyStatic, { root: webDistDir, wildcard: false, index: 'index.html' });
  app.setNotFoundHandler((req, reply) => {
    if (req.method === 'GET' && !req.url.startsWith('/api/') && req.headers.accept?.includes('text/html')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.status(404).send({
      error: { code: 'ROUTE_NOT_FOUND', message: '请求的接口不存在', messageEn: 'No such endpoint' },
      requestId: req.id,
    });
  });
}
