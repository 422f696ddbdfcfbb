/** @evidens/server: the workbench's HTTP API on Hono, over @evidens/store. */
export { type Access, access, requireUser } from './access.js';
export { createApp } from './app.js';
export { hashPassword, verifyPassword } from './auth/password.js';
export { CSRF_HEADER, hashToken, newToken, SESSION_COOKIE, sessionExpired, sessionMiddleware } from './auth/session.js';
export * from './env.js';
export { ApiError, type ErrorBody, type ErrorCode, errorResponse } from './errors.js';
export * from './jobs/index.js';
export { api, type Operation, openApiDocument, operationsOf } from './openapi.js';
export { slug, unzipFolder, zipFolder } from './routes/documents.js';
export { ROUTE_MODULES, type RouteModule } from './routes/index.js';
export { featureBuilds, forgetFeatures, KEPT_STAGES } from './screening/feature-cache.js';
export { cohenKappa, type Kappa } from './screening/kappa.js';
export { type RunningServer, startServer } from './serve.js';
