// The HTTP app in-process on the demo dataset (embedded, in memory), and the two kinds of answer API tests read.
import { fileURLToPath } from 'node:url';
import type { Problem } from '@knooppunt/server/domain/api';
import { createApp } from '@knooppunt/server/http/app';
import { readDataset } from '@knooppunt/server/import/read-dataset';
import { EmbeddedStore } from '@knooppunt/server/store/embedded/embedded-store';
import { expect } from 'vitest';

export type App = ReturnType<typeof createApp>;

export const DEMO_FOLDER = fileURLToPath(new URL('../../fixtures/demo/', import.meta.url));

export async function demoApp(): Promise<App> {
  const store = EmbeddedStore.inMemory();
  await store.importDataset(await readDataset(DEMO_FOLDER));
  return createApp({ store, version: 'test', centroids: [], logError: () => undefined });
}

/** A 200 answer's JSON body. */
export async function okJson<T>(app: App, path: string): Promise<T> {
  const response = await app.request(path);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

/** An error answer: its status and problem+json body. */
export async function problemAt(app: App, path: string, status: number): Promise<Problem> {
  const response = await app.request(path);
  expect(response.status, path).toBe(status);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  return (await response.json()) as Problem;
}
