// Requests the boot script (boot.ts) sends before the app's bundle has even been parsed, for the data the
// first screen needs; the app's first ask for the same path (api-client.ts) takes the answer instead of
// asking again. No React and no query library here, so the boot script that imports it stays small.

const API_BASE = '/api';
const early = new Map<string, Promise<Response>>();

/** Ask for `path` (under /api) now; the first apiGet of the same path gets this answer. */
export function requestEarly(path: string): void {
  if (early.has(path)) return;
  const answer = fetch(`${API_BASE}${path}`, { headers: { Accept: 'application/json' } });
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
