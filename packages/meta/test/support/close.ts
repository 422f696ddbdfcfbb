/**
 * Comparison with reference values: relative tolerance 1e-6, absolute 1e-9 near zero (the validation contract with
 * metafor's golden files). Published values printed to d decimals use `closeToPrinted`.
 */
import assert from 'node:assert/strict';

export function assertClose(
  actual: number | null | undefined,
  expected: number | null,
  what: string,
  rel = 1e-6,
): void {
  if (expected === null) {
    assert.ok(actual === null || actual === undefined, `${what}: expected no value, got ${actual}`);
    return;
  }
  assert.ok(typeof actual === 'number' && !Number.isNaN(actual), `${what}: expected ${expected}, got ${actual}`);
  if (!Number.isFinite(expected)) {
    assert.equal(actual, expected, what);
    return;
  }
  const diff = Math.abs(actual - expected);
  assert.ok(
    diff <= 1e-9 || diff <= rel * Math.abs(expected),
    `${what}: expected ${expected}, got ${actual} (difference ${diff.toExponential(2)})`,
  );
}

/** Equal to a value printed with `decimals` decimals: |actual − printed| ≤ half a unit in the last place. */
export function assertPrinted(actual: number, printed: number, decimals: number, what: string): void {
  const tol = 0.5 * 10 ** -decimals + 1e-12;
  assert.ok(
    Math.abs(actual - printed) <= tol,
    `${what}: printed ${printed} (${decimals} decimals), computed ${actual}`,
  );
}
