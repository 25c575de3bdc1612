// The one place that talks HTTP to the Knooppunt API; every feature's fetcher goes through here.
import type { Problem } from '@knooppunt/server/domain/api';
import { apiUrl } from './api-paths';
import { fetchAnswer, takeEarly } from './early-requests';

/** An answer that was not 2xx, carrying the server's problem+json when it sent one. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;

  constructor(status: number, problem: Problem | undefined, path: string) {
    super(problem ? `${problem.title}: ${problem.detail}` : `HTTP ${status} for ${path}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

export async function apiGet<T>(path: string, signal?: AbortSignal): Promise<T> {
  // The boot script may have asked already (early-requests.ts).
  const response = await (takeEarly(path) ?? fetchAnswer(path, signal));
  if (!response.ok) {
    throw new ApiError(response.status, await readProblem(response), path);
  }
  return (await response.json()) as T;
}

/** A write endpoint: a JSON body and the write token the user typed (`Authorization: Bearer …`). */
/** A write: the bearer token in the Authorization header, a refusal as an ApiError with its problem. */
async function writeRequest(method: 'POST' | 'DELETE', path: string, token: string, body?: unknown): Promise<Response> {
  const response = await fetch(apiUrl(path), {
    method,
    headers: {
      Accept: 'application/json',
      Authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) {
    throw new ApiError(response.status, await readProblem(response), path);
  }
  return response;
}

export async function apiPost<T>(path: string, body: unknown, token: string): Promise<T> {
  return (await (await writeRequest('POST', path, token, body)).json()) as T;
}

export async function apiDelete(path: string, token: string): Promise<void> {
  await writeRequest('DELETE', path, token);
}

async function readProblem(response: Response): Promise<Problem | undefined> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return undefined;
  try {
    return (await response.json()) as Problem;
  } catch {
    return undefined;
  }
}

/** Query strings with the values encoded, skipping absent ones. */
export function withQuery(path: string, params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
