import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { requireBearerToken } from './bearer-token';
import { FailedTokenGuard } from './failed-token-guard';

const TOKEN = 'q8Zr1vN3xK0pLm7TbW2s';

function guardedApp(token: string | undefined) {
  const app = new Hono();
  app.post('/write', requireBearerToken(token, new FailedTokenGuard({ attempts: 3, windowSeconds: 60, blockSeconds: 30 })), (c) => c.text('written'));
  return (bearer?: string) => app.request('/write', { method: 'POST', headers: bearer === undefined ? {} : { authorization: `Bearer ${bearer}` } });
}

describe('requireBearerToken', () => {
  it('lets the right token through and refuses a wrong or missing one with 401', async () => {
    const write = guardedApp(TOKEN);
    expect(await (await write(TOKEN)).text()).toBe('written');
    expect((await write('wrong')).status).toBe(401);
    expect((await write()).status).toBe(401);
  });

  it('answers 429 with Retry-After once a client has failed too often, even with the right token', async () => {
    const write = guardedApp(TOKEN);
    for (let attempt = 0; attempt < 3; attempt += 1) expect((await write(`guess-${attempt}`)).status).toBe(401);
    const blocked = await write('guess-3');
    expect(blocked.status).toBe(429);
    const retryAfter = Number(blocked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(30);
    expect((await write(TOKEN)).status).toBe(429);
  });

  it('does not count successful attempts', async () => {
    const write = guardedApp(TOKEN);
    for (let attempt = 0; attempt < 10; attempt += 1) expect((await write(TOKEN)).status).toBe(200);
    expect((await write('wrong')).status).toBe(401);
  });

  it('closes write endpoints with 403 when no token is configured', async () => {
    expect((await guardedApp(undefined)(TOKEN)).status).toBe(403);
  });
});
