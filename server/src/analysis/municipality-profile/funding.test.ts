import { describe, expect, it } from 'vitest';
import { funding } from './funding';
import { indexFacts } from './profile-facts';
import { ANKER, ankerDataset, factsOf } from './profile-test-dataset';

const kdv = { id: 'org:kdv-anker', label: 'Organisation', name: 'Kinderdagverblijf Anker' } as const;
const zon = { id: 'org:kdv-zon', label: 'Organisation', name: 'Kinderopvang De Zon' } as const;

describe('the funding of Anker (profile-test-dataset.ts)', async () => {
  const paid = funding(indexFacts(await factsOf(ankerDataset(), ANKER)));

  it('keeps one row per year, kind and organisation, by year, organisation and kind; Berg’s money is not Anker’s', () => {
    expect(paid.rows.map((row) => [row.year, row.organisation.name, row.kind ?? null, row.amount, row.operated])).toEqual([
      [2024, 'Kinderdagverblijf Anker', 'subsidie', 10_000, true],
      [2024, 'Kinderdagverblijf Anker', 'personeel', 2_000, true],
      [2024, 'Kinderopvang De Zon', 'subsidie', 1_000, false],
      [2025, 'Kinderdagverblijf Anker', 'subsidie', 12_000, true],
      [2025, 'Kinderopvang De Zon', null, 500, false],
    ]);
    expect(paid.rows[2]).toEqual({ year: 2024, kind: 'subsidie', organisation: zon, sector: 'kinderopvang', legalForm: 'private', operated: false, amount: 1_000 });
  });

  it('totals per year (own organisations apart), per kind, per organisation and overall', () => {
    expect(paid.byYear).toEqual([
      { year: 2024, total: 13_000, operated: 12_000, others: 1_000 },
      { year: 2025, total: 12_500, operated: 12_000, others: 500 },
    ]);
    expect(paid.byKind).toEqual([
      { kind: 'subsidie', total: 23_000 },
      { kind: 'personeel', total: 2_000 },
      { kind: null, total: 500 },
    ]);
    expect(paid.byOrganisation).toEqual([
      { organisation: kdv, operated: true, total: 24_000 },
      { organisation: zon, operated: false, total: 1_500 },
    ]);
    expect(paid.total).toBe(25_500);
  });

  it('is empty for a municipality that funds nobody', async () => {
    const cluis = funding(indexFacts(await factsOf(ankerDataset(), 'nis:91003')));
    expect(cluis).toEqual({ rows: [], byYear: [], byKind: [], byOrganisation: [], total: 0 });
  });

  it('adds cents without float noise', async () => {
    const dataset = ankerDataset();
    dataset.funding = [
      { nis: '91001', org_id: 'kdv-zon', year: 2024, amount: 0.1, kind: 'subsidie' },
      { nis: '91001', org_id: 'kdv-zon', year: 2024, amount: 0.2, kind: 'andere' },
    ];
    const cents = funding(indexFacts(await factsOf(dataset, ANKER)));
    expect(cents.total).toBe(0.3);
    expect(cents.byYear).toEqual([{ year: 2024, total: 0.3, operated: 0, others: 0.3 }]);
  });
});
