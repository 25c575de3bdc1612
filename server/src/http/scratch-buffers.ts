// Buffers for answers that are sent once, gzipped, and dropped: a computed zone graph is 0.6 MB of JSON
// that lives only until it is compressed. Allocating a fresh buffer for each made V8 count hundreds of
// megabytes a second of external memory, which triggers young-generation collections, which promote the
// objects of requests still in flight, which brought full collections, and with them the slowest answers.
// Reused buffers take that churn away.

/** Scratch space is kept in whole MiB, so answers of similar size fit one another's buffers. */
const GRANULE_BYTES = 1024 * 1024;

export class ScratchBuffers {
  private readonly free: Buffer[] = [];
  private readonly maxFree: number;

  /** Keeps at most `maxFree` buffers for reuse; more given back are left to the garbage collector. */
  constructor(maxFree = 64) {
    this.maxFree = maxFree;
  }

  get freeCount(): number {
    return this.free.length;
  }

  /** A buffer of exactly `size` bytes (contents undefined), to be given back once nothing reads it. */
  readonly take = (size: number): Buffer => {
    let best = -1;
    for (let index = 0; index < this.free.length; index += 1) {
      const capacity = this.free[index]!.byteLength;
      if (capacity >= size && (best < 0 || capacity < this.free[best]!.byteLength)) best = index;
    }
    const whole = best >= 0 ? this.free.splice(best, 1)[0]! : Buffer.allocUnsafeSlow(Math.ceil(Math.max(size, 1) / GRANULE_BYTES) * GRANULE_BYTES);
    return whole.subarray(0, size);
  };

  /** Gives back a buffer from take: its memory will be written again by a later take. */
  give(view: Buffer): void {
    if (this.free.length >= this.maxFree) return;
    // allocUnsafeSlow gives each buffer an ArrayBuffer of its own, so the whole of it is this view's.
    this.free.push(Buffer.from(view.buffer as ArrayBuffer));
  }
}
