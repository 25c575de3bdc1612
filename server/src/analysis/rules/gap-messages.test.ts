// Message tests for the GAP_* renderers: each names its nodes and gives its figures, in Dutch and in English.
import { describe, expect, it } from 'vitest';
import type { Detection } from '../finding';
import { gapChildcareCapacityMessage } from './gap-childcare-capacity/message';
import { gapFunctionUnreachableMessage } from './gap-function-unreachable/message';
import { gapGboPartnerMissingMessage } from './gap-gbo-partner-missing/message';
import { gapNoBoaRegieMessage } from './gap-no-boa-regie/message';
import { gapNoGboMessage } from './gap-no-gbo/message';
import { gapNoHuisVanHetKindMessage } from './gap-no-huis-van-het-kind/message';
import { gapNoLokMessage } from './gap-no-lok/message';
import { gapNoZoneMessage } from './gap-no-zone/message';
import { gapZorgraadMissingMessage } from './gap-zorgraad-missing/message';
import { gapZorgraadMunicipalityAbsentMessage } from './gap-zorgraad-municipality-absent/message';
import { gapZorgraadSectorMissingMessage } from './gap-zorgraad-sector-missing/message';

const NAMES: Record<string, string> = {
  'nis:91001': 'Aalter',
  'nis:91002': 'Beernem',
  'nis:91003': 'Damme',
  'zone:noord': 'ELZ Meetjesland',
  'net:hvk': 'Huis van het Kind Noord',
  'net:boa': 'BOA Regio',
  'net:gbo': 'GBO Regio Brugge',
  'net:zr': 'Zorgraad Meetjesland',
  'offer:k1': 'Kinderdagverblijf De Regenboog',
};
const name = (id: string) => NAMES[id] ?? id;

/** Every one of `parts` appears in both the Dutch and the English message. */
function expectBoth(message: { nl: string; en: string }, parts: string[]) {
  for (const part of parts) {
    expect(message.nl).toContain(part);
    expect(message.en).toContain(part);
  }
}

const base = { key: '', severity: 'medium', related: [], evidence: {} } as const;
const found = (parts: Partial<Detection> & Pick<Detection, 'rule' | 'subject'>): Detection => ({ ...base, ...parts }) as Detection;

