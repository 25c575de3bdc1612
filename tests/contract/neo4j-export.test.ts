// Both stores give the same exports, byte for byte, apart from the backend they name: the same graph in
// the same order with the same metadata (content hash, counts, manifest), for every format, whole and per zone.
import { EXPORT_FORMATS, type ExportFormat } from '@knooppunt/server/domain/export-format';
import { EmbeddedStore } from '@knooppunt/server/store/embedded/embedded-store';
import { Neo4jStore } from '@knooppunt/server/store/neo4j/neo4j-store';
import { unzipSync } from 'fflate';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { exportBytes } from '../support/export-support';
import { smallDataset } from '../support/small-dataset';

const config = { uri: inject('neo4jUri'), user: inject('neo4jUser'), password: inject('neo4jPassword') };
let embedded: EmbeddedStore;
let store: Neo4jStore;

beforeAll(async () => {
  const admin = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
  await admin.executeQuery('MATCH (n) DETACH DELETE n');
  await admin.close();
  store = new Neo4jStore(config);
  await store.importDataset(smallDataset());
  embedded = EmbeddedStore.inMemory();
  await embedded.importDataset(smallDataset());
});

afterAll(async () => {
  await store.close();
});

/** An export split into the backend it names and everything else, which must not differ between stores. */
function split(format: ExportFormat, bytes: Uint8Array): { backend: unknown; rest: unknown } {
  if (format === 'csv') {
    const files = unzipSync(bytes);
    const { backend, ...metadata } = JSON.parse(new TextDecoder().decode(files['metadata.json'])) as { backend: string };
    return { backend, rest: { ...files, 'metadata.json': metadata } };
  }
  const text = new TextDecoder().decode(bytes);
  const named = /(backend\W+)(embedded|neo4j)/.exec(text);
  return { backend: named?.[2], rest: text.replace(/(backend\W+)(embedded|neo4j)/, '$1') };
}

describe.each(['the whole graph', 'zone:oost'])('exports of %s from both stores', (filter) => {
  const zone = filter.startsWith('zone:') ? filter : undefined;
  it.each(EXPORT_FORMATS)('%s is the same apart from the backend', async (format) => {
    const fromNeo4j = split(format, await exportBytes(store, format, zone));
    const fromEmbedded = split(format, await exportBytes(embedded, format, zone));
    expect([fromNeo4j.backend, fromEmbedded.backend]).toEqual(['neo4j', 'embedded']);
    expect(fromNeo4j.rest).toStrictEqual(fromEmbedded.rest);
  });
});
