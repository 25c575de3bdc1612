// Class breaks for counts on a choropleth: nothing (0) is always a class of its own, so "no finding"
// never shares a colour with "one"; the other values are grouped by Jenks natural breaks (ckmeans from
// simple-statistics), which keeps similar municipalities together however skewed the counts are.
import { ckmeans } from 'simple-statistics';

export interface CountClass {
  /** Inclusive bounds. */
  min: number;
  max: number;
}

/** At most this many classes: more than five shades of one hue are hard to tell apart on a map. */
export const MAX_CLASSES = 5;

export function countClasses(values: readonly number[], maxClasses = MAX_CLASSES): CountClass[] {
  if (maxClasses < 2) throw new Error('map/class-breaks: at least two classes (nothing, and something)');
  const positive = values.filter((value) => value > 0);
  const classes: CountClass[] = [{ min: 0, max: 0 }];
  if (positive.length === 0) return classes;
  const distinct = [...new Set(positive)].sort((a, b) => a - b);
  if (distinct.length <= maxClasses - 1) return [...classes, ...distinct.map((value) => ({ min: value, max: value }))];
  const clusters = ckmeans(positive, maxClasses - 1);
  return [...classes, ...clusters.map((cluster) => ({ min: cluster[0]!, max: cluster[cluster.length - 1]! }))];
}

/** The class a value falls in: the last one whose minimum it reaches. */
export function classOf(classes: readonly CountClass[], value: number): number {
  let index = 0;
  for (const [candidate, { min }] of classes.entries()) if (value >= min) index = candidate;
  return index;
}

/** "0", "3", "4–7" (an en dash between bounds). */
export function classLabel({ min, max }: CountClass): string {
  return min === max ? String(min) : `${min}–${max}`;
}
