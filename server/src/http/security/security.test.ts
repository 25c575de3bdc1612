// Browser hardening and client mistakes, tested in-process on the app as a value.
import { describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../store/embedded/embedded-store';
import { createApp } from '../app';

function appWith(corsOrigins?: string[]) {
  const logged: unknown[] = [];
  const app = createApp({ store: EmbeddedStore.inMemory(), version: 'test', centroids: [], logError: (error) => logged.push(error), ...(corsOrigins ? { corsOrigins } : {}) });
  return { app, logged };
}

describe('malformed URLs', () => {
  it.each(['/a%ZZ', '/api/a%ZZ', '/api/nodes/%E0%A4%A/neighbourhood', '/%'])('answers %s with 400 and logs nothing', async (path) => {
    const { app, logged } = appWith();
    const response = await app.request(path);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { detail: string }).detail).toMatch(/^the URL path is not valid percent-encoding/);
    expect(logged).toEqual([]);
  });

  it('leaves a well-formed encoding alone', async () => {
    const { app } = appWith();
    expect((await app.request('/api/nodes/org%3Aunknown')).status).toBe(404);
  });
});

describe('security headers', () => {
  it('sends the page a CSP without inline script that forbids framing, and X-Frame-Options', async () => {
    const { app } = appWith();
    const response = await app.request('/');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('sends API answers, found or not, a CSP that allows nothing and forbids framing', async () => {
    const { app } = appWith();
    for (const path of ['/api/health', '/api/nodes/org%3Aunknown', '/api/no-such-endpoint']) {
      const response = await app.request(path);
      expect(response.headers.get('content-security-policy'), path).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });
});

describe('CORS', () => {
  const preflight = (origin: string) => ({ method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' } });

  it('answers a preflight without allowing any origin when none is configured', async () => {
    const { app } = appWith();
    const response = await app.request('/api/import', preflight('https://elsewhere.example'));
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const read = await app.request('/api/health', { headers: { origin: 'https://elsewhere.example' } });
    expect(read.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows a configured origin, and only that one', async () => {
    const { app } = appWith(['https://atlas.example']);
    const allowed = await app.request('/api/import', preflight('https://atlas.example'));
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://atlas.example');
    expect(allowed.headers.get('access-control-allow-headers')).toBe('authorization,content-type');
    const other = await app.request('/api/health', { headers: { origin: 'https://elsewhere.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
