// Serves cached read answers straight from Node's HTTP server, before the router runs. A zone's graph
// under heavy load is mostly requests for answers already in the cache, and building a Request and a
// Response object for each of them costs more than sending the bytes; anything else (a miss, a write,
// an error) goes to the app as usual. At tens of thousands of answers a second every microsecond counts,
// so a hit's header lines are made once per answer and a plain path is its own cache key.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { API_SECURITY_HEADERS } from './security/security-headers';
import { acceptsGzip, answerHeaders, cacheKey, type CachedAnswer, type JsonCache } from './json-cache';

export type RequestListener = (request: IncomingMessage, response: ServerResponse) => void;

/** As the app sends the answer, whose CORS middleware adds Origin to Vary. */
function frontHeaders(answer: CachedAnswer, gzip: boolean): Record<string, string> {
  const headers = answerHeaders(answer, gzip);
  return { ...headers, vary: `${headers.vary}, Origin` };
}

/** The header lines of a 200 with the plain or the gzipped body, as one flat list for writeHead. */
const headerLines = new WeakMap<CachedAnswer, { plain?: string[]; gzip?: string[] }>();

function linesOf(answer: CachedAnswer, gzip: boolean, body: Uint8Array): string[] {
  let known = headerLines.get(answer);
  if (known === undefined) headerLines.set(answer, (known = {}));
  const variant = gzip ? 'gzip' : 'plain';
  known[variant] ??= Object.entries({ ...frontHeaders(answer, gzip), ...API_SECURITY_HEADERS, 'content-length': String(body.byteLength) }).flat();
  return known[variant];
}

/**
 * A path of letters, digits and `-_~:%@` segments, without a query, is what `new URL` would give back as
 * its pathname (no dot segments to resolve, nothing to percent-encode), so it is its own cache key.
 */
const PLAIN_PATH = /^(?:\/[A-Za-z0-9\-_~:%@]+)+$/;

/**
 * A query of name=value pairs made of letters, digits and `-_.` only, which URLSearchParams writes back
 * unchanged: such a query's key is its pairs sorted, empty ones left out, without parsing a URL (a
 * neighbourhood's `?depth=1` cost a URL and a URLSearchParams per hit, a third of the front's time).
 */
const PLAIN_QUERY = /^[A-Za-z0-9\-_.]+=[A-Za-z0-9\-_.]*(?:&[A-Za-z0-9\-_.]+=[A-Za-z0-9\-_.]*)*$/;

const byNameThenValue = (a: string, b: string): number => {
  const [nameA, valueA] = a.split('=') as [string, string];
  const [nameB, valueB] = b.split('=') as [string, string];
  if (nameA !== nameB) return nameA < nameB ? -1 : 1;
  return valueA < valueB ? -1 : valueA > valueB ? 1 : 0;
};

export function frontCacheKey(url: string): string {
  const question = url.indexOf('?');
  const path = question < 0 ? url : url.slice(0, question);
  if (!PLAIN_PATH.test(path) || /%2e/i.test(path)) return cacheKey(url);
  if (question < 0) return url;
  const query = url.slice(question + 1);
  if (!PLAIN_QUERY.test(query)) return cacheKey(url);
  const pairs = query.split('&').filter((pair) => !pair.endsWith('='));
  return pairs.length === 0 ? path : `${path}?${pairs.sort(byNameThenValue).join('&')}`;
}

export function cachedFront(cache: JsonCache, app: RequestListener): RequestListener {
  return (request, response) => {
    // Cross-origin requests go to the app, whose CORS middleware decides what they may see.
    const cacheable = request.method === 'GET' && request.url?.startsWith('/api/') && request.headers.origin === undefined;
    const answer = cacheable ? cache.peek(frontCacheKey(request.url!)) : undefined;
    const gzip = acceptsGzip(request.headers['accept-encoding']);
    // A kept answer not yet compressed goes to the app too, which compresses it (once) off the event loop.
    const validator = request.headers['if-none-match'];
    const unchanged = answer !== undefined && validator !== undefined && validator === answer.etag;
    if (answer === undefined || (gzip && answer.gzip === undefined && !unchanged)) {
      app(request, response);
      return;
    }
    if (unchanged) {
      response.writeHead(304, { ...frontHeaders(answer, false), ...API_SECURITY_HEADERS });
      response.end();
      return;
    }
    const body = gzip ? answer.gzip! : answer.plain;
    response.writeHead(200, linesOf(answer, gzip, body));
    response.end(body);
  };
}
