/** Ids and times. Ids sort in the order they were made (time, then a counter), so the audit log reads in order. */
import { randomBytes } from 'node:crypto';

let lastMs = 0;
let counter = 0;
// Random bytes are drawn 4 KiB at a time: one call to the system's generator for a thousand ids, not one per id.
let pool = Buffer.alloc(0);
let offset = 0;

function randomHex(): string {
  if (offset + 4 > pool.length) {
    pool = randomBytes(4096);
    offset = 0;
  }
  offset += 4;
  return pool.toString('hex', offset - 4, offset);
}

/** A new id: 9 base-36 digits of milliseconds, 4 of a counter within the millisecond, 8 random hex digits. */
export function newId(): string {
  const ms = Date.now();
  if (ms === lastMs) counter++;
  else {
    lastMs = ms;
    counter = 0;
  }
  return `${ms.toString(36).padStart(9, '0')}${counter.toString(36).padStart(4, '0')}${randomHex()}`;
}

/** The time now, ISO 8601 in UTC with milliseconds. */
export const now = (): string => new Date().toISOString();
