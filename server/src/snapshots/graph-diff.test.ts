import { describe, expect, it } from 'vitest';
import { emptyDataset, type Dataset } from '../domain/dataset';
import type { GraphDiff } from '../domain/snapshot';
import { datasetToGraph } from '../graph/dataset-to-graph';
import { datasetArbitrary, fc } from '../testing/dataset-arbitrary';
import { diffGraphs, limitDiff } from './graph-diff';

/** Two municipalities in one zone, a LOK over the first that it directs and sits in as regisseur. */
function before(): Dataset {
  return {
    ...emptyDataset(),
    municipalities: [
      { nis: '11001', name: 'Aarde', population: 100 },
      { nis: '11002', name: 'Beek' },
    ],
    zones: [{ id: 'west', name: 'West' }],
    zone_members: [
      { zone_id: 'west', nis: '11001' },
      { zone_id: 'west', nis: '11002' },
    ],
    networks: [{ id: 'lok-a', type: 'LOK', name: 'LOK Aarde', directed_by_nis: '11001', governance_model: false }],
    network_coverage: [{ network_id: 'lok-a', nis: '11001' }],
    memberships: [{ network_id: 'lok-a', member_id: 'nis:11001', role: 'regisseur' }],
  };
}

/** Beek gone, Cirkel new and covered by the LOK, Aarde grown, a beheersmodel recorded, Aarde now an actor too. */
function after(): Dataset {
  const dataset = before();
  return {
    ...dataset,
    municipalities: [
      { nis: '11001', name: 'Aarde', population: 120 },
      { nis: '11003', name: 'Cirkel' },
    ],
    zone_members: [
      { zone_id: 'west', nis: '11001' },
      { zone_id: 'west', nis: '11003' },
    ],
    networks: [{ id: 'lok-a', type: 'LOK', name: 'LOK Aarde', directed_by_nis: '11001', governance_model: true }],
    network_coverage: [
      { network_id: 'lok-a', nis: '11001' },
      { network_id: 'lok-a', nis: '11003' },
    ],
    memberships: [{ network_id: 'lok-a', member_id: 'nis:11001', role: 'actor' }],
  };
}

const ruleAndSubject = (findings: GraphDiff['findings']['opened']) => findings.map((finding) => `${finding.rule} ${finding.subject}`);
const REACH_GAPS = ['GAP_FUNCTION_UNREACHABLE', 'GAP_FUNCTION_UNREACHABLE', 'GAP_FUNCTION_UNREACHABLE'];

describe('diffGraphs', () => {
  it('finds nothing between a graph and itself', () => {
    const diff = diffGraphs(datasetToGraph(before()), datasetToGraph(before()));
    expect(Object.values(diff.counts).every((count) => count === 0)).toBe(true);
    expect(diff.nodes).toEqual({ added: [], removed: [], changed: [] });
    expect(diff.findings).toEqual({ opened: [], closed: [] });
  });

  it('lists nodes and relationships added, removed and changed, property by property, with names', () => {
    const diff = diffGraphs(datasetToGraph(before()), datasetToGraph(after()));
    expect(diff.nodes).toEqual({
      added: [{ id: 'nis:11003', label: 'Municipality', name: 'Cirkel' }],
      removed: [{ id: 'nis:11002', label: 'Municipality', name: 'Beek' }],
      changed: [
        { id: 'net:lok-a', label: 'Network', name: 'LOK Aarde', changes: [{ property: 'governanceModel', before: false, after: true }] },
        { id: 'nis:11001', label: 'Municipality', name: 'Aarde', changes: [{ property: 'population', before: 100, after: 120 }] },
      ],
    });
    expect(diff.relationships).toEqual({
      added: [
        { id: 'COVERS:net:lok-a->nis:11003', type: 'COVERS', from: 'net:lok-a', to: 'nis:11003', fromName: 'LOK Aarde', toName: 'Cirkel' },
        { id: 'IN_ZONE:nis:11003->zone:west', type: 'IN_ZONE', from: 'nis:11003', to: 'zone:west', fromName: 'Cirkel', toName: 'West' },
      ],
      removed: [{ id: 'IN_ZONE:nis:11002->zone:west', type: 'IN_ZONE', from: 'nis:11002', to: 'zone:west', fromName: 'Beek', toName: 'West' }],
      changed: [
        {
          id: 'MEMBER_OF:nis:11001->net:lok-a',
          type: 'MEMBER_OF',
          from: 'nis:11001',
          to: 'net:lok-a',
          fromName: 'Aarde',
          toName: 'LOK Aarde',
          changes: [{ property: 'role', before: 'regisseur', after: 'actor' }],
        },
      ],
    });
  });

  it("opens the new municipality's gaps and the regie/actor conflict, and closes the removed municipality's gaps", () => {
    const diff = diffGraphs(datasetToGraph(before()), datasetToGraph(after()));
    expect(ruleAndSubject(diff.findings.opened).sort()).toEqual(
      [
        'CONFLICT_REGIE_ACTOR nis:11001',
        ...REACH_GAPS.map((rule) => `${rule} nis:11003`),
        'GAP_NO_BOA_REGIE nis:11003',
        'GAP_NO_GBO nis:11003',
        'GAP_NO_HUIS_VAN_HET_KIND nis:11003',
      ].sort(),
    );
    // Beek had no LOK; Cirkel has one, so GAP_NO_LOK closes without opening again.
    expect(ruleAndSubject(diff.findings.closed).sort()).toEqual(
      [
        ...REACH_GAPS.map((rule) => `${rule} nis:11002`),
        'GAP_NO_BOA_REGIE nis:11002',
        'GAP_NO_GBO nis:11002',
        'GAP_NO_HUIS_VAN_HET_KIND nis:11002',
        'GAP_NO_LOK nis:11002',
      ].sort(),
    );
    expect(diff.findings.opened.find((finding) => finding.rule === 'CONFLICT_REGIE_ACTOR')?.severity).toBe('medium');
    expect(diff.counts).toEqual({
      nodesAdded: 1,
      nodesRemoved: 1,
      nodesChanged: 2,
      relationshipsAdded: 2,
      relationshipsRemoved: 1,
      relationshipsChanged: 1,
      findingsOpened: 7,
      findingsClosed: 7,
    });
  });

  it('reports a property that appears or disappears without the missing side', () => {
    const withProvince = before();
    withProvince.municipalities = [{ nis: '11001', name: 'Aarde', province: 'Antwerpen' }, { nis: '11002', name: 'Beek' }];
    const diff = diffGraphs(datasetToGraph(before()), datasetToGraph(withProvince));
    expect(diff.nodes.changed).toEqual([
      {
        id: 'nis:11001',
        label: 'Municipality',
        name: 'Aarde',
        changes: [{ property: 'population', before: 100 }, { property: 'province', after: 'Antwerpen' }],
      },
    ]);
  });
});

