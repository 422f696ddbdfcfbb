/**
 * The HTTP API as a Hono app. Hono because its core is small, it speaks the web's Request and Response (so tests call
 * `app.request()` in-process, no port), it has one HTTPException-style error path, and it runs on Node through
 * @hono/node-server. Route modules each add their part of the API with `api()`.
 */
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { sessionMiddleware } from './auth/session.js';
import { type AppOptions, type Env, ROLES } from './env.js';
import { ApiError, handleError } from './errors.js';
import { api, openApiDocument } from './openapi.js';
import { ROUTE_MODULES } from './routes/index.js';

export function createApp(options: AppOptions): Hono<Env> {
  const resolved = {
    store: options.store,
    mode: options.mode,
    secureCookies: options.secureCookies ?? false,
    sessionSeconds: options.sessionSeconds ?? 14 * 24 * 3600,
    now: options.now ?? (() => new Date()),
    pubmed: options.pubmed,
  };
  const app = new Hono<Env>();
  app.onError(handleError);
  app.notFound((c) => {
    throw new ApiError(404, 'not_found', `there is no route ${c.req.method} ${c.req.path}`);
  });
  app.use('*', async (c, next) => {
    c.set('options', resolved);
    await next();
  });
  app.use('/api/*', sessionMiddleware);

  api(app, { method: 'get', path: '/api/health', summary: 'Is the server up', tag: 'meta', auth: false }, (c) =>
    c.json({ ok: true, mode: resolved.mode, database: resolved.store.kind, roles: ROLES }),
  );
  api(
    app,
    {
      method: 'get',
      path: '/api/openapi.json',
      summary: 'This API, described in OpenAPI 3.1',
      tag: 'meta',
      auth: false,
    },
    (c) => c.json(openApiDocument(app)),
  );
  for (const module of ROUTE_MODULES) module(app);
  if (options.webRoot) {
    // The built workbench: plain files, routed in the page by hash, so any path that is not a file is a 404.
    app.use('/*', async (c, next) => {
      await next();
      c.header('X-Content-Type-Options', 'nosniff');
      c.header(
        'Content-Security-Policy',
        "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'",
      );
    });
    app.use('/*', serveStatic({ root: options.webRoot }));
  }
  return app;
}
