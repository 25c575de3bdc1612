// The front's shortcut to a cache key gives exactly the key the routes use, for plain paths and tricky ones.
import { describe, expect, it } from 'vitest';
import { frontCacheKey } from './cached-front';
import { cacheKey } from './json-cache';

describe('frontCacheKey', () => {
  it('is cacheKey for every kind of request path', () => {
    const urls = [
      '/api/zones',
      '/api/zones/zone%3Abruzel/graph',
      '/api/zones/zone:bruzel/graph',
      '/api/nodes/org%3Aabc-123/neighbourhood',
      '/api/nodes/org:x/neighbourhood?depth=2&limit=10',
      '/api/nodes/org:x/neighbourhood?limit=10&depth=2&junk=',
      '/api/zones/./zone:a/graph',
      '/api/zones/../api/zones',
      '/api/zones/%2e%2e/zones',
      '/api/zones/%2E/zones',
      '/api/zones\\zone:a',
      '/api/zones/zone a/graph',
      '/api/zones/zoné/graph',
      '/api/zones/zone%ZZ/graph',
      '/api/zones//graph',
      '/api/zones/zone:a/graph#fragment',
      '/api/zones/"quoted"/graph',
      '/api/nodes/org:x/neighbourhood?depth=1',
      '/api/nodes/org:x/neighbourhood?',
      '/api/nodes/org:x/neighbourhood?depth=',
      '/api/nodes/org:x/neighbourhood?depth=&limit=',
      '/api/nodes/org:x/neighbourhood?depth=2&depth=1&a.b=c-d_e',
      '/api/nodes/org:x/neighbourhood?b=1&a=2&ab=0&a=10&a=',
      '/api/nodes/org:x/neighbourhood?depth',
      '/api/nodes/org:x/neighbourhood?depth=1&&limit=2',
      '/api/nodes/org:x/neighbourhood?depth=1=2',
      '/api/nodes/org:x/neighbourhood?depth=%31',
      '/api/nodes/org:x/neighbourhood?depth=a+b',
      '/api/nodes/org:x/neighbourhood?depth=~1',
      '/api/nodes/org:x/neighbourhood?dépth=1',
      '/api/nodes/org:x/neighbourhood?depth=1#limit=2',
      '/api/nodes/org:x/neighbourhood?x=1?y=2',
      '/api/zones/%2e%2e/zones?depth=1',
    ];
    for (const url of urls) expect(frontCacheKey(url), url).toBe(cacheKey(url));
  });

  it('is cacheKey for generated queries of plain names and values, in any order, empty ones among them', () => {
    const parts = ['a', 'b', 'ab', 'depth', 'limit', 'x.y', 'A', '0', '-_', ''];
    let state = 7;
    const next = (count: number) => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state % count;
    };
    for (let run = 0; run < 2000; run += 1) {
      const pairs = Array.from({ length: 1 + next(5) }, () => `${parts[next(parts.length - 1)]}=${parts[next(parts.length)]}`);
      const url = `/api/nodes/org:x/neighbourhood?${pairs.join('&')}`;
      expect(frontCacheKey(url), url).toBe(cacheKey(url));
    }
  });
});
