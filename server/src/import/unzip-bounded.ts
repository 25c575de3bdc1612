// The entries of a zip, decompressed as a stream under caps, so a zip bomb (a megabyte that unpacks to
// gigabytes) is refused after a few megabytes of work instead of filling the server's memory.
// fflate's streaming Unzip reads the local headers one after the other; fed small slices it hands out
// small decompressed chunks, and the first chunk past a cap stops the whole read.
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';

export interface UnzipLimits {
  /** All entries together, decompressed. */
  readonly maxTotalBytes: number;
  /** One entry, decompressed: a file larger than a JavaScript string can hold cannot be read anyway. */
  readonly maxEntryBytes: number;
  /**
   * Decompressed bytes per compressed byte of an entry. CSV tables of the import format compress 2 to 11
   * times (the demo and a generated Flanders dataset), deflate at most about 1,030 times (zeros).
   */
  readonly maxRatio: number;
  /** Below this size an entry passes whatever its ratio: a tiny, very regular file is no threat. */
  readonly ratioFloorBytes: number;
}

export const DEFAULT_UNZIP_LIMITS: UnzipLimits = {
  maxTotalBytes: 1024 * 1024 * 1024,
  // V8's longest string is 2^29 - 24 characters; a file is decoded to one string.
  maxEntryBytes: 2 ** 29 - 24,
  maxRatio: 32,
  ratioFloorBytes: 1024 * 1024,
};

/** Compressed bytes handed to the decompressor at a time: at most ~4 MiB come out of one slice. */
const SLICE_BYTES = 4 * 1024;

/** Why an archive was not read: the message is for the person who sent it. */
export class UnzipRefusal extends Error {
  /** True when a cap was passed, false when the bytes are not a readable zip. */
  readonly tooLarge: boolean;

  constructor(message: string, tooLarge = false) {
    super(message);
    this.name = 'UnzipRefusal';
    this.tooLarge = tooLarge;
  }
}

const LOCAL_FILE_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** An archive without entries is only its end record. */
const EMPTY_ARCHIVE_SIGNATURE = [0x50, 0x4b, 0x05, 0x06];
const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean => signature.every((byte, index) => bytes[index] === byte);

export const looksLikeZip = (bytes: Uint8Array): boolean =>
  startsWith(bytes, LOCAL_FILE_SIGNATURE) || startsWith(bytes, EMPTY_ARCHIVE_SIGNATURE);

const mebibytes = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MiB`;

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const whole = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.length;
  }
  return whole;
}

/**
 * The content of each entry `wanted` accepts, by path. Throws an UnzipRefusal when the bytes are not a
 * zip, an entry is cut short or uses an unknown compression, or a cap of `limits` is passed.
 */
export function unzipBounded(bytes: Uint8Array, wanted: (path: string) => boolean, limits: UnzipLimits = DEFAULT_UNZIP_LIMITS): Map<string, Uint8Array> {
  if (!looksLikeZip(bytes)) throw new UnzipRefusal('no zip signature at the start');
  const entries = new Map<string, Uint8Array>();
  const unfinished = new Set<string>();
  let total = 0;

  const read = (file: UnzipFile): void => {
    if (!wanted(file.name)) return;
    // Archives written as a stream do not record the compressed size up front; the archive's size bounds it.
    const compressed = file.size ?? bytes.length;
    const entryCap = Math.min(limits.maxEntryBytes, Math.max(limits.ratioFloorBytes, compressed * limits.maxRatio));
    const chunks: Uint8Array[] = [];
    let size = 0;
    unfinished.add(file.name);
    file.ondata = (error, chunk, final) => {
      // UnzipInflate hands a throw from this handler back to it as `error`: a refusal passes through whole.
      if (error) throw error instanceof UnzipRefusal ? error : new UnzipRefusal(`${file.name}: ${error.message}`);
      size += chunk.length;
      total += chunk.length;
      if (size > entryCap) {
        const why = entryCap === limits.maxEntryBytes ? `more than ${mebibytes(entryCap)}` : `more than ${limits.maxRatio} times its compressed size`;
        throw new UnzipRefusal(`${file.name} unpacks to ${why}`, true);
      }
      if (total > limits.maxTotalBytes) throw new UnzipRefusal(`the files unpack to more than ${mebibytes(limits.maxTotalBytes)} together`, true);
      if (chunk.length > 0) chunks.push(chunk);
      if (final) {
        entries.set(file.name, concat(chunks, size));
        unfinished.delete(file.name);
      }
    };
    file.start();
  };

  const unzip = new Unzip(read);
  unzip.register(UnzipInflate);
  try {
    for (let offset = 0; offset < bytes.length; offset += SLICE_BYTES) {
      const end = Math.min(bytes.length, offset + SLICE_BYTES);
      unzip.push(bytes.subarray(offset, end), end === bytes.length);
    }
  } catch (error) {
    if (error instanceof UnzipRefusal) throw error;
    throw new UnzipRefusal(error instanceof Error ? error.message : String(error));
  }
  const [cut] = unfinished;
  if (cut !== undefined) throw new UnzipRefusal(`${cut} is cut short (the archive ends inside it)`);
  return entries;
}
