// Positions a layout computed, kept in the browser (localStorage) so that opening a view again, in this tab or
// after a reload, places it at once instead of computing it again.
//
// Keyed by the layout and a hash of what the view holds (its nodes with their compound parents, and its edges).
// The server's dataset revision is not known to the browser; the view's own content is the finer key: an import
// that changes what a view shows changes its hash, one that leaves the view alone keeps its entry useful. A stored
// entry is used only when it holds exactly the nodes of the view, so a hash collision cannot misplace anything.
import { hashText } from './seeded-random';
import type { LayoutPositions } from './compute-layout';

/** What the cache needs of localStorage: the Storage interface, or a stand-in in tests. */
export type PositionStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface PositionCacheLimits {
  /** Views kept; the least recently used goes first. */
  entries: number;
  /** Characters kept over all entries, well inside the 5 MB localStorage gives an origin (UTF-16: 2 bytes each). */
  characters: number;
}

/**
 * Twelve views at about 50,000 characters each (Bruzel with its offers, 1,140 nodes) stay under 700,000 characters,
 * 1.4 MB: a sixth or less of what browsers allow, leaving room for the rest of the app's settings.
 */
export const DEFAULT_LIMITS: PositionCacheLimits = { entries: 12, characters: 700_000 };

const PREFIX = 'knooppunt.layout.v1:';
const INDEX = 'knooppunt.layout.v1.index';

export interface ViewContent {
  nodes: readonly { id: string; parent?: string }[];
  edges: readonly { source: string; target: string }[];
}

/** The cache key of a view under a layout: the same content in any order gives the same key. */
export function viewCacheKey(layout: string, view: ViewContent): string {
  const nodes = view.nodes.map((node) => `${node.id}>${node.parent ?? ''}`).sort();
  const edges = view.edges.map((edge) => `${edge.source}>${edge.target}`).sort();
  let hash = hashText(layout);
  for (const node of nodes) hash = hashText(node, hash);
  hash = hashText('|', hash);
  for (const edge of edges) hash = hashText(edge, hash);
  return `${layout}:${view.nodes.length}:${hash.toString(36)}`;
}

interface StoredEntry {
  ids: string[];
  /** x and y of each id in turn. */
  xy: number[];
}

interface IndexEntry {
  key: string;
  characters: number;
}

export class PositionCache {
  constructor(
    private readonly store: PositionStore,
    private readonly limits: PositionCacheLimits = DEFAULT_LIMITS,
  ) {}

  /** The positions stored for `key` when they cover exactly `nodeIds`; a use counts as recent. */
  get(key: string, nodeIds: readonly string[]): LayoutPositions | undefined {
    const text = this.read(PREFIX + key);
    if (text === undefined) return undefined;
    let entry: StoredEntry;
    try {
      entry = JSON.parse(text) as StoredEntry;
    } catch {
      this.remove(key);
      return undefined;
    }
    if (!Array.isArray(entry.ids) || !Array.isArray(entry.xy) || entry.xy.length !== entry.ids.length * 2) return undefined;
    const wanted = new Set(nodeIds);
    if (entry.ids.length !== wanted.size || entry.ids.some((id) => !wanted.has(id))) return undefined;
    const positions: LayoutPositions = {};
    entry.ids.forEach((id, index) => {
      positions[id] = { x: entry.xy[index * 2] ?? 0, y: entry.xy[index * 2 + 1] ?? 0 };
    });
    this.touch(key, text.length);
    return positions;
  }

  /** Keep positions, then drop the least recently used entries beyond the limits. A full store is not an error. */
  set(key: string, positions: LayoutPositions): void {
    const ids = Object.keys(positions);
    const xy = ids.flatMap((id) => [positions[id]?.x ?? 0, positions[id]?.y ?? 0]);
    const text = JSON.stringify({ ids, xy } satisfies StoredEntry);
    if (text.length > this.limits.characters) return;
    const index = this.index().filter((entry) => entry.key !== key);
    index.push({ key, characters: text.length });
    let total = index.reduce((sum, entry) => sum + entry.characters, 0);
    while (index.length > this.limits.entries || total > this.limits.characters) {
      const oldest = index.shift();
      if (!oldest) break;
      total -= oldest.characters;
      this.store.removeItem(PREFIX + oldest.key);
    }
    try {
      this.store.setItem(PREFIX + key, text);
      this.store.setItem(INDEX, JSON.stringify(index));
    } catch {
      // Storage full or refused (private browsing): the layout is simply computed next time.
      this.store.removeItem(PREFIX + key);
    }
  }

  /** The keys held, least recently used first. */
  keys(): string[] {
    return this.index().map((entry) => entry.key);
  }

  private touch(key: string, characters: number): void {
    const index = this.index().filter((entry) => entry.key !== key);
    index.push({ key, characters });
    try {
      this.store.setItem(INDEX, JSON.stringify(index));
    } catch {
      // The order of use is a hint; losing it costs nothing but an early eviction.
    }
  }

  private remove(key: string): void {
    this.store.removeItem(PREFIX + key);
  }

  private index(): IndexEntry[] {
    const text = this.read(INDEX);
    if (text === undefined) return [];
    try {
      const parsed = JSON.parse(text) as unknown;
      return Array.isArray(parsed) ? (parsed as IndexEntry[]).filter((entry) => typeof entry?.key === 'string' && typeof entry.characters === 'number') : [];
    } catch {
      return [];
    }
  }

  private read(name: string): string | undefined {
    try {
      return this.store.getItem(name) ?? undefined;
    } catch {
      return undefined;
    }
  }
}

/** The page's cache, or none where localStorage is unavailable (it throws in some privacy modes). */
export function browserPositionCache(): PositionCache | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : new PositionCache(localStorage);
  } catch {
    return undefined;
  }
}
