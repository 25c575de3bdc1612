// Lists rebuilt on every render (URL state parsed again, query results mapped) would make every memo and
// effect that depends on them run again; this hook keeps the previous list while its items are the same.
import { useState } from 'react';

/** Whether two lists hold the same items in the same order, by `same` (identity unless given). */
export function sameItems<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean = Object.is): boolean {
  return a.length === b.length && a.every((item, index) => same(item, b[index]!));
}

/**
 * `items`, or the list an earlier render gave when that one holds the same items: a dependency that
 * changes only when the content does. Keeping it in state (updated during render, React's pattern for
 * information from earlier renders) keeps render pure, unlike a ref.
 */
export function useByContent<T>(items: readonly T[], same?: (x: T, y: T) => boolean): readonly T[] {
  const [kept, setKept] = useState(items);
  if (kept === items || sameItems(kept, items, same)) return kept;
  setKept(items);
  return items;
}
