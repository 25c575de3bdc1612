// Answers kept per published generation. A generation never changes once published (an import writes a new
// one), so an answer computed on it stays right until the next is published: no expiry, no invalidation
// beyond "another generation is published now". Requests that arrive while an answer is being computed share it.

/** What a computation read, and on which generation (an import may have published another meanwhile). */
export interface OnGeneration<T> {
  generation: string | null;
  value: T;
}

export class GenerationMemo<T> {
  private generation: string | null = null;
  private readonly entries = new Map<string, Promise<T>>();
  private readonly maxEntries: number;

  /** `maxEntries` answers (parameter sets) are kept for the published generation, the least recently asked for leaving first. */
  constructor(maxEntries: number) {
    this.maxEntries = maxEntries;
  }

  /**
   * The answer for `key` on `generation` (the one published now): kept, being computed, or computed now.
   * Nothing is kept for no generation (an empty database) or when the computation read another generation.
   */
  get(generation: string | null, key: string, compute: () => Promise<OnGeneration<T>>): Promise<T> {
    if (generation === null || this.maxEntries <= 0) return compute().then((result) => result.value);
    if (generation !== this.generation) {
      this.entries.clear();
      this.generation = generation;
    }
    const kept = this.entries.get(key);
    if (kept !== undefined) {
      this.entries.delete(key); // re-inserted: Map order is the order of last use
      this.entries.set(key, kept);
      return kept;
    }
    const forget = () => {
      if (this.entries.get(key) === answer) this.entries.delete(key);
    };
    const answer: Promise<T> = compute().then(
      (result) => {
        if (result.generation !== generation) forget();
        return result.value;
      },
      (error: unknown) => {
        forget();
        throw error;
      },
    );
    this.entries.set(key, answer);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return answer;
  }
}
