/** @evidens/server: the workbench's HTTP API on Hono, over @evidens/store. */
export { type Access, access, requireUser } from './access.js';
export { createApp } from './app.js';
export { hashPassword, verifyPassword } from './auth/password.js';
export { CSRF_HEADER, hashToken, newToken, SESSION_COOKIE } from './auth/session.js';
export * from './env.js';
export { ApiError, type ErrorBody, type ErrorCode, errorResponse } from './errors.js';
export { api, type Operation, openApiDocument, operationsOf } from './openapi.js';
export { ROUTE_MODULES, type RouteModule } from './routes/index.js';
export { type RunningServer, startServer } from './serve.js';
