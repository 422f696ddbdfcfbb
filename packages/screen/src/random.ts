/**
 * Seeded pseudo-random numbers, so that a simulation is the same for the same seed on every machine. The generator is
 * mulberry32 (Tommy Ettinger, 2017): a 32-bit state advanced by a Weyl sequence and mixed by two multiply–xorshift
 * rounds; ample for shuffling and drawing records, and not for cryptography.
 */

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/**
 * The mulberry32 generator started from `seed` (any 32-bit integer).
 *
 * @example
 * const u = mulberry32(1);
 * u(); // 0.6270739405881613
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A seed for stream `stream` derived from `seed` (the splitmix32 finaliser of their combination), so that run r of a
 * simulation has its own draws and runs do not share a sequence.
 *
 * @example
 * deriveSeed(1, 0) !== deriveSeed(1, 1); // true
 */
export function deriveSeed(seed: number, stream: number): number {
  let z = (Math.imul(seed >>> 0, 0x9e3779b1) + Math.imul(stream + 1, 0x85ebca6b)) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return (z ^ (z >>> 15)) >>> 0;
}

/** A whole number uniform on 0 … n − 1. */
export function randomIndex(random: Random, n: number): number {
  return Math.min(n - 1, Math.floor(random() * n));
}

/** Shuffles `items` in place (Fisher–Yates) and returns it. */
export function shuffle<T extends { length: number; [i: number]: number }>(random: Random, items: T): T {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomIndex(random, i + 1);
    const t = items[i];
    items[i] = items[j];
    items[j] = t;
  }
  return items;
}
