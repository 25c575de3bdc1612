// Where the embedded store keeps its snapshots: files under KNOOPPUNT_DATA/snapshots/, or memory for a
// store that is never written to disk. Each snapshot is two files, both written atomically: the
// compressed graph document first, then its summary, so a summary always has its document. A crash
// between the two leaves a document without a summary, which the next start removes.
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { SNAPSHOT_ID_PATTERN, type SnapshotSummary } from '../../domain/snapshot';
import { newestFirst, type StoredSnapshot } from '../../domain/snapshot';
import { writeFileAtomic } from './atomic-file';

export interface SnapshotShelf {
  /** Newest first. */
  list(): Promise<SnapshotSummary[]>;
  put(snapshot: StoredSnapshot): Promise<void>;
  /** The compressed document, or undefined for an unknown id. */
  read(id: string): Promise<Uint8Array | undefined>;
  /** False when there was no snapshot with that id. */
  remove(id: string): Promise<boolean>;
}

export const SNAPSHOT_FOLDER_NAME = 'snapshots';
const SUMMARY_SUFFIX = '.summary.json';
const DOCUMENT_SUFFIX = '.graph.json.gz';

export class MemoryShelf implements SnapshotShelf {
  private readonly snapshots = new Map<string, StoredSnapshot>();

  async list(): Promise<SnapshotSummary[]> {
    return [...this.snapshots.values()].map((snapshot) => snapshot.summary).sort(newestFirst);
  }

  async put(snapshot: StoredSnapshot): Promise<void> {
    this.snapshots.set(snapshot.summary.id, snapshot);
  }

  async read(id: string): Promise<Uint8Array | undefined> {
    return this.snapshots.get(id)?.document;
  }

  async remove(id: string): Promise<boolean> {
    return this.snapshots.delete(id);
  }
}

const isMissing = (error: unknown): boolean => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** The folder's entries; none before the first snapshot made the folder. */
async function entriesOf(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}

export class FolderShelf implements SnapshotShelf {
  /** Writes and deletions run one after another, so a listing never sees a half-made change of another. */
  private changes: Promise<unknown> = Promise.resolve();

  private constructor(private readonly folder: string) {}

  /** Opens `folder` (made by the first save), removing what a crash left: temp files and documents without a summary. */
  static async open(folder: string): Promise<FolderShelf> {
    const entries = await entriesOf(folder);
    const summarised = new Set(entries.filter((entry) => entry.endsWith(SUMMARY_SUFFIX)).map((entry) => entry.slice(0, -SUMMARY_SUFFIX.length)));
    const leftovers = entries.filter(
      (entry) => entry.endsWith('.tmp') || (entry.endsWith(DOCUMENT_SUFFIX) && !summarised.has(entry.slice(0, -DOCUMENT_SUFFIX.length))),
    );
    await Promise.all(leftovers.map((entry) => unlink(join(folder, entry))));
    return new FolderShelf(folder);
  }

  private path(id: string, suffix: string): string {
    return join(this.folder, `${id}${suffix}`);
  }

  private serially<T>(change: () => Promise<T>): Promise<T> {
    const run = this.changes.then(change);
    this.changes = run.catch(() => undefined);
    return run;
  }

  async list(): Promise<SnapshotSummary[]> {
    const entries = (await entriesOf(this.folder)).filter((entry) => entry.endsWith(SUMMARY_SUFFIX));
    const summaries = await Promise.all(
      entries.map(async (entry) => {
        try {
          return [JSON.parse(await readFile(join(this.folder, entry), 'utf8')) as SnapshotSummary];
        } catch (error) {
          // Deleted between the listing and the read: it is no longer there to list.
          if (isMissing(error)) return [];
          throw error;
        }
      }),
    );
    return summaries.flat().sort(newestFirst);
  }

  put(snapshot: StoredSnapshot): Promise<void> {
    const { summary, document } = snapshot;
    return this.serially(async () => {
      await mkdir(this.folder, { recursive: true });
      await writeFileAtomic(this.path(summary.id, DOCUMENT_SUFFIX), document);
      await writeFileAtomic(this.path(summary.id, SUMMARY_SUFFIX), [`${JSON.stringify(summary)}\n`]);
    });
  }

  async read(id: string): Promise<Uint8Array | undefined> {
    // Ids become file names, so only ids of the form stores make are looked up at all.
    if (!SNAPSHOT_ID_PATTERN.test(id)) return undefined;
    try {
      return await readFile(this.path(id, DOCUMENT_SUFFIX));
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  remove(id: string): Promise<boolean> {
    if (!SNAPSHOT_ID_PATTERN.test(id)) return Promise.resolve(false);
    return this.serially(async () => {
      try {
        await unlink(this.path(id, SUMMARY_SUFFIX));
      } catch (error) {
        if (isMissing(error)) return false;
        throw error;
      }
      await unlink(this.path(id, DOCUMENT_SUFFIX));
      return true;
    });
  }
}
