// Requests the boot script (boot.ts) sends before the app's bundle has even been parsed, for the data the
// first screen needs; the app's first ask for the same path (api-client.ts) takes the answer instead of
// asking again. No React and no query library here, so the boot script that imports it stays small.

import { apiUrl } from './api-paths';

const early = new Map<string, Promise<Response>>();

/** A GET of the answer at `path` (under /api): what apiGet sends, and the boot script before it. */
export function fetchAnswer(path: string, signal?: AbortSignal): Promise<Response> {
  return fetch(apiUrl(path), { headers: { Accept: 'application/json' }, ...(signal ? { signal } : {}) });
}

/** Ask for `path` (under /api) now; the first apiGet of the same path gets this answer. */
export function requestEarly(path: string): void {
  if (early.has(path)) return;
  const answer = fetchAnswer(path);
  // A failure is the taker's to see; until someone takes it, it must not count as an unhandled rejection.
  answer.catch(() => undefined);
  early.set(path, answer);
}

/** The early answer to `path`, once: a later ask (a refetch) goes to the network. */
export function takeEarly(path: string): Promise<Response> | undefined {
  const answer = early.get(path);
  early.delete(path);
  return answer;
}
