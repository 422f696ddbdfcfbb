/** JSON columns: text in both databases. A column that does not parse is a store fault, not a user's. */
import { StoreError } from './errors.js';

export const toJson = (value: unknown): string => JSON.stringify(value);

export function fromJson<T>(text: string, where: string): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new StoreError('invalid', `${where} holds text that is not JSON`);
  }
}

/** JSON with object keys sorted, so that equal data gives equal text (digests of imported parts). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}
