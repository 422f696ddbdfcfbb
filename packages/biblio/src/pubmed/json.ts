/**
 * Reading E-utilities JSON without trusting its shape: every access narrows from `unknown`, numbers arrive as
 * strings ("count": "5"), and a missing list is an empty list. A body that is not JSON at all is a `bad_response`.
 */
import { PubmedError } from './errors.js';

export type JsonObject = Record<string, unknown>;

/** The parsed body, or a `bad_response` error naming the utility and the start of what came back. */
export function parseJson(text: string, utility: string): JsonObject {
  try {
    const value: unknown = JSON.parse(text);
    if (isObject(value)) return value;
  } catch {
    // reported below
  }
  const start = text.trim().slice(0, 80).replace(/\s+/g, ' ');
  throw new PubmedError(
    'bad_response',
    `${utility}: PubMed's answer is not the JSON it documents (it starts "${start}")`,
  );
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value[key]` when it is an object, else an empty object. */
export function objectAt(value: JsonObject, key: string): JsonObject {
  const v = value[key];
  return isObject(v) ? v : {};
}

/** `value[key]` as a trimmed non-empty string (numbers are accepted and turned into strings). */
export function stringAt(value: JsonObject, key: string): string | undefined {
  const v = value[key];
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  return s.length > 0 ? s : undefined;
}

/** `value[key]` as a non-negative integer, from a number or a string of digits. */
export function countAt(value: JsonObject, key: string): number | undefined {
  const s = stringAt(value, key);
  return s !== undefined && /^\d+$/.test(s) ? Number(s) : undefined;
}

/** `value[key]` as an array (empty when absent). */
export function arrayAt(value: JsonObject, key: string): unknown[] {
  const v = value[key];
  return Array.isArray(v) ? v : [];
}

/** `value[key]` as a list of non-empty strings (numbers turned into strings, anything else left out). */
export function stringsAt(value: JsonObject, key: string): string[] {
  return arrayAt(value, key).flatMap((v) => {
    if (typeof v === 'number' && Number.isFinite(v)) return [String(v)];
    return typeof v === 'string' && v.trim() ? [v.trim()] : [];
  });
}
