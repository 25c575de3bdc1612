// A store's JSON export (the graph document) imported into a fresh store must give the same graph: the
// same content hash, counts and findings. Shared by the embedded and the Neo4j round-trip tests.
import { DEFAULT_RULE_PARAMETERS } from '@knooppunt/server/domain/findings';
import { contentHash } from '@knooppunt/server/graph/content-hash';
import { parseDatasetJson } from '@knooppunt/server/import/json';
import type { GraphStore } from '@knooppunt/server/store/graph-store';
import { expect } from 'vitest';
import { exportText } from './export-support';

/** Exports `source` as JSON and imports the text into the store `fresh` gives; the same graph must come back. */
export async function expectWholeRoundTrip(source: GraphStore, fresh: () => Promise<GraphStore>): Promise<void> {
  const text = await exportText(source, 'json');
  const hash = (await source.datasetInfo()).contentHash;
  const counts = await source.counts();
  const findings = await source.findings(DEFAULT_RULE_PARAMETERS);
  const manifest = (await source.datasetInfo()).manifest;
  const target = await fresh();
  await target.importDataset(parseDatasetJson(text, 'export.json'));
  expect((await target.datasetInfo()).contentHash).toBe(hash);
  expect(await target.counts()).toEqual(counts);
  expect(await target.findings(DEFAULT_RULE_PARAMETERS)).toEqual(findings);
  expect((await target.datasetInfo()).manifest).toEqual(manifest);
}

/** A zone's export (an induced subgraph) validates as a dataset and imports into exactly that subgraph. */
export async function expectZoneRoundTrip(source: GraphStore, zone: string, fresh: () => Promise<GraphStore>): Promise<void> {
  const text = await exportText(source, 'json', zone);
  const subgraph = (await source.zoneGraph(zone))!;
  const target = await fresh();
  await target.importDataset(parseDatasetJson(text, 'zone.json'));
  expect((await target.datasetInfo()).contentHash).toBe(contentHash(subgraph.nodes, subgraph.relationships));
  const counts = await target.counts();
  expect({ nodes: counts.nodes, relationships: counts.relationships }).toEqual({ nodes: subgraph.nodes.length, relationships: subgraph.relationships.length });
}
