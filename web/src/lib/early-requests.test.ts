import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiGet } from './api-client';
import { requestEarly, takeEarly } from './early-requests';

const answer = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('early requests', () => {
  it('answers the first ask for a path with the request the boot script sent, and later asks from the network', async () => {
    const fetch = vi.fn(async (url: string) => answer({ url, sent: fetch.mock.calls.length }));
    vi.stubGlobal('fetch', fetch);
    requestEarly('/zones/zone%3Abruzel/graph');
    requestEarly('/zones/zone%3Abruzel/graph');
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]?.[0]).toBe('/api/zones/zone%3Abruzel/graph');

    expect(await apiGet('/zones/zone%3Abruzel/graph')).toEqual({ url: '/api/zones/zone%3Abruzel/graph', sent: 1 });
    expect(fetch).toHaveBeenCalledTimes(1);
    // A refetch (or another page's ask) goes to the network.
    expect(await apiGet('/zones/zone%3Abruzel/graph')).toEqual({ url: '/api/zones/zone%3Abruzel/graph', sent: 2 });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('hands a failed early request to whoever takes it, and nothing to anyone after', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('network down'))));
    requestEarly('/geo/centroids');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(takeEarly('/geo/centroids')).rejects.toThrow('network down');
    expect(takeEarly('/geo/centroids')).toBeUndefined();
  });
});
