// Serves cached read answers straight from Node's HTTP server, before the router runs. A zone's graph
// under heavy load is mostly requests for answers already in the cache, and building a Request and a
// Response object for each of them costs more than sending the bytes; anything else (a miss, a write,
// an error) goes to the app as usual.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from './security/security-headers';
import { acceptsGzip, answerHeaders, cacheKey, type CachedAnswer, type JsonCache } from './json-cache';

export type RequestListener = (request: IncomingMessage, response: ServerResponse) => void;

/** As the app sends the answer, whose CORS middleware adds Origin to Vary. */
function frontHeaders(answer: CachedAnswer, gzip: boolean): Record<string, string> {
  const headers = answerHeaders(answer, gzip);
  return { ...headers, vary: `${headers.vary}, Origin` };
}

export function cachedFront(cache: JsonCache, app: RequestListener): RequestListener {
  return (request, response) => {
    // Cross-origin requests go to the app, whose CORS middleware decides what they may see.
    const cacheable = request.method === 'GET' && request.url?.startsWith('/api/') && request.headers.origin === undefined;
    const answer = cacheable ? cache.peek(cacheKey(request.url!)) : undefined;
    const gzip = acceptsGzip(request.headers['accept-encoding']);
    // A kept answer not yet compressed goes to the app too, which compresses it (once) off the event loop.
    if (answer === undefined || (gzip && answer.gzip === undefined && request.headers['if-none-match'] !== answer.etag)) {
      app(request, response);
      return;
    }
    if (request.headers['if-none-match'] === answer.etag) {
      response.writeHead(304, { ...frontHeaders(answer, false), ...SECURITY_HEADERS });
      response.end();
      return;
    }
    const body = gzip ? answer.gzip! : answer.plain;
    response.writeHead(200, { ...frontHeaders(answer, gzip), ...SECURITY_HEADERS, 'content-length': String(body.byteLength) });
    response.end(body);
  };
}
