/**
 * Routes are declared with `api(app, operation, handler)`: the operation says method, path, summary, the request
 * body's zod schema and the answers, and the same declaration validates the body and feeds /api/openapi.json, so the
 * description cannot drift from the routes.
 */
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { Env } from './env.js';
import { ApiError } from './errors.js';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface Operation<B extends z.ZodType | undefined = z.ZodType | undefined> {
  method: Method;
  /** Hono-style path: /api/reviews/:reviewId */
  path: string;
  summary: string;
  tag: string;
  /** The JSON body's schema; the handler gets the parsed value. */
  body?: B;
  /** Query parameters, for the description. */
  query?: Record<string, string>;
  /** False for routes open without a session (health, login). Default true. */
  auth?: boolean;
  /** Status → what it means, besides the error statuses every route may give. */
  responses?: Record<number, string>;
  /** Content type of a success other than JSON. */
  produces?: string;
}

type Body<B> = B extends z.ZodType ? z.infer<B> : undefined;

const registries = new WeakMap<object, Operation[]>();

/** The operations declared on an app. */
export function operationsOf(app: Hono<Env>): Operation[] {
  return registries.get(app) ?? [];
}

/** Declares a route. */
export function api<B extends z.ZodType | undefined = undefined>(
  app: Hono<Env>,
  operation: Operation<B>,
  handler: (c: Context<Env>, body: Body<B>) => Response | Promise<Response>,
): void {
  const list = registries.get(app) ?? [];
  list.push(operation as Operation);
  registries.set(app, list);
  app.on(operation.method.toUpperCase(), operation.path, async (c) => {
    const body = operation.body ? await parseBody(c, operation.body) : undefined;
    return handler(c, body as Body<B>);
  });
}

async function parseBody(c: Context<Env>, schema: z.ZodType): Promise<unknown> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new ApiError(400, 'bad_request', 'the request body must be JSON');
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  const first = details[0];
  throw new ApiError(422, 'invalid', `${first.path || 'body'}: ${first.message}`, details);
}

/** The OpenAPI 3.1 description of the app's routes. */
export function openApiDocument(app: Hono<Env>): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operationsOf(app)) {
    const path = op.path.replace(/:([A-Za-z]+)/g, '{$1}');
    const parameters = [
      ...[...op.path.matchAll(/:([A-Za-z]+)/g)].map((m) => ({
        name: m[1],
        in: 'path',
        required: true,
        schema: { type: 'string' },
      })),
      ...Object.entries(op.query ?? {}).map(([name, description]) => ({
        name,
        in: 'query',
        required: false,
        description,
        schema: { type: 'string' },
      })),
    ];
    const responses: Record<string, unknown> = {};
    for (const [status, description] of Object.entries(op.responses ?? { 200: 'OK' }))
      responses[status] = {
        description,
        content: { [op.produces ?? 'application/json']: {} },
      };
    responses.default = {
      description: 'An error: {error: {code, message, details?}}',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    };
    paths[path] ??= {};
    paths[path][op.method] = {
      summary: op.summary,
      tags: [op.tag],
      ...(parameters.length ? { parameters } : {}),
      ...(op.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(op.body) } } } }
        : {}),
      responses,
      ...(op.auth === false ? { security: [] } : {}),
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Evidens workbench API', version: '0.1.0' },
    paths,
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'evidens_session' } },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: { code: { type: 'string' }, message: { type: 'string' }, details: {} },
            },
          },
        },
      },
    },
    security: [{ session: [] }],
  };
}

function jsonSchema(schema: z.ZodType): unknown {
  try {
    return z.toJSONSchema(schema, { unrepresentable: 'any' });
  } catch {
    return {};
  }
}
