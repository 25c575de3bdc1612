// Worked examples for GAP_CHILDCARE_CAPACITY (Barcelona target, nabij) and GAP_FUNCTION_UNREACHABLE (nabij, bovenlokaal).
import { describe, expect, it } from 'vitest';
import type { OfferRow } from '../../domain/dataset';
import { gapChildcareCapacity } from './gap-childcare-capacity/detect';
import { gapFunctionUnreachable } from './gap-function-unreachable/detect';
import { graphOf, municipality, nis, run, triples } from './gap-test-graph';

const crèche = (id: string, nisCode: string, capacity?: number): OfferRow => ({
  id,
  org_id: 'kdv',
  function: 'kinderopvang_baby_peuter',
  nis: nisCode,
  ...(capacity === undefined ? {} : { capacity }),
});

describe('GAP_CHILDCARE_CAPACITY', () => {
  // A: exactly 33 per 100 (no gap). B: 32 per 100 (medium). C: exactly half, 16.5 per 100 (medium, not high).
  // D: 16 per 100 (high). E: children unknown. F: 0 children. G: an offer without capacity and one that
  // only serves G (SERVES does not count), 0 places (high). Other functions never count.
  const graph = graphOf({
    municipalities: [
      municipality('A', { children_0_3: 100 }),
      municipality('B', { children_0_3: 100 }),
      municipality('C', { children_0_3: 200 }),
      municipality('D', { children_0_3: 100 }),
      municipality('E'),
      municipality('F', { children_0_3: 0 }),
      municipality('G', { children_0_3: 50 }),
    ],
    organisations: [{ id: 'kdv', name: 'Kinderdagverblijf', legal_form: 'nonprofit', sector: 'kinderopvang' }],
    offers: [
      crèche('a1', '91001', 20),
      crèche('a2', '91001', 13),
      crèche('b1', '91002', 32),
      { id: 'b-bko', org_id: 'kdv', function: 'buitenschoolse_opvang', nis: '91002', capacity: 50 },
      crèche('c1', '91003', 33),
      crèche('d1', '91004', 16),
      crèche('e1', '91005', 0),
      crèche('g1', '91007'),
    ],
    offer_serves: [{ offer_id: 'a1', nis: '91007' }],
  });
  const found = run(gapChildcareCapacity, graph);

  it('is strict at the threshold and at half of it, and skips unknown or zero children', () => {
    expect(triples(found)).toEqual([`${nis('B')} medium`, `${nis('C')} medium`, `${nis('D')} high`, `${nis('G')} high`]);
  });

  it('gives the figures, rounded per 100, and the offers located there', () => {
    expect(found[1]).toMatchObject({ related: ['offer:c1'], evidence: { places: 33, children0to3: 200, per100: 16.5, threshold: 33 } });
    expect(found[3]).toMatchObject({ related: ['offer:g1'], evidence: { places: 0, children0to3: 50, per100: 0, threshold: 33 } });
  });

  it('follows the childcarePer100 parameter', () => {
    expect(triples(run(gapChildcareCapacity, graph, { childcarePer100: 16 }))).toEqual([`${nis('G')} high`]);
    expect(run(gapChildcareCapacity, graph, { childcarePer100: 50 }).find((d) => d.subject === nis('A'))?.severity).toBe('medium');
  });

  it('rounds per 100 to two decimals', () => {
    const third = graphOf({
      municipalities: [municipality('A', { children_0_3: 300 })],
      organisations: [{ id: 'kdv', name: 'Kinderdagverblijf', legal_form: 'nonprofit', sector: 'kinderopvang' }],
      offers: [crèche('a1', '91001', 40)],
    });
    expect(run(gapChildcareCapacity, third)[0]?.evidence.per100).toBe(13.33);
  });
});

describe('GAP_FUNCTION_UNREACHABLE', () => {
  // A chain A – B – C – D – E (adjacency given in either order).
  // jeugdhulp: located in A, capacity 0 (still an offer within reach).
  // gezinsondersteuning: located in E but also SERVES C.
  // handicap_ondersteuning: nowhere.
  const graph = graphOf({
    municipalities: ['A', 'B', 'C', 'D', 'E'].map((letter) => municipality(letter)),
    adjacency: [
      { nis_a: '91001', nis_b: '91002' },
      { nis_a: '91003', nis_b: '91002' },
      { nis_a: '91003', nis_b: '91004' },
      { nis_a: '91005', nis_b: '91004' },
    ],
    organisations: [{ id: 'org', name: 'Dienst', legal_form: 'nonprofit', sector: 'jeugdhulp' }],
    offers: [
      { id: 'jh', org_id: 'org', function: 'jeugdhulp', nis: '91001', capacity: 0 },
      { id: 'go', org_id: 'org', function: 'gezinsondersteuning', nis: '91005' },
    ],
    offer_serves: [{ offer_id: 'go', nis: '91003' }],
  });

  it('checks the municipality and its direct neighbours only, located or serving', () => {
    const found = run(gapFunctionUnreachable, graph, { reachFunctions: ['jeugdhulp', 'gezinsondersteuning'] });
    // jeugdhulp reaches A and B (neighbour); C, D and E are two or more steps away.
    // gezinsondersteuning is in C and E, so within reach of B, C, D and E; A is two steps from C.
    expect(triples(found)).toEqual([
      `${nis('A')} medium gezinsondersteuning`,
      `${nis('C')} medium jeugdhulp`,
      `${nis('D')} medium jeugdhulp`,
      `${nis('E')} medium jeugdhulp`,
    ]);
    expect(found[1]).toMatchObject({ related: [nis('B'), nis('D')], evidence: { function: 'jeugdhulp', checked: [nis('B'), nis('C'), nis('D')] } });
  });

  it('with the default functions, handicap support is missing everywhere', () => {
    const handicap = run(gapFunctionUnreachable, graph).filter((d) => d.key === 'handicap_ondersteuning');
    expect(handicap).toHaveLength(5);
  });

  it('an isolated municipality only checks itself', () => {
    const alone = graphOf({ municipalities: [municipality('A')] });
    const found = run(gapFunctionUnreachable, alone, { reachFunctions: ['jeugdhulp'] });
    expect(found[0]).toMatchObject({ related: [], evidence: { function: 'jeugdhulp', checked: [nis('A')] } });
  });
});
