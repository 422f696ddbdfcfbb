/** Every part of the API, in the order it is added to an app. Each module declares its routes with `api()`. */
import type { Hono } from 'hono';
import type { Env } from '../env.js';

export type RouteModule = (app: Hono<Env>) => void;

export const ROUTE_MODULES: RouteModule[] = [];
