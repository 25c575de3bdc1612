import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseExplorerState } from '../lib/explorer-state';
import { createQueryClient, prefetchInitialView } from './query-client';

/** The API paths a page load asks for before React renders, in the order asked. */
function prefetched(search: string): string[] {
  const asked: string[] = [];
  vi.stubGlobal('fetch', (input: RequestInfo | URL) => {
    asked.push(new URL(String(input), 'http://knooppunt.test').pathname);
    return new Promise<Response>(() => {});
  });
  prefetchInitialView(createQueryClient(), parseExplorerState(search, 'nl'));
  return asked;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('prefetchInitialView', () => {
  it("asks for a zone's graph and the centroids its geographic layout needs at once", () => {
    expect(prefetched('?zone=zone:bruzel')).toEqual(['/api/zones/zone%3Abruzel/graph', '/api/geo/centroids', '/api/zones', '/api/health']);
  });

  it('leaves the centroids for later under another layout, and when no graph is opened', () => {
    expect(prefetched('?zone=zone:bruzel&layout=fcose')).not.toContain('/api/geo/centroids');
    expect(prefetched('')).toEqual(['/api/zones', '/api/health']);
  });
});
