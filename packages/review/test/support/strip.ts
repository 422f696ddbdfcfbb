// Comparing reviews read from different texts: the folder name and the line numbers differ, nothing else may.

/** `value` without `dir` and `line` fields, at any depth. */
export function withoutPlaces(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPlaces);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).filter(([key]) => key !== 'dir' && key !== 'line');
  return Object.fromEntries(entries.map(([key, inner]) => [key, withoutPlaces(inner)]));
}