describe('GAP_* messages', () => {
  it('GAP_NO_ZONE names the municipality and the zorgraad', () => {
    const message = gapNoZoneMessage(found({ rule: 'GAP_NO_ZONE', subject: 'nis:91001', severity: 'high' }), name);
    expectBoth(message, ['Aalter', 'zorgraad']);
  });

  it('GAP_NO_HUIS_VAN_HET_KIND, GAP_NO_LOK and GAP_NO_GBO name the municipality and its zone', () => {
    const evidenceOf = (networkType: string) => ({ related: ['zone:noord'], evidence: { networkType } });
    expectBoth(gapNoHuisVanHetKindMessage(found({ rule: 'GAP_NO_HUIS_VAN_HET_KIND', subject: 'nis:91002', ...evidenceOf('HUIS_VAN_HET_KIND') }), name), [
      'Beernem',
      'ELZ Meetjesland',
      'Huis van het Kind',
    ]);
    expectBoth(gapNoLokMessage(found({ rule: 'GAP_NO_LOK', subject: 'nis:91002', ...evidenceOf('LOK') }), name), ['Beernem', 'ELZ Meetjesland', 'Lokaal Overleg Kinderopvang']);
    expectBoth(gapNoGboMessage(found({ rule: 'GAP_NO_GBO', subject: 'nis:91002', ...evidenceOf('GBO') }), name), ['Beernem', 'ELZ Meetjesland', 'OCMW', 'CAW']);
  });

  it('GAP_NO_BOA_REGIE cites the decree and names an undirected BOA network', () => {
    const undirected = gapNoBoaRegieMessage(found({ rule: 'GAP_NO_BOA_REGIE', subject: 'nis:91003', related: ['net:boa'], evidence: { boaNetworks: ['net:boa'] } }), name);
    expectBoth(undirected, ['Damme', 'BOA Regio', '2019']);
    expect(undirected.nl).toContain('3 mei 2019');
    expect(undirected.en).toContain('3 May 2019');
    const none = gapNoBoaRegieMessage(found({ rule: 'GAP_NO_BOA_REGIE', subject: 'nis:91003', evidence: { boaNetworks: [] } }), name);
    expectBoth(none, ['Damme', 'regie']);
  });

  it('GAP_GBO_PARTNER_MISSING names the network, its area and the missing sector', () => {
    const message = gapGboPartnerMissingMessage(
      found({ rule: 'GAP_GBO_PARTNER_MISSING', subject: 'net:gbo', key: 'caw', severity: 'high', related: ['nis:91001', 'nis:91002'], evidence: { sector: 'caw', seats: ['ocmw'] } }),
      name,
    );
    expectBoth(message, ['GBO Regio Brugge', 'Aalter', 'Beernem', 'caw', 'OCMW']);
  });

  it('GAP_ZORGRAAD_MISSING names the zone and its municipalities', () => {
    const message = gapZorgraadMissingMessage(
      found({ rule: 'GAP_ZORGRAAD_MISSING', subject: 'zone:noord', severity: 'high', related: ['nis:91001', 'nis:91003'], evidence: { municipalities: ['nis:91001', 'nis:91003'] } }),
      name,
    );
    expectBoth(message, ['ELZ Meetjesland', 'Aalter', 'Damme', 'zorgraad']);
  });

  it('GAP_ZORGRAAD_SECTOR_MISSING names the zorgraad, its zone and the sector', () => {
    const message = gapZorgraadSectorMissingMessage(
      found({ rule: 'GAP_ZORGRAAD_SECTOR_MISSING', subject: 'net:zr', key: 'handicap', related: ['zone:noord'], evidence: { sector: 'handicap', seats: ['jeugdhulp'] } }),
      name,
    );
    expectBoth(message, ['Zorgraad Meetjesland', 'ELZ Meetjesland', 'handicap']);
  });

  it('GAP_ZORGRAAD_MUNICIPALITY_ABSENT names the municipality, the zone and its zorgraad', () => {
    const message = gapZorgraadMunicipalityAbsentMessage(
      found({ rule: 'GAP_ZORGRAAD_MUNICIPALITY_ABSENT', subject: 'nis:91002', key: 'zone:noord', related: ['net:zr', 'zone:noord'], evidence: { zone: 'zone:noord', zorgraden: ['net:zr'] } }),
      name,
    );
    expectBoth(message, ['Beernem', 'ELZ Meetjesland', 'Zorgraad Meetjesland']);
  });

  it('GAP_CHILDCARE_CAPACITY gives places, children, the ratio and the Barcelona target', () => {
    const message = gapChildcareCapacityMessage(
      found({ rule: 'GAP_CHILDCARE_CAPACITY', subject: 'nis:91001', related: ['offer:k1'], evidence: { places: 40, children0to3: 300, per100: 13.33, threshold: 33 } }),
      name,
    );
    expectBoth(message, ['Aalter', '40', '300', '33', 'Barcelona']);
    expect(message.nl).toContain('13,33');
    expect(message.en).toContain('13.33');
  });

  it('GAP_FUNCTION_UNREACHABLE names the municipality, its neighbours and the function', () => {
    const message = gapFunctionUnreachableMessage(
      found({
        rule: 'GAP_FUNCTION_UNREACHABLE',
        subject: 'nis:91001',
        key: 'jeugdhulp',
        related: ['nis:91002', 'nis:91003'],
        evidence: { function: 'jeugdhulp', checked: ['nis:91001', 'nis:91002', 'nis:91003'] },
      }),
      name,
    );
    expectBoth(message, ['Aalter', 'Beernem', 'Damme']);
    expect(message.nl).toContain('jeugdhulp');
    expect(message.en).toContain('youth care');
  });
});