describe('limitDiff', () => {
  it('cuts every list at the limit, keeps the counts whole and says it cut', () => {
    const diff = diffGraphs(datasetToGraph(before()), datasetToGraph(after()));
    const limited = limitDiff(diff, 1);
    expect(limited.truncated).toBe(true);
    expect(limited.diff.counts).toEqual(diff.counts);
    expect(limited.diff.nodes.changed.map((change) => change.id)).toEqual(['net:lok-a']);
    expect(limited.diff.findings.opened).toEqual(diff.findings.opened.slice(0, 1));
    expect(limited.diff.relationships.removed).toEqual(diff.relationships.removed);
  });

  it('leaves a diff within the limit as it is', () => {
    const diff = diffGraphs(datasetToGraph(before()), datasetToGraph(after()));
    expect(limitDiff(diff, 7)).toEqual({ diff, truncated: false });
  });
});

describe('diffGraphs on random datasets', () => {
  const runs = { numRuns: 40 };

  it('finds nothing between a graph and itself', () => {
    fc.assert(
      fc.property(datasetArbitrary, (dataset) => {
        const diff = diffGraphs(datasetToGraph(dataset), datasetToGraph(dataset));
        expect(Object.values(diff.counts).filter((count) => count !== 0)).toEqual([]);
      }),
      runs,
    );
  });

  it('mirrors: what a → b adds, b → a removes, changes swap before and after, opened findings close', () => {
    const ids = (entries: readonly { id: string }[]) => entries.map((entry) => entry.id);
    const swapped = (changes: readonly { property: string; before?: unknown; after?: unknown }[]) =>
      changes.map(({ property, before: was, after: is }) => ({ property, ...(is === undefined ? {} : { before: is }), ...(was === undefined ? {} : { after: was }) }));
    fc.assert(
      fc.property(datasetArbitrary, datasetArbitrary, (a, b) => {
        const forward = diffGraphs(datasetToGraph(a), datasetToGraph(b));
        const backward = diffGraphs(datasetToGraph(b), datasetToGraph(a));
        expect(forward.nodes.added).toEqual(backward.nodes.removed);
        expect(forward.nodes.removed).toEqual(backward.nodes.added);
        expect(forward.relationships.added).toEqual(backward.relationships.removed);
        expect(forward.relationships.removed).toEqual(backward.relationships.added);
        expect(ids(forward.nodes.changed)).toEqual(ids(backward.nodes.changed));
        expect(forward.nodes.changed.map((change) => change.changes)).toEqual(backward.nodes.changed.map((change) => swapped(change.changes)));
        expect(ids(forward.relationships.changed)).toEqual(ids(backward.relationships.changed));
        expect(forward.relationships.changed.map((change) => change.changes)).toEqual(
          backward.relationships.changed.map((change) => swapped(change.changes)),
        );
        expect(forward.findings.opened).toEqual(backward.findings.closed);
        expect(forward.findings.closed).toEqual(backward.findings.opened);
      }),
      runs,
    );
  });
});
