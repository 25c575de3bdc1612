import { describe, expect, it } from 'vitest';
import { profileNetworks } from './networks';
import { partners } from './partners';
import { indexFacts } from './profile-facts';
import { ANKER, ankerDataset, factsOf } from './profile-test-dataset';

describe('the networks and partners of Anker (profile-test-dataset.ts)', async () => {
  const index = indexFacts(await factsOf(ankerDataset(), ANKER));

  it("gives its own place in each network it covers, directs or sits in, with the network's beheersmodel, by type", () => {
    expect(profileNetworks(index)).toEqual([
      {
        network: { id: 'net:lok-anker', label: 'Network', name: 'LOK Anker' },
        networkType: 'LOK',
        directs: true,
        role: 'regisseur',
        seat: 'lokaal_bestuur',
        covered: true,
        governanceModel: false,
        partnerCount: 2,
      },
      {
        network: { id: 'net:boa-noord', label: 'Network', name: 'BOA Noord' },
        networkType: 'BOA',
        directs: false,
        covered: true,
        governanceModel: false,
        partnerCount: 1,
      },
      {
        network: { id: 'net:gbo-ad', label: 'Network', name: 'GBO Anker-Duin' },
        networkType: 'GBO',
        directs: false,
        covered: true,
        governanceModel: true,
        governanceModelDate: '2024-05-01',
        partnerCount: 3,
      },
    ]);
  });

  it('lists organisations and municipalities by name, with their roles, seats, offers and funding', () => {
    const found = partners(index);
    expect(found.map((partner) => partner.partner.name)).toEqual([
      'Berg',
      'CAW Noord',
      'Duin',
      'Kinderdagverblijf Anker',
      'Kinderopvang De Zon',
      'OCMW Anker',
    ]);
    const byName = (name: string) => found.find((partner) => partner.partner.name === name)!;
    expect(byName('Berg')).toEqual({
      partner: { id: 'nis:91002', label: 'Municipality', name: 'Berg' },
      operated: false,
      funding: 0,
      networks: [{ network: { id: 'net:boa-noord', label: 'Network', name: 'BOA Noord' }, networkType: 'BOA', directs: false, covered: true }],
      offers: [],
    });
    expect(byName('Duin').networks).toEqual([
      { network: { id: 'net:gbo-ad', label: 'Network', name: 'GBO Anker-Duin' }, networkType: 'GBO', directs: true, covered: true },
    ]);
    expect(byName('Kinderdagverblijf Anker')).toEqual({
      partner: { id: 'org:kdv-anker', label: 'Organisation', name: 'Kinderdagverblijf Anker' },
      sector: 'kinderopvang',
      legalForm: 'public',
      operated: true,
      funding: 24_000,
      networks: [
        { network: { id: 'net:lok-anker', label: 'Network', name: 'LOK Anker' }, networkType: 'LOK', role: 'actor', seat: 'kinderopvang', directs: false, covered: false },
      ],
      offers: [{ id: 'offer:kdv-anker-1', label: 'Offer', name: 'Kinderdagverblijf Anker-centrum' }],
    });
    expect(byName('Kinderopvang De Zon')).toMatchObject({ operated: false, funding: 1_500, networks: [{ role: 'partner' }] });
    // CAW Noord sits in the zorgraad too, but Anker does not: only Anker's own networks count.
    expect(byName('CAW Noord')).toMatchObject({
      networks: [{ network: { id: 'net:gbo-ad' }, role: 'partner', seat: 'caw' }],
      offers: [{ id: 'offer:caw-duin' }],
    });
    expect(byName('OCMW Anker')).toMatchObject({ operated: true, funding: 0, networks: [{ seat: 'ocmw' }], offers: [{ id: 'offer:onthaal-anker' }] });
  });

  it('makes no partners through OTHER networks (intermunicipal bodies), which stay in the network list', async () => {
    const dataset = ankerDataset();
    dataset.networks.push({ id: 'afval', type: 'OTHER', name: 'Afvalintercommunale', governance_model: false });
    dataset.memberships.push({ network_id: 'afval', member_id: 'nis:91001', role: 'member' }, { network_id: 'afval', member_id: 'nis:91003', role: 'member' });
    const withBody = indexFacts(await factsOf(dataset, ANKER));
    expect(partners(withBody).map((partner) => partner.partner.id)).toEqual(partners(index).map((partner) => partner.partner.id));
    expect(profileNetworks(withBody).find((network) => network.networkType === 'OTHER')).toMatchObject({
      network: { id: 'net:afval' },
      role: 'member',
      seat: 'lokaal_bestuur',
      directs: false,
      covered: false,
      partnerCount: 1,
    });
  });

  it('takes a membership sector over the organisation sector as the seat', async () => {
    const dataset = ankerDataset();
    dataset.memberships = dataset.memberships.map((row) => (row.member_id === 'org:kdv-zon' ? { ...row, sector: 'boa' } : row));
    const zon = partners(indexFacts(await factsOf(dataset, ANKER))).find((partner) => partner.partner.id === 'org:kdv-zon')!;
    expect(zon.networks.map((role) => role.seat)).toEqual(['boa']);
  });
});
