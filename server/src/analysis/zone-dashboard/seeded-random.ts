// A small seeded random number generator (mulberry32) for the metrics that draw at random (Louvain's
// visiting order, betweenness pivots): the same seed gives the same answer on every run and every store.

/** A function returning floats in [0, 1), like Math.random, determined by `seed`. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
