// A seeded stand-in for Math.random, so force layouts that draw random numbers give the same positions on every load.

/** mulberry32: a tiny 32-bit generator with good enough spread for layout jitter and sampling. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over a string: the seed of a layout is derived from what it lays out. */
export function hashText(text: string, start = 0x811c9dc5): number {
  let value = start >>> 0;
  for (let i = 0; i < text.length; i++) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193);
  }
  return value >>> 0;
}

/**
 * Run `work` with Math.random replaced by a seeded generator. cytoscape-fcose has no seed option (its
 * spectral step samples pivots and starts from Math.random vectors); its run is synchronous when not
 * animated, so swapping the global for the length of the call is enough, and it is always put back.
 */
export function withSeededRandom<T>(seed: number, work: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return work();
  } finally {
    Math.random = original;
  }
}
