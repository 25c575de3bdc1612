// A path with a broken percent-encoding (`/a%ZZ`) is the client's mistake: 400, never a URIError
// thrown further down as a 500 with a stack trace in the log.
import type { MiddlewareHandler } from 'hono';
import { problemResponse } from '../problem';

function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

export const rejectMalformedUrl: MiddlewareHandler = async (c, next) => {
  const rawPath = c.req.url.replace(/^[a-z]+:\/\/[^/]*/i, '').replace(/[?#].*$/s, '');
  if (!decodes(rawPath)) return problemResponse(c, 400, 'the URL path is not valid percent-encoding (a % must be followed by two hex digits of UTF-8)');
  await next();
  return undefined;
};
