import type { Subgraph } from '@knooppunt/server/domain/graph';
import { describe, expect, it } from 'vitest';
import { groupColour, NONE_COLOUR, nodeColouring, nodeZones, SEVERITY_NODE_COLOUR, type ColourNames } from './node-colour';
import { FUNCTION_DOMAIN } from '@knooppunt/server/domain/vocabulary';
import { DOMAIN_COLOUR, LABEL_COLOUR, SECTOR_COLOUR } from '../../../lib/palette';

const municipality = (nis: string) => ({ id: `nis:${nis}`, label: 'Municipality', properties: { nis, name: `M${nis}` } });
const rel = (id: string, type: string, from: string, to: string) => ({ id, type, from, to, properties: {} });

/** Two zones; 11001 in Noord only, 11002 in both, 11003 in Zuid only; an organisation of 11003, an offer in 11001, a loose organisation. */
const subgraph = {
  nodes: [
    { id: 'zone:noord', label: 'Zone', properties: { name: 'Noord' } },
    { id: 'zone:zuid', label: 'Zone', properties: { name: 'Zuid' } },
    municipality('11001'),
    municipality('11002'),
    municipality('11003'),
    { id: 'org:caw', label: 'Organisation', properties: { name: 'CAW', legalForm: 'nonprofit', sector: 'caw' } },
    { id: 'org:los', label: 'Organisation', properties: { name: 'Los', legalForm: 'private', sector: 'wonen' } },
    { id: 'offer:opvang', label: 'Offer', properties: { function: 'kinderopvang_baby_peuter' } },
  ],
  relationships: [
    rel('r1', 'IN_ZONE', 'nis:11001', 'zone:noord'),
    rel('r2', 'IN_ZONE', 'nis:11002', 'zone:zuid'),
    rel('r3', 'IN_ZONE', 'nis:11002', 'zone:noord'),
    rel('r4', 'IN_ZONE', 'nis:11003', 'zone:zuid'),
    rel('r5', 'OPERATES', 'nis:11003', 'org:caw'),
    rel('r6', 'LOCATED_IN', 'offer:opvang', 'nis:11001'),
  ],
} as unknown as Subgraph;

const names: ColourNames = {
  label: { Municipality: 'Gemeente', Zone: 'Zone', Network: 'Netwerk', Organisation: 'Organisatie', Offer: 'Aanbod' },
  sector: new Proxy({}, { get: (_, key) => `sector ${String(key)}` }) as ColourNames['sector'],
  severity: { high: 'Hoog', medium: 'Middel', low: 'Laag' },
  none: { sector: 'geen sector', zone: 'in geen zone', severity: 'geen bevinding' },
};

const colouring = (measure: Parameters<typeof nodeColouring>[0]['measure'], severities = new Map()) =>
  nodeColouring({ subgraph, measure, severities, focusZoneId: 'zone:zuid', names });

describe('nodeColouring', () => {
  it('leaves the standard colours to the palette', () => {
    expect(colouring('standard')).toBeUndefined();
  });

  it('colours by label, classes in the label order with their counts', () => {
    const result = colouring('type');
    expect(result?.classes.map((c) => [c.name, c.count])).toEqual([
      ['Gemeente', 3],
      ['Zone', 2],
      ['Organisatie', 2],
      ['Aanbod', 1],
    ]);
    expect(result?.colours.get('org:los')).toBe(LABEL_COLOUR.Organisation);
  });

  it('colours organisations by sector and the rest as having none', () => {
    const result = colouring('sector');
    expect(result?.colours.get('org:caw')).toBe(SECTOR_COLOUR.caw);
    expect(result?.colours.get('nis:11001')).toBe(NONE_COLOUR);
    expect(result?.classes.map((c) => [c.key, c.count])).toEqual([
      ['caw', 1],
      ['wonen', 1],
      ['none', 6],
    ]);
  });

  it('gives each node its zone: the focus zone for a municipality in two, the home municipality’s for the others', () => {
    expect(Object.fromEntries(nodeZones(subgraph, 'zone:zuid'))).toEqual({
      'zone:noord': 'zone:noord',
      'zone:zuid': 'zone:zuid',
      'nis:11001': 'zone:noord',
      'nis:11002': 'zone:zuid',
      'nis:11003': 'zone:zuid',
      'org:caw': 'zone:zuid',
      'offer:opvang': 'zone:noord',
    });
    // Without a focus, the smallest zone id.
    expect(nodeZones(subgraph, undefined).get('nis:11002')).toBe('zone:noord');
    const result = colouring('zone');
    // The focus zone first and with the first colour; the loose organisation in none.
    expect(result?.classes.map((c) => [c.name, c.count])).toEqual([
      ['Zuid', 4],
      ['Noord', 3],
      ['in geen zone', 1],
    ]);
    expect(result?.colours.get('org:caw')).toBe(result?.colours.get('nis:11003'));
    expect(result?.colours.get('org:caw')).not.toBe(result?.colours.get('nis:11001'));
  });

  it('colours by the worst finding’s severity, nodes without findings as none', () => {
    const result = colouring('severity', new Map([['nis:11001', 'high'], ['org:caw', 'low']]));
    expect(result?.colours.get('nis:11001')).toBe(SEVERITY_NODE_COLOUR.high);
    expect(result?.colours.get('org:caw')).toBe(SEVERITY_NODE_COLOUR.low);
    expect(result?.classes.map((c) => [c.key, c.count])).toEqual([
      ['high', 1],
      ['low', 1],
      ['none', 6],
    ]);
  });

  it('colours a sector group by its sector, or its municipality’s zone', () => {
    const byZone = colouring('zone');
    if (!byZone) throw new Error('expected a colouring');
    const caw = { municipality: 'nis:11003', sector: 'caw' } as const;
    expect(byZone.colours.get('nis:11003')).toMatch(/^#/);
    expect(groupColour('zone', byZone, caw)).toBe(byZone.colours.get('nis:11003'));
    expect(groupColour('sector', byZone, caw)).toBe(SECTOR_COLOUR.caw);
    expect(groupColour('standard', byZone, caw)).toBe(SECTOR_COLOUR.caw);
    expect(groupColour('type', byZone, caw)).toBe(LABEL_COLOUR.Organisation);
    expect(groupColour('severity', byZone, caw)).toBe(NONE_COLOUR);
  });

  it('colours an offer group by its function’s domain, as offers are coloured', () => {
    const byZone = colouring('zone');
    if (!byZone) throw new Error('expected a colouring');
    const afterSchool = { municipality: 'nis:11003', function: 'buitenschoolse_opvang' } as const;
    expect(groupColour('standard', byZone, afterSchool)).toBe(DOMAIN_COLOUR[FUNCTION_DOMAIN.buitenschoolse_opvang]);
    expect(groupColour('sector', byZone, afterSchool)).toBe(NONE_COLOUR);
    expect(groupColour('type', byZone, afterSchool)).toBe(LABEL_COLOUR.Offer);
    expect(groupColour('zone', byZone, afterSchool)).toBe(byZone.colours.get('nis:11003'));
  });
});
