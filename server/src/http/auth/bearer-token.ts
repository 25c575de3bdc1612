// Write endpoints need `Authorization: Bearer <KNOOPPUNT_TOKEN>`; with no token configured they are closed.
// Failed attempts are counted per client (failed-token-guard.ts): past the limit, 429 with Retry-After.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { problemResponse } from '../problem';
import { clientAddress, FailedTokenGuard } from './failed-token-guard';

/** Compares digests, so neither the token's length nor its content leaks through timing. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export function requireBearerToken(token: string | undefined, guard: FailedTokenGuard = new FailedTokenGuard()): MiddlewareHandler {
  return async (c, next) => {
    if (token === undefined || token === '') {
      return problemResponse(c, 403, 'write endpoints are disabled: the server was started without KNOOPPUNT_TOKEN');
    }
    const client = clientAddress(c);
    const retryAfter = await guard.retryAfter(client);
    if (retryAfter !== undefined) {
      c.header('retry-after', String(retryAfter));
      return problemResponse(c, 429, `too many attempts with a wrong token from this client; try again in ${retryAfter} s`);
    }
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(header);
    if (!match?.[1] || !sameSecret(match[1].trim(), token)) {
      await guard.failed(client);
      c.header('www-authenticate', 'Bearer realm="knooppunt"');
      return problemResponse(c, 401, 'a valid "Authorization: Bearer <token>" header is required for this endpoint');
    }
    await next();
    return undefined;
  };
}
