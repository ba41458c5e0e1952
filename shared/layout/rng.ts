/** Seeded pseudo-random numbers, so layouts, generated graphs and community detection repeat exactly. */

/** A mulberry32 generator: returns numbers in [0, 1) determined by `seed`. */
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

/**
 * A 32-bit FNV-1a hash of a string, to seed per-item randomness from a key. Given the hash of a first
 * part as `from`, it is the hash of the two parts joined, without joining them.
 */
export function hashString(text: string, from = 0x811c9dc5): number {
  let h = from;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
