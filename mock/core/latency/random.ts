// A seeded PRNG (mulberry32): Math.random cannot be seeded, and runs must be reproducible.

/** Uniform on [0, 1), the same sequence for the same seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Box–Muller). */
export function normal(random: () => number): number {
  const u = 1 - random(); // (0, 1]: log(0) is not a number
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** An exponential gap with rate `perSecond`, in seconds: −ln(1 − U)/λ. */
export function exponential(random: () => number, perSecond: number): number {
  return -Math.log(1 - random()) / perSecond;
}
