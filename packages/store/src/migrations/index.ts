/**
 * The migrations, in the order they run. Each is a file named by the time it was written
 * (`YYYY-MM-DDTHH-MM-what.ts`); a test checks that this list names every file in the folder, in time order.
 */
import type { Migration } from 'kysely/migration';
import * as initial from './2026-11-26T07-00-initial.js';

export const MIGRATIONS: Record<string, Migration> = {
  '2026-11-26T07-00-initial': initial,
};
