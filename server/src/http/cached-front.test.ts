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
    ];
    for (const url of urls) expect(frontCacheKey(url), url).toBe(cacheKey(url));
  });
});
