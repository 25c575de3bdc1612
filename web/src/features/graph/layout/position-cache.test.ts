import { describe, expect, it } from 'vitest';
import { PositionCache, viewCacheKey, type PositionStore } from './position-cache';

class MemoryStore implements PositionStore {
  readonly items = new Map<string, string>();
  full = false;
  getItem(name: string) {
    return this.items.get(name) ?? null;
  }
  setItem(name: string, value: string) {
    if (this.full) throw new DOMException('quota', 'QuotaExceededError');
    this.items.set(name, value);
  }
  removeItem(name: string) {
    this.items.delete(name);
  }
}

const view = {
  nodes: [{ id: 'nis:11001', parent: 'zone:z' }, { id: 'org:a' }, { id: 'zone:z' }],
  edges: [{ source: 'org:a', target: 'nis:11001' }],
};
const positions = { 'nis:11001': { x: 1.25, y: -2 }, 'org:a': { x: 30, y: 40.5 } };

describe('viewCacheKey', () => {
  it('is the same for the same content in any order, and differs with the layout, a parent or an edge', () => {
    const key = viewCacheKey('fcose', view);
    expect(viewCacheKey('fcose', { nodes: [...view.nodes].reverse(), edges: view.edges })).toBe(key);
    expect(viewCacheKey('geographic', view)).not.toBe(key);
    expect(viewCacheKey('fcose', { ...view, nodes: [{ id: 'nis:11001' }, { id: 'org:a' }, { id: 'zone:z' }] })).not.toBe(key);
    expect(viewCacheKey('fcose', { ...view, edges: [] })).not.toBe(key);
  });
});

describe('PositionCache', () => {
  it('gives back exactly what was stored, only for the same set of nodes', () => {
    const cache = new PositionCache(new MemoryStore());
    cache.set('k', positions);
    expect(cache.get('k', ['org:a', 'nis:11001'])).toEqual(positions);
    expect(cache.get('k', ['org:a'])).toBeUndefined();
    expect(cache.get('k', ['org:a', 'nis:11001', 'org:b'])).toBeUndefined();
    expect(cache.get('other', ['org:a', 'nis:11001'])).toBeUndefined();
  });

  it('drops the least recently used entry beyond the entry limit', () => {
    const store = new MemoryStore();
    const cache = new PositionCache(store, { entries: 2, characters: 10_000 });
    cache.set('a', positions);
    cache.set('b', positions);
    // Reading a makes b the least recently used.
    expect(cache.get('a', Object.keys(positions))).toEqual(positions);
    cache.set('c', positions);
    expect(cache.keys()).toEqual(['a', 'c']);
    expect(cache.get('b', Object.keys(positions))).toBeUndefined();
    expect([...store.items.keys()].filter((name) => name.endsWith(':b'))).toEqual([]);
  });

  it('keeps the characters stored within the limit and skips an entry larger than all of it', () => {
    const store = new MemoryStore();
    const size = JSON.stringify({ ids: Object.keys(positions), xy: [1.25, -2, 30, 40.5] }).length;
    const cache = new PositionCache(store, { entries: 10, characters: size * 2 + 1 });
    for (const key of ['a', 'b', 'c']) cache.set(key, positions);
    expect(cache.keys()).toEqual(['b', 'c']);
    const tiny = new PositionCache(new MemoryStore(), { entries: 10, characters: size - 1 });
    tiny.set('a', positions);
    expect(tiny.keys()).toEqual([]);
  });

  it('survives a full store, a corrupt entry and a corrupt index', () => {
    const store = new MemoryStore();
    const cache = new PositionCache(store);
    store.full = true;
    expect(() => cache.set('a', positions)).not.toThrow();
    expect(cache.get('a', Object.keys(positions))).toBeUndefined();
    store.full = false;
    store.setItem('knooppunt.layout.v1:b', '{not json');
    expect(cache.get('b', Object.keys(positions))).toBeUndefined();
    store.setItem('knooppunt.layout.v1.index', '"nonsense"');
    expect(cache.keys()).toEqual([]);
    cache.set('c', positions);
    expect(cache.get('c', Object.keys(positions))).toEqual(positions);
  });
});
