// A seeded stand-in for Math.random, so force layouts that draw random numbers give the same positions on every load.
// The generator is the server's (mulberry32), the one the zone dashboard's Louvain and betweenness draw from.
import { seededRandom } from '@knooppunt/server/analysis/zone-dashboard/seeded-random';

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
