/**
 * A small seeded generator for benchmark data: mulberry32 (Tommy Ettinger, 2017; public domain), 32 bits of state,
 * period 2³², passes PractRand to 2³² outputs — plenty for benchmark datasets, not for cryptography or for simulation
 * studies that need long streams. Normal deviates by the Box–Muller transform (Box & Muller 1958, Ann Math Stat 29:610).
 */

/** Uniform deviates in [0, 1) from a 32-bit seed. */
export function mulberry32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Standard normal deviates from `uniform`, two from each pair of uniforms (the second kept for the next call), so
 * that the sequence does not depend on how the caller batches its calls.
 */
export function normal(uniform: () => number): () => number {
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const z = spare;
      spare = null;
      return z;
    }
    const r = Math.sqrt(-2 * Math.log(1 - uniform())); // 1 − u lies in (0, 1]: the log is finite
    const theta = 2 * Math.PI * uniform();
    spare = r * Math.sin(theta);
    return r * Math.cos(theta);
  };
}
