// The storage contract's snapshot cases, run by store-contract.ts inside its suite (so against every store).
import { DEFAULT_RULE_PARAMETERS } from '@knooppunt/server/domain/findings';
import { GRAPH_DOCUMENT_FORMAT, type GraphDocument } from '@knooppunt/server/domain/graph-document';
import { SNAPSHOT_ID_PATTERN, SnapshotNameError } from '@knooppunt/server/domain/snapshot';
import { contentHash } from '@knooppunt/server/graph/content-hash';
import { parseDatasetJson } from '@knooppunt/server/import/json';
import { documentContent } from '@knooppunt/server/snapshots/document-content';
import { readSnapshot, saveSnapshot } from '@knooppunt/server/snapshots/snapshot-service';
import type { GraphPage } from '@knooppunt/server/domain/graph-pages';
import type { GraphStore } from '@knooppunt/server/store/graph-store';
import { describe, expect, it } from 'vitest';
import { smallDataset } from '../support/small-dataset';

const APP_VERSION = '0.0.0-contract';

async function streamed(store: GraphStore): Promise<GraphPage[]> {
  const pages: GraphPage[] = [];
  for await (const page of store.streamGraph()) pages.push(page);
  return pages;
}

export function snapshotContract(current: () => GraphStore): void {
  describe('snapshots', () => {
    it('saves the graph as it is now under a name and a date, lists it, reads its document back and deletes it', async () => {
      const store = current();
      await store.importDataset(smallDataset());
      const before = Date.now();
      const saved = await saveSnapshot(store, '  Voor de fusie  ', APP_VERSION);
      expect(saved).toEqual({
        id: expect.stringMatching(SNAPSHOT_ID_PATTERN),
        name: 'Voor de fusie',
        createdAt: expect.any(String),
        contentHash: (await store.datasetInfo()).contentHash,
        counts: { nodes: 16, relationships: 31 },
      });
      expect(Date.parse(saved.createdAt)).toBeGreaterThanOrEqual(before - 1000);
      expect(await store.listSnapshots()).toEqual([saved]);

      const document = JSON.parse((await readSnapshot(store, saved.id))!) as GraphDocument;
      expect(document.attributes.knooppunt).toMatchObject({
        format: GRAPH_DOCUMENT_FORMAT,
        exportedAt: saved.createdAt,
        appVersion: APP_VERSION,
        contentHash: saved.contentHash,
        counts: saved.counts,
        backend: store.backend,
        manifest: smallDataset().manifest,
      });
      const content = documentContent(document);
      expect(contentHash(content.nodes, content.relationships)).toBe(saved.contentHash);

      expect(await store.deleteSnapshot(saved.id)).toBe(true);
      expect(await store.listSnapshots()).toEqual([]);
      expect(await readSnapshot(store, saved.id)).toBeUndefined();
      expect(await store.deleteSnapshot(saved.id)).toBe(false);
    });

    it('keeps snapshots apart from the graph: counts, findings and the streamed graph do not change, a replace import keeps them', async () => {
      const store = current();
      await store.importDataset(smallDataset());
      const counts = await store.counts();
      const findings = await store.findings(DEFAULT_RULE_PARAMETERS);
      const pages = await streamed(store);
      const saved = await saveSnapshot(store, 'apart', APP_VERSION);
      expect(await store.counts()).toEqual(counts);
      expect(await store.findings(DEFAULT_RULE_PARAMETERS)).toEqual(findings);
      expect(await streamed(store)).toEqual(pages);
      expect(await store.search('apart', 10)).toEqual([]);

      const smaller = { ...smallDataset(), offers: [], offer_serves: [] };
      await store.importDataset(smaller, { replace: true });
      expect(await store.listSnapshots()).toEqual([saved]);
      expect((await store.counts()).nodesByLabel.Offer).toBe(0);
      expect(await readSnapshot(store, saved.id)).toContain('"offer:kdv-aarde-1"');
    });

    it('holds a document the import reads back into the same graph: same hash, counts and findings', async () => {
      const store = current();
      await store.importDataset(smallDataset());
      const findings = await store.findings(DEFAULT_RULE_PARAMETERS);
      const counts = await store.counts();
      const saved = await saveSnapshot(store, 'terug te zetten', APP_VERSION);
      await store.importDataset({ ...smallDataset(), funding: [] }, { replace: true });
      expect((await store.datasetInfo()).contentHash).not.toBe(saved.contentHash);

      const dataset = parseDatasetJson((await readSnapshot(store, saved.id))!, `${saved.id}.json`);
      expect(dataset.manifest).toEqual(smallDataset().manifest);
      await store.importDataset(dataset, { replace: true });
      expect((await store.datasetInfo()).contentHash).toBe(saved.contentHash);
      expect(await store.counts()).toEqual(counts);
      expect(await store.findings(DEFAULT_RULE_PARAMETERS)).toEqual(findings);
    });

    it('checks names, gives every snapshot an id of its own and lists the newest first', async () => {
      const store = current();
      await expect(saveSnapshot(store, '   ', APP_VERSION)).rejects.toThrow(SnapshotNameError);
      await expect(saveSnapshot(store, 'x'.repeat(101), APP_VERSION)).rejects.toThrow('at most 100 characters');
      await expect(saveSnapshot(store, 'twee\nregels', APP_VERSION)).rejects.toThrow(SnapshotNameError);
      // A few milliseconds apart, so their dates tell them apart; the same name twice is allowed.
      const later = () => new Promise((resolve) => setTimeout(resolve, 5));
      const first = await saveSnapshot(store, 'x'.repeat(100), APP_VERSION);
      await later();
      const second = await saveSnapshot(store, 'tweede', APP_VERSION);
      await later();
      const third = await saveSnapshot(store, 'tweede', APP_VERSION);
      expect(new Set([first.id, second.id, third.id]).size).toBe(3);
      expect((await store.listSnapshots()).map((snapshot) => snapshot.id)).toEqual([third.id, second.id, first.id]);
    });

    it('saves an empty graph without a content hash, and knows no snapshot by an id it did not make', async () => {
      const store = current();
      const empty = await saveSnapshot(store, 'leeg', APP_VERSION);
      expect(empty.counts).toEqual({ nodes: 0, relationships: 0 });
      expect(empty.contentHash).toBeUndefined();
      const document = JSON.parse((await readSnapshot(store, empty.id))!) as GraphDocument;
      expect(document.nodes).toEqual([]);
      expect(document.edges).toEqual([]);
      for (const id of ['20200101-000000-000000', '../store', '']) {
        expect(await readSnapshot(store, id)).toBeUndefined();
        expect(await store.deleteSnapshot(id)).toBe(false);
      }
    });
  });
}
