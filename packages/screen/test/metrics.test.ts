/**
 * WSS, RRF and ATD on screening orders made by hand, and the random-order expectations.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { atd, randomBaseline, recallAt, rrf, wss } from '../src/index.js';

const close = (actual: number, expected: number, what: string) =>
  assert.ok(Math.abs(actual - expected) < 1e-12, `${what}: expected ${expected}, got ${actual}`);

// 20 records after the prior knowledge, 4 relevant, found 1st, 2nd, 5th and 12th.
const order = { records: 20, relevant: 4, positions: [1, 2, 5, 12] };

describe('metrics on a hand-made order', () => {
  test('recall after n records', () => {
    assert.equal(recallAt(order, 0), 0);
    assert.equal(recallAt(order, 4), 0.5);
    assert.equal(recallAt(order, 11), 0.75);
    assert.equal(recallAt(order, 20), 1);
  });

  test('WSS@95: ⌈0.95·4⌉ = 4 relevant reached at record 12, so (20 − 12)/20 − 0.05 = 0.35', () => {
    close(wss(order, 0.95), 0.35, 'WSS@95');
  });

  test('WSS@100: (20 − 12)/20 − 0 = 0.4; WSS@75: 3 found at record 5, (20 − 5)/20 − 0.25 = 0.5', () => {
    close(wss(order, 1), 0.4, 'WSS@100');
    close(wss(order, 0.75), 0.5, 'WSS@75');
  });

  test('RRF@10: ⌊0.1·20⌋ = 2 records screened, both relevant, so 2 of 4 = 0.5', () => {
    close(rrf(order, 0.1), 0.5, 'RRF@10');
    close(rrf(order, 0.25), 0.75, 'RRF@25 (5 records)');
  });

  test('ATD: (1 + 2 + 5 + 12)/4 = 5 records on average, 5/20 = 0.25', () => {
    close(atd(order), 0.25, 'ATD');
  });

  test('a perfect order and the worst order', () => {
    const best = { records: 10, relevant: 2, positions: [1, 2] };
    const worst = { records: 10, relevant: 2, positions: [9, 10] };
    close(wss(best, 1), 0.8, 'best WSS@100');
    close(atd(best), 0.15, 'best ATD');
    close(wss(worst, 1), 0, 'worst WSS@100');
    close(wss(worst, 0.95), -0.05, 'worst WSS@95');
    close(atd(worst), 0.95, 'worst ATD');
  });
});

describe('random-order expectations', () => {
  test('20 records, 4 relevant: the 4th is expected at 4·21/5 = 16.8', () => {
    const b = randomBaseline({ records: 20, relevant: 4 });
    close(b.wss100, (20 - 16.8) / 20, 'WSS@100');
    close(b.wss95, (20 - 16.8) / 20 - 0.05, 'WSS@95');
    close(b.rrf10, 0.1, 'RRF@10');
    close(b.atd, 21 / 40, 'ATD');
  });

  test('agrees with the mean over every order of 2 relevant among 5 records', () => {
    const sums = { wss95: 0, atd: 0, rrf: 0 };
    let count = 0;
    for (let a = 1; a <= 5; a++) {
      for (let b = a + 1; b <= 5; b++) {
        const d = { records: 5, relevant: 2, positions: [a, b] };
        sums.wss95 += wss(d, 0.95);
        sums.atd += atd(d);
        sums.rrf += rrf(d, 0.4);
        count++;
      }
    }
    const base = randomBaseline({ records: 5, relevant: 2 });
    close(sums.wss95 / count, base.wss95, 'WSS@95');
    close(sums.atd / count, base.atd, 'ATD');
    close(sums.rrf / count, 0.4, 'recall after 2 of 5');
  });
});
