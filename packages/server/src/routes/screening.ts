/**
 * Blind dual screening: each reviewer's decisions (blind until a consensus settles a record), the owner's conflicts
 * and reconciliation, the reviewer's AI-ranked queue, progress with Cohen's κ, and the review's screening rule.
 * The routes live in ../screening, one file per audience.
 */
import type { Hono } from 'hono';
import type { Env } from '../env.js';
import { decisionRoutes } from '../screening/decision-routes.js';
import { ownerRoutes } from '../screening/owner-routes.js';
import { progressRoutes } from '../screening/progress-routes.js';
import { settingsRoute } from '../screening/settings-route.js';

export function screeningRoutes(app: Hono<Env>): void {
  // The fixed paths (queue, progress, conflicts) before the record paths, though Hono would tell them apart anyway.
  progressRoutes(app);
  ownerRoutes(app);
  decisionRoutes(app);
  settingsRoute(app);
}
