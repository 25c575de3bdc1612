// RFC 9457 problem details: every error the API sends, with a detail a person can act on.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Problem } from '../domain/api';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** An error that the HTTP layer turns into a problem response with its status. */
export class HttpProblem extends Error {
  readonly status: ContentfulStatusCode;
  readonly extra: Partial<Problem>;

  constructor(status: ContentfulStatusCode, detail: string, extra: Partial<Problem> = {}) {
    super(detail);
    this.name = 'HttpProblem';
    this.status = status;
    this.extra = extra;
  }
}

export function problemResponse(c: Context, status: ContentfulStatusCode, detail: string, extra: Partial<Problem> = {}): Response {
  const problem: Problem = {
    type: 'about:blank',
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    instance: c.req.path,
    ...extra,
  };
  return c.body(JSON.stringify(problem), status, { 'content-type': 'application/problem+json; charset=utf-8' });
}
