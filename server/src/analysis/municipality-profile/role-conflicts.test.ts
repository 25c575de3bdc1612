import { describe, expect, it } from 'vitest';
import { indexFacts } from './profile-facts';
import { ANKER, ankerDataset, factsOf } from './profile-test-dataset';
import { roleConflicts } from './role-conflicts';

const lok = { id: 'net:lok-anker', label: 'Network', name: 'LOK Anker' } as const;
const kdv = { id: 'org:kdv-anker', label: 'Organisation', name: 'Kinderdagverblijf Anker' } as const;
const zon = { id: 'org:kdv-zon', label: 'Organisation', name: 'Kinderopvang De Zon' } as const;

describe('the role conflicts of Anker (profile-test-dataset.ts)', async () => {
  const found = roleConflicts(indexFacts(await factsOf(ankerDataset(), ANKER)));

  it('lists the network it directs, without a beheersmodel, with the conflicts about it', () => {
    expect(found.directed).toEqual([
      {
        network: lok,
        networkType: 'LOK',
        governanceModel: false,
        domains: ['kinderopvang'],
        conflicts: ['CONFLICT_REGIE_ACTOR:nis:91001:net:lok-anker', 'CONFLICT_SELF_FUNDING:nis:91001:net:lok-anker'],
      },
    ]);
  });

  it('gives each conflict finding its network status and organisations; unequal support names no network', () => {
    const status = { network: lok, networkType: 'LOK', governanceModel: false };
    expect(found.conflicts.map(({ finding, network, organisations }) => ({ id: finding.id, severity: finding.severity, network, organisations }))).toEqual([
      { id: 'CONFLICT_REGIE_ACTOR:nis:91001:net:lok-anker', severity: 'high', network: status, organisations: [kdv] },
      { id: 'CONFLICT_SELF_FUNDING:nis:91001:net:lok-anker', severity: 'high', network: status, organisations: [kdv] },
      { id: 'CONFLICT_UNEQUAL_SUPPORT:nis:91001:kinderopvang', severity: 'medium', network: undefined, organisations: [kdv, zon] },
    ]);
    expect(found.conflicts[0]!.finding.message.nl).toContain('LOK Anker');
  });

  it('shows a recorded beheersmodel with its date, and the lower severity it brings', async () => {
    const dataset = ankerDataset();
    dataset.networks = dataset.networks.map((row) =>
      row.id === 'lok-anker' ? { ...row, governance_model: true, governance_model_date: '2025-01-15' } : row,
    );
    const withModel = roleConflicts(indexFacts(await factsOf(dataset, ANKER)));
    expect(withModel.directed[0]).toMatchObject({ governanceModel: true, governanceModelDate: '2025-01-15' });
    expect(withModel.conflicts[0]).toMatchObject({
      finding: { rule: 'CONFLICT_REGIE_ACTOR', severity: 'medium' },
      network: { governanceModel: true, governanceModelDate: '2025-01-15' },
    });
  });

  it('lists a directed network without conflicts too, and none for a municipality that directs nothing', async () => {
    const duin = roleConflicts(indexFacts(await factsOf(ankerDataset(), 'nis:91004')));
    expect(duin).toEqual({
      directed: [
        {
          network: { id: 'net:gbo-ad', label: 'Network', name: 'GBO Anker-Duin' },
          networkType: 'GBO',
          governanceModel: true,
          governanceModelDate: '2024-05-01',
          domains: ['onthaal'],
          conflicts: [],
        },
      ],
      conflicts: [],
    });
    expect(roleConflicts(indexFacts(await factsOf(ankerDataset(), 'nis:91003')))).toEqual({ directed: [], conflicts: [] });
  });
});
