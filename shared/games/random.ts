// Seeded randomness for the games' rules: the same seed gives the same numbers on every machine and
// in every Node version, so a circle's round can be recomputed anywhere. Not for secrets.

/** 32-bit hash of a string (xmur3): spreads similar seeds ("circle|1", "circle|2") far apart. */
export function hashSeed(seed: string): number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  h = Math.imul(h ^ (h >>> 16), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A generator of numbers in [0, 1) determined by `seed` (mulberry32 over the seed's hash). */
export function seededRandom(seed: string): () => number {
  let state = hashSeed(seed);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An index in [0, length) drawn from `random`. */
export function pickIndex(random: () => number, length: number): number {
  if (!Number.isInteger(length) || length <= 0) throw new RangeError(`pickIndex needs a positive length, got ${length}`);
  return Math.floor(random() * length);
}

/** A shuffled copy of `items` (Fisher–Yates); the input is left as it is. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = pickIndex(random, i + 1);
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}
