// Write endpoints need `Authorization: Bearer <KNOOPPUNT_TOKEN>`; with no token configured they are closed.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { problemResponse } from '../problem';

/** Compares digests, so neither the token's length nor its content leaks through timing. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export function requireBearerToken(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (token === undefined || token === '') {
      return problemResponse(c, 403, 'write endpoints are disabled: the server was started without KNOOPPUNT_TOKEN');
    }
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(header);
    if (!match?.[1] || !sameSecret(match[1].trim(), token)) {
      c.header('www-authenticate', 'Bearer realm="knooppunt"');
      return problemResponse(c, 401, 'a valid "Authorization: Bearer <token>" header is required for this endpoint');
    }
    await next();
    return undefined;
  };
}
