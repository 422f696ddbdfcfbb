/** Every part of the API, in the order it is added to an app. Each module declares its routes with `api()`. */
import type { Hono } from 'hono';
import type { Env } from '../env.js';
import { jobRoutes } from '../jobs/routes.js';
import { analysisRoutes } from './analysis.js';
import { auditRoutes } from './audit.js';
import { authRoutes } from './auth.js';
import { dedupRoutes } from './dedup.js';
import { documentRoutes } from './documents.js';
import { importRoutes } from './imports.js';
import { itemRoutes } from './items.js';
import { memberRoutes } from './members.js';
import { recordRoutes } from './records.js';
import { reviewRoutes } from './reviews.js';
import { screeningRoutes } from './screening.js';
import { searchRoutes } from './searches.js';

export type RouteModule = (app: Hono<Env>) => void;

export const ROUTE_MODULES: RouteModule[] = [
  authRoutes,
  memberRoutes,
  screeningRoutes,
  jobRoutes,
  importRoutes,
  searchRoutes,
  recordRoutes,
  dedupRoutes,
  reviewRoutes,
  itemRoutes,
  analysisRoutes,
  documentRoutes,
  auditRoutes,
];
