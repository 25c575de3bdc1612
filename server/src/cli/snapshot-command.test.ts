import { beforeEach, describe, expect, it } from 'vitest';
import { emptyDataset, type Dataset } from '../domain/dataset';
import type { SnapshotDiffResponse, SnapshotSummary } from '../domain/snapshot';
import { EmbeddedStore } from '../store/embedded/embedded-store';
import { parseSnapshotArguments, snapshotCommand, type SnapshotInvocation } from './snapshot-command';

function villages(aardePopulation: number): Dataset {
  return {
    ...emptyDataset(),
    municipalities: [
      { nis: '11001', name: 'Aarde', population: aardePopulation },
      { nis: '11002', name: 'Beek' },
    ],
    zones: [{ id: 'west', name: 'West' }],
    zone_members: [{ zone_id: 'west', nis: '11001' }],
  };
}

describe('parseSnapshotArguments', () => {
  it('reads each action with its arguments and options', () => {
    expect(parseSnapshotArguments(['save', 'Voor de fusie'])).toEqual({ action: 'save', name: 'Voor de fusie' });
    expect(parseSnapshotArguments(['list', '--json'])).toEqual({ action: 'list', json: true });
    expect(parseSnapshotArguments(['diff', 'a'])).toEqual({ action: 'diff', from: 'a', to: 'now', json: false, limit: 1000 });
    expect(parseSnapshotArguments(['diff', 'a', 'b', '--json', '--limit', '5'])).toEqual({ action: 'diff', from: 'a', to: 'b', json: true, limit: 5 });
    expect(parseSnapshotArguments(['delete', 'a'])).toEqual({ action: 'delete', id: 'a' });
  });

  it('refuses what makes no invocation, so the usage is printed', () => {
    for (const args of [[], ['save'], ['save', 'a', 'b'], ['save', 'a', '--json'], ['list', 'x'], ['diff'], ['diff', 'a', 'b', 'c'], ['diff', 'a', '--limit', '0'], ['diff', 'a', '--limit', 'x'], ['delete'], ['restore', 'a'], ['list', '--verbose']]) {
      expect(parseSnapshotArguments(args)).toBeUndefined();
    }
  });
});

describe('snapshotCommand', () => {
  let store: EmbeddedStore;
  let out: string[];
  let err: string[];
  const io = { out: (line: string) => out.push(line), err: (line: string) => err.push(line) };
  const run = (invocation: SnapshotInvocation) => snapshotCommand(store, invocation, '0.0.0-test', io);

  beforeEach(async () => {
    store = EmbeddedStore.inMemory();
    await store.importDataset(villages(100));
    out = [];
    err = [];
  });

  it('saves a snapshot and lists it as a table or as JSON', async () => {
    expect(await run({ action: 'list', json: false })).toBe(0);
    expect(out).toEqual(['no snapshots yet; save one with: knooppunt snapshot save <name>']);
    out = [];
    expect(await run({ action: 'save', name: 'Begin' })).toBe(0);
    const [saved] = await store.listSnapshots();
    expect(out).toEqual([`saved snapshot ${saved!.id} "Begin" in memory: 3 nodes, 1 relationships`]);
    out = [];
    await run({ action: 'list', json: false });
    expect(out).toEqual([
      `ID                      CREATED                   NODES  RELATIONSHIPS  NAME`,
      `${saved!.id}  ${saved!.createdAt}  3      1              Begin`,
    ]);
    out = [];
    await run({ action: 'list', json: true });
    expect(JSON.parse(out.join('\n')) as SnapshotSummary[]).toEqual([saved]);
  });

  it('refuses a bad name with exit 2, writing nothing', async () => {
    expect(await run({ action: 'save', name: ' ' })).toBe(2);
    expect(err).toEqual(['snapshot name: must not be empty']);
    expect(await store.listSnapshots()).toEqual([]);
  });

  it('summarises a diff for people, and gives all of it as JSON', async () => {
    await run({ action: 'save', name: 'Begin' });
    const [saved] = await store.listSnapshots();
    await store.importDataset({ ...villages(120), zone_members: [...villages(120).zone_members, { zone_id: 'west', nis: '11002' }] });
    out = [];
    expect(await run({ action: 'diff', from: saved!.id, to: 'now', json: false, limit: 1000 })).toBe(0);
    expect(out.slice(0, 12)).toEqual([
      `${saved!.id} "Begin" → now`,
      'nodes:          +0  -0  ~1',
      'relationships:  +1  -0  ~0',
      'findings:       0 opened, 1 closed',
      '',
      'nodes changed (1):',
      '  Municipality nis:11001  Aarde: population 100 → 120',
      '',
      'relationships added (1):',
      '  Beek -IN_ZONE-> West',
      '',
      'findings closed (1):',
    ]);
    expect(out[12]).toMatch(/^ {2}high {4}GAP_NO_ZONE {2}nis:11002 {2}/);
    out = [];
    await run({ action: 'diff', from: saved!.id, to: 'now', json: true, limit: 1000 });
    const diff = JSON.parse(out.join('\n')) as SnapshotDiffResponse;
    expect(diff.counts).toMatchObject({ nodesChanged: 1, relationshipsAdded: 1, findingsClosed: 1 });
    expect(diff.findings.closed[0]?.id).toBe('GAP_NO_ZONE:nis:11002');
  });

  it('says how many more entries there are than the summary shows', async () => {
    await run({ action: 'save', name: 'Leeg' });
    const [saved] = await store.listSnapshots();
    const many = villages(100);
    many.municipalities.push(...Array.from({ length: 25 }, (_, index) => ({ nis: String(12000 + index), name: `Dorp ${index}` })));
    await store.importDataset(many);
    out = [];
    await run({ action: 'diff', from: saved!.id, to: 'now', json: false, limit: 1000 });
    expect(out).toContain('nodes added (25):');
    expect(out).toContain('  … and 5 more (see --json)');
  });

  it('names the side whose snapshot does not exist, and deletes with exit 0 only what exists', async () => {
    expect(await run({ action: 'diff', from: 'nope', to: 'now', json: false, limit: 1000 })).toBe(1);
    expect(err).toEqual(['from: no snapshot "nope"; knooppunt snapshot list shows them']);
    await run({ action: 'save', name: 'weg' });
    const [saved] = await store.listSnapshots();
    expect(await run({ action: 'delete', id: saved!.id })).toBe(0);
    expect(out.at(-1)).toBe(`deleted snapshot ${saved!.id}`);
    expect(await run({ action: 'delete', id: saved!.id })).toBe(1);
    expect(err.at(-1)).toBe(`no snapshot "${saved!.id}"; knooppunt snapshot list shows them`);
  });
});
