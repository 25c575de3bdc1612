// A set of integer pairs in flat typed arrays: the duplicate check of a relationship file sees up to two
// million pairs, and a Map keyed by joined strings would allocate a string per row and be several times slower.

export class PairSet {
  private readonly mask: number;
  private readonly lefts: Int32Array;
  private readonly rights: Int32Array;
  /** What was stored with each pair, plus one; 0 marks an empty slot. */
  private readonly values: Int32Array;

  constructor(expectedPairs: number) {
    let capacity = 16;
    while (capacity < expectedPairs * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.lefts = new Int32Array(capacity);
    this.rights = new Int32Array(capacity);
    this.values = new Int32Array(capacity);
  }

  /** Stores `value` (0 or more) for the pair and returns -1, or returns the value stored when the pair was first added. */
  addOrGet(left: number, right: number, value: number): number {
    let hash = Math.imul(left, 0x9e3779b1) ^ Math.imul(right, 0x85ebca6b);
    // Low bits of a product depend only on low bits of its factors; folding the high bits in spreads the slots.
    hash = Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d);
    let slot = (hash ^ (hash >>> 13)) & this.mask;
    for (;;) {
      const stored = this.values[slot] ?? 0;
      if (stored === 0) {
        this.lefts[slot] = left;
        this.rights[slot] = right;
        this.values[slot] = value + 1;
        return -1;
      }
      if (this.lefts[slot] === left && this.rights[slot] === right) return stored - 1;
      slot = (slot + 1) & this.mask;
    }
  }
}
